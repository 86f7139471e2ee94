"""The objective vocabulary in the words of the Compact's official texts, the IOM Glossary
and the ILO's fair-recruitment terms, in all six languages: detention in the French and
Vietnamese press, data and statistics, decent-work terms, consular visits and officers,
skills training, labour pathways and visas, removal orders. Texts written for these tests.
"""

from __future__ import annotations

import pytest

from desktop.core.tagging.actors_match import CompiledRegistry
from desktop.core.tagging.engine import suggest
from desktop.core.tagging.objectives_match import SUGGESTION_THRESHOLD


def _top(result, n: int = 5) -> list[int]:
    return [o.number for o in result.objectives[:n]]


CASES = [
    # 13, migration detention
    (
        "fr",
        "Toulouse : un centre de rétention saturé",
        "Une quarantaine d'étrangers sous le coup d'une OQTF sont placés en rétention à "
        "Cornebarrieu. La durée de rétention a doublé depuis la réforme, dénoncent les "
        "associations, qui réclament des solutions de rechange à la rétention.",
        {13, 21},
    ),
    (
        "vi",
        "Hơn 40 lao động Việt bị giam giữ tại châu Âu",
        "Cơ quan di trú nước sở tại đang tạm giữ 42 công dân Việt Nam do quá hạn thị thực. "
        "Trung tâm giam giữ người nhập cư nơi họ bị đưa đến đã quá tải; phía Việt Nam đề nghị "
        "cho cán bộ lãnh sự vào thăm lãnh sự và sớm giải quyết cho họ về nước.",
        {13, 14},
    ),
    (
        "es",
        "Denuncian hacinamiento en el CIE de Algeciras",
        "Las organizaciones piden el cierre de los centros de internamiento de extranjeros y "
        "medidas no privativas de libertad para los migrantes que esperan su expulsión.",
        {13},
    ),
    (
        "en",
        "Inspectors criticise removal centre",
        "Inspectors found that people held at the immigration removal centre waited months "
        "for a decision; they urged the Home Office to use non-custodial alternatives.",
        {13},
    ),
    # 1, data
    (
        "es",
        "Un informe pide mejores estadísticas sobre migrantes",
        "Solo la mitad de los países publica datos desagregados por nacionalidad; el censo de "
        "población y las encuestas de hogares rara vez preguntan por el lugar de nacimiento de "
        "los trabajadores migrantes, advierte el estudio.",
        {1},
    ),
    (
        "id",
        "Pemerintah perbaiki data pekerja migran",
        "Kementerian akan memadukan data PMI dengan hasil sensus penduduk dan Sakernas agar "
        "kebijakan pelindungan pekerja migran berbasis bukti. Kekurangan data selama ini "
        "membuat jumlah pekerja migran nonprosedural tidak diketahui.",
        {1},
    ),
    (
        "vi",
        "Cần số liệu chính xác về lao động di cư",
        "Các chuyên gia cho rằng thiếu dữ liệu về người lao động di cư khiến chính sách khó "
        "sát thực tế; tổng điều tra dân số cần bổ sung câu hỏi về di cư quốc tế.",
        {1},
    ),
    # 6, fair recruitment and decent work
    (
        "es",
        "Los jornaleros extranjeros tendrán convenio colectivo",
        "Los trabajadores migrantes del campo se acogerán al convenio colectivo provincial: "
        "alojamiento digno, transporte a cargo del empleador y salario mínimo. La inspección de "
        "trabajo perseguirá los abusos laborales.",
        {6},
    ),
    (
        "fr",
        "Vendanges : la préfecture rappelle les règles",
        "Les travailleurs étrangers saisonniers doivent être payés selon les conventions "
        "collectives agricoles; les frais de voyage sont à la charge de l'employeur et les "
        "conditions de travail seront contrôlées par l'inspection du travail.",
        {6},
    ),
    # 14, consular assistance
    (
        "ms",
        "Konsul Filipina lawat tahanan di Sandakan",
        "Konsul Filipina di Kota Kinabalu mengadakan lawatan konsular ke depot imigresen dan "
        "mengeluarkan dokumen perjalanan sementara kepada 80 warganegaranya sebelum mereka "
        "dihantar pulang ke Zamboanga.",
        {14, 21},
    ),
    # 9, smuggling, said only through its people and its route
    (
        "fr",
        "Le démantèlement d'un réseau de passeurs",
        "Les enquêteurs ont démantelé un réseau de passeurs qui organisait des traversées de la "
        "Manche depuis les plages du Nord, à bord de canots surchargés.",
        {9},
    ),
    # 18, skills
    (
        "vi",
        "Đào tạo kỹ năng cho lao động chuẩn bị sang Nhật Bản",
        "Trung tâm tổ chức khóa đào tạo kỹ năng nghề và học tiếng cho 300 ứng viên; sau khóa "
        "học, người lao động được đánh giá kỹ năng nghề để được công nhận tay nghề tại Nhật.",
        {18},
    ),
    # 5, regular pathways
    (
        "es",
        "Más reagrupaciones familiares y contratación en origen",
        "El Gobierno facilitará la reagrupación familiar de los trabajadores migrantes y "
        "ampliará la contratación en origen con visados de temporada para la agricultura.",
        {5},
    ),
    (
        "vi",
        "Mở rộng hợp tác lao động với Úc",
        "Hai bên thống nhất mở rộng hợp tác lao động, tăng số thị thực lao động thời vụ cho "
        "người Việt Nam sang làm nông nghiệp theo chương trình lao động thời vụ.",
        {5},
    ),
    # 21, return
    (
        "ms",
        "Imigresen hantar pulang 90 pendatang asing",
        "Jabatan Imigresen menghantar pulang 90 PATI warga Myanmar melalui Pelabuhan Klang "
        "selepas mereka menjalani hukuman.",
        {21},
    ),
]


@pytest.mark.parametrize(
    ("language", "title", "body", "expected"), CASES, ids=[c[1][:40] for c in CASES]
)
def test_official_and_field_terms_in_every_language(
    language: str, title: str, body: str, expected: set[int], registry: CompiledRegistry
) -> None:
    top = _top(suggest(title, body, language, registry))
    assert expected <= set(top), (language, top)


def test_the_name_of_a_ministry_is_no_objective(registry: CompiledRegistry) -> None:
    # Spain's migration ministry is named after social security: its minister speaking of
    # seasonal contracts says nothing of portability (22).
    body = (
        "La ministra de Inclusión, Seguridad Social y Migraciones presentó el nuevo "
        "reglamento de migración circular para los trabajadores agrícolas marroquíes."
    )
    result = suggest("Nuevo reglamento de migración circular", body, "es", registry)
    assert 5 in _top(result)
    assert 22 not in [o.number for o in result.objectives]


def test_undocumented_status_alone_is_no_smuggling(registry: CompiledRegistry) -> None:
    # PATI (foreigners without a permit) says irregular status, not a smuggler's work.
    body = (
        "Seramai 120 PATI dihantar pulang selepas ditahan di depot imigresen. PATI itu "
        "tinggal lebih masa dan tidak memiliki permit kerja yang sah."
    )
    result = suggest("120 PATI dihantar pulang", body, "ms", registry)
    scores = {o.number: o.score for o in result.objectives}
    assert scores.get(9, 0.0) < SUGGESTION_THRESHOLD
    assert {21, 13} <= set(_top(result))


OFF_TOPIC = [
    (
        "en",
        "Unions sign wage deal",
        "The trade unions and employers signed a collective agreement raising the minimum "
        "wage. Labour inspectors will check working conditions and occupational safety and "
        "health in factories. The labour force survey and the population census show "
        "unemployment and poverty fell; apprentices will get skills training.",
    ),
    (
        "fr",
        "Accord salarial dans la métallurgie",
        "Les syndicats et le patronat ont signé une convention collective qui relève le "
        "salaire minimum. L'inspection du travail contrôlera les conditions de travail. Selon "
        "le recensement, le chômage recule; les compétences des salariés seront développées.",
    ),
    (
        "es",
        "Firmado el convenio del metal",
        "Los sindicatos y la patronal firmaron el convenio colectivo, que sube el salario "
        "mínimo. Según la encuesta de población activa y el censo, baja el desempleo; habrá "
        "cursos de formación y visados para turistas.",
    ),
    (
        "vi",
        "Đào tạo nghề cho thanh niên nông thôn",
        "Tỉnh tổ chức các lớp đào tạo nghề, tập huấn kỹ năng mềm cho thanh niên. Công đoàn và "
        "doanh nghiệp ký thỏa ước lao động tập thể; số liệu thống kê cho thấy tỷ lệ thất "
        "nghiệp giảm. Khách du lịch được cấp thị thực điện tử.",
    ),
    (
        "ms",
        "Banci penduduk bermula",
        "Jabatan Perangkaan memulakan banci penduduk dan survei tenaga buruh. Kesatuan sekerja "
        "dan majikan memeterai perjanjian kolektif; program latihan kemahiran untuk belia "
        "turut dilancarkan.",
    ),
    (
        "id",
        "Sensus penduduk dan pelatihan kerja",
        "Badan Pusat Statistik memulai sensus penduduk dan survei angkatan kerja. Serikat "
        "pekerja dan pengusaha menandatangani perjanjian kerja bersama; pelatihan vokasi dan "
        "kursus keterampilan dibuka bagi pemuda.",
    ),
]


@pytest.mark.parametrize(("language", "title", "body"), OFF_TOPIC, ids=[c[0] for c in OFF_TOPIC])
def test_labour_statistics_and_training_at_home_are_no_objective(
    language: str, title: str, body: str, registry: CompiledRegistry
) -> None:
    result = suggest(title, body, language, registry)
    assert [o.number for o in result.objectives if o.score >= SUGGESTION_THRESHOLD] == []
