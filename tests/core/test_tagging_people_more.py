"""People after long titles and plural nouns; unit words of every language never a name."""

from __future__ import annotations

import pytest

from desktop.core.tagging.actors_match import CompiledRegistry
from desktop.core.tagging.engine import suggest


def new_people(registry: CompiledRegistry, text: str, language: str) -> dict[str, str]:
    result = suggest("", text, language, registry)
    return {a.name: a.role for a in result.actors if not a.known}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "id",
            "Rapat dipimpin Direktur Jenderal Kerja Sama Multilateral Kementerian Pertahanan, "
            "Budi Santoso Wijaya, di Surabaya.",
        ),
        (
            "id",
            "Direktur Tindak Pidana Umum Bareskrim Polri Budi Santoso Wijaya berkata demikian.",
        ),
        (
            "fr",
            "La sous-directrice de la Sous-direction Coopération Bilatérale, Marie Claire Dubois, "
            "a pris la parole.",
        ),
    ],
)
def test_unit_words_never_make_a_name(registry: CompiledRegistry, language: str, text: str) -> None:
    people = new_people(registry, text, language)
    for name in people:
        words = set(name.casefold().split())
        assert not words & {"sama", "multilateral", "tindak", "pidana", "umum", "bilatérale"}


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "id",
            "Acara dibuka bersama Duta Besar Selandia Baru untuk Urusan Kelautan dan Perikanan, "
            "Margaret Ellen Doyle.",
            "Margaret Ellen Doyle",
        ),
        (
            "fr",
            "Les coprésidents, Paul Henri Martin pour la Commission et Sara Lind, ont conclu.",
            "Paul Henri Martin",
        ),
        (
            "en",
            "The talks were led by the two co-chairs, Peter James Olsen and Mary Ann Clark.",
            "Peter James Olsen",
        ),
        (
            "es",
            "Lo confirmó la portavoz de esa cartera, Carmen Ruiz Vidal.",
            "Carmen Ruiz Vidal",
        ),
    ],
)
def test_a_name_after_a_long_title_or_a_plural_noun(
    registry: CompiledRegistry, language: str, text: str, name: str
) -> None:
    people = new_people(registry, text, language)
    assert name in people and people[name]


def test_vietnamese_names_that_share_syllables_with_unit_words_stay_names(
    registry: CompiledRegistry,
) -> None:
    text = "Phó Giám đốc Trung tâm Dịch vụ việc làm Hoàng Minh Tâm cho biết. Bà Lê Thị Chi nói."
    people = new_people(registry, text, "vi")
    assert {"Hoàng Minh Tâm", "Lê Thị Chi"} <= set(people)


def test_a_vietnamese_word_is_no_locative_of_another_language(
    registry: CompiledRegistry,
) -> None:
    """ "kê" (of "Thống kê") folds to the Indonesian "ke" (to) but is not it."""
    text = "Giám đốc Sở Thống kê Nguyễn Văn Hùng cho biết số liệu đã được công bố."
    assert "Nguyễn Văn Hùng" in new_people(registry, text, "vi")


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "id",
            "Rombongan dipimpin Kepala Pusat Data dan Informasi Badan Pusat Statistik (BPS), "
            "Hendra Kusuma Wardhana. Ia memaparkan data terbaru.",
            "Hendra Kusuma Wardhana",
        ),
        (
            "ms",
            "Taklimat disampaikan oleh Pengarah Bahagian Dasar Agensi Antidadah Kebangsaan (AADK) "
            "Zulkarnain Mohd Yusof semalam.",
            "Zulkarnain Mohd Yusof",
        ),
        (
            "id",
            "ujar Kepala Subdirektorat Perlindungan BPJS Ketenagakerjaan Siti Rahmawati Lubis "
            "kepada wartawan.",
            "Siti Rahmawati Lubis",
        ),
    ],
)
def test_a_name_after_a_body_closed_by_its_acronym(registry, language, text, name):
    assert name in new_people(registry, text, language)


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "es",
            "Rosa Elena Pineda, analista del Instituto de Estudios Sociales, advirtió que las "
            "remesas de los migrantes se destinan al consumo.",
            "Rosa Elena Pineda",
        ),
        (
            "en",
            "Remittances from migrant workers will keep rising, said Dilan Perera, an economist "
            "at the Centre for Policy Alternatives.",
            "Dilan Perera",
        ),
        (
            "id",
            "Peneliti migrasi Ratna Dewi Lestari menilai pekerja migran butuh perlindungan.",
            "Ratna Dewi Lestari",
        ),
    ],
)
def test_experts_cited_by_their_profession(registry, language, text, name):
    assert name in new_people(registry, text, language)
