"""CSV for spreadsheets and a BagIt bag that the bagit library validates."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import bagit
import pytest
from sqlalchemy import update

from desktop.cli.main import main
from desktop.core.archive.session import Archive
from desktop.core.exports import ExportError
from desktop.core.exports.files import export_bag, export_csv
from desktop.core.tagging.edits import tag_articles
from desktop.db.models import Article


def test_csv_lists_articles_with_tags_and_no_formulas(seeded_archive: Archive, tmp_path: Path):
    with seeded_archive.engine.begin() as conn:
        conn.execute(update(Article).where(Article.id == 1).values(title='=HYPERLINK("x")'))
    tag_articles(seeded_archive, [1], objectives=[5, 12])
    out = export_csv(seeded_archive, tmp_path / "a.csv")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 5
    first = next(r for r in rows if r["id"] == "1")
    assert first["objectives"] == "5; 12"
    assert first["title"] == '\'=HYPERLINK("x")'


def test_bag_is_valid_and_holds_the_originals(seeded_archive: Archive, tmp_path: Path):
    dest = export_bag(seeded_archive, tmp_path / "bag")
    bag = bagit.Bag(str(dest))
    assert bag.validate(fast=False)
    assert set(bag.algorithms) == {"sha256", "sha512"}
    meta = json.loads((dest / "data" / "metadata" / "articles.json").read_text("utf-8"))
    assert len(meta) == 5
    for row in meta:
        original = dest / "data" / row["original"]
        assert hashlib.sha256(original.read_bytes()).hexdigest() == row["sha256"]
        assert (dest / "data" / row["text"]).read_text("utf-8")
    # The validator is honest: a changed file makes the bag invalid.
    original.write_bytes(b"changed")
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(dest)).validate()


def test_bag_refuses_an_existing_folder_and_leaves_no_part(seeded_sqlite: Archive, tmp_path: Path):
    (tmp_path / "bag").mkdir()
    with pytest.raises(ExportError, match="already exists"):
        export_bag(seeded_sqlite, tmp_path / "bag")
    assert main(["--archive", seeded_sqlite.location, "export", "bagit", str(tmp_path / "b2")]) == 0
    assert bagit.Bag(str(tmp_path / "b2")).is_valid()
    names = {p.name for p in tmp_path.iterdir() if not p.name.startswith("archive.sqlite")}
    assert names == {"bag", "b2", "seeds"}
    assert not list(tmp_path.glob(".*part"))
