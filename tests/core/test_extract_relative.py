"""Relative days and weekdays in every language the archive reads, counted from a
reference date (the dateline or publication date of the same article)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.extract.relative import find_relative

WEDNESDAY = dt.date(2025, 3, 12)


def first(text: str, language: str) -> tuple[str, dt.date]:
    found = find_relative(text, [language])
    assert found, f"nothing found in {text!r}"
    return found[0].text, found[0].resolve(WEDNESDAY)


@pytest.mark.parametrize(
    ("language", "text", "words", "day"),
    [
        ("en", "Officials met in Geneva yesterday to", "yesterday", "2025-03-11"),
        ("en", "The minister said today that", "today", "2025-03-12"),
        ("en", "The plane landed tonight at", "tonight", "2025-03-12"),
        ("en", "signed this morning by both sides", "this morning", "2025-03-12"),
        ("en", "arrived last night from Bangkok", "last night", "2025-03-11"),
        ("en", "will sign the deal tomorrow", "tomorrow", "2025-03-13"),
        ("fr", "Le ministre a déclaré hier que", "hier", "2025-03-11"),
        ("fr", "Les délégués se réunissent aujourd'hui à Genève", "aujourd'hui", "2025-03-12"),
        ("fr", "La réunion tenue avant-hier à Paris", "avant-hier", "2025-03-10"),
        ("fr", "Les délégués ont signé aujourd’hui", "aujourd’hui", "2025-03-12"),
        ("es", "Los ministros se reunieron hoy, miercoles, en Quito", "hoy", "2025-03-12"),
        ("fr", "a annoncé ce matin le ministère", "ce matin", "2025-03-12"),
        ("es", "Los expertos analizaron ayer el proyecto", "ayer", "2025-03-11"),
        ("es", "El gobierno anunció hoy nuevas medidas", "hoy", "2025-03-12"),
        ("es", "El avión aterrizó anoche en Madrid", "anoche", "2025-03-11"),
        ("es", "se reunieron anteayer en Lima", "anteayer", "2025-03-10"),
        ("vi", "Hôm qua, Bộ Ngoại giao cho biết", "Hôm qua", "2025-03-11"),
        ("vi", "Hội nghị khai mạc sáng nay tại Hà Nội", "sáng nay", "2025-03-12"),
        ("vi", "Đoàn về đến Nội Bài tối qua", "tối qua", "2025-03-11"),
        ("vi", "Chiều nay, Thủ tướng chủ trì", "Chiều nay", "2025-03-12"),
        ("vi", "hôm nay tại trụ sở Bộ", "hôm nay", "2025-03-12"),
        ("ms", "Mesyuarat itu diadakan di Putrajaya semalam", "semalam", "2025-03-11"),
        ("ms", "Forum itu bermula di sini hari ini", "hari ini", "2025-03-12"),
        ("ms", "Menteri akan melawat Sabah esok", "esok", "2025-03-13"),
        ("id", "Pertemuan digelar di Jakarta kemarin", "kemarin", "2025-03-11"),
        ("id", "Menteri membuka acara itu hari ini", "hari ini", "2025-03-12"),
        ("id", "Kesepakatan diteken tadi malam", "tadi malam", "2025-03-11"),
        ("it", "I ministri si sono riuniti ieri a Roma", "ieri", "2025-03-11"),
        ("pt", "O acordo foi assinado ontem em Lisboa", "ontem", "2025-03-11"),
        ("de", "Die Minister trafen sich gestern in Berlin", "gestern", "2025-03-11"),
        ("zh", "各国代表昨天在河内举行会议", "昨天", "2025-03-11"),
    ],
)
def test_relative_days(language, text, words, day):
    assert first(text, language) == (words, dt.date.fromisoformat(day))


@pytest.mark.parametrize(
    ("language", "text", "words", "day"),
    [
        ("en", "said at a meeting in Hanoi on Tuesday", "Tuesday", "2025-03-11"),
        ("en", "the accord signed last Wednesday in", "Wednesday", "2025-03-05"),
        ("en", "talks will resume next Friday", "Friday", "2025-03-14"),
        ("en", "on Wednesday, the ministry said", "Wednesday", "2025-03-12"),
        ("fr", "Le Vietnam a appelé mardi les pays", "mardi", "2025-03-11"),
        ("fr", "a signé ce lundi un accord", "lundi", "2025-03-10"),
        ("fr", "lors de la réunion de mercredi dernier", "mercredi", "2025-03-05"),
        ("es", "El ministro viajó el martes a Manila", "martes", "2025-03-11"),
        ("es", "el jueves pasado en Bogotá", "jueves", "2025-03-06"),
        ("vi", "Sáng thứ Ba, đoàn công tác đã", "thứ Ba", "2025-03-11"),
        ("ms", "tiba di Kuala Lumpur pada Selasa malam", "Selasa", "2025-03-11"),
        ("ms", "mesyuarat pada Isnin lalu", "Isnin", "2025-03-10"),
        ("id", "diselenggarakan di Jakarta, Senin", "Senin", "2025-03-10"),
        ("id", "rapat akan digelar Jumat depan", "Jumat", "2025-03-14"),
        ("it", "la riunione di martedì scorso a Roma", "martedì", "2025-03-11"),
        ("de", "Die Konferenz begann am Dienstag in Genf", "Dienstag", "2025-03-11"),
        ("zh", "会议于星期二在河内举行", "星期二", "2025-03-11"),
    ],
)
def test_weekdays(language, text, words, day):
    assert first(text, language) == (words, dt.date.fromisoformat(day))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("vi", "Đây là lần thứ ba hội nghị được tổ chức"),  # "third", not Tuesday
        ("id", "Sejak minggu lalu harga naik"),  # "week", not Sunday
        ("es", "Se reunieron por la mañana con los expertos"),  # "morning", not tomorrow
        ("fr", "Il hiérarchise les priorités"),  # a word starting with "hier"
        ("en", "Todays figures and Sundays"),  # no word on its own
    ],
)
def test_not_relative_days(language, text):
    assert find_relative(text, [language]) == []


def test_uncertain_phrase_is_marked():
    (found,) = find_relative("Mesyuarat itu diadakan kelmarin", ["ms"])
    assert found.uncertain and found.resolve(WEDNESDAY) == dt.date(2025, 3, 10)


def test_longest_phrase_wins():
    (found,) = find_relative("La réunion a eu lieu avant-hier", ["fr"])
    assert found.text == "avant-hier"
