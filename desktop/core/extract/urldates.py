"""Publication dates written in URL paths ("/2024/12/18/", "-20241218...", "...241218...")."""

from __future__ import annotations

import datetime as dt
import re

_URL_SEPARATED = re.compile(
    r"(?<!\d)(?P<y>20\d\d)[/_.-](?P<m>0?[1-9]|1[0-2])[/_.-](?P<d>0?[1-9]|[12]\d|3[01])(?!\d)"
)
_DIGIT_RUN = re.compile(r"\d{6,}")


def _run_dates(
    runs: list[str], width: int, earliest: dt.date, latest: dt.date
) -> dict[dt.date, str]:
    found: dict[dt.date, str] = {}
    for run in runs:
        for i in range(len(run) - width + 1):
            chunk = run[i : i + width]
            year = int(chunk[:4]) if width == 8 else 2000 + int(chunk[:2])
            try:
                day = dt.date(year, int(chunk[-4:-2]), int(chunk[-2:]))
            except ValueError:
                continue
            if earliest <= day <= latest:
                found.setdefault(day, chunk)
    return found


def url_date(url: str, today: dt.date) -> tuple[dt.date, str] | None:
    """A publication date written in a URL path: ``/2024/12/18/``, ``20241218...`` or a
    ``yymmdd`` run inside a longer number (``-196241218204527756``), taken only when
    exactly one plausible date reads out of the digits."""
    path = url.split("://", 1)[-1]
    path = path[path.find("/") :] if "/" in path else ""
    latest = today + dt.timedelta(days=2)
    for match in _URL_SEPARATED.finditer(path):
        try:
            found = dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            continue
        if dt.date(2000, 1, 1) <= found <= latest:
            return found, match.group(0)
    runs = _DIGIT_RUN.findall(path)
    for width, earliest in ((8, dt.date(2000, 1, 1)), (6, dt.date(2005, 1, 1))):
        candidates = _run_dates([r for r in runs if len(r) >= width], width, earliest, latest)
        if len(candidates) == 1:
            return next(iter(candidates.items()))
        if candidates:
            return None
    return None
