"""Site chrome goes, article sentences stay: general rules, many languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.extract import extract_file
from desktop.core.extract.clean import clean_text, is_chrome
from desktop.core.extract.data import load
from desktop.core.extract.decode import normalize_text
from desktop.core.util.textfold import fold

ROOT = Path(__file__).resolve().parents[2]
TRUTH = json.loads((ROOT / "tests" / "seeds_truth.json").read_text("utf-8"))
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

SENTENCE_EN = (
    "The ministry held a conference on the Global Compact for Migration with about "
    "one hundred delegates from ministries and international organisations."
)
SENTENCE_ES = (
    "El ministerio organizó una conferencia sobre el Pacto Mundial para la Migración "
    "con un centenar de delegados de ministerios y organizaciones internacionales."
)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_no_boilerplate_example_left_in_any_seed(seed):
    text = extract_file(seed, seed.read_bytes()).text
    lines = {line.strip() for line in text.split("\n")}
    for example in TRUTH["boilerplate_examples"]:
        assert example not in lines


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_every_sentence_of_a_seed_is_kept(seed):
    original = normalize_text(seed.read_text("utf-8"))
    cleaned = extract_file(seed, seed.read_bytes()).text
    for line in original.split("\n"):
        if len(line.split()) >= 8 and line.rstrip().endswith((".", "…", "!", "?")):
            assert line in cleaned


def test_vocabulary_is_broad_and_multilingual():
    languages = load("boilerplate")["languages"]
    assert len(languages) >= 8
    seed_lines = {fold(x) for x in TRUTH["boilerplate_examples"]}
    for code, entry in languages.items():
        phrases = {fold(p) for p in entry["ui"] + entry["blocks"]}
        assert len(phrases - seed_lines) >= 40, code


@pytest.mark.parametrize(
    "line",
    [
        "Comment (0)",
        "Komen (0)",
        "Bình luận (12)",
        "Comentarios (3)",
        "Likes [25]",
        "noData",
        "loadMore",
        "A- A A+",
        "A- A A+ | Tăng tương phản Giảm tương phản",
        "Share | Print | Email",
        "Partager Imprimer",
        "Kongsi  Cetak",
        "Bagikan: Facebook Twitter WhatsApp",
        "Họ và tên:",
        "Email *",
        "Nombre completo",
        "Xác thực",
        "Không có dữ liệu",
        "Tin mới nhất",
        "Lire aussi",
        "Baca juga",
        "Noticias relacionadas",
        "Trang chủ » Thời sự » Đối ngoại",
        "Home > World > Asia",
        "/",
        "• • •",
        "12 bình luận",
        "© 2024 Example News. Reproduction without permission is prohibited.",
        "Copyright © ANTARA 2025",
        "Copyright 2024 Example Media Group",
        "Tous droits réservés.",
        "Bản quyền thuộc về Báo Điện tử ABC. Giữ bản quyền.",
    ],
)
def test_chrome_lines(line):
    assert is_chrome(line)
    assert clean_text(f"{SENTENCE_EN}\n{line}\n{SENTENCE_EN}") == f"{SENTENCE_EN}\n{SENTENCE_EN}"


@pytest.mark.parametrize(
    "line",
    [
        SENTENCE_EN,
        "Migration in Asia",  # a short title
        "Email remains the main channel for migrant workers to reach the embassy.",
        "Photo: VNA",
        "Hà Nội, 19/4/2022",
        "Share of migrants rose to 12% in 2024.",
        "Comment (0) was posted under the article, the editor said.",
        "Copyright law reform was discussed by the delegates at length.",
        "(c) the protection of the rights of migrant workers and their families;",
        "Bản quyền tác giả của người lao động di cư cũng được bàn tới.",
    ],
)
def test_not_chrome(line):
    assert not is_chrome(line)


def test_related_block_after_the_article_is_cut():
    text = "\n".join(
        [
            "Migration forum in Hanoi",
            SENTENCE_EN,
            SENTENCE_EN.replace("ministry", "embassy"),
            "Related news",
            "Viet Nam and Thailand discuss labour migration cooperation",
            "IOM opens a new office in the Mekong delta region for returning migrants",
            "Most read",
            "Another headline about something else entirely",
        ]
    )
    cleaned = clean_text(text)
    assert cleaned.endswith(SENTENCE_EN.replace("ministry", "embassy"))
    assert "Mekong" not in cleaned


def test_everything_after_a_source_line_is_cut_when_no_prose_follows():
    text = "\n".join(
        [
            SENTENCE_ES,
            "Fuente: https://www.ejemplo.es/noticias/migracion-20241218.html",
            "Etiquetas",
            "Migración Pacto Mundial Vietnam",
            "Te puede interesar",
            "Otro titular sobre un tema diferente",
        ]
    )
    cleaned = clean_text(text)
    assert cleaned.split("\n") == [
        SENTENCE_ES,
        "Fuente: https://www.ejemplo.es/noticias/migracion-20241218.html",
    ]


def test_a_heading_in_the_middle_does_not_cut_the_article():
    text = "\n".join([SENTENCE_EN, "Read more", SENTENCE_EN.replace("one", "two")])
    assert clean_text(text) == f"{SENTENCE_EN}\n{SENTENCE_EN.replace('one', 'two')}"


def test_short_leftover_labels_at_the_end_of_a_scraped_page_go():
    text = f"{SENTENCE_EN}\n\nNguyễn Văn A\nChuyên mục Thời sự\nTin tức"
    assert clean_text(text) == SENTENCE_EN
    assert clean_text(text, trim_tail=False).startswith(SENTENCE_EN + "\n\nNguyễn Văn A")


def test_unknown_language_chrome_is_caught_by_structure():
    # Not in any list: counters, placeholders and tail labels after a credit line.
    text = "\n".join(
        [
            SENTENCE_EN,
            "(According to Example Daily)",
            "Kommentoi (0)",
            "Uusimmat uutiset",
            "someWidgetEmpty",
        ]
    )
    assert clean_text(text) == f"{SENTENCE_EN}\n(According to Example Daily)"


@pytest.mark.parametrize("example", TRUTH["boilerplate_examples"])
def test_boilerplate_examples_go_anywhere_and_in_any_case(example):
    for variant in (example, example.upper(), example.lower(), example + ":"):
        assert clean_text(f"{SENTENCE_EN}\n{variant}\n{SENTENCE_ES}") == (
            f"{SENTENCE_EN}\n{SENTENCE_ES}"
        )
        assert clean_text(f"{variant}\n\n{SENTENCE_EN}\n{SENTENCE_ES}") == (
            f"{SENTENCE_EN}\n{SENTENCE_ES}"
        )


@pytest.mark.parametrize(
    "line", ["Reading time: 3 min", "READİNG TİME: 3 MİN", "Thời gian đọc: 5 phút"]
)
def test_reading_times_pass_the_quick_test_in_any_case(line):
    from desktop.core.extract.outlet import copyright_holder

    assert is_chrome(line)
    assert copyright_holder("COPYRİGHT © 2024 Harbour Post.") == "Harbour Post"
