"""Date forms of news copy read beyond the plain ones: a regional variant's month
abbreviation ("Sept."), a date line opened by its place and a slash, a weekday named as
this week's ("este jueves", "ce lundi", "Kamis ini"), and an event's closing day
announced in the lead before the day it opened."""

from __future__ import annotations

import datetime as dt

from desktop.core.extract import ExtractSettings, extract_file
from desktop.core.extract.relative import NEAREST, find_relative

TODAY = dt.date(2026, 6, 1)

EN_BODY = (
    "Delegates from ministries, trade unions and employers discussed recruitment fees, "
    "social protection and the return of workers who had been deceived by online offers."
)
ES_BODY = (
    "Las delegaciones de los ministerios de trabajo, los sindicatos y los empleadores "
    "debatieron sobre las comisiones de contratación y la protección social de los "
    "trabajadores migrantes que regresan a sus comunidades de origen."
)


def run(tmp_path, text, language, name="page.txt"):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    settings = ExtractSettings(today=TODAY, languages=(language,))
    return extract_file(path, path.read_bytes(), settings)


def test_a_british_month_abbreviation_gives_the_event_date(tmp_path):
    text = (
        "The Harbour Times\nNews | World | Business | Sport\n\n"
        "Labour attachés meet on seafarers' contracts\n\n"
        "By Ana Cruz | October 2, 2025\n\n"
        "Labour attachés from nine embassies met in Lisbon on Sept. 29 to compare the "
        f"contracts offered to migrant seafarers. {EN_BODY}\n\n{EN_BODY}\n"
    )
    result = run(tmp_path, text, "en")
    assert result.event_date == dt.date(2025, 9, 29)


def test_a_date_line_opened_by_its_place_and_a_slash_is_the_publication_date(tmp_path):
    text = (
        "EL DIARIO\nPolítica | Estados | Internacional | Deportes\n\n"
        "Consulados amplían horarios para trámites de connacionales\n\n"
        "Marta Ruiz\nGuadalajara / 04.03.2025 10:20:00\n\n"
        "Los consulados ampliaron ayer sus horarios de atención para los trámites de "
        f"pasaportes de los connacionales. {ES_BODY}\n\n{ES_BODY}\n"
    )
    result = run(tmp_path, text, "es")
    assert result.published == dt.date(2025, 3, 4)
    assert result.event_date == dt.date(2025, 3, 3)


def test_this_weeks_weekday_is_the_nearest_before_or_after():
    wednesday = dt.date(2025, 6, 11)
    for text, language, meant in (
        ("La feria cierra este viernes en Quito.", "es", dt.date(2025, 6, 13)),
        ("Le forum s'est ouvert ce lundi à Dakar.", "fr", dt.date(2025, 6, 9)),
        ("Rapat itu digelar Selasa ini di Batam.", "id", dt.date(2025, 6, 10)),
    ):
        (day,) = [r for r in find_relative(text, (language,)) if r.weekday is not None]
        assert day.mode == NEAREST
        assert day.resolve(wednesday) == meant
    (bare,) = find_relative("The fair closed on Friday.", ("en",))
    assert bare.resolve(wednesday) == dt.date(2025, 6, 6)  # a bare weekday: the latest


def test_a_closing_day_in_the_lead_gives_way_to_the_opening_day(tmp_path):
    text = (
        "DIARIO DEL ISTMO\nNacional | Economía | Mundo | Deportes\n\n"
        "Ministros de trabajo de la región revisan la contratación de temporeros\n\n"
        "Pedro Gómez\nmartes, 14 de octubre de 2025 - 18:30\n\n"
        "La reunión de ministros, que termina este miércoles, busca reglas comunes.\n\n"
        "Los ministros de trabajo de seis países abrieron este martes en Panamá una reunión "
        f"sobre la contratación de trabajadores temporales. {ES_BODY}\n\n{ES_BODY}\n"
    )
    result = run(tmp_path, text, "es")
    assert result.event_date == dt.date(2025, 10, 14)


def test_a_closing_day_alone_in_the_lead_stays_and_is_flagged(tmp_path):
    text = (
        "DIARIO DEL ISTMO\nNacional | Economía | Mundo | Deportes\n\n"
        "Concluye la reunión regional sobre trabajadores temporales\n\n"
        "Pedro Gómez\njueves, 16 de octubre de 2025 - 18:30\n\n"
        "La reunión regional de ministros de trabajo concluyó este jueves en Panamá con "
        f"un llamado a reducir las comisiones. {ES_BODY}\n\n{ES_BODY}\n"
    )
    result = run(tmp_path, text, "es")
    assert result.event_date == dt.date(2025, 10, 16)
    assert any("last day" in r for r in result.review_reasons)
