from __future__ import annotations

import pytest

from desktop import i18n


@pytest.fixture(autouse=True)
def _restore():
    yield
    i18n.set_language("en")


def test_french_and_vietnamese_catalogs_translate():
    i18n.set_language("fr")
    assert i18n._("All articles") == "Tous les articles"
    assert i18n.ngettext("{n} article", "{n} articles", 2).format(n=2) == "2 articles"
    i18n.set_language("vi")
    assert i18n._("All articles") == "Tất cả bài báo"


def test_unknown_language_falls_back_to_english():
    assert i18n.set_language("xx") == "en"
    assert i18n._("All articles") == "All articles"


def test_system_language_from_environment(monkeypatch):
    monkeypatch.setenv("LANGUAGE", "vi_VN.UTF-8")
    assert i18n.system_language() == "vi"
    monkeypatch.setenv("LANGUAGE", "de_DE")
    monkeypatch.setenv("LC_ALL", "C")
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert i18n.system_language() == "fr"
