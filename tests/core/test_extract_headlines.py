"""Headlines and outlets read from the structure of pages in the styles of many sites
(made up here: none of them is a file of the development corpus)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.extract import ExtractSettings, extract_file
from desktop.core.extract.outlet import copyright_holder, page_outlets
from desktop.core.extract.title import strip_site_suffix, title_from_text

SETTINGS = ExtractSettings(today=dt.date(2025, 6, 1))

WIRE = """Skip to main content
World | Business | Markets | Legal | Breakingviews
Asia Pacific
Philippines urges Gulf states to protect domestic workers
By Karen Lema
March 4, 2025 6:12 AM GMT+8 Updated 2 hours ago
MANILA, March 4 (Reuters) - The Philippines on Tuesday asked Gulf countries to strengthen \
protections for domestic workers after a series of abuse cases.
The migrant workers secretary said the government would review deployment rules.
© 2025 Reuters. All rights reserved"""

VIETNAMESE = """TIN TỨC ONLINE
Thời sự | Thế giới | Pháp luật | Kinh doanh | Công nghệ
Thời sự
Đưa 300 công dân bị lừa từ Campuchia về nước
Thứ Sáu, 05/04/2024 - 09:15 | Cỡ chữ A- A+
TTO - Sáng 5-4, Bộ Công an phối hợp Bộ Ngoại giao tiếp nhận 300 công dân Việt Nam bị lừa sang \
Campuchia làm việc.
Các công dân được kiểm tra sức khỏe và hỗ trợ về địa phương.
Bản quyền thuộc về Tin Tức Online. Ghi rõ nguồn khi phát hành lại."""

MALAY = """Khamis, 5 Jun 2025 | Log Masuk
SURAT KHABAR HARIAN - Akhbar Nasional
Nasional | Politik | Dunia | Bisnes | Sukan
Dunia
Malaysia perketat pemantauan agensi pekerjaan swasta
Oleh Ahmad Zaki
zaki@example.my
Jun 5, 2025 @ 10:15am
PUTRAJAYA: Kerajaan akan memperketat pemantauan terhadap agensi pekerjaan swasta bagi \
melindungi pekerja migran daripada dieksploitasi.
Menteri berkata tindakan tegas akan diambil terhadap agensi yang melanggar peraturan.
Hak Cipta Terpelihara 2025 © Surat Khabar Harian Sdn Bhd"""

QUESTION = """Home › World
Will Thailand open its borders to more migrant workers?
Published 12 May 2024
Thailand's cabinet is debating a plan to admit 100,000 more workers from Cambodia and Laos.
The plan would change the quota system."""

CAPTIONED = """Politics
Thursday, May 19, 2022 - 09:12
Delegates call for safer labour migration at regional forum
Delegates at the opening session in Bangkok. (Photo: Example Agency)
BANGKOK (XNA) – Delegates from twelve countries called for safer and fairer labour migration at \
a regional forum that opened in Bangkok on Wednesday.
The forum runs until Friday."""

SHARED = """Filipino nurses head to Germany under new deal
Share | Tweet | Email
MANILA - The first group of 200 nurses left for Germany on Monday under a \
government-to-government agreement.
They will work in hospitals in Bavaria."""

CHINESE = """首页 | 新闻 | 国际 | 财经 | 体育
越南与国际移民组织举办安全移民研讨会
2023年12月12日 17:40
河内12月12日电 越南外交部与国际移民组织12日在河内举办研讨会，讨论安全移民、侨汇与发展问题。\
与会代表认为，降低汇款成本有助于移民家庭。
研讨会还讨论了数字时代的招聘风险。"""

LEAD_ONLY = """HANOI, Dec 18 (VNA) - Viet Nam and IOM held a workshop on safe migration \
on Wednesday in the capital. It gathered 100 delegates.
Other text follows in a second paragraph of the dispatch."""


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (WIRE, "Philippines urges Gulf states to protect domestic workers"),
        (VIETNAMESE, "Đưa 300 công dân bị lừa từ Campuchia về nước"),
        (MALAY, "Malaysia perketat pemantauan agensi pekerjaan swasta"),
        (QUESTION, "Will Thailand open its borders to more migrant workers?"),
        (CAPTIONED, "Delegates call for safer labour migration at regional forum"),
        (SHARED, "Filipino nurses head to Germany under new deal"),
        (CHINESE, "越南与国际移民组织举办安全移民研讨会"),
    ],
)
def test_headline_among_navigation_dates_bylines_and_captions(text, headline):
    assert title_from_text(text)[:2] == (headline, "stated")


WRAPPED = """Remittances reach a record as recruitment grows
HANOI, 12 December 2023 - Making labour migration safer and remittances
cheaper can multiply the development benefits of migration for families,
participants said today at a workshop in the capital.
The workshop brought together more than 80 participants."""


def test_hard_wrapped_lead_is_not_a_headline():
    assert title_from_text(WRAPPED)[0] == "Remittances reach a record as recruitment grows"
    no_headline = WRAPPED.split("\n", 1)[1]
    title, confidence, _evidence = title_from_text(no_headline)
    assert confidence == "inferred"
    assert title.startswith("Making labour migration safer and remittances cheaper can")


def test_no_headline_line_gives_the_first_sentence_marked_inferred():
    title, confidence, evidence = title_from_text(LEAD_ONLY)
    assert (
        title == "Viet Nam and IOM held a workshop on safe migration on Wednesday in the capital."
    )
    assert confidence == "inferred"
    assert evidence == "first sentence of the lead"


def test_the_outlet_name_is_not_taken_for_the_headline():
    text = "Prensa Ejemplo - Agencia Informativa\nInicio | Mundo | Asia | Cultura\n" + (
        "Hanoi acoge un foro regional sobre migración laboral segura\n"
        "Hanói, 15 jun (PE) Expertos de Naciones Unidas analizaron ayer el proyecto de ley "
        "sobre la trata de personas.\n"
    )
    assert title_from_text(text)[0] == "Hanoi acoge un foro regional sobre migración laboral segura"
    assert [f.value for f in page_outlets(text)] == ["Prensa Ejemplo"]


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("Copyright © 2024 Maritime Daily. All Rights Reserved.", "Maritime Daily"),
        ("© 2024 Harian Rakyat. Hak cipta terpelihara.", "Harian Rakyat"),
        ("Hak Cipta © 2023 beritacom, Allrightsreserved", "beritacom"),
        ("© Báo Nông thôn Ngày nay. Giấy phép số 123/GP-BTTTT.", "Báo Nông thôn Ngày nay"),
        ("Bản quyền thuộc về Báo Lao động. Tổng Biên tập: X", "Báo Lao động"),
        ("© Agencia Ejemplo. Todos los derechos reservados.", "Agencia Ejemplo"),
        ("Copyright © XNA 2024", "XNA"),
        ("© 2008-2026 Bản quyền thuộc về Thông tấn xã Việt Nam.", "Thông tấn xã Việt Nam"),
        ("All rights reserved.", None),
        ("The copyright of the photos belongs to the authors.", None),
    ],
)
def test_copyright_holder(line, holder):
    assert copyright_holder(line) == holder


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("Copyright 2025 SA DIARIO EJEMPLO | Todos los derechos reservados.", "DIARIO EJEMPLO"),
        ("© 2025 PT Kabar Contoh Tbk. Hak cipta dilindungi undang-undang.", "Kabar Contoh"),
        ("Hak Cipta © 2024 Akhbar Contoh Sdn. Bhd.", "Akhbar Contoh"),
        (
            "© Publicaciones Ejemplo, S.A. de C.V. Todos los derechos reservados.",
            "Publicaciones Ejemplo",
        ),
        ("© 2025 Công ty Cổ phần Báo Mẫu. Giấy phép số 12/GP.", "Báo Mẫu"),
        ("© 2024 Example Media Co., Ltd. All rights reserved.", "Example Media"),
        ("© 2024 se Noticias. Todos los derechos reservados.", "se Noticias"),
    ],
)
def test_a_company_form_is_no_part_of_the_outlet(line, holder):
    assert copyright_holder(line) == holder


def test_outlets_from_masthead_and_footer_with_the_footer_spelling():
    assert [f.value for f in page_outlets(VIETNAMESE)] == ["Tin Tức Online"]
    assert [f.how for f in page_outlets(WIRE)] == ["copyright notice"]
    # a masthead in capitals takes the footer's spelling of the same name
    assert page_outlets(MALAY)[0].value == "Surat Khabar Harian"


@pytest.mark.parametrize(
    ("title", "outlets", "guess", "expected"),
    [
        ("Migrants rescued at sea | Coast News", ["Coast News"], False, "Migrants rescued at sea"),
        ("Coast News - Migrants rescued at sea", ["Coast News"], False, "Migrants rescued at sea"),
        ("Migrants rescued at sea - Coast News", [], True, "Migrants rescued at sea"),
        ("Le Vietnam - un pays d'émigration", [], False, "Le Vietnam - un pays d'émigration"),
    ],
)
def test_site_name_leaves_the_page_title(title, outlets, guess, expected):
    assert strip_site_suffix(title, outlets, guess=guess)[0] == expected


def test_text_file_of_a_scraped_page(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(MALAY, "utf-8")
    result = extract_file(path, path.read_bytes(), ExtractSettings(today=dt.date(2025, 12, 1)))
    assert result.title == "Malaysia perketat pemantauan agensi pekerjaan swasta"
    assert result.language == "ms"
    assert result.outlet == "Surat Khabar Harian"
    lines = result.text.split("\n")
    assert "Nasional | Politik | Dunia | Bisnes | Sukan" not in lines  # menu above the headline
    assert "SURAT KHABAR HARIAN - Akhbar Nasional" not in lines
    assert "Oleh Ahmad Zaki" not in lines and "zaki@example.my" not in lines  # byline
    assert "Jun 5, 2025 @ 10:15am" in lines  # a date stays: linking reads years in the text
    assert lines[-2].startswith("PUTRAJAYA: Kerajaan akan")
    assert result.published == dt.date(2025, 6, 5)  # dates are read from the page as it was


FIELD_LINES = """PORTAL BERITA
Beranda | Nasional | Ekonomi | Olahraga | Hiburan
Nasional
Pemerintah Buka Pendaftaran Pelatihan Bahasa bagi Calon Pekerja Migran
Redaksi
12 Februari 2025 10:05 WIB
Waktu baca: 3 menit
Konten Bersponsor: Tidak
Pemerintah membuka pendaftaran pelatihan bahasa Jepang dan Korea bagi calon pekerja \
migran di 20 provinsi mulai pekan depan.
Pelatihan diberikan gratis selama tiga bulan."""


def test_label_value_fields_above_the_lead_are_not_the_headline():
    title, confidence, _evidence = title_from_text(FIELD_LINES)
    assert (title, confidence) == (
        "Pemerintah Buka Pendaftaran Pelatihan Bahasa bagi Calon Pekerja Migran",
        "stated",
    )


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Reading time: 4 min", True),
        ("Konten Bersponsor: Tidak", True),
        ("Ngôn ngữ: Tiếng Việt", True),
        ("Philippines: deployment ban on Kuwait lifted after talks", False),
        ("Migración: el Gobierno abre un nuevo proceso de regularización", False),
        ("The minister said: yes.", False),
    ],
)
def test_field_line_shape(line, field):
    from desktop.core.extract.layout import is_field_line

    assert is_field_line(line) is field


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("waktu baca 3 menit", True),
        ("4 min read", True),
        ("Temps de lecture : 6 min", True),
        ("Tiempo de lectura: 2 minutos", True),
        ("5 phút đọc", True),
        ("Rescue took 40 minutes", False),
        ("Migrants wait 90 minutes at the border", False),
    ],
)
def test_reading_time_widgets_are_chrome(line, chrome):
    from desktop.core.extract.clean import is_chrome

    assert is_chrome(line) is chrome


READING_TIME = """BERITA KITA
Beranda | Nasional | Dunia | Ekonomi
Pemerintah Resmikan Pusat Layanan Pekerja Migran di Mataram
Redaksi
9 Januari 2025 11:20 WIB
waktu baca 2 menit
Pemerintah meresmikan pusat layanan terpadu bagi calon pekerja migran di Mataram, \
Nusa Tenggara Barat, pada Kamis.
Layanan itu menyatukan pengurusan dokumen dan pelatihan."""


def test_a_reading_time_line_above_the_lead_is_not_the_headline():
    assert title_from_text(READING_TIME)[0] == (
        "Pemerintah Resmikan Pusat Layanan Pekerja Migran di Mataram"
    )


WORDMARK = """kabarbaik
Beranda | Berita | Bisnis | Olahraga | Hiburan
kabarbaikNEWS
Imigrasi Tunda Keberangkatan 120 Calon Pekerja Migran di Bandara Kualanamu
kabarbaikNEWS
14 Mei 2025 09:10 WIB
Petugas imigrasi menunda keberangkatan 120 calon pekerja migran yang tidak membawa \
dokumen lengkap di Bandara Kualanamu, Rabu.
Mereka diminta melengkapi dokumen sebelum berangkat."""


def test_a_camel_case_wordmark_under_the_headline_does_not_continue_it():
    assert title_from_text(WORDMARK)[0] == (
        "Imigrasi Tunda Keberangkatan 120 Calon Pekerja Migran di Bandara Kualanamu"
    )


CRUMB_ABOVE = """Nhật Báo Mẫu
Thứ Hai, 2/6/2025 | Đà Nẵng 31°C
Chính trị | Kinh tế | Xã hội | Giáo dục - Tuyển sinh | Thể thao
Xã hội › Giáo dục - Tuyển sinh
Đà Nẵng mở lớp tiếng Nhật miễn phí cho 200 thanh niên sắp đi làm việc ở nước ngoài
Minh Anh
02/06/2025 08:30 GMT+7
Sáng 2.6, Trung tâm Dịch vụ việc làm thành phố khai giảng lớp tiếng Nhật miễn phí cho 200 \
thanh niên đã ký hợp đồng đi làm việc tại Nhật Bản.
Lớp học kéo dài sáu tháng."""

SECTION_REPEATED = """Diario Ejemplar
Portada | Nacional | Mercado de trabajo y empleo | Deportes | Cultura
Buscar | Iniciar sesión
Mercado de trabajo y empleo
El Gobierno amplía el cupo de visados para temporeros de la fresa
Redacción
Lunes, 2 de junio de 2025 - 10:15
El Consejo de Ministros aprobó este lunes ampliar en 3.000 plazas el cupo de visados \
para trabajadores temporeros de la campaña de la fresa.
La medida entrará en vigor en septiembre."""

SHORT_LABEL_ABOVE = """Hukum - Kriminal - Peristiwa
Polisi Gagalkan Pengiriman 40 Calon Pekerja Migran Ilegal Lewat Pelabuhan
Penulis: Redaksi
Senin, 2 Juni 2025 14:00 WIB
Polisi menggagalkan pengiriman 40 calon pekerja migran ilegal yang hendak diberangkatkan \
melalui pelabuhan rakyat pada Minggu malam.
Para calon pekerja itu kini ditampung di rumah aman."""


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            CRUMB_ABOVE,
            "Đà Nẵng mở lớp tiếng Nhật miễn phí cho 200 thanh niên sắp đi làm việc ở nước ngoài",
        ),
        (SECTION_REPEATED, "El Gobierno amplía el cupo de visados para temporeros de la fresa"),
        (
            SHORT_LABEL_ABOVE,
            "Polisi Gagalkan Pengiriman 40 Calon Pekerja Migran Ilegal Lewat Pelabuhan",
        ),
    ],
)
def test_a_breadcrumb_or_section_label_above_the_headline_is_not_it(text, headline):
    assert title_from_text(text)[:2] == (headline, "stated")


@pytest.mark.parametrize(
    ("line", "crumb"),
    [
        ("Home › World › Asia", True),
        ("Xã hội › Giáo dục - Tuyển sinh", True),
        ("Kinh tế - Xã hội", True),
        ("News / Asia Pacific", True),
        ("Actualité · Société", True),
        ("Le Vietnam - un pays d'émigration", False),
        ("Migrants rescued at sea - Coast News", False),
        ("Nghệ An: 60 lao động trở về được tập huấn", False),
        ("COVID-19 - 2021", False),
        ("Vietnam - Germany Sign Nurse Deal", False),
        ("Thai/Cambodian Border Reopens", False),
        ("Vietnam", False),
    ],
)
def test_breadcrumb_shape(line, crumb):
    from desktop.core.extract.layout import is_breadcrumb

    assert is_breadcrumb(line) is crumb


def test_a_standfirst_shorter_than_the_headline_is_not_the_headline():
    text = (
        "El Diario de la Costa | Noticias de la región\n"
        "Inicio | Local | Estado | País | Mundo | Deportes\n\n"
        "Sucesos\n\n"
        "Localizan a 48 personas migrantes abandonadas en una bodega de la zona portuaria\n\n"
        "Las autoridades atendieron a 11 menores; hay dos detenidos\n\n"
        "Redacción | El Diario de la Costa\n\n"
        "Agentes federales localizaron a 48 personas migrantes abandonadas en una bodega de la "
        "zona portuaria, informaron las autoridades, que atendieron a once menores de edad.\n\n"
        "Los migrantes fueron trasladados a un albergue y dos personas fueron detenidas.\n"
    )
    assert title_from_text(text)[0] == (
        "Localizan a 48 personas migrantes abandonadas en una bodega de la zona portuaria"
    )
