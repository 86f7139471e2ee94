"""Objective suggestions from the Compact's vocabulary: on topic in six languages, and
silent on articles about something else (fisheries, trade, energy)."""

from __future__ import annotations

import pytest

from desktop.core.tagging.actors_match import CompiledRegistry
from desktop.core.tagging.data import objective_vocabulary
from desktop.core.tagging.engine import suggest
from desktop.core.tagging.objectives_match import SUGGESTION_THRESHOLD, score_objectives

LANGS = ("en", "fr", "es", "vi", "ms", "id")


def test_every_objective_has_cues_in_every_language() -> None:
    vocab = objective_vocabulary()
    for info in vocab.objectives:
        for lang in LANGS:
            assert len(info.cues.get(lang, ())) >= 5, (info.number, lang)
    for lang in LANGS:
        assert vocab.context.get(lang), lang


OFF_TOPIC = [
    (
        "en",
        "Indonesia and Viet Nam hold fisheries talks",
        "The two countries agreed to strengthen bilateral cooperation against illegal, unreported "
        "and unregulated fishing. The joint working group will share vessel monitoring data, "
        "coordinate patrols at sea and build the capacity of fisheries inspectors. Officials also "
        "discussed quotas for tuna and the certification of seafood exports to the European Union.",
    ),
    (
        "fr",
        "Le commerce bilatéral franco-vietnamien progresse",
        "Les échanges commerciaux ont atteint un record grâce à l'accord de libre-échange. Les "
        "deux ministres ont salué la coopération internationale et le partenariat stratégique, "
        "promis un partage de données douanières et la formation professionnelle des "
        "inspecteurs. La réduction des droits de douane profite aux exportateurs de café et de "
        "textile, a précisé le ministère de l'Industrie et du Commerce.",
    ),
    (
        "es",
        "Foro sobre la transición energética justa",
        "Representantes del gobierno y de los bancos de desarrollo debatieron la financiación de "
        "la transición energética. La cooperación internacional y las alianzas mundiales son "
        "necesarias para cerrar las centrales de carbón, dijo el viceministro. El plan prevé la "
        "formación profesional de técnicos, la protección social de los mineros afectados y una "
        "base de datos sobre las emisiones.",
    ),
    (
        "vi",
        "Hợp tác nghề cá Việt Nam - Indonesia",
        "Hai bên thống nhất tăng cường hợp tác quốc tế và hợp tác song phương chống khai thác hải "
        "sản bất hợp pháp, không báo cáo và không theo quy định. Tổ công tác chung sẽ chia sẻ "
        "dữ liệu giám sát tàu cá, nâng cao năng lực cho lực lượng kiểm ngư và tuyên truyền cho "
        "ngư dân về quy định khai thác. Hai nước cũng bàn về xuất khẩu thủy sản và đào tạo nghề.",
    ),
    (
        "ms",
        "Malaysia dan Thailand perkukuh perdagangan sempadan",
        "Kedua-dua negara bersetuju meningkatkan kerjasama dua hala dalam perdagangan dan "
        "pelaburan. Menteri berkata kerjasama antarabangsa penting untuk pembangunan kemahiran "
        "dalam sektor tenaga boleh baharu, manakala pangkalan data eksport akan dikongsi. "
        "Kawalan sempadan untuk barangan pertanian juga dipermudahkan.",
    ),
    (
        "id",
        "Transisi energi: Indonesia dan mitra sepakati pendanaan",
        "Pemerintah dan mitra internasional menyepakati kerja sama internasional untuk pendanaan "
        "transisi energi. Program ini mencakup pelatihan kerja bagi teknisi, jaminan sosial bagi "
        "pekerja tambang batu bara yang terdampak, serta basis data emisi. Kerja sama bilateral "
        "dengan Jepang dan Korea Selatan juga diperkuat.",
    ),
]


@pytest.mark.parametrize("language, title, body", OFF_TOPIC, ids=[x[0] for x in OFF_TOPIC])
def test_articles_about_something_else_get_no_objective(
    registry: CompiledRegistry, language: str, title: str, body: str
) -> None:
    result = suggest(title, body, language, registry)
    assert [o.number for o in result.objectives if o.score >= SUGGESTION_THRESHOLD] == []


def test_the_same_cues_count_once_the_article_speaks_of_migration(
    registry: CompiledRegistry,
) -> None:
    from desktop.core.tagging.engine import _fields

    body = (
        "The two countries agreed to strengthen international cooperation on labour migration, "
        "to share data on migrant workers and to protect migrants' social security rights."
    )
    scored = score_objectives(_fields("", body), 400, minimum=0.0)
    assert scored and scored[0].score >= SUGGESTION_THRESHOLD


ON_TOPIC = [
    (
        "en",
        "The foreign ministry repatriated 120 citizens rescued from scam compounds abroad. "
        "Consular officials issued emergency travel documents and the returnees were flown home.",
        {14, 21},
    ),
    (
        "vi",
        "Công tác bảo hộ công dân: Cục Lãnh sự đã đưa 120 công dân bị lừa về nước an toàn. "
        "Những người hồi hương được hỗ trợ tái hòa nhập cộng đồng.",
        {14, 21},
    ),
    ("ms", "Kementerian membawa pulang rakyat yang diselamatkan; bantuan konsular diberi.", {14}),
    ("id", "Pemerintah memulangkan WNI korban TPPO dan memberikan pelindungan WNI.", {14, 10}),
    (
        "fr",
        "Le département consulaire a organisé le rapatriement de ressortissants secourus. "
        "Les personnes rapatriées recevront un soutien à la réintégration.",
        {14, 21},
    ),
    ("es", "La protección consular de los ciudadanos repatriados es prioridad.", {14}),
    ("en", "Fair and ethical recruitment: the employer pays principle for migrant workers.", {6}),
    ("id", "Perekrutan yang adil dan etis serta pembebasan biaya penempatan pekerja migran.", {6}),
    ("es", "La reintegración sostenible de los migrantes retornados y su retorno digno.", {21}),
    (
        "vi",
        "Hỗ trợ tái hòa nhập bền vững cho lao động di cư trở về. Người lao động về nước "
        "được tư vấn việc làm.",
        {21},
    ),
    ("en", "Cutting the cost of remittances sent home by migrant workers.", {20}),
    ("ms", "Kos kiriman wang pekerja migran ke kampung halaman semakin rendah.", {20}),
    ("fr", "La portabilité des droits à la sécurité sociale des travailleurs migrants.", {22}),
    ("id", "Jaminan sosial ketenagakerjaan bagi pekerja migran Indonesia diperluas.", {22}),
    ("en", "Migrants in vulnerable situations need gender-responsive support.", {7}),
    ("vi", "Di cư an toàn: cung cấp thông tin chính xác, kịp thời cho người lao động.", {3}),
    ("es", "El Foro de Examen de la Migración Internacional revisó el Pacto Mundial.", {23}),
    ("ms", "Penyeludupan migran merentasi sempadan oleh sindiket penyeludupan.", {9}),
    (
        "en",
        "Climate change and sea level rise in the Mekong Delta are driving migration to cities, "
        "as farmers lose their livelihoods.",
        {2},
    ),
    (
        "es",
        "Miles de migrantes indocumentados recibirán documentos de identidad y actas de "
        "nacimiento gracias al registro civil.",
        {4},
    ),
    (
        "fr",
        "Le naufrage d'une embarcation de fortune a fait 40 morts; l'OIM appelle à renforcer la "
        "recherche et le sauvetage des migrants disparus.",
        {8},
    ),
    (
        "ms",
        "Seramai 300 pendatang asing tanpa izin ditahan di depot imigresen; NGO menggesa "
        "alternatif kepada tahanan.",
        {13},
    ),
    (
        "id",
        "Pekerja migran di Malaysia kesulitan mengakses layanan kesehatan dan pendidikan bagi "
        "anak-anak mereka.",
        {15},
    ),
    (
        "vi",
        "Hội thảo kêu gọi xóa bỏ kỳ thị, phân biệt đối xử với lao động di cư và người di cư "
        "trở về.",
        {17},
    ),
    (
        "fr",
        "La diaspora vietnamienne contribue au développement durable du pays grâce au transfert "
        "de connaissances.",
        {19},
    ),
    (
        "fr",
        "La gestion intégrée des frontières et les contrôles aux postes frontières ont été "
        "renforcés pour les migrants.",
        {11},
    ),
]


@pytest.mark.parametrize("language, body, expected", ON_TOPIC, ids=[x[1][:30] for x in ON_TOPIC])
def test_field_vocabulary_in_every_language(
    registry: CompiledRegistry, language: str, body: str, expected: set[int]
) -> None:
    result = suggest("", body, language, registry)
    top = [o.number for o in result.objectives[:3]]
    assert expected <= set(top), (top, expected)
