"""Which time expression of the lead is the event's: weekday names inside proper names,
"today" meaning "nowadays", a future tense written in one word, one day reported inside
a range of days. Every text is made up here."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.extract import ExtractSettings, extract_file
from desktop.core.extract.relative import find_relative

TODAY = dt.date(2026, 6, 1)


def run(tmp_path, text, language):
    path = tmp_path / "page.txt"
    path.write_text(text, "utf-8")
    settings = ExtractSettings(today=TODAY, languages=(language,))
    return extract_file(path, path.read_bytes(), settings)


@pytest.mark.parametrize(
    ("language", "text", "found"),
    [
        ("es", "PUERTO DOMINGO. El ministerio abrió ayer, lunes, la oficina", ["ayer", "lunes"]),
        ("es", "En Santo Domingo el ministro habló el domingo", ["domingo"]),
        ("es", "Domingo Ferreira, alcalde, firmó el acuerdo", []),
        ("fr", "Pendant le Mardi Gras de Nice, mardi, la préfecture", ["mardi"]),
        ("fr", "Le préfet a présidé samedi la réunion de Saint-Dimanche", ["samedi"]),
        ("es", "Domingo, 12 de octubre. El ministro", ["Domingo"]),
        ("es", "EL DOMINGO 12 DE OCTUBRE se abrió", ["DOMINGO"]),
        ("en", "MONDAY MARCH 3 - The ministry said", ["MONDAY"]),
        ("en", "HANOI, MONDAY (XNA) - The ministry said", ["MONDAY"]),
        ("vi", "NGÀY THỨ HAI 12/10, Bộ cho biết", ["THỨ HAI"]),
    ],
)
def test_a_weekday_inside_a_proper_name_is_no_day(language, text, found):
    assert [r.text for r in find_relative(text, [language])] == found


PLACE_DATELINE = """Diario de Ejemplo
Portada | Nacional | Economía | Mundo
Salud abre un centro de atención para migrantes en la frontera
Miércoles 4 de junio de 2025 - 07:30
PUERTO DOMINGO. El Ministerio de Salud inauguró ayer, martes, un centro de atención \
primaria para trabajadores migrantes en la zona fronteriza, con capacidad para 300 \
consultas diarias.
El centro atenderá a todas las personas sin importar su situación migratoria."""


def test_a_dateline_place_named_after_a_weekday_is_no_day(tmp_path):
    result = run(tmp_path, PLACE_DATELINE, "es")
    assert result.event_date == dt.date(2025, 6, 3)
    assert result.evidence["event_date"]["evidence"].startswith("«ayer»")


NOWADAYS = """Le Quotidien d'Exemple
Publié le 6 juin 2025 à 07h00
Le Maroc et la France doublent les contrats saisonniers
Un protocole permettra à 4 000 Marocains par an de travailler dans les vergers, \
contre 2 000 aujourd'hui, selon les deux ministères.
En visite à Rabat du 3 au 5 juin, le ministre français du travail a signé mercredi \
4 juin un protocole d'accord avec son homologue marocain, qui prévoit un accompagnement \
des travailleurs avant leur départ et à leur retour."""


def test_today_as_nowadays_and_a_day_reported_inside_a_range(tmp_path):
    result = run(tmp_path, NOWADAYS, "fr")
    assert result.event_date == dt.date(2025, 6, 4)
    evidence = result.evidence["event_date"]["evidence"]
    assert "«4 juin»" in evidence and "«3 au 5 juin»" in evidence


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The camp held 800 people, compared with 1,200 today, the agency said."),
        ("id", "Program itu berjalan sejak 2019 hingga hari ini di sepuluh provinsi."),
        ("es", "La cifra pasó de 300 en 2020 a más de lo previsto hasta hoy en la región."),
    ],
)
def test_today_meaning_up_to_now_is_no_event_day(tmp_path, language, sentence):
    text = f"June 6, 2025 - 09:00\n\nA headline of the article here\n\n{sentence} " + (
        "Officials, employers and workers' groups took part in the review of the programme "
        "and of its rules for recruitment."
    )
    result = run(tmp_path, text, language)
    assert result.event_date == dt.date(2025, 6, 6)
    assert result.evidence["event_date"]["source"] == "publication date"  # no relative day


def test_today_after_a_figure_without_comparison_is_the_day(tmp_path):
    text = (
        "June 6, 2025 - 09:00\n\nA headline of the article here\n\nThe toll rose to 250 "
        "today as rescuers reached the last villages cut off by the floods, officials said."
    )
    result = run(tmp_path, text, "en")
    assert result.evidence["event_date"]["source"] == "relative day"


FUTURE = """Noticias de Ejemplo
Jueves 5 de junio de 2025 - 08:00
El Gobierno lanza un plan de regularización para trabajadores del campo
La oficina de registro abrirá el 20 de junio en todas las provincias para los \
trabajadores agrícolas sin documentos, según el decreto publicado por el ministerio.
El plan fue presentado por la ministra de Trabajo en una rueda de prensa."""


def test_a_date_after_a_future_tense_in_one_word_is_no_event_date(tmp_path):
    result = run(tmp_path, FUTURE, "es")
    assert result.event_date == dt.date(2025, 6, 5)
    assert result.evidence["event_date"]["source"] == "publication date"
    assert result.review_reasons  # no event date in the lead: flagged


def test_a_relative_day_inside_a_range_is_the_event_day(tmp_path):
    text = (
        "Viernes 6 de junio de 2025 - 08:00\n\nEspaña y Marruecos firman un acuerdo\n\n"
        "Durante la visita oficial del 3 al 5 de junio, los dos ministros firmaron este "
        "jueves un acuerdo sobre contratación en origen de trabajadores agrícolas."
    )
    result = run(tmp_path, text, "es")
    assert result.event_date == dt.date(2025, 6, 5)


def test_a_range_alone_still_gives_its_first_day(tmp_path):
    text = (
        "Viernes 6 de junio de 2025 - 08:00\n\nUn foro regional sobre migración\n\n"
        "El foro regional se celebró del 2 al 4 de junio en Lima, con delegaciones de "
        "doce países; el 20 de mayo se había reunido el comité preparatorio."
    )
    result = run(tmp_path, text, "es")
    assert result.event_date == dt.date(2025, 6, 2)


YEARLESS_LINE = """Akhbar Contoh
Utama | Setempat | Dunia | Sukan
Setempat
45 pekerja asing tanpa permit dihantar pulang melalui Sandakan
Oleh Wartawan Contoh
Mac 9 @ 7:40pm
Sandakan: Seramai 45 pekerja asing tanpa permit kerja dihantar pulang ke negara asal \
menerusi Pelabuhan Sandakan, semalam, selepas menjalani hukuman.
Mereka terdiri daripada 30 lelaki dan 15 wanita."""


def test_a_relative_day_counted_from_a_date_line_without_a_year(tmp_path):
    result = run(tmp_path, YEARLESS_LINE, "ms")
    assert result.event_date is None
    assert (result.event_month, result.event_day) == (3, 8)
    assert any("without a year" in reason for reason in result.review_reasons)
