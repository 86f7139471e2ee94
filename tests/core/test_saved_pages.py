"""Web pages as browsers save them: "Webpage, Single File" (MHTML) and "Webpage,
Complete" (the page beside a folder of its resources), imported as the CLI does."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from desktop.core.archive.articles import get_article
from desktop.core.exports.files import export_bag
from desktop.core.extract.reading import iter_files
from desktop.core.importing.run import import_paths
from tests.core.extract_files import mhtml_bytes

PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Hỗ trợ lao động di cư trở về tái hòa nhập cộng đồng | Báo Miền Trung</title></head>
<body><nav><a href="/">Trang chủ</a> | <a href="/xa-hoi">Xã hội</a></nav>
<article><h1>Hỗ trợ lao động di cư trở về tái hòa nhập cộng đồng</h1>
<p>Ngày 14/11, tại Quảng Bình, Sở Lao động tổ chức hội nghị về hỗ trợ người lao động
đi làm việc ở nước ngoài trở về tái hòa nhập cộng đồng và tìm việc làm phù hợp.</p>
<p>Các đại biểu đề nghị tăng cường tư vấn, đào tạo nghề và công nhận kỹ năng mà người
lao động đã tích lũy trong thời gian làm việc ở nước ngoài.</p></article>
<footer>© 2025 Báo Miền Trung</footer></body></html>"""
ADDRESS = "https://baomientrung.example.vn/xa-hoi/ho-tro-lao-dong-tro-ve-123.html"
FRAME = "<html><body><div>Quảng cáo: vay tiền nhanh không cần thế chấp</div></body></html>"


def test_a_page_saved_as_one_file_imports_as_the_page(sqlite_archive, tmp_path: Path):
    path = tmp_path / "Hỗ trợ lao động di cư.mhtml"
    path.write_bytes(mhtml_bytes(PAGE, ADDRESS, frame=FRAME))
    report = import_paths(sqlite_archive, [path]).value
    assert report is not None and report.failed == [] and len(report.imported) == 1
    detail = get_article(sqlite_archive, report.imported[0]["id"])
    assert detail is not None
    assert detail.title == "Hỗ trợ lao động di cư trở về tái hòa nhập cộng đồng"
    assert detail.language == "vi"
    body = " ".join(detail.body.split())
    assert "công nhận kỹ năng mà người lao động" in body  # quoted-printable UTF-8 decoded
    assert "Quảng cáo" not in body  # an embedded frame is not the page
    assert "© 2025" not in body
    # No canonical link in the page: its address is the one it was saved from.
    assert detail.source_url == ADDRESS
    assert detail.evidence["source_url"]["source"] == "address the page was saved from"


def test_a_canonical_link_wins_over_the_saving_address(sqlite_archive, tmp_path: Path):
    canonical = "https://baomientrung.example.vn/bai/123"
    page = PAGE.replace("<head>", f'<head><link rel="canonical" href="{canonical}">')
    path = tmp_path / "page.mht"
    path.write_bytes(mhtml_bytes(page, ADDRESS + "?utm_source=share"))
    report = import_paths(sqlite_archive, [path]).value
    assert report is not None and len(report.imported) == 1
    detail = get_article(sqlite_archive, report.imported[0]["id"])
    assert detail is not None and detail.source_url == canonical


def test_a_file_named_mhtml_that_is_no_mime_message_is_reported(sqlite_archive, tmp_path):
    tmp_path = tmp_path / "incoming"
    tmp_path.mkdir()
    bad = tmp_path / "broken.mhtml"
    bad.write_text("Just a note, not a saved page.\n", encoding="utf-8")
    good = tmp_path / "good.mhtml"
    good.write_bytes(mhtml_bytes(PAGE, ADDRESS))
    report = import_paths(sqlite_archive, [tmp_path]).value
    assert report is not None
    assert [Path(i["path"]).name for i in report.imported] == ["good.mhtml"]
    assert [Path(f["path"]).name for f in report.failed] == ["broken.mhtml"]
    assert "MHTML" in report.failed[0]["error"]


def _complete_page(folder: Path, stem: str, resources: str) -> None:
    """What "Save Page As, Webpage, Complete" leaves: the page, and beside it a folder
    of its style sheets, scripts, images and the HTML of its frames."""
    head = f'<link rel="stylesheet" href="{quote(stem + resources)}/style.css">'
    (folder / f"{stem}.html").write_text(PAGE.replace("<head>", "<head>" + head), encoding="utf-8")
    extra = folder / f"{stem}{resources}"
    extra.mkdir()
    (extra / "style.css").write_text("body { color: #222 }", encoding="utf-8")
    (extra / "app.js").write_text("window.dataLayer = [];", encoding="utf-8")
    (extra / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))
    (extra / "ads.html").write_text(FRAME, encoding="utf-8")


def test_the_resources_folder_of_a_complete_page_is_part_of_the_page(sqlite_archive, tmp_path):
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    _complete_page(incoming, "Lao động trở về", "_files")
    _complete_page(incoming, "Rückkehr", "-Dateien")  # a browser in German names it so
    page = incoming / "Rückkehr.html"
    page.write_text(page.read_text(encoding="utf-8").replace("14/11", "15/11"), encoding="utf-8")
    report = import_paths(sqlite_archive, [incoming]).value
    assert report is not None
    assert report.failed == []
    assert sorted(Path(i["path"]).name for i in report.imported) == [
        "Lao động trở về.html",
        "Rückkehr.html",
    ]


def test_folders_a_page_does_not_refer_to_are_still_walked(tmp_path: Path):
    """Named like a resources folder, but the page beside it does not use it: a
    curator's own folders (translations, an archive) are imported."""
    page = PAGE.replace("<head>", '<head><link rel="stylesheet" href="index_files/a.css">')
    (tmp_path / "index.html").write_text(page, encoding="utf-8")
    for name in ("index_2024", "index_fr", "index-archive", "articles", "index_files"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "note.txt").write_text("x", encoding="utf-8")
    found = sorted(p.relative_to(tmp_path).as_posix() for p in iter_files([tmp_path]))
    assert found == [
        "articles/note.txt",
        "index-archive/note.txt",
        "index.html",
        "index_2024/note.txt",
        "index_fr/note.txt",
    ]


def test_a_bag_keeps_a_page_saved_as_one_file_under_its_own_extension(sqlite_archive, tmp_path):
    path = tmp_path / "page.mhtml"
    data = mhtml_bytes(PAGE, ADDRESS)
    path.write_bytes(data)
    import_paths(sqlite_archive, [path])
    bag = export_bag(sqlite_archive, tmp_path / "bag")
    originals = list((bag / "data" / "originals").iterdir())
    assert [p.suffix for p in originals] == [".mhtml"]
    assert originals[0].read_bytes() == data


def test_a_saved_page_without_canonical_link_keeps_the_address_its_browser_noted(
    sqlite_archive, tmp_path: Path
):
    """Browsers mark a page they save with the address it came from (the "mark of the
    web"); the SingleFile extension writes it in its opening comment."""
    marked = f"<!-- saved from url=({len(ADDRESS):04d}){ADDRESS} -->\n{PAGE}"
    single = (
        "<!DOCTYPE html> <html lang=vi><!--\n Page saved with SingleFile \n url: "
        f"{ADDRESS}?ref=home \n saved date: Thu Dec 03 2026 10:12:40 GMT+0700\n-->"
        + PAGE.split('<html lang="vi">', 1)[1]
    )
    local = "<!-- saved from url=(0014)about:internet -->\n" + PAGE.replace("14/11", "16/11")
    for name, text in (("marked.html", marked), ("single.html", single), ("local.htm", local)):
        (tmp_path / name).write_text(text.replace("14/11", name[:2]), encoding="utf-8")
    report = import_paths(
        sqlite_archive, [tmp_path / n for n in ("marked.html", "single.html", "local.htm")]
    ).value
    assert report is not None and report.failed == [] and len(report.imported) == 3
    urls = {
        Path(item["path"]).name: get_article(sqlite_archive, item["id"]).source_url
        for item in report.imported
    }
    assert urls == {
        "marked.html": ADDRESS,
        "single.html": ADDRESS + "?ref=home",
        "local.htm": None,  # saved from a local file: no address
    }


def _ie_mht(html: bytes, charset: str, location: bytes) -> bytes:
    """A page as older Internet Explorer and Word save it: base64 parts, the page's
    encoding stated only in the part's header."""
    import base64

    return (
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/related; boundary="----=_NextPart_01DA"; type="text/html"\r\n'
        b"\r\n------=_NextPart_01DA\r\n"
        + f"Content-Type: text/html; charset={charset}\r\n".encode()
        + b"Content-Transfer-Encoding: base64\r\n"
        + b"Content-Location: "
        + location
        + b"\r\n\r\n"
        + base64.encodebytes(html)
        + b"\r\n------=_NextPart_01DA--\r\n"
    )


def test_a_page_whose_encoding_only_its_mime_part_states(sqlite_archive, tmp_path: Path):
    html = (
        "<html><head><title>Réfugiés à Genève : l'accueil s'organise</title></head><body>"
        "<h1>Réfugiés à Genève : l'accueil s'organise</h1><p>Le canton de Genève a ouvert "
        "lundi un centre d'accueil pour les réfugiés arrivés cet été, avec des cours de "
        "français et un accompagnement vers l'emploi dès les premières semaines.</p>"
        "</body></html>"
    ).encode("windows-1252")
    # A raw 8-bit address in a header, as some tools write it.
    location = "https://journal.example.ch/société/réfugiés#top".encode()
    path = tmp_path / "geneve.mht"
    path.write_bytes(_ie_mht(html, "windows-1252", location))
    report = import_paths(sqlite_archive, [path]).value
    assert report is not None and report.failed == [] and len(report.imported) == 1
    detail = get_article(sqlite_archive, report.imported[0]["id"])
    assert detail is not None
    assert detail.title == "Réfugiés à Genève : l'accueil s'organise"
    assert "accompagnement vers l'emploi dès les premières" in " ".join(detail.body.split())


def test_the_address_a_browser_noted_loses_its_fragment_and_tracking(sqlite_archive, tmp_path):
    noted = ADDRESS + "?page=2&utm_source=facebook&fbclid=IwAR0x#comments"
    path = tmp_path / "page.mhtml"
    path.write_bytes(mhtml_bytes(PAGE, noted))
    report = import_paths(sqlite_archive, [path]).value
    assert report is not None and len(report.imported) == 1
    detail = get_article(sqlite_archive, report.imported[0]["id"])
    assert detail is not None and detail.source_url == ADDRESS + "?page=2"


def test_a_file_named_mht_that_holds_plain_html_is_read_as_a_page(sqlite_archive, tmp_path):
    path = tmp_path / "page.mht"
    path.write_text(PAGE, encoding="utf-8")
    report = import_paths(sqlite_archive, [path]).value
    assert report is not None and report.failed == [] and len(report.imported) == 1
    detail = get_article(sqlite_archive, report.imported[0]["id"])
    assert detail is not None
    assert detail.title == "Hỗ trợ lao động di cư trở về tái hòa nhập cộng đồng"


def test_a_saved_page_cut_off_inside_its_text_is_imported_for_review(sqlite_archive, tmp_path):
    whole = mhtml_bytes(PAGE, ADDRESS)
    end_of_page = whole.index(b"=C3=B4ng nh")  # "công nhận", quoted-printable
    cut = tmp_path / "cut.mhtml"
    cut.write_bytes(whole[: end_of_page + 40])  # ends inside the page's paragraphs
    images_cut = tmp_path / "images-cut.mhtml"  # ends inside the image after the page
    images_cut.write_bytes(whole[: whole.index(b"image/png") + 40])
    complete = tmp_path / "complete.mhtml"
    complete.write_bytes(mhtml_bytes(PAGE.replace("14/11", "15/11"), ADDRESS + "?p=2"))
    report = import_paths(sqlite_archive, [cut, images_cut, complete]).value
    assert report is not None and report.failed == [] and len(report.imported) == 3
    reasons = {
        Path(item["path"]).name: get_article(sqlite_archive, item["id"]).evidence["review_reasons"]
        for item in report.imported
    }
    assert any("ends early" in r for r in reasons["cut.mhtml"])
    assert not any("ends early" in r for r in reasons["images-cut.mhtml"])
    assert not any("ends early" in r for r in reasons["complete.mhtml"])
