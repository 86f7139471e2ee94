"""Public bodies with no acronym, proposed from the grammar of their names: whole names up
to their natural end, never a description, a building, a kind of body, someone's name or
a fragment of a longer name."""

from __future__ import annotations

import pytest

from desktop.core.tagging.actors_match import CompiledRegistry
from desktop.core.tagging.engine import suggest


def new(registry: CompiledRegistry, text: str, language: str, title: str = "") -> list[str]:
    actors = suggest(title, text, language, registry).actors
    return sorted(a.name for a in actors if not a.known and a.kind == "organisation")


def known(registry: CompiledRegistry, text: str, language: str) -> list[str]:
    return sorted(a.name for a in suggest("", text, language, registry).actors if a.known)


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (  # a head capitalised inside a sentence: the name is in sentence case
            "fr",
            "Selon la Direction générale de la sécurité civile, 300 personnes ont été évacuées.",
            "Direction générale de la sécurité civile",
        ),
        (  # a head in lower case and its capitalised complement
            "fr",
            "Ce matin, la préfecture maritime de l'Atlantique coordonne les secours.",
            "préfecture maritime de l'Atlantique",
        ),
        (
            "fr",
            "Le rapport de la Direction générale des étrangers en France paraîtra lundi.",
            "Direction générale des étrangers en France",
        ),
        (  # a list of portfolios closed by "y"
            "es",
            "El Ministerio de Derechos Sociales, Consumo y Agenda 2030 presentó el plan.",
            "Ministerio de Derechos Sociales, Consumo y Agenda 2030",
        ),
        (
            "es",
            "La Secretaría General de Inmigración y Emigración publicó las cifras.",
            "Secretaría General de Inmigración y Emigración",
        ),
        (
            "en",
            "The General Directorate of Migration Management said 300 people were returned.",
            "General Directorate of Migration Management",
        ),
        (
            "ms",
            "Majlis Keselamatan Negara akan bermesyuarat minggu depan.",
            "Majlis Keselamatan Negara",
        ),
        (
            "id",
            "Dinas Tenaga Kerja Kabupaten Lombok Timur menerima laporan itu.",
            "Dinas Tenaga Kerja Kabupaten Lombok Timur",
        ),
        (
            "id",
            "Petugas Kantor Imigrasi Kelas II Mataram memeriksa paspor mereka.",
            "Kantor Imigrasi Kelas II Mataram",
        ),
        ("vi", "Sáng nay, Cục Việc làm cho biết số hồ sơ đã tăng.", "Cục Việc làm"),
        ("vi", "Theo Tổng cục Thuế, số thu tăng 10%.", "Tổng cục Thuế"),
        (
            "vi",
            "Tổng cục Hải quan Hàn Quốc đã tịch thu lô hàng.",
            "Tổng cục Hải quan Hàn Quốc",
        ),
        (
            "vi",
            "Sở Tư pháp tỉnh Hà Tĩnh đã tiếp nhận hồ sơ của người lao động.",
            "Sở Tư pháp tỉnh Hà Tĩnh",
        ),
        (  # a national agency named by its field and its country
            "en",
            "Immigration New Zealand has changed its rules for seasonal workers.",
            "Immigration New Zealand",
        ),
        (  # an association named after what it is
            "es",
            "Según la ONG Salvamento Marítimo Humanitario, la barca llevaba 50 personas.",
            "Salvamento Marítimo Humanitario",
        ),
        ("en", "The charity Safe Passage said the crossing was deadly.", "Safe Passage"),
        (  # the local government of a place
            "es",
            "Las autoridades de Chiapas trasladaron a los migrantes a un albergue.",
            "autoridades de Chiapas",
        ),
    ],
)
def test_a_body_s_name_is_read_whole(
    registry: CompiledRegistry, language: str, text: str, name: str
) -> None:
    assert new(registry, text, language) == [name]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Department officials declined to comment on the figures."),
        ("fr", "La direction de l'usine a fermé le site jeudi."),  # a common noun
        ("fr", "Les migrants ont été conduits à la préfecture de Calais."),  # a building
        ("vi", "Hội nghị diễn ra tại Trung tâm Hội nghị Quốc gia."),
        ("es", "La secretaria general de la asociación, Marta Gil, viajó a Rabat."),  # a person
        ("id", "Dinas Sosial membantu warga yang terdampak."),  # which one?
        ("id", "Badan Usaha Milik Negara ikut membantu pemulangan."),  # a kind of body
        ("fr", "Les autorités du Cambodge ont expulsé 40 personnes."),  # a country's
        ("fr", "Une dépêche de l'Agence France-Presse a été reprise."),  # a bare head
        ("vi", "“Chúng tôi sẵn sàng hỗ trợ”, ông Hùng nói."),  # "ông" is no "ONG"
        ("es", "Según datos de la Dirección Nacional de Estadística, la cifra subió."),  # a source
        ("en", "Contact: ILO Department of Communication, press@example.org"),  # ILO's unit
    ],
)
def test_descriptions_buildings_people_and_kinds_are_no_bodies(
    registry: CompiledRegistry, language: str, text: str
) -> None:
    assert new(registry, text, language) == []


def test_a_person_s_name_after_the_body_stays_a_person(registry: CompiledRegistry) -> None:
    text = "Phó Cục trưởng Cục Hợp tác quốc tế Lê Văn Nam cho biết dự án sẽ tiếp tục."
    actors = suggest("", text, "vi", registry).actors
    assert sorted(a.name for a in actors) == ["Cục Hợp tác quốc tế", "Lê Văn Nam"]


def test_a_title_before_a_run_of_capitals_leaves_the_name_open(
    registry: CompiledRegistry,
) -> None:
    """Without punctuation, "Dinas Sosial Kota Medan Andi Lubis" may end anywhere."""
    text = "Kepala Dinas Sosial Kota Medan Andi Lubis mengatakan bantuan sudah disalurkan."
    assert new(registry, text, "id") == []
    text = "Kepala Dinas Sosial Kota Medan, Andi Lubis, mengatakan bantuan sudah disalurkan."
    assert new(registry, text, "id") == ["Dinas Sosial Kota Medan"]


def test_a_headline_in_title_case_proposes_no_body(registry: CompiledRegistry) -> None:
    assert new(registry, "", "en", "Department Of Labour Warns Employers Over Fees") == []


def test_a_name_and_the_same_name_with_its_country_are_one_body(
    registry: CompiledRegistry,
) -> None:
    text = (
        "Đại diện Tổng cục Xuất nhập cảnh, Bộ Nội vụ Lào có mặt. Tổng cục Xuất nhập "
        "cảnh Lào cho biết sẽ hỗ trợ."
    )
    found = [a for a in suggest("", text, "vi", registry).actors if not a.known]
    body = [a for a in found if a.name.startswith("Tổng cục")]
    assert [a.name for a in body] == ["Tổng cục Xuất nhập cảnh Lào"]
    assert len(body[0].evidence) == 2


def test_a_unit_with_its_registry_parent_counts_for_the_parent(
    registry: CompiledRegistry,
) -> None:
    text = "Bahagian Dasar Kementerian Sumber Manusia mengeluarkan kenyataan semalam."
    assert new(registry, text, "ms") == []
    assert known(registry, text, "ms") == ["Ministry of Human Resources (Malaysia)"]
    text = "Cục Việc làm (Bộ Nội vụ) đã tổ chức hội nghị."
    assert new(registry, text, "vi") == []
    assert known(registry, text, "vi") == ["Ministry of Home Affairs (Viet Nam)"]


def test_a_new_parent_in_brackets_qualifies_its_unit(registry: CompiledRegistry) -> None:
    text = "Cục Hàng không Việt Nam (Bộ Xây dựng) đã cấp phép cho đường bay mới."
    assert new(registry, text, "vi") == ["Cục Hàng không Việt Nam"]


def test_a_registry_name_that_opens_a_longer_name_is_not_that_body(
    registry: CompiledRegistry,
) -> None:
    text = "Officials of the Ministry of Labour and Social Protection met the delegation."
    assert new(registry, text, "en") == ["Ministry of Labour and Social Protection"]
    assert known(registry, text, "en") == []
    text = "Representatives of the Ministry of Foreign Affairs and IOM met in Hanoi."
    assert "Ministry of Foreign Affairs (Viet Nam)" in known(registry, text, "en")
    text = "Officials of the Ministry of Foreign Affairs and the United Nations met in Hanoi."
    assert new(registry, text, "en") == []
    assert "Ministry of Foreign Affairs (Viet Nam)" in known(registry, text, "en")


def test_a_registry_name_qualified_with_another_country_is_that_country_s(
    registry: CompiledRegistry,
) -> None:
    text = "Cục Quản lý xuất nhập cảnh Trung Quốc thông báo mở lại cửa khẩu."
    assert known(registry, text, "vi") == []
    assert new(registry, text, "vi") == ["Cục Quản lý xuất nhập cảnh Trung Quốc"]


def test_a_name_and_the_same_name_with_its_province_are_one_body(
    registry: CompiledRegistry,
) -> None:
    text = (
        "Ông Trần Văn Nam, Phó Giám đốc Sở Tư pháp tỉnh Hà Tĩnh, cho biết hồ sơ đã đủ. "
        "Theo kế hoạch, Sở Tư pháp sẽ phối hợp với các đơn vị."
    )
    bodies = [a for a in suggest("", text, "vi", registry).actors if a.kind == "organisation"]
    assert [(a.name, len(a.evidence)) for a in bodies] == [("Sở Tư pháp tỉnh Hà Tĩnh", 2)]
