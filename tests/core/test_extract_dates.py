"""Dates in the forms each language writes them, and years only from evidence."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.extract import ExtractSettings, extract_file
from desktop.core.extract.dates import find_mentions, url_date

TODAY = dt.date(2026, 1, 15)
SETTINGS = ExtractSettings(today=TODAY)


def mentions(text, languages):
    return [(m.text, m.iso(), m.last_day) for m in find_mentions(text, languages)]


@pytest.mark.parametrize(
    ("text", "languages", "expected"),
    [
        ("Le 18 décembre, à Hanoï", ["fr"], ("18 décembre", "--12-18", None)),
        ("le 1er mars 2021 à Paris", ["fr"], ("1er mars 2021", "2021-03-01", None)),
        ("les 12 et 13 mars à Bangkok", ["fr"], ("12 et 13 mars", "--03-12", 13)),
        ("Ngày 19/4, tại trụ sở Bộ", ["vi"], ("19/4", "--04-19", None)),
        ("ngày 19/4 vừa qua", ["vi"], ("19/4", "--04-19", None)),
        ("Từ ngày 10-12/3, Đoàn đại biểu", ["vi"], ("10-12/3", "--03-10", 12)),
        ("Sáng 19-4, tại Hà Nội", ["vi"], ("19-4", "--04-19", None)),
        ("Chiều 18-12 vừa qua", ["vi"], ("18-12", "--12-18", None)),
        ("vào ngày 19/12/2018 với đa số", ["vi"], ("19/12/2018", "2018-12-19", None)),
        ("ngày 19 tháng 4 năm 2022", ["vi"], ("19 tháng 4 năm 2022", "2022-04-19", None)),
        ("vào tháng 5/2022 tại New York", ["vi"], ("tháng 5/2022", "2022-05", None)),
        ("Pada 19 Disember, di Hanoi", ["ms"], ("19 Disember", "--12-19", None)),
        ("bertarikh 20 Mac 2020, Perdana", ["ms"], ("20 Mac 2020", "2020-03-20", None)),
        ("pada 17 Agustus 2024 di Jakarta", ["id"], ("17 Agustus 2024", "2024-08-17", None)),
        ("On December 18, 2024 in Hanoi", ["en"], ("December 18, 2024", "2024-12-18", None)),
        ("on 18 December in Hanoi", ["en"], ("18 December", "--12-18", None)),
        ("el 18 de diciembre de 2024", ["es"], ("18 de diciembre de 2024", "2024-12-18", None)),
        ("el 18 de diciembre en Madrid", ["es"], ("18 de diciembre", "--12-18", None)),
        ("am 18. Dezember 2024 in Berlin", ["de"], ("18. Dezember 2024", "2024-12-18", None)),
        ("em 18 de dezembro de 2024", ["pt"], ("18 de dezembro de 2024", "2024-12-18", None)),
        ("published 2024-12-18 at noon", ["en"], ("2024-12-18", "2024-12-18", None)),
        ("会议于2024年12月18日在河内举行", ["zh"], ("2024年12月18日", "2024-12-18", None)),
        ("le forum du 10 au 12 mars à Genève", ["fr"], ("10 au 12 mars", "--03-10", 12)),
        ("del 17 al 20 de mayo en Nueva York", ["es"], ("17 al 20 de mayo", "--05-17", 20)),
        ("dari 10 hingga 12 Mac di Bangkok", ["ms"], ("10 hingga 12 Mac", "--03-10", 12)),
        ("pada 10-12 Maret 2025 di Jakarta", ["id"], ("10-12 Maret 2025", "2025-03-10", 12)),
        ("the forum, held 17-20 May in New York", ["en"], ("17-20 May", "--05-17", 20)),
        ("Từ ngày 2-3/10/2023, tại Jakarta", ["vi"], ("2-3/10/2023", "2023-10-02", 3)),
        ("Madrid, 3 sep (EFE).- El Gobierno", ["es"], ("3 sep", "--09-03", None)),
        ("Genève, 7 jan (AFP) - Le HCR", ["fr"], ("7 jan", "--01-07", None)),
    ],
)
def test_date_forms(text, languages, expected):
    assert mentions(text, languages)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Quyết định số 402/QĐ-TTg của Thủ tướng",  # a decision number, not a date
        "giai đoạn 2020-2025 và 2017-2024",  # periods
        "about 1/3 of the workers",  # a fraction without a date word before it
        "the workers may 18 times a year",  # lower-case English 'may'
        "Macron a rencontré les délégués",  # 'Mac' inside a word
        "the 32/13 ratio",
        "un crecimiento de 3-5 puntos",  # a range after a weak date word
        "tỷ số 2-1 nghiêng về đội nhà",  # a score
    ],
)
def test_not_dates(text):
    assert [m for m in find_mentions(text, ["en", "fr", "vi", "ms"]) if m.day] == []


def test_a_date_right_after_another_is_read_whole():
    text = "thông qua ngày 28/11/2024, sáng 12/12, tại Hà Nội"
    assert [m.text for m in find_mentions(text, ["vi"])] == ["28/11/2024", "12/12"]


def test_a_page_writing_month_first_is_read_month_first():
    text = "Updated 12/13/2024. The forum of 3/12/2024 and the meeting of 4/5/2024."
    found = [(m.month, m.day) for m in find_mentions(text, ["en"])]
    assert found == [(12, 13), (3, 12), (4, 5)]
    day_first = [(m.month, m.day) for m in find_mentions("le 3/12/2024 et le 4/5/2024", ["fr"])]
    assert day_first == [(12, 3), (5, 4)]


def test_url_dates():
    nld = "https://nld.com.vn/tim-bien-phap-196241218204527756.htm"
    assert url_date(nld, TODAY) == (dt.date(2024, 12, 18), "241218")
    assert url_date("https://x.org/news/2024/12/18/story", TODAY)[0] == dt.date(2024, 12, 18)
    assert url_date("https://tuoitre.vn/abc-20241218102030123.htm", TODAY)[0] == dt.date(
        2024, 12, 18
    )
    assert url_date("https://example.vn/story-d790351.html", TODAY) is None
    assert url_date("https://example.org/2024/12/18/", dt.date(2020, 1, 1)) is None  # future


def run(tmp_path, text, name="a.txt"):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return extract_file(path, path.read_bytes(), SETTINGS)


FR_BODY = (
    "La conférence a réuni plus de cent délégués des ministères et des organisations "
    "internationales pour examiner la mise en œuvre du Pacte mondial sur les migrations."
)


def test_stated_year(tmp_path):
    result = run(tmp_path, f"Titre\n\nLe 18 décembre 2024, à Hanoï, {FR_BODY}")
    assert result.event_date == dt.date(2024, 12, 18)
    assert result.event_date_confidence == "stated"
    assert result.evidence["event_date"]["evidence"] == "18 décembre 2024"


def test_year_from_source_url(tmp_path):
    text = (
        f"Titre\n\nLe 18 décembre, à Hanoï, {FR_BODY}\n"
        "Source : https://nld.com.vn/tim-bien-phap-196241218204527756.htm"
    )
    result = run(tmp_path, text)
    assert result.event_date == dt.date(2024, 12, 18)
    assert result.event_date_confidence == "inferred"
    assert "241218" in result.evidence["event_date"]["evidence"]
    assert result.published == dt.date(2024, 12, 18)
    assert result.published_confidence == "inferred"


def test_year_from_a_stated_publication_line_and_a_range(tmp_path):
    text = (
        "Thỏa thuận GCM là bước tiến quan trọng\n\nThứ bảy, 13/03/2021 09:33\n"
        "Từ ngày 10-12/3, Đoàn đại biểu Việt Nam đã tham dự Hội nghị rà soát tình hình "
        "triển khai Thỏa thuận toàn cầu về Di cư hợp pháp, an toàn và trật tự."
    )
    result = run(tmp_path, text)
    assert result.published == dt.date(2021, 3, 13)
    assert result.published_confidence == "stated"
    assert result.event_date == dt.date(2021, 3, 10)  # a range: its first day
    assert result.evidence["event_date"]["range_days"] == [10, 12]


def test_year_from_an_upcoming_event(tmp_path):
    text = (
        "Tiêu đề\n\nNgày 19/4, tại trụ sở Bộ, Thứ trưởng đã tiếp bà Giám đốc IOM.\n"
        "Theo Quyết định số 402/QĐ-TTg ngày 20/3/2020 của Thủ tướng Chính phủ.\n"
        "Bộ Ngoại giao sẽ hoàn thiện Báo cáo quốc gia tại Diễn đàn được tổ chức tại "
        "New York từ ngày 17-20/5/2022 để chia sẻ kinh nghiệm."
    )
    result = run(tmp_path, text)
    assert result.event_date == dt.date(2022, 4, 19)
    assert result.event_date_confidence == "inferred"
    assert "17-20/5/2022" in result.evidence["event_date"]["evidence"]


def test_year_from_a_recent_mention(tmp_path):
    text = (
        f"Titre\n\nLe 18 décembre, à Hanoï, {FR_BODY}\n"
        "La loi a été adoptée par l'Assemblée nationale le 28 novembre 2024."
    )
    result = run(tmp_path, text)
    assert result.event_date == dt.date(2024, 12, 18)
    assert "28 novembre 2024" in result.evidence["event_date"]["evidence"]


def test_an_old_mention_is_not_evidence(tmp_path):
    text = (
        f"Bangkok, 12 mars (VNA) - {FR_BODY}\n"
        "Le Pacte a été élaboré lors de la session tenue en septembre 2016."
    )
    result = run(tmp_path, text)
    assert result.event_date is None
    assert (result.event_month, result.event_day) == (3, 12)
    assert result.event_date_confidence == "unknown"
    assert any("12 mars" in reason for reason in result.review_reasons)


def test_no_evidence_no_year(tmp_path):
    result = run(tmp_path, f"Titre\n\nPada 19 Disember, di Hanoi, {FR_BODY}")
    assert result.event_date is None
    assert result.event_date_confidence == "unknown"
    assert result.review_reasons


def test_no_date_at_all_is_flagged(tmp_path):
    result = run(tmp_path, f"Titre\n\n{FR_BODY}")
    assert result.event_date is None and result.event_month is None
    assert any("no event date" in reason for reason in result.review_reasons)


def test_published_line_with_label(tmp_path):
    text = f"Un titre\nPublié le 18 décembre 2024 à 10h30\n\n{FR_BODY}"
    result = run(tmp_path, text)
    assert result.published == dt.date(2024, 12, 18)
    assert result.published_confidence == "stated"


def test_a_failing_metadata_step_flags_the_article_instead_of_losing_it(tmp_path, monkeypatch):
    from desktop.core.extract import chronology

    def broken(*args, **kwargs):
        raise ValueError("bug")

    monkeypatch.setattr(chronology, "event_date", broken)
    result = run(tmp_path, f"Titre\n\nLe 18 décembre 2024, à Hanoï, {FR_BODY}")
    assert result.text.startswith("Titre")
    assert result.language == "fr"
    assert result.event_date is None
    assert any("dates" in reason for reason in result.review_reasons)


def test_background_dates_of_the_lead_are_passed_over(tmp_path):
    text = (
        "Tiêu đề bài viết\n\nThứ bảy, 13/03/2021 09:33\n"
        "Thỏa thuận được thông qua ngày 19/12/2018. Ngày 12/3, Đoàn đại biểu Việt Nam "
        "đã tham dự Hội nghị rà soát tình hình triển khai Thỏa thuận toàn cầu về di cư."
    )
    result = run(tmp_path, text)
    assert result.event_date == dt.date(2021, 3, 12)
