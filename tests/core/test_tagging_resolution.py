"""Which country's body a shared name is: markers, adjectives, the article's language."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.tagging.actors_match import CompiledRegistry
from desktop.core.tagging.engine import suggest


def known(registry: CompiledRegistry, title: str, body: str, language: str) -> list[str]:
    return [a.name for a in suggest(title, body, language, registry).actors if a.known]


def test_a_country_marker_after_a_shared_name_picks_its_country(registry: CompiledRegistry) -> None:
    body = (
        "Delegasi Australia dan Selandia Baru hadir di Canberra. Australia menyambut "
        "Sekretaris Jenderal Kementerian Luar Negeri RI dalam kunjungan ke Australia."
    )
    names = known(registry, "Kunjungan kerja", body, "id")
    assert "Ministry of Foreign Affairs (Indonesia)" in names


def test_one_name_keeps_the_country_it_was_given_in_the_article(
    registry: CompiledRegistry,
) -> None:
    body = (
        "Tại Kuala Lumpur, Bộ Nội vụ Việt Nam và Bộ Nhân lực Malaysia đã làm việc với "
        "các doanh nghiệp Malaysia. Lãnh đạo Bộ Nội vụ đề nghị phía Malaysia bảo vệ người lao động."
    )
    names = known(registry, "Hợp tác lao động", body, "vi")
    assert "Ministry of Home Affairs (Viet Nam)" in names
    assert "Ministry of Home Affairs (Malaysia)" not in names


def test_an_unqualified_name_in_a_national_language_is_that_country_s(
    registry: CompiledRegistry,
) -> None:
    body = "Bộ Ngoại giao đã làm việc với đối tác Thái Lan tại Bangkok về lao động Thái Lan."
    names = known(registry, "Bảo hộ công dân", body, "vi")
    assert names == ["Ministry of Foreign Affairs (Viet Nam)"]


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        (
            "Le ministère indonésien des Affaires étrangères a reçu à Hanoï une délégation.",
            "fr",
            "Ministry of Foreign Affairs (Indonesia)",
        ),
        (
            "Le ministère vietnamien de l'Intérieur a signé un accord à Kuala Lumpur.",
            "fr",
            "Ministry of Home Affairs (Viet Nam)",
        ),
        (
            "La cancillería indonesia informó a la prensa en Kuala Lumpur.",
            "es",
            "Ministry of Foreign Affairs (Indonesia)",
        ),
        (
            "El Ministerio de Relaciones Exteriores de Indonesia convocó a la prensa en Manila.",
            "es",
            "Ministry of Foreign Affairs (Indonesia)",
        ),
        (
            "Indonesia's foreign ministry briefed reporters in Kuala Lumpur on Monday.",
            "en",
            "Ministry of Foreign Affairs (Indonesia)",
        ),
    ],
)
def test_a_nationality_adjective_names_the_country(
    registry: CompiledRegistry, body: str, language: str, expected: str
) -> None:
    names = known(registry, "", body, language)
    assert names == [expected]


def test_a_unit_counts_for_the_parent_the_text_names(registry: CompiledRegistry) -> None:
    body = (
        "Hôm qua, Cục Quản lý lao động ngoài nước (Bộ Nội vụ) tổ chức hội nghị tại Hà Nội. "
        "Đại diện Cục Quản lý lao động ngoài nước cho biết sẽ tăng cường kiểm tra."
    )
    names = known(registry, "Hội nghị", body, "vi")
    assert names == ["Ministry of Home Affairs (Viet Nam)"]
    unnamed = known(registry, "", "Cục Quản lý lao động ngoài nước tổ chức hội nghị.", "vi")
    assert unnamed == ["Ministry of Labour, Invalids and Social Affairs (Viet Nam)"]


KP2MI = "Ministry of Migrant Workers Protection (Indonesia)"
BP2MI = "Indonesian Migrant Workers Protection Agency (BP2MI)"


@pytest.mark.parametrize(
    ("body", "language", "name"),
    [
        ("Kementerian Perlindungan Pekerja Migran Indonesia membuka posko di Batam.", "id", KP2MI),
        ("Indonesia's Ministry of Migrant Workers Protection opened a shelter.", "en", KP2MI),
        ("Badan Perlindungan Pekerja Migran Indonesia membuka posko di Batam.", "id", BP2MI),
        ("The Indonesian Migrant Worker Protection Agency opened a shelter.", "en", BP2MI),
    ],
)
def test_spelling_and_word_order_variants_of_a_name(
    registry: CompiledRegistry, body: str, language: str, name: str
) -> None:
    assert known(registry, "", body, language) == [name]


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Timbalan Menteri Dalam Negeri Vietnam, Tran Van Nam, hadir di Putrajaya.", "ms"),
        (
            "In Hanoi, Deputy Home Affairs Minister Tran Van Nam met officials from Malaysia "
            "and Viet Nam.",
            "en",
        ),
    ],
)
def test_a_minister_s_title_names_the_ministry(
    registry: CompiledRegistry, body: str, language: str
) -> None:
    assert "Ministry of Home Affairs (Viet Nam)" in known(registry, "", body, language)


def test_a_reorganised_body_s_unit_belongs_to_its_successor_after_the_date(
    registry: CompiledRegistry,
) -> None:
    body = "Cục Quản lý lao động ngoài nước tổ chức tập huấn cho doanh nghiệp tại Hà Nội."

    def names(date: dt.date | None, text: str = body) -> list[str]:
        return [a.name for a in suggest("", text, "vi", registry, date=date).actors if a.known]

    assert names(dt.date(2024, 6, 1)) == [
        "Ministry of Labour, Invalids and Social Affairs (Viet Nam)"
    ]
    assert names(dt.date(2025, 9, 1)) == ["Ministry of Home Affairs (Viet Nam)"]
    assert names(None) == ["Ministry of Labour, Invalids and Social Affairs (Viet Nam)"]
    assert names(None, "Bộ Nội vụ chủ trì. " + body) == ["Ministry of Home Affairs (Viet Nam)"]
    old_name = "Bộ Lao động - Thương binh và Xã hội từng quản lý lĩnh vực này."
    assert names(dt.date(2025, 9, 1), old_name) == [
        "Ministry of Labour, Invalids and Social Affairs (Viet Nam)"
    ]


def test_a_shared_name_in_a_story_about_two_countries_stays_unattributed(
    registry: CompiledRegistry,
) -> None:
    body = (
        "Cambodia handed over 40 Vietnamese workers at the border with Viet Nam on Monday. "
        "Officials of Cambodia and Viet Nam met at the crossing. The Ministry of Interior "
        "said the workers had been kept in Cambodia for months before Viet Nam asked for them."
    )
    names = known(registry, "Workers handed over", body, "en")
    assert "Ministry of Home Affairs (Viet Nam)" not in names


def test_a_shared_name_goes_to_the_country_the_story_is_clearly_about(
    registry: CompiledRegistry,
) -> None:
    body = (
        "Viet Nam received 40 workers from Laos on Monday. Officials of Viet Nam said "
        "Viet Nam would help them home. The Ministry of Home Affairs said Viet Nam had "
        "asked for their return."
    )
    names = known(registry, "Workers return", body, "en")
    assert "Ministry of Home Affairs (Viet Nam)" in names


def test_a_shared_name_in_a_two_country_story_takes_the_country_before_it_in_its_sentence(
    registry: CompiledRegistry,
) -> None:
    body = (
        "Laos and Viet Nam signed a labour deal in Vientiane. Laos signed first, while "
        "Viet Nam was represented by Deputy Home Affairs Minister Tran Van Minh. "
        "Officials of Laos and Viet Nam will meet again."
    )
    names = known(registry, "Labour deal signed", body, "en")
    assert "Ministry of Home Affairs (Viet Nam)" in names


def test_a_shared_name_in_a_country_with_no_such_body_yet_is_proposed_under_that_country(
    registry: CompiledRegistry,
) -> None:
    body = (
        "Bogotá, Colombia. El Gobierno de Colombia amplió el permiso de residencia. "
        "El Ministerio de Relaciones Exteriores dijo que Colombia recibirá las solicitudes "
        "en línea. Colombia acoge a miles de personas."
    )
    actors = suggest("Colombia amplía el permiso", body, "es", registry).actors
    new = [a.name for a in actors if not a.known]
    assert "Ministry of Foreign Affairs (Colombia)" in new
    assert not [a.name for a in actors if a.known and "Foreign Affairs" in a.name]


def test_a_shared_name_with_no_clear_country_proposes_nothing(
    registry: CompiledRegistry,
) -> None:
    body = (
        "Chile y Perú firmaron un acuerdo. El Ministerio de Relaciones Exteriores dijo "
        "que Chile y Perú abrirán oficinas."
    )
    actors = suggest("Acuerdo", body, "es", registry).actors
    assert not [a.name for a in actors if "Foreign Affairs" in a.name]


def test_a_shared_name_named_differently_abroad_keeps_the_text_s_words(
    registry: CompiledRegistry,
) -> None:
    """Interior ministries are "of Home Affairs" here and "of the Interior" there: no one
    English name can be trusted for a country the registry does not hold."""
    body = "El Ministerio del Interior de Camboya informó que 40 personas fueron deportadas."
    actors = suggest("Deportaciones", body, "es", registry).actors
    assert [a.name for a in actors if not a.known] == ["Ministerio del Interior (Cambodia)"]
    assert not [a for a in actors if a.known]


def test_a_name_qualified_with_another_country_never_goes_to_the_only_body_bearing_it(
    registry: CompiledRegistry,
) -> None:
    body = "Quốc hội Nhật Bản đã thông qua luật mới về thực tập sinh vào tháng 6."
    assert "National Assembly (Viet Nam)" not in known(registry, "", body, "vi")
    assert "National Assembly (Viet Nam)" in known(registry, "", "Quốc hội họp phiên bế mạc.", "vi")


def test_the_ministry_that_succeeded_bp2mi_is_its_own_body() -> None:
    from desktop.core.tagging.data import actor_seeds, actor_successions

    ended, successor = actor_successions()[BP2MI]
    assert ended == dt.date(2024, 10, 21) and successor == KP2MI
    names = {s.name: s for s in actor_seeds()}
    assert names[KP2MI].country == "ID" and names[KP2MI].kind == "government"
    aliases = {alias for alias, _lang in names[BP2MI].aliases}
    assert "KP2MI" not in aliases and "KP2MI" in {a for a, _l in names[KP2MI].aliases}


def test_the_provincial_police_count_for_the_ministry_of_public_security(
    registry: CompiledRegistry,
) -> None:
    body = "Việc tiếp nhận do Công an tỉnh Lạng Sơn phối hợp với các lực lượng thực hiện."
    assert known(registry, "", body, "vi") == ["Ministry of Public Security (Viet Nam)"]


def test_a_unit_the_registry_lists_follows_its_body_s_successor(
    registry: CompiledRegistry,
) -> None:
    """A unit named by an acronym no unit word opens ("DOLAB") is listed under its body's
    ``units`` in the registry and moves with the body's reorganisation."""
    body = "DOLAB said thirty recruitment firms had lost their licences."

    def names(date: dt.date) -> list[str]:
        return [a.name for a in suggest("", body, "en", registry, date=date).actors if a.known]

    assert names(dt.date(2024, 5, 1)) == [
        "Ministry of Labour, Invalids and Social Affairs (Viet Nam)"
    ]
    assert names(dt.date(2025, 9, 1)) == ["Ministry of Home Affairs (Viet Nam)"]
