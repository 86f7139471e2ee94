"""New people proposed in every language with their role; never a fragment of an
institution's name nor a place; registry names matched whatever their form."""

from __future__ import annotations

import pytest

from desktop.core.tagging.actors_match import CompiledRegistry
from desktop.core.tagging.engine import suggest
from desktop.core.tagging.model import Suggestions


def new_people(result: Suggestions) -> dict[str, str]:
    return {a.name: a.role for a in result.actors if not a.known}


def known(result: Suggestions) -> list[str]:
    return [a.name for a in result.actors if a.known]


@pytest.mark.parametrize(
    "language, text, name, role",
    [
        (
            "en",
            "Deputy Minister of Home Affairs Jane Roe Smith opened the meeting in Hanoi.",
            "Jane Roe Smith",
            "Deputy Minister of Home Affairs",
        ),
        (
            "en",
            "Peter Miles Grant, a senior migration specialist at the ILO, said reforms were due.",
            "Peter Miles Grant",
            "a senior migration specialist at the ILO",
        ),
        (
            "ms",
            "Ketua Misi IOM Anna Marie Keller berkata program itu berjaya.",
            "Anna Marie Keller",
            "Ketua Misi IOM",
        ),
        (
            "es",
            "La directora de la Oficina de la OIT, Lucía Fernández Ortiz, presentó el informe.",
            "Lucía Fernández Ortiz",
            "directora de la Oficina de la OIT",
        ),
        (
            "vi",
            "Thứ trưởng Bộ Ngoại giao Nguyễn Minh Hằng cho biết Việt Nam sẽ tiếp tục hợp tác.",
            "Nguyễn Minh Hằng",
            "Thứ trưởng Bộ Ngoại giao",
        ),
        (
            "fr",
            "L'ambassadeur du Vietnam au Japon, Pham Quang Hieu, a souligné l'importance du sujet.",
            "Pham Quang Hieu",
            "ambassadeur du Vietnam au Japon",
        ),
        (
            "id",
            "Kepala Badan Pelindungan Pekerja Migran Indonesia, Budi Santoso, menambahkan bahwa "
            "kasus menurun.",
            "Budi Santoso",
            "Kepala Badan Pelindungan Pekerja Migran Indonesia",
        ),
        (
            "en",
            "Ambassador Maria Lopez Vidal met the delegation on Monday.",
            "Maria Lopez Vidal",
            "Ambassador",
        ),
        (
            "en",
            "UNHCR Regional Director Tom Hall Evans said the camps were full.",
            "Tom Hall Evans",
            "UNHCR Regional Director",
        ),
        (
            "id",
            "Duta Besar RI untuk Malaysia Hermono menegaskan bahwa KBRI siap membantu WNI.",
            "Hermono",
            "Duta Besar RI untuk Malaysia",
        ),
        (
            "ms",
            "Ketua Pengarah Imigresen Datuk Ahmad Yusof Rahim berkata 1,200 PATI ditahan.",
            "Ahmad Yusof Rahim",
            "Ketua Pengarah Imigresen",
        ),
        (
            "vi",
            "Theo Cục trưởng Cục Quản lý lao động ngoài nước Vũ Trường Giang, năm nay có "
            "130.000 lao động đi làm việc ở nước ngoài.",
            "Vũ Trường Giang",
            "Cục trưởng Cục Quản lý lao động ngoài nước",
        ),
        (
            "en",
            "Speaking at the Hanoi Sheraton Hotel, Deputy Minister Nguyen Van Hoi said the zone "
            "attracted workers.",
            "Nguyen Van Hoi",
            "Deputy Minister",
        ),
        (
            "ms",
            "Menteri Dalam Negeri Datuk Seri Ahmad Nasir Ismail berkata operasi diteruskan.",
            "Ahmad Nasir Ismail",
            "Menteri Dalam Negeri",
        ),
        (
            "id",
            "Menteri Pelindungan Pekerja Migran Indonesia (P2MI) Abdul Karim Sudarso menerima "
            "kunjungan itu.",
            "Abdul Karim Sudarso",
            "Menteri Pelindungan Pekerja Migran Indonesia (P2MI)",
        ),
    ],
)
def test_people_are_proposed_with_their_role(
    registry: CompiledRegistry, language: str, text: str, name: str, role: str
) -> None:
    people = new_people(suggest("", text, language, registry))
    assert name in people, people
    assert people[name].lstrip("L'l’ ") == role


@pytest.mark.parametrize(
    "language, text",
    [
        ("id", "Ia berkata sindiket itu berpusat di Myawaddy."),
        (
            "en",
            "Nguyen Van An of the Ministry of Labour, Invalids and Social Affairs said the "
            "programme would expand.",
        ),
        (
            "es",
            "Ana Lucía Torres, viceministra de Trabajo, Inválidos de Guerra y Asuntos Sociales.",
        ),
    ],
)
def test_a_name_is_never_a_fragment_of_an_institution(
    registry: CompiledRegistry, language: str, text: str
) -> None:
    people = new_people(suggest("", text, language, registry))
    assert all("Asuntos" not in n and "Ministry" not in n for n in people), people


def test_honorifics_are_not_roles(registry: CompiledRegistry) -> None:
    text = "Mme Jeanne Dupontel a ouvert la séance. Bà Trần Thị Mai cho biết."
    assert set(new_people(suggest("", text, "fr", registry)).values()) == {""}


def test_the_spanish_ministry_fragment_is_never_a_person(registry: CompiledRegistry) -> None:
    text = (
        "Participaron funcionarios de los ministerios de Trabajo, Inválidos de Guerra y Asuntos "
        "Sociales, y de Seguridad Pública. El viceministro de Trabajo, Inválidos de Guerra y "
        "Asuntos Sociales, Carlos Ruiz Mena, habló."
    )
    result = suggest("", text, "es", registry)
    assert "Inválidos de Guerra y Asuntos" not in new_people(result)
    assert "Ministry of Labour, Invalids and Social Affairs (Viet Nam)" in known(result)
    assert new_people(result) == {
        "Carlos Ruiz Mena": "viceministro de Trabajo, Inválidos de Guerra y Asuntos Sociales"
    }


@pytest.mark.parametrize(
    "language, text",
    [
        ("es", "Los vuelos procedentes de Mae Sot, en la provincia de Tak, aterrizaron hoy."),
        ("en", "They landed at Noi Bai airport, and the officials said the group was safe."),
        ("ms", "Mereka tiba di Lapangan Terbang Noi Bai, Hanoi pada Selasa malam."),
        ("vi", "Đoàn đã về tới sân bay Nội Bài, Hà Nội an toàn."),
        ("fr", "Les travailleurs sont arrivés à Mae Sot, a indiqué la police."),
        ("en", "The forum was held in New York, said the Permanent Mission."),
    ],
)
def test_places_are_not_people(registry: CompiledRegistry, language: str, text: str) -> None:
    assert new_people(suggest("", text, language, registry)) == {}


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "Malaysia's Human Resources Ministry set up a portal.",
            "en",
            "Ministry of Human Resources (Malaysia)",
        ),
        ("The Ministry of Labour (Thailand) met employers.", "en", "Ministry of Labour (Thailand)"),
        (
            "Thailand's Ministry of Labour met employers in Hanoi, Vietnam.",
            "en",
            "Ministry of Labour (Thailand)",
        ),
        (
            "Bo Ngoai giao va IOM hop tac tai Ha Noi.",
            "vi",
            "Ministry of Foreign Affairs (Viet Nam)",
        ),
        (
            "Cuc Quan ly lao dong ngoai nuoc cho biet.",
            "vi",
            "Ministry of Labour, Invalids and Social Affairs (Viet Nam)",
        ),
        (
            "KESUMA dan Kemnaker bertemu di Jakarta, Indonesia.",
            "ms",
            "Ministry of Human Resources (Malaysia)",
        ),
        (
            "The Foreign Affairs Ministry of Vietnam said.",
            "en",
            "Ministry of Foreign Affairs (Viet Nam)",
        ),
        (
            "The Labour, Invalids and Social Affairs Ministry said.",
            "en",
            "Ministry of Labour, Invalids and Social Affairs (Viet Nam)",
        ),
        (
            "The Social Development and Human Security Ministry of Thailand said.",
            "en",
            "Ministry of Social Development and Human Security (Thailand)",
        ),
    ],
)
def test_registry_names_match_in_any_usual_form(
    registry: CompiledRegistry, text: str, language: str, expected: str
) -> None:
    assert expected in known(suggest("", text, language, registry))


def test_bodies_cited_as_a_laws_author_are_not_actors(registry: CompiledRegistry) -> None:
    text = (
        "IOM and the Ministry of Public Security discussed the Law on Human Trafficking "
        "Prevention, passed by the National Assembly in November."
    )
    names = known(suggest("", text, "en", registry))
    assert "National Assembly (Viet Nam)" not in names
    assert {"IOM", "Ministry of Public Security (Viet Nam)"} <= set(names)
    vi = "Luật Phòng, chống mua bán người vừa được Quốc hội thông qua. Bộ Công an chủ trì."
    assert "National Assembly (Viet Nam)" not in known(suggest("", vi, "vi", registry))
    taking_part = "Đại biểu Quốc hội và Bộ Công an dự hội thảo."
    assert "National Assembly (Viet Nam)" in known(suggest("", taking_part, "vi", registry))


def test_forums_are_not_participants(registry: CompiledRegistry) -> None:
    text = "The ASEAN Forum on Migrant Labour opened in Jakarta; the ASEAN Secretariat spoke."
    names = known(suggest("", text, "en", registry))
    assert "ASEAN Forum on Migrant Labour" not in names and "ASEAN Secretariat" in names


def test_title_case_headlines_propose_no_people(registry: CompiledRegistry) -> None:
    title = "Migrant Workers Face New Rules, Minister Says"
    body = "Deputy Minister Jane Roe Smith said the rules would apply from July."
    assert new_people(suggest(title, body, "en", registry)) == {"Jane Roe Smith": "Deputy Minister"}


def test_an_alias_with_brackets_matches_with_or_without_them() -> None:
    from desktop.core.tagging.actors_match import RegistryActor

    actors = [RegistryActor(1, "Labour Protection Network (LPN)", "organisation")]
    registry = CompiledRegistry.build(actors, [(1, "Labour Rights Foundation (Thailand)")])
    for text in (
        "The Labour Protection Network (LPN) helped.",
        "The Labour Protection Network helped.",
        "LPN helped.",
        "The Labour Rights Foundation (Thailand) helped.",
        "The Labour Rights Foundation helped.",
    ):
        assert known(suggest("", text, "en", registry)) == ["Labour Protection Network (LPN)"], text


@pytest.mark.parametrize(
    "language, text",
    [
        (
            "en",
            "The ambassador urged the International Organization for Migration (IOM) and "
            "UNHCR to help developing countries.",
        ),
        (
            "fr",
            "Il a invité l'Organisation internationale pour les migrations (OIM) et le HCR "
            "à accompagner les pays en développement.",
        ),
        ("vi", "Việt Nam đề nghị Tổ chức Di cư quốc tế (IOM) và UNHCR tiếp tục hỗ trợ."),
        ("es", "Vietnam propuso además que la OIM y el ACNUR apoyen a los países."),
    ],
)
def test_bodies_asked_to_act_are_not_shown_as_taking_part(
    registry: CompiledRegistry, language: str, text: str
) -> None:
    assert known(suggest("", text, language, registry)) == []
