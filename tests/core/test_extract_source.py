"""Source URL and outlet from labelled lines, credits and datelines."""

from __future__ import annotations

import pytest

from desktop.core.extract.source import find_source, outlet_of_url

BODY = "Le ministère a organisé une conférence sur les migrations avec les partenaires."


@pytest.mark.parametrize(
    ("text", "url", "outlet"),
    [
        (
            f"{BODY}\nSource : https://www.nld.com.vn/a-1962412.htm",
            "https://www.nld.com.vn/a-1962412.htm",
            "nld.com.vn",
        ),
        (
            f"{BODY}\nSumber: https://m.example.my/berita/x.html.",
            "https://m.example.my/berita/x.html",
            "example.my",
        ),
        (f"{BODY}\nNguồn: Báo Nhân Dân", None, "Báo Nhân Dân"),
        (
            f"{BODY}\nhttps://vnexpress.net/di-cu-4826405.html",
            "https://vnexpress.net/di-cu-4826405.html",
            "vnexpress.net",
        ),
        (f"{BODY}\nFuente: EFE", None, "EFE"),
        (f"{BODY}\n(Theo baoquocte.vn)", None, "baoquocte.vn"),
        (f"{BODY}\n(Selon Le Monde)", None, "Le Monde"),
        (f"{BODY}\nTheo TTXVN", None, "TTXVN"),
        (f"{BODY}\nTheo VnExpress", None, "VnExpress"),
        (f"{BODY}\nSelon l'AFP.", None, "AFP"),
        (f"{BODY}\n(With AFP)", None, "AFP"),
        (f"Bangkok, 12 mars (VNA) - {BODY}", None, "VNA"),
        (f"HANOI (Reuters) - {BODY}", None, "Reuters"),
        (f"(NLDO) - {BODY}", None, "NLDO"),
        (f"HANOI, 12 Dis (Bernama-VNA) -- {BODY}", None, "Bernama-VNA"),
        (f"Hanói, 15 jun (Prensa Ejemplo) Expertos {BODY}", None, "Prensa Ejemplo"),
        (f"BAOVIDU.com.vn - Sáng 14/6, {BODY}", None, "BAOVIDU.com.vn"),
        (f"JAKARTA, BERITA.com - {BODY}", None, "BERITA.com"),
        (f"{BODY} (Avec AFP)", None, "AFP"),
        (f"{BODY} EFE", None, "EFE"),
        (f"Titre\nThứ bảy, 13/03/2021\n(ĐCSVN) - {BODY}", None, "ĐCSVN"),
        (f"{BODY} Fin de l'article. -VNA", None, "VNA"),
        (f"{BODY} Fin de l'article. (AFP)", None, "AFP"),
    ],
)
def test_source_and_outlet(text, url, outlet):
    found = find_source(text)
    assert (found.source_url.value if found.source_url else None) == url
    assert found.outlet is not None and found.outlet.value == outlet
    assert found.outlet.evidence


def test_a_name_in_parentheses_inside_a_sentence_is_no_credit():
    assert find_source(f"Le ministre (Nguyen Van A) a parlé aux délégués. {BODY}").outlet is None


@pytest.mark.parametrize(
    "text",
    [
        BODY,
        f"Theo ông Nguyễn Văn A, {BODY}",  # "according to" a person inside a sentence
        f"{BODY} Le Pacte mondial (GCM)",  # an acronym at the end is not a sign-off
        f"La réunion de l'Organisation (OIM) - {BODY}",  # an organisation, not a credit
        f"{BODY}\nTheo dõi",  # "follow", a widget
        f"{BODY}\nFrom Monday",
        f"{BODY}\nTheo Nguyễn Văn An",  # a person
    ],
)
def test_no_false_outlet(text):
    found = find_source(text)
    assert found.source_url is None
    assert found.outlet is None


def test_outlet_of_url():
    assert outlet_of_url("https://www.baoquocte.vn/x") == "baoquocte.vn"
    assert outlet_of_url("https://amp.theguardian.com/x") == "theguardian.com"
    assert outlet_of_url("https://www.co.uk/") == "co.uk"
