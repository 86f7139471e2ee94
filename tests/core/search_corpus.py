"""A small multilingual corpus for the search tests, imported as real files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import insert

from desktop.core.archive.editing import update_article
from desktop.core.archive.session import Archive
from desktop.core.importing.run import import_paths
from desktop.db.models import Actor, ActorAlias, Article, ArticleActor, ArticleObjective, Event

# name: (title, body, language, outlet, published, event_date, status)
ARTICLES: dict[str, tuple[str, str, str, str, str, str | None, str]] = {
    "fr1": (
        "Sécurité des travailleurs migrants",
        "La sécurité des travailleurs migrants à Đà Nẵng est une priorité. La côte centrale "
        "accueille le Pacte mondial pour des migrations sûres, ordonnées et régulières.",
        "fr",
        "lecourrier.vn",
        "2021-03-12",
        "2021-03-10",
        "reviewed",
    ),
    "fr2": (
        "Coopération internationale",
        "L'ambassadeur Phan Chí Thành a rencontré l'OIM. La coopération régionale contre la "
        "traite des êtres humains progresse, dit une cote de confiance.",
        "fr",
        "NLD.com.vn",
        "2024-12-18",
        "2024-12-18",
        "new",
    ),
    "vi1": (
        "Người di cư Việt Nam tại Đà Nẵng",
        "Đại sứ Phan Chí Thành khẳng định di cư hợp pháp, an toàn và trật tự. "
        "Thỏa thuận toàn cầu về di cư được thông qua.",
        "vi",
        "dangcongsan.vn",
        "2021-03-13",
        "2021-03-10",
        "needs_review",
    ),
    "vi2": (
        "Ban chỉ đạo",
        "Ban chỉ đạo về lao động di cư họp bàn kế hoạch năm 2025.",
        "vi",
        "baoquocte.vn",
        "2025-01-05",
        None,
        "new",
    ),
    "vi3": (
        "Chợ cá",
        "Bà bán cá ở chợ Hội An.",
        "vi",
        "baoquocte.vn",
        "2019-06-01",
        None,
        "new",
    ),
    "ms1": (
        "Migrasi selamat di Malaysia",
        "Kementerian Sumber Manusia bagi kerajaan Malaysia menganjurkan persidangan pada "
        "19 Disember tentang migrasi selamat dan teratur.",
        "ms",
        "bernama.com",
        "2023-12-19",
        "2023-12-19",
        "reviewed",
    ),
}


def build(archive: Archive, folder: Path) -> dict[str, int]:
    """Import the corpus and set its metadata; returns name -> article id."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, (title, body, *_rest) in ARTICLES.items():
        (folder / f"{name}.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    report = import_paths(archive, [folder]).value
    assert report is not None and not report.failed, report
    ids = {Path(item["path"]).stem: item["id"] for item in report.imported}
    for name, (title, _b, language, outlet, published, event_date, status) in ARTICLES.items():
        update_article(
            archive,
            ids[name],
            title=title,
            language=language,
            outlet=outlet,
            published=published,
            event_date=event_date,
            review_status=status,
        )
    return ids


def tag(archive: Archive, ids: dict[str, int]) -> dict[str, int]:
    """Objectives, actors and events for the facet tests; returns the ids made."""
    with archive.session() as s, s.begin():
        s.execute(
            insert(ArticleObjective),
            [
                {"article_id": ids["fr1"], "objective_number": 6},
                {"article_id": ids["vi1"], "objective_number": 6},
                {"article_id": ids["vi1"], "objective_number": 23},
                {"article_id": ids["ms1"], "objective_number": 23},
            ],
        )
        actor = Actor(name="Phan Chí Thành", kind="person")
        iom = Actor(name="International Organization for Migration")
        s.add_all([actor, iom])
        s.flush()
        s.add(ActorAlias(actor_id=iom.id, alias="OIM", folded="oim", language="fr"))
        s.execute(
            insert(ArticleActor),
            [
                {"article_id": ids["fr2"], "actor_id": actor.id},
                {"article_id": ids["vi1"], "actor_id": actor.id},
                {"article_id": ids["fr2"], "actor_id": iom.id},
            ],
        )
        event = Event(title="GCM review", date_start=dt.date(2021, 3, 10))
        lonely = Event(title="Fish market")
        s.add_all([event, lonely])
        s.flush()
        for name, event_id in (
            ("fr1", event.id),
            ("vi1", event.id),
            ("vi2", lonely.id),  # two Vietnamese articles: no translation
            ("vi3", lonely.id),
        ):
            s.get_one(Article, ids[name]).event_id = event_id
        return {"actor": actor.id, "iom": iom.id, "event": event.id, "lonely": lonely.id}
