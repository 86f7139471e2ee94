"""``gcm-archive report`` end to end on the seeded archive."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli.main import main
from desktop.core.archive.session import Archive


@pytest.fixture
def location(seeded_sqlite: Archive) -> str:
    where = seeded_sqlite.location
    seeded_sqlite.close()
    return where


def test_report_pdf_in_french(
    location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "briefing.pdf"
    code = main(
        [
            "--archive",
            location,
            "--json",
            "report",
            "--out",
            str(out),
            "--locale",
            "fr",
            "--template",
            "chronological",
            "--title",
            "Revue d’essai",
            "--paper",
            "letter",
            "--classification",
            "Diffusion restreinte",
            "--no-charts",
            "--excerpt",
            "300",
        ]
    )
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["articles"] == 5 and data["format"] == "pdf" and data["paper"] == "letter"
    reader = PdfReader(out)
    assert data["pages"] == len(reader.pages)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Revue d’essai" in text and "DIFFUSION RESTREINTE" in text
    assert "Table des matières" in text and "Graphiques" not in text


def test_report_filters_and_html(
    location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "vi.html"
    code = main(
        [
            "--archive",
            location,
            "--json",
            "report",
            "--out",
            str(out),
            "--locale",
            "vi",
            "--language",
            "vi",
            "--full-text",
        ]
    )
    assert code == 0
    assert json.loads(capsys.readouterr().out)["articles"] == 2
    html = out.read_text(encoding="utf-8")
    assert "Thỏa thuận GCM" in html and "Mục lục" in html


def test_report_usage_errors(
    location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--archive", location, "report", "--out", str(tmp_path / "a.docx")]) == 2
    assert "pdf" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["--archive", location, "report", "--out", "a.pdf", "--objective", "24"])
    assert exc.value.code == 2
    assert (
        main(
            [
                "--archive",
                location,
                "report",
                "--out",
                str(tmp_path / "a.pdf"),
                "--saved-search",
                "nope",
            ]
        )
        == 1
    )
    assert not (tmp_path / "a.pdf").exists()
