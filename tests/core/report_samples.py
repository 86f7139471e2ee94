"""Report data built by hand for the report tests (no archive needed)."""

from __future__ import annotations

import datetime as dt
import json

from desktop.core.reports import ReportArticle, ReportEvent
from desktop.core.util.paths import resources_dir

VI_TITLE = "Thỏa thuận GCM là bước tiến quan trọng trong hợp tác quốc tế về di cư"
VI_ACTOR = "Đại sứ Phan Chí Thành"
FR_TITLE = "Le Vietnam appelle à renforcer la coopération pour mettre en œuvre le Pacte mondial"

VI_TEXT = (
    "Đại sứ Phan Chí Thành khẳng định, Việt Nam coi Thỏa thuận GCM là một bước tiến quan trọng "
    "trong hợp tác quốc tế về di cư.\n\nHơn 400 đại biểu đến từ các quốc gia trong khu vực đã "
    "tham dự để đánh giá tình hình triển khai 23 mục tiêu của Thỏa thuận."
)
FR_TEXT = (
    "L'ambassadeur Phan Chi Thanh a lancé un appel lors de la conférence régionale d'examen "
    "du Pacte mondial pour des migrations sûres, ordonnées et régulières.\n\n"
    "Plus de 400 délégués ont participé à la réunion organisée par la CESAP."
)


def objective_titles(language: str) -> dict[int, str]:
    data = json.loads((resources_dir() / "objectives.json").read_text(encoding="utf-8"))
    return {
        int(item["number"]): item["titles"].get(language) or item["titles"]["en"]
        for item in data["objectives"]
    }


def sample_articles(count: int = 6) -> list[ReportArticle]:
    """``count`` articles over several months, languages, objectives and one event."""
    base = [
        ReportArticle(
            id=1,
            title=FR_TITLE,
            outlet="VNA",
            language="fr",
            published=dt.date(2021, 3, 12),
            source_url="https://example.org/vna?a=1&b=2",
            actors=("Phan Chí Thành", "UNESCAP", "IOM"),
            objectives=(23, 1),
            text=FR_TEXT,
            event_id=7,
            event_role="translation",
        ),
        ReportArticle(
            id=2,
            title=VI_TITLE,
            outlet="ĐCSVN",
            language="vi",
            published=dt.date(2021, 3, 13),
            event_date=dt.date(2021, 3, 12),
            source_url="https://dangcongsan.vn/x.html",
            actors=(VI_ACTOR, "UNESCAP", "IOM"),
            objectives=(23,),
            text=VI_TEXT,
            event_id=7,
            event_role="original",
        ),
        ReportArticle(
            id=3,
            title="<img src=x> Kementerian Luar Negeri & GCM",
            outlet="Bernama",
            language="ms",
            published=dt.date(2021, 6, 2),
            actors=("IOM", "ILO"),
            objectives=(6, 10),
            text="Pada 19 Disember, Kementerian <b>Luar</b> Negeri...",
        ),
        ReportArticle(
            id=4,
            title="Migration data workshop in Hanoi",
            outlet="VnExpress International",
            language="en",
            published=dt.date(2021, 9, 20),
            actors=("IOM",),
            objectives=(1,),
            text="A workshop on migration data was held in Hanoi.",
            source_url="javascript:alert(1)",
        ),
        ReportArticle(
            id=5,
            title="Article sans objectif",
            outlet="",
            language="fr",
            published=None,
            text="Texte sans date ni objectif.",
        ),
        ReportArticle(
            id=6,
            title="Diễn đàn di cư lao động",
            outlet="Báo Quốc tế",
            language="vi",
            published=dt.date(2022, 1, 5),
            actors=("Hà Kim Ngọc",),
            objectives=(5, 23),
            text=VI_TEXT,
        ),
    ]
    out = base[:count]
    languages = ("fr", "vi", "ms", "en", "es")
    for i in range(len(out), count):
        month = i % 18
        out.append(
            ReportArticle(
                id=i + 1,
                title=f"{VI_TITLE} ({i + 1})" if i % 3 == 0 else f"{FR_TITLE} ({i + 1})",
                outlet=("VNA", "ĐCSVN", "Le Courrier du Vietnam", "Bernama")[i % 4],
                language=languages[i % len(languages)],
                published=dt.date(2021 + month // 12, month % 12 + 1, 1 + i % 27),
                source_url=f"https://example.org/article/{i + 1}",
                actors=(VI_ACTOR, ("IOM", "ILO", "UNESCAP", "Hà Kim Ngọc")[i % 4]),
                objectives=tuple(sorted({1 + i % 23, 1 + (i * 7) % 23})),
                text=(VI_TEXT if i % 2 else FR_TEXT) * 3,
                event_id=100 + i // 3 if i % 5 == 0 else None,
            )
        )
    return out


def sample_events() -> dict[int, ReportEvent]:
    events = {
        7: ReportEvent(
            id=7,
            title="Hội nghị rà soát GCM khu vực châu Á-Thái Bình Dương",
            date_start=dt.date(2021, 3, 10),
            date_end=dt.date(2021, 3, 12),
            place="Bangkok",
        )
    }
    for i in range(0, 400, 5):
        events[100 + i // 3] = ReportEvent(id=100 + i // 3, title=f"Event {100 + i // 3}")
    return events
