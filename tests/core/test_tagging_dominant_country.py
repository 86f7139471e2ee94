"""The country an article is clearly about, for bodies whose name names none."""

from __future__ import annotations

from collections import Counter

from desktop.core.tagging.countries import dominant_country


def test_a_clear_leader_is_the_article_s_country() -> None:
    assert dominant_country(Counter({"KH": 9, "VN": 3}), "en") == "KH"


def test_two_countries_running_close_leave_none() -> None:
    assert dominant_country(Counter({"VN": 6, "KH": 5}), "en") == ""


def test_the_language_s_own_country_leading_is_enough() -> None:
    assert dominant_country(Counter({"VN": 4, "KH": 4}), "vi") == "VN"


def test_one_country_alone_is_clear() -> None:
    assert dominant_country(Counter({"ES": 1}), "fr") == "ES"


def test_no_country_named_falls_back_to_the_language_s() -> None:
    assert dominant_country(Counter(), "ms") == "MY"
    assert dominant_country(Counter(), "en") == ""


def test_words_without_diacritics_name_no_country_whose_name_has_them() -> None:
    from desktop.core.tagging.countries import country_counts
    from desktop.core.tagging.text import tokenize

    labour = "Bộ Lao động và Cục Lao động ngoài nước họp với Lao động Thủ đô."
    assert "LA" not in country_counts(tokenize(labour))
    assert country_counts(tokenize("Lào và Laos"))["LA"] == 2
    assert country_counts(tokenize("Llegaron a Hanói y luego a París."))["VN"] == 1
