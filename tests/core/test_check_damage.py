"""Check on archive files damaged behind SQLite's back, and check's texts translated.

A damaged file's messages can quote its bytes, which need not be UTF-8: the name
of an index read from a damaged schema, for one. Check must report the damage with
its reason (exit 1), or say why the archive cannot be opened (exit 3), never fail
on decoding the message.
"""

from __future__ import annotations

import gettext
import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text, update

from desktop import i18n
from desktop.cli import main as cli_main
from desktop.cli.main import main
from desktop.core.archive.session import Archive
from desktop.core.maintenance.check import check_archive, check_summary
from desktop.db.models import Article

BAD_NAME = b"ix_articles_\xff\xfe\x80"  # not UTF-8


def _rename_index(path: Path, old: str, new: bytes, *, sql_tail: bytes) -> None:
    """Give index ``old`` the name ``new`` in the schema, as damage would."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA writable_schema=ON")
        conn.execute(
            "UPDATE sqlite_schema SET name = CAST(? AS TEXT), sql = CAST(? AS TEXT) WHERE name = ?",
            (new, b'CREATE INDEX "' + new + b'" ON articles ' + sql_tail, old),
        )
    conn.close()


def _change_in_page(path: Path, name: bytes, old: bytes, new: bytes) -> None:
    """Replace ``old`` by ``new`` on the root page of the b-tree called ``name``."""
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_schema WHERE CAST(name AS BLOB) = ?", (name,)
        ).fetchone()[0]
    conn.close()
    raw = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    at = raw.find(old, start, start + page_size)
    assert at >= 0, "the value is on the root page"
    raw[at : at + len(old)] = new
    path.write_bytes(bytes(raw))


def _index_damaged_under_a_bad_name(archive: Archive) -> Path:
    with archive.session() as session, session.begin():
        session.execute(update(Article).where(Article.id == 1).values(outlet="QQOUTLETQQ"))
    archive.engine.dispose()
    path = Path(archive.location)
    _rename_index(path, "ix_articles_outlet", BAD_NAME, sql_tail=b"(outlet)")
    _change_in_page(path, BAD_NAME, b"QQOUTLETQQ", b"ZZOUTLETZZ")
    with sqlite3.connect(path) as conn:  # the damage is what the test says it is
        conn.text_factory = bytes
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    conn.close()
    assert any(BAD_NAME in row for row in rows), rows
    return path


def test_damage_quoting_bytes_that_are_not_utf8_is_reported_with_its_reason(
    capsys: pytest.CaptureFixture[str], seeded_sqlite: Archive
):
    path = _index_damaged_under_a_bad_name(seeded_sqlite)
    assert main(["--archive", str(path), "--json", "check", "--thorough"]) == 1
    report = json.loads(capsys.readouterr().out)
    integrity = [f for f in report["findings"] if f["check"] == "integrity"]
    assert len(integrity) == 1 and integrity[0]["code"] == "integrity.damaged"
    message = integrity[0]["message"]
    assert "row 1 missing from index ix_articles_\ufffd" in message, message
    assert "decode" not in message
    assert integrity[0]["repairable"] and not integrity[0]["repaired"]
    assert main(["--archive", str(path), "check", "--thorough"]) == 1
    assert "missing from index ix_articles_\ufffd" in capsys.readouterr().out
    # REINDEX rebuilds the index from its table: nothing lost, nothing left to report.
    assert main(["--archive", str(path), "check", "--thorough", "--repair"]) == 0
    capsys.readouterr()
    assert main(["--archive", str(path), "--json", "check", "--thorough"]) == 0
    assert json.loads(capsys.readouterr().out)["findings"] == []


def test_a_schema_quoting_bytes_that_are_not_utf8_cannot_be_opened_and_says_why(
    capsys: pytest.CaptureFixture[str], seeded_sqlite: Archive
):
    seeded_sqlite.engine.dispose()
    path = Path(seeded_sqlite.location)
    _rename_index(path, "ix_articles_outlet", BAD_NAME, sql_tail=b"(outlet")  # cut short
    assert main(["--archive", str(path), "check"]) == 3
    err = capsys.readouterr().err
    assert "malformed database schema (ix_articles_\ufffd" in err, err
    assert "codec" not in err


@pytest.mark.parametrize(
    ("damaged", "refused"),
    [("originals", "fixity.failed"), ("sqlite_autoindex_originals_1", "orphans.failed")],
)
def test_a_step_the_damaged_file_refuses_is_reported_and_the_others_run(
    seeded_sqlite: Archive, damaged: str, refused: str
):
    seeded_sqlite.engine.dispose()
    path = Path(seeded_sqlite.location)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = ?", (damaged,))
        start = (root.fetchone()[0] - 1) * page_size
    conn.close()
    raw = bytearray(path.read_bytes())
    raw[start : start + 8] = b"\xff" * 8  # a page header no b-tree page can have
    path.write_bytes(bytes(raw))
    report = check_archive(seeded_sqlite).value
    assert report is not None and not report.ok
    codes = {f.code for f in report.findings}
    assert {"integrity.damaged", refused} <= codes, codes
    failed = next(f for f in report.findings if f.code == refused)
    assert "malformed" in failed.message and not failed.repairable
    assert report.checked["articles"] == 5  # the steps that could run did


class _Marked(gettext.NullTranslations):
    """A catalog that marks what went through it, to see what is translated."""

    def gettext(self, message: str) -> str:
        return f"«{message}»"

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return f"«{msgid1 if n == 1 else msgid2}»"


def test_check_texts_are_translated_with_numbers_put_in_after(
    capsys: pytest.CaptureFixture[str], seeded_sqlite: Archive, monkeypatch: pytest.MonkeyPatch
):
    with seeded_sqlite.engine.begin() as conn:
        conn.execute(text("DELETE FROM search_titles WHERE article_id IN (1, 2)"))
    marked = _Marked()
    monkeypatch.setattr(
        cli_main, "set_language", lambda *_a, **_k: setattr(i18n, "_translation", marked)
    )
    monkeypatch.setattr(i18n, "_translation", marked)
    location = seeded_sqlite.location
    assert main(["--archive", location, "--lang", "fr", "--json", "check"]) == 1
    finding = json.loads(capsys.readouterr().out)["findings"][0]
    assert finding["code"] == "search_index.missing"  # the same in every language
    assert finding["message"] == "«2 articles are missing from the search index»"
    assert main(["--archive", location, "--lang", "fr", "check"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("«Checked: 5 articles")
    assert out[1] == (
        "[«search index»] «2 articles are missing from the search index» "
        "(«repairable with --repair»): 1, 2"
    )
    assert out[-1] == "«Problems remain.»"
    report = check_archive(seeded_sqlite).value
    assert report is not None
    assert "«2 articles are missing from the search index»" in check_summary(report)
