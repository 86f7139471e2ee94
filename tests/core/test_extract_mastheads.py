"""The top and the foot of scraped pages: long menus, utility bars above the page's
name, a name with its tagline, a copyright notice in the middle of a footer line
(pages made up here, in the styles of many sites)."""

from __future__ import annotations

import pytest

from desktop.core.extract import layout
from desktop.core.extract.outlet import copyright_holder, page_outlets
from desktop.core.extract.title import title_from_text

LONG_MENU = (
    "Chính trị | Xã hội | Thế giới | Kinh tế | Pháp luật | Đời sống | Sức khỏe | "
    "Khoa học | Văn hóa | Giải trí | Thể thao | Xe cộ | Bất động sản | Bạn đọc"
)

# A. a menu of fourteen items, over 35 words, is no lead paragraph
LONG_MENU_PAGE = f"""Nhật Báo Mẫu
{LONG_MENU}
Xã hội › Lao động
Hỗ trợ việc làm cho lao động trở về từ nước ngoài tại các tỉnh miền Trung
Thứ Hai, 06/10/2025 08:00 GMT+7
Sáng 6-10, Sở Lao động tỉnh tổ chức phiên giao dịch việc làm dành riêng cho người lao \
động đã hoàn thành hợp đồng ở nước ngoài, với hơn 40 doanh nghiệp tham gia tuyển dụng.
Nhiều lao động cho biết kỹ năng tích lũy ở nước ngoài giúp họ dễ tìm việc hơn.
Tổng biên tập: Trần Văn Mẫu | © Nhật Báo Mẫu. Giấy phép số 123/GP-BTTTT."""

# B. a bar of the date and log-in links on the first line, the name on the second
UTILITY_BAR_PAGE = """Thứ Tư, 01/10/2025 | Đăng nhập | Đăng ký | Ứng dụng Mẫu
TIN NHANH MẪU
Thời sự | Thế giới | Kinh doanh | Công nghệ | Giáo dục
Thời sự › Xã hội
Ký kết thỏa thuận mới về tuyển dụng lao động với đối tác châu Á
01/10/2025 07:15 GMT+7
Chiều 30-9, hai bộ đã ký thỏa thuận về tuyển dụng và quản lý lao động, thay thế văn bản \
cũ đã hết hiệu lực từ năm ngoái.
Theo thỏa thuận mới, người lao động không phải trả phí môi giới.
Tổng biên tập: Lê Mẫu. © Bản quyền thuộc Báo Tin Nhanh Mẫu. Giấy phép số 456/GP-BTTTT."""

ENGLISH_UTILITY_BAR_PAGE = """Monday, 3 March 2025 | 31°C | EN | Log in
THE HARBOUR EXAMPLE
World | Nation | Business | Sport | Opinion
Nation
Government widens protection for seasonal farm workers abroad
By Jane Roe
KUALA LUMPUR: The government will widen insurance and legal aid for seasonal farm \
workers placed abroad, the human resources minister said on Monday.
The scheme covers some 12,000 workers this year.
Editor: John Doe | Copyright © 2025 The Harbour Example. All rights reserved."""

# D. the page's name and its tagline, a sentence of over eight words, above the menu
TAGLINE_PAGE = """TINMAU.VN - Báo điện tử chính thức của Hội Nhà báo Mẫu, cơ quan ngôn luận.
Chính trị | Xã hội | Thế giới | Kinh tế | Pháp luật
Trang chủ » Xã hội
Khởi động chương trình tái hòa nhập cho lao động di cư trở về
Chương trình giúp người lao động trở về tìm việc làm, khởi nghiệp và sử dụng kỹ năng đã \
tích lũy ở nước ngoài, theo đại diện Sở Lao động.
Có khoảng 2.000 lao động được hỗ trợ trong năm đầu tiên."""


def test_a_long_menu_bar_is_never_prose():
    assert len(LONG_MENU.split()) >= 35
    assert not layout.is_prose(LONG_MENU)


def test_a_long_paragraph_with_one_separator_stays_prose():
    line = (
        "HANOI | The ministry said on Monday that it would review the rules on the "
        "recruitment of migrant workers, after a series of complaints from workers "
        "and their families about fees charged by private agencies in several provinces."
    )
    assert layout.is_prose(line)


def test_a_short_dashed_lead_that_ends_a_sentence_stays_prose():
    assert layout.is_prose("CITY – Monday – The minister opened the forum on safe migration.")


@pytest.mark.parametrize(
    ("page", "headline", "outlet"),
    [
        (
            LONG_MENU_PAGE,
            "Hỗ trợ việc làm cho lao động trở về từ nước ngoài tại các tỉnh miền Trung",
            "Nhật Báo Mẫu",
        ),
        (
            UTILITY_BAR_PAGE,
            "Ký kết thỏa thuận mới về tuyển dụng lao động với đối tác châu Á",
            "TIN NHANH MẪU",
        ),
        (
            ENGLISH_UTILITY_BAR_PAGE,
            "Government widens protection for seasonal farm workers abroad",
            "The Harbour Example",
        ),
        (
            TAGLINE_PAGE,
            "Khởi động chương trình tái hòa nhập cho lao động di cư trở về",
            "TINMAU.VN",
        ),
    ],
)
def test_headline_and_outlet_below_long_menus_utility_bars_and_taglines(page, headline, outlet):
    outlets = page_outlets(page)
    assert outlets and outlets[0].value == outlet
    assert title_from_text(page, [o.value for o in outlets])[0] == headline


@pytest.mark.parametrize(
    "line",
    [
        "Thứ Tư, 01/10/2025 | Đăng nhập | Đăng ký | Ứng dụng Mẫu",
        "Monday, 3 March 2025 | 31°C | EN | Log in",
    ],
)
def test_a_bar_of_date_log_in_weather_and_language_is_no_menu(line):
    assert layout.is_utility_bar(line)
    assert not layout.is_menu_bar(line)


def test_a_menu_with_a_log_in_link_is_still_a_menu():
    line = "World | Nation | Business | Sport | Log in"
    assert not layout.is_utility_bar(line)
    assert layout.is_menu_bar(line)


def test_the_name_and_tagline_above_the_menu_is_not_the_lead():
    lines = TAGLINE_PAGE.split("\n")
    assert layout.is_prose(lines[0])  # a sentence by its shape alone
    assert layout.lead_index(lines) == 4


def test_a_dateline_lead_above_a_tag_bar_is_still_the_lead():
    lines = [
        "HANOI, 12 Dec - The ministry said on Monday that it would review the rules on the "
        "recruitment of migrant workers after complaints about fees.",
        "Tags: migration | labour | recruitment",
    ]
    assert layout.lead_index(lines) == 0


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        (
            "Tổng biên tập: Trần Văn Mẫu. © Bản quyền thuộc Báo Ví Dụ. Giấy phép số 1/GP.",
            "Báo Ví Dụ",
        ),
        ("Tổng biên tập: Trần Mẫu | © Báo Mẫu Mực. Giấy phép số 2/GP-BTTTT.", "Báo Mẫu Mực"),
        ("Pemimpin Redaksi: Budi Contoh • Hak Cipta © 2024 Harian Contoh", "Harian Contoh"),
        ("Contacto | Todos los derechos reservados © Diario Ejemplo 2024", "Diario Ejemplo"),
        ("Mentions légales – Tous droits réservés © Le Quotidien Exemple", "Le Quotidien Exemple"),
        ("Editor: Jane Roe. Copyright 2023 Sample Times. All rights reserved.", "Sample Times"),
    ],
)
def test_copyright_notice_anywhere_in_a_footer_line(line, holder):
    assert copyright_holder(line) == holder


def test_a_sentence_about_copyright_names_no_holder():
    assert copyright_holder("The court ruled on it. Copyright law hurts the farmers.") is None


def test_a_top_bar_of_contacts_is_no_menu():
    line = "Đường dây nóng: 0912 345 678 | Email: toasoan@example.vn | Đăng nhập"
    assert layout.is_utility_bar(line)
    page = f"""{line}
BÁO MẪU ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao
Mở rộng chương trình đào tạo nghề cho lao động trước khi xuất cảnh
Ngày 5-3, Bộ Lao động cho biết sẽ mở rộng chương trình đào tạo nghề và ngoại ngữ cho người \
lao động trước khi đi làm việc ở nước ngoài theo hợp đồng.
Chương trình kéo dài ba năm."""
    assert page_outlets(page)[0].value == "BÁO MẪU ĐIỆN TỬ"


def test_copyright_by_the_holder():
    line = "Copyright © 2024 by The Example Times. All rights reserved."
    assert copyright_holder(line) == "The Example Times"
