"""Extraction in worker processes: same results, input order, errors per file."""

from __future__ import annotations

import datetime as dt

from desktop.core.extract import ExtractError, ExtractSettings, extract_file
from desktop.core.importing.pool import ExtractPool
from tests.core.extract_files import FRENCH, VIETNAMESE


def test_pool_results_match_in_process_extraction_in_order(tmp_path):
    settings = ExtractSettings(today=dt.date(2025, 6, 1), languages=("fr", "vi", "en"))
    items = []
    for i in range(40):
        body = (FRENCH if i % 2 else VIETNAMESE) + f"\nNuméro {i}.\n"
        items.append((tmp_path / f"{i:02d}.txt", body.encode("utf-8")))
    items.insert(7, (tmp_path / "empty.txt", b""))
    items.insert(20, (tmp_path / "x.xyz", b"not an article"))
    with ExtractPool(settings, processes=1) as pool:
        results = list(pool.imap(iter(items)))
    assert len(results) == len(items)
    for (path, data), result in zip(items, results, strict=True):
        try:
            expected = extract_file(path, data, settings)
        except ExtractError as exc:
            assert isinstance(result, ExtractError)
            assert str(result) == str(exc)
            continue
        assert not isinstance(result, ExtractError)
        assert (result.text, result.language, result.event_date) == (
            expected.text,
            expected.language,
            expected.event_date,
        )


def test_extract_stream_keeps_keys_in_and_out_of_process(tmp_path):
    from desktop.core.importing.pool import extract_stream

    items = [
        ((i, "key"), tmp_path / f"{i}.txt", (FRENCH if i % 2 else "").encode("utf-8"))
        for i in range(70)
    ]
    for processes in (0, 1):
        out = list(extract_stream(iter(items), ExtractSettings(languages=("fr", "en")), processes))
        assert [key for key, _ in out] == [key for key, _, _ in items]
        assert all(isinstance(r, ExtractError) == (k[0] % 2 == 0) for k, r in out)
