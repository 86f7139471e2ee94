"""Articles in the styles of other outlets and languages than the seeds: chrome
removed by general rules, dates, outlets and languages read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.core.extract import ExtractSettings, extract_file

SETTINGS = ExtractSettings(today=dt.date(2026, 1, 15))

SAMPLES = Path(__file__).resolve().parent / "extract_samples"


def sample(name: str) -> str:
    return (SAMPLES / f"{name}.txt").read_text("utf-8")


ANTARA, COURRIER, EFE, STAR, VNEXPRESS = (
    sample(n) for n in ("antara", "courrier", "efe", "star", "vnexpress")
)

CASES = {
    "star": (STAR, "en", None, dt.date(2024, 12, 11), "inferred"),
    "efe": (EFE, "es", "EFE", dt.date(2024, 12, 18), "inferred"),  # year: © EFE 2024
    "antara": (ANTARA, "id", "ANTARA", dt.date(2025, 3, 5), "stated"),
    "vnexpress": (VNEXPRESS, "vi", None, dt.date(2024, 12, 18), "inferred"),
    "courrier": (COURRIER, "fr", "VNA", dt.date(2024, 12, 18), "inferred"),
}
CHROME = [
    "Home > News > Nation",
    "Related stories:",
    "Migrant workers: Govt to tighten rules on agents",
    "Follow us on our official WhatsApp channel for breaking news alerts and key updates!",
    "Tags / Keywords: Migrant Workers , Recruitment , Home Ministry",
    "Report it to us .",
    "Compartir",
    "WhatsApp",
    "Noticias relacionadas",
    "España y Marruecos refuerzan la cooperación migratoria",
    "Pewarta: Budi Santoso",
    "Copyright © ANTARA 2025",
    "Baca juga",
    "Thời sự",
    "Chính trị",
    "Chia sẻ",
    "Copy link",
    "Lấy link thành công",
    "Tin liên quan",
    "Hội nghị quốc tế về di cư lao động tại Bangkok",
    "Partager :",
    "Imprimer",
    "Vous aimerez aussi",
    "Le Vietnam et la Thaïlande renforcent leur coopération",
]


def run(tmp_path, name, text):
    path = tmp_path / f"{name}.txt"
    path.write_text(text, "utf-8")
    return extract_file(path, path.read_bytes(), SETTINGS)


@pytest.mark.parametrize("name", sorted(CASES))
def test_article(tmp_path, name):
    text, language, outlet, event, confidence = CASES[name]
    result = run(tmp_path, name, text)
    lines = set(result.text.split("\n"))
    assert not lines & set(CHROME)
    assert not any(line.startswith("© EFE") for line in lines)
    for line in text.split("\n"):  # every sentence of the article itself stays
        if len(line.split()) >= 12 and line.endswith(".") and "prohibida" not in line:
            assert line in lines or "Dilarang" in line
    assert result.language == language
    assert result.outlet == outlet
    assert result.event_date == event
    assert result.event_date_confidence == confidence


def test_titles(tmp_path):
    assert run(tmp_path, "v", VNEXPRESS).title == "Việt Nam cam kết thúc đẩy di cư an toàn"
    assert run(tmp_path, "s", STAR).title == "Malaysia to review migrant worker recruitment rules"
    assert run(tmp_path, "e", EFE).title.startswith("El Gobierno español presentó")


def test_published_lines(tmp_path):
    star = run(tmp_path, "s", STAR)
    assert (star.published, star.published_confidence) == (dt.date(2024, 12, 12), "stated")
    vn = run(tmp_path, "v", VNEXPRESS)
    assert (vn.published, vn.published_confidence) == (dt.date(2024, 12, 19), "stated")


def test_upcoming_mention_sets_the_year(tmp_path):
    result = run(tmp_path, "c", COURRIER)
    assert "mai 2025" in result.evidence["event_date"]["evidence"]
