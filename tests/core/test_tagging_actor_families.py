"""Actor families: social security institutions of the region (they speak to objective 22),
national human rights institutions, and people named after a judge's or an under-secretary's
title. Texts written for these tests."""

from __future__ import annotations

import pytest

from desktop.core.tagging.actors_match import CompiledRegistry
from desktop.core.tagging.engine import suggest


@pytest.mark.parametrize(
    ("language", "title", "body", "actor"),
    [
        (
            "id",
            "Komnas HAM minta pemerintah lindungi PMI",
            "Komisi Nasional Hak Asasi Manusia (Komnas HAM) meminta pemerintah melindungi "
            "pekerja migran yang dipulangkan dari Arab Saudi.",
            "Komnas HAM (Indonesia)",
        ),
        (
            "ms",
            "Hentikan penahanan kanak-kanak, gesa SUHAKAM",
            "Suruhanjaya Hak Asasi Manusia Malaysia menggesa kerajaan menghentikan penahanan "
            "kanak-kanak di depot imigresen.",
            "SUHAKAM (Malaysia)",
        ),
        (
            "en",
            "Rights body inspects Bangkok immigration detention centre",
            "The National Human Rights Commission of Thailand visited the Suan Phlu immigration "
            "detention centre on Monday.",
            "National Human Rights Commission of Thailand",
        ),
    ],
)
def test_national_human_rights_institutions(
    language: str, title: str, body: str, actor: str, registry: CompiledRegistry
) -> None:
    assert actor in [a.name for a in suggest(title, body, language, registry).actors]


@pytest.mark.parametrize(
    ("language", "title", "body", "actor"),
    [
        (
            "id",
            "Peserta PMI di Hong Kong bertambah",
            "BPJS Ketenagakerjaan mencatat 300 ribu pekerja migran Indonesia di Hong Kong sudah "
            "terdaftar dalam program jaminan kecelakaan kerja.",
            "BPJS Ketenagakerjaan (Indonesia)",
        ),
        (
            "vi",
            "Hướng dẫn người lao động ở nước ngoài đóng bảo hiểm",
            "Bảo hiểm xã hội Việt Nam vừa hướng dẫn người lao động đi làm việc ở nước ngoài "
            "đóng bảo hiểm xã hội tự nguyện.",
            "Vietnam Social Security",
        ),
        (
            "en",
            "SSS opens desk for OFWs in Dubai",
            "The Social Security System opened a service desk for overseas Filipino workers in "
            "Dubai so that they can keep paying contributions towards their pension.",
            "Social Security System (Philippines)",
        ),
    ],
)
def test_social_security_institutions_speak_to_portability(
    language: str, title: str, body: str, actor: str, registry: CompiledRegistry
) -> None:
    result = suggest(title, body, language, registry)
    assert actor in [a.name for a in result.actors]
    assert 22 in [o.number for o in result.objectives[:5]]


@pytest.mark.parametrize(
    ("language", "body", "person"),
    [
        ("es", "La jueza federal María Paz Ibarra ordenó los allanamientos.", "María Paz Ibarra"),
        (
            "es",
            "La subsecretaria de Derechos Humanos, Elena Soto, visitó el albergue de migrantes.",
            "Elena Soto",
        ),
        (
            "fr",
            "Le juge Pierre-Yves Marchand a ordonné la remise en liberté des exilés.",
            "Pierre-Yves Marchand",
        ),
    ],
)
def test_people_after_a_judge_or_under_secretary(
    language: str, body: str, person: str, registry: CompiledRegistry
) -> None:
    names = [a.name for a in suggest("", body, language, registry).actors]
    assert person in names, names
