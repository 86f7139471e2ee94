#!/usr/bin/env python3
"""Search and browse benchmark at 100,000 articles.

usage:  search_bench.py SHARED_BENCH_DIR [N=100000] [--work DIR]
                        [--build-only | --gui-only | --search-only]

(--work DIR: where the corpus, the archive and the bare FTS5 database are kept, default
/tmp/gcm_search_bench; at 1,000,000 articles they take about 20 GB.
--build-only: make the corpus, the archive and the bare FTS5 database, measure nothing;
the files stay in the work folder for later runs and other benchmarks.
--gui-only: only the window's figures, without the bare FTS5 database;
--search-only: only the search figures.)

1. gen_corpus.py (in SHARED_BENCH_DIR) makes N article files from seeds/;
2. they are stored in a SQLite archive kept in /tmp for reuse (its path is printed):
   rows are bulk-inserted with synthetic metadata (dates, outlets, review states,
   objectives, actors, events) so that facets have something to chew on, and the
   full-text index is built by the same function the import hook calls, and merged
   as after an import (``merge_if_grown``); link
   features are NOT computed (run the linking rebuild if you need them);
3. raw_limit.py stores the same files in a bare FTS5 table, in this run;
4. printed: GUI open to filled table (offscreen) and its resident memory; search
   p50/p95 over a fixed list of queries and the ratio to the same FTS5 queries run
   bare on raw_limit's database; facet and sort refresh times of the table (wall
   and CPU time of the process, and the ratio to one hand-written SELECT of the
   page shown, same plan, same run); when the list's count and the sidebar's counts
   arrive; the next page after scrolling to the end of the rows read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
WORK = Path("/tmp/gcm_search_bench")
SEED_LANGUAGES = ["fr", "fr", "vi", "vi", "ms"]  # gen_corpus cycles over the sorted seeds
OUTLETS = [f"outlet{i:02d}.example" for i in range(40)]

QUERIES: list[tuple[str, str, dict[str, object]]] = [
    # (kind, query, facets)
    ("word", "migration", {}),
    ("word", "migrants", {}),
    ("word", "di cư", {}),
    ("word", "kementerian", {}),
    ("word", "coopération", {}),
    ("word", "hợp tác", {}),
    ("word", "thailande", {}),
    ("name", "Phan Chí Thành", {}),
    ("name", "Hà Kim Ngọc", {}),
    ("name", "Nenette Motus", {}),
    ("name", "Le Thi Thu Hang", {}),
    ("phrase", '"pacte mondial"', {}),
    ("phrase", '"di cư hợp pháp"', {}),
    ("phrase", '"migrasi selamat"', {}),
    ("phrase", '"organisation internationale pour les migrations"', {}),
    ("boolean", "migration OR migrasi", {}),
    ("boolean", "vietnam NOT thailande", {}),
    ("boolean", "(iom OR oim) AND hanoi", {}),
    ("prefix", "migra*", {}),
    ("prefix", "coop*", {}),
    ("facet", "migration", {"languages": ("fr",)}),
    ("facet", "di cu", {"date_from": dt.date(2021, 1, 1), "date_to": dt.date(2021, 12, 31)}),
    ("facet", "kementerian", {"statuses": ("reviewed",)}),
    ("facet", "Phan Chí Thành", {"objectives": (6,)}),
    ("facet", "hanoi", {"outlets": ("outlet07.example",)}),
]


def log(*args: object) -> None:
    print(*args, flush=True)


# ---------------------------------------------------------------- building


def make_corpus(shared: Path, n: int) -> Path:
    out = WORK / f"corpus_{n}"
    if out.is_dir() and sum(1 for _ in out.iterdir()) == n:
        return out
    log(f"generating {n} files in {out} ...")
    subprocess.run(
        [sys.executable, str(shared / "gen_corpus.py"), str(ROOT / "seeds"), str(out), str(n)],
        check=True,
    )
    return out


def build_archive(corpus: Path, n: int) -> Path:
    from desktop.core.archive.session import open_archive
    from desktop.core.search.indexing import index_articles

    path = WORK / f"archive_{n}.sqlite"
    done = WORK / f"archive_{n}.done"
    if path.exists() and done.exists():
        return path
    for old in WORK.glob(f"archive_{n}.sqlite*"):
        old.unlink()
    archive = open_archive(path, curator="bench")
    rnd = random.Random(11)
    files = sorted(corpus.iterdir())
    t0 = time.perf_counter()
    batch = 2000
    index_s = 0.0
    # One transaction a batch: at 1,000,000 articles one transaction would keep the
    # whole archive (20 GB) in the write-ahead log until its end.
    with archive.session() as session:
        conn = session.connection()
        objectives = [n for (n,) in conn.exec_driver_sql("SELECT number FROM objectives")]
        conn.exec_driver_sql(
            "INSERT INTO actors (name, kind, country, role, notes, created_at, version) "
            "SELECT 'Actor ' || value, 'organisation', '', '', '', CURRENT_TIMESTAMP, 1 "
            "FROM (WITH RECURSIVE c(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM c "
            "WHERE value < 50) SELECT value FROM c)"
        )
        actor_ids = [i for (i,) in conn.exec_driver_sql("SELECT id FROM actors")]
        next_id = 1
        for start in range(0, len(files), batch):
            chunk = files[start : start + batch]
            originals, articles, texts, tags, links = [], [], [], [], []
            for offset, file in enumerate(chunk):
                i = start + offset
                data = file.read_bytes()
                body = data.decode("utf-8")
                sha = hashlib.sha256(data).hexdigest()
                published = dt.date(2018, 1, 1) + dt.timedelta(days=rnd.randrange(2900))
                event = published - dt.timedelta(days=rnd.randrange(4))
                originals.append((sha, len(data), "text/plain", data))
                status = rnd.choices(["new", "needs_review", "reviewed"], [60, 25, 15])[0]
                articles.append(
                    (
                        next_id,
                        body.split("\n", 1)[0],
                        SEED_LANGUAGES[i % 5],
                        str(file),
                        rnd.choice(OUTLETS),
                        published.isoformat(),
                        event.isoformat() if rnd.random() < 0.7 else None,
                        sha,
                        sha,
                        status,
                    )
                )
                texts.append((next_id, body))
                if rnd.random() < 0.6:
                    for number in rnd.sample(objectives, rnd.randint(1, 3)):
                        tags.append((next_id, number))
                if rnd.random() < 0.3:
                    for actor in rnd.sample(actor_ids, rnd.randint(1, 2)):
                        links.append((next_id, actor))
                next_id += 1
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.executemany(
                "INSERT INTO originals (sha256, size, media_type, data) VALUES (?,?,?,?)",
                originals,
            )
            raw.executemany(
                "INSERT INTO articles (id, title, language, source_path, outlet, published, "
                "event_date, sha256, text_sha256, review_status, published_confidence, "
                "event_date_confidence, evidence, media_type, notes, created_at, updated_at, "
                "version) VALUES (?,?,?,?,?,?,?,?,?,?,'stated','stated','{}','text/plain','',"
                "CURRENT_TIMESTAMP,CURRENT_TIMESTAMP,1)",
                articles,
            )
            raw.executemany("INSERT INTO article_texts (article_id, body) VALUES (?,?)", texts)
            raw.executemany(
                "INSERT INTO article_objectives (article_id, objective_number, created_at, "
                "from_suggestion) VALUES (?,?,CURRENT_TIMESTAMP,0)",
                tags,
            )
            raw.executemany(
                "INSERT INTO article_actors (article_id, actor_id, created_at, from_suggestion) "
                "VALUES (?,?,CURRENT_TIMESTAMP,0)",
                links,
            )
            ti = time.perf_counter()
            index_articles(conn, [a[0] for a in articles])
            index_s += time.perf_counter() - ti
            session.commit()
            conn = session.connection()
            log(f"  {start + len(chunk)}/{len(files)}")
        # Events: runs of 2-4 consecutive articles (different languages) for 20% of them.
        events = []
        article_id = 1
        while article_id < next_id - 4:
            if rnd.random() < 0.07:
                size = rnd.randint(2, 4)
                events.append(list(range(article_id, article_id + size)))
                article_id += size
            article_id += 1
        for number, members in enumerate(events, start=1):
            conn.exec_driver_sql(
                "INSERT INTO events (id, title, place, notes, created_at, updated_at, version) "
                "VALUES (?, 'Event', '', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)",
                (number,),
            )
            conn.exec_driver_sql(
                f"UPDATE articles SET event_id = {number} WHERE id IN "
                f"({','.join(str(m) for m in members)})"
            )
        session.commit()
    archive.close()
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA optimize")
    total = time.perf_counter() - t0
    log(
        f"archive built: {len(files)} articles in {total:.1f} s "
        f"(search index {index_s:.1f} s = {len(files) / max(index_s, 1e-9):.0f} articles/s)"
    )
    done.write_text("ok")
    return path


def build_raw(shared: Path, corpus: Path, n: int) -> Path:
    path = WORK / f"raw_{n}.sqlite"
    if path.exists():
        return path
    if n > 200_000:
        return build_raw_streaming(corpus, path)
    out = subprocess.run(
        [sys.executable, str(shared / "raw_limit.py"), str(corpus), str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    log("raw_limit:", out.stdout.strip())
    return path


def build_raw_streaming(corpus: Path, path: Path) -> Path:
    """raw_limit.py's database (same tables, same tokenizer), written a batch at a time:
    raw_limit.py holds every file in memory first (gigabytes at 1,000,000 articles)."""
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    t0 = time.perf_counter()
    con = sqlite3.connect(partial)
    con.execute("pragma journal_mode=wal")
    con.execute("pragma synchronous=normal")
    con.execute("create table a(id integer primary key, path text, sha text unique, body text)")
    con.execute(
        "create virtual table f using fts5(body, content='a', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    files = sorted(corpus.iterdir())
    for start in range(0, len(files), 5000):
        rows = []
        for p in files[start : start + 5000]:
            b = p.read_bytes()
            rows.append((str(p), hashlib.sha256(b).hexdigest(), b.decode("utf-8")))
        with con:
            first = con.execute("select coalesce(max(id), 0) from a").fetchone()[0]
            con.executemany("insert into a(path, sha, body) values (?,?,?)", rows)
            con.execute("insert into f(rowid, body) select id, body from a where id > ?", (first,))
    con.close()
    partial.rename(path)
    log(f"raw FTS5 database (streamed): {len(files)} files in {time.perf_counter() - t0:.0f} s")
    return path


# ---------------------------------------------------------------- measuring


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def rare_queries(corpus: Path) -> list[tuple[str, str, dict[str, object]]]:
    """Queries matching one article each: the unique number in a few titles."""
    out: list[tuple[str, str, dict[str, object]]] = []
    files = sorted(corpus.iterdir())
    for file in files[:: max(1, len(files) // 4)][:4]:
        _article, number, unique = file.read_text("utf-8").split("\n", 1)[0].split()
        out.append(("rare", unique, {}))
        out.append(("rare", f'"article {number}"', {}))
    return out


def bench_search(archive_path: Path, raw_path: Path, corpus: Path, repeat: int = 5) -> None:
    from desktop.core.archive.session import open_archive
    from desktop.core.search import Filters, SearchSpec, parse, search

    try:
        from desktop.core.search.service import search_statement
    except ImportError:  # an older checkout, measured for a before/after comparison
        search_statement = None  # type: ignore[assignment]

    archive = open_archive(archive_path, curator="bench")
    raw = sqlite3.connect(raw_path)
    own = sqlite3.connect(f"file:{archive_path}?mode=ro", uri=True)
    statement: list[float] = []  # our own statement, run bare on the archive
    ours: list[float] = []
    bare: list[float] = []  # bm25 top 50 of every match, as a plain FTS5 query does
    same: list[float] = []  # the same plan as ours: bm25, or newest first when capped
    snippets: list[float] = []
    by_kind: dict[str, list[tuple[float, float]]] = {}
    log("\nquery                                        ours ms  bare ms  same ms  hits  order")
    for kind, text, facets in QUERIES + rare_queries(corpus):
        spec = SearchSpec(text, filters=Filters(**facets))  # type: ignore[arg-type]
        expr = parse(text).fts5
        result = search(archive, spec, limit=50, snippets=False)  # warm up
        ranked_sql = "SELECT rowid, bm25(f) FROM f WHERE f MATCH ? ORDER BY rank LIMIT 50"
        newest_sql = "SELECT rowid FROM f WHERE f MATCH ? ORDER BY rowid DESC LIMIT 50"
        times, bare_times, same_times = [], [], []
        own_statement = search_statement(archive, spec, limit=50) if search_statement else None
        for _ in range(repeat):
            if own_statement is not None:
                t = time.perf_counter()
                own.execute(*own_statement).fetchall()
                statement.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            result = search(archive, spec, limit=50, snippets=False)
            times.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            raw.execute(ranked_sql, (expr,)).fetchall()
            bare_times.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            raw.execute(newest_sql if result.capped else ranked_sql, (expr,)).fetchall()
            same_times.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        search(archive, spec, limit=20, snippets=True)
        snippets.append((time.perf_counter() - t) * 1000)
        ours.extend(times)
        bare.extend(bare_times)
        same.extend(same_times)
        o, b, m = (statistics.median(v) for v in (times, bare_times, same_times))
        by_kind.setdefault(kind, []).append((o, m))
        label = f"{kind:7} {text} {facets or ''}"[:44]
        order = "ranked" if result.ranked else "newest (capped)" if result.capped else "newest"
        log(f"{label:44} {o:8.2f} {b:8.2f} {m:8.2f} {len(result.hits):5}  {order}")
    p50, p95 = pct(ours, 50), pct(ours, 95)
    log(f"\nsearch, top 50 with titles: p50 {p50:.2f} ms, p95 {p95:.2f} ms ({len(ours)} runs)")
    for name, values in (("bare bm25 (raw_limit db)", bare), ("same plan (raw_limit db)", same)):
        r50, r95 = pct(values, 50), pct(values, 95)
        log(
            f"{name}: p50 {r50:.2f} ms, p95 {r95:.2f} ms -> ratio p50 {p50 / r50:.2f}x, "
            f"p95 {p95 / r95:.2f}x (target <= 1.5x)"
        )
    if statement:
        s50 = pct(statement, 50)
        log(
            f"our own statements run bare on the archive (sqlite3): p50 {s50:.2f} ms, "
            f"p95 {pct(statement, 95):.2f} ms -> the application around them: "
            f"ratio p50 {p50 / s50:.2f}x"
        )
    for kind, pairs in by_kind.items():
        o = statistics.median(p[0] for p in pairs)
        m = statistics.median(p[1] for p in pairs)
        log(f"  {kind:8} median ours {o:7.2f} ms, same plan bare {m:7.2f} ms")
    log(
        f"with snippets (top 20, as the CLI): p50 {pct(snippets, 50):.2f} ms, "
        f"p95 {pct(snippets, 95):.2f} ms"
    )
    own.close()
    archive.close()


def bench_gui(archive_path: Path) -> None:
    # An installed application starts from compiled bytecode: compile the sources first
    # (PYTHONDONTWRITEBYTECODE would otherwise make every start compile every module).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "desktop")], check=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GCM_CURATOR="bench")
    out = subprocess.run(
        [sys.executable, __file__, "--gui", str(archive_path)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    data = json.loads(out.stdout.strip().splitlines()[-1])
    log(
        f"\nGUI open to filled table: {data['open_s']:.2f} s (target < 1.5 s), "
        f"{data['rows']} rows; RSS {data['rss_mb']:.0f} MB (target < 500 MB)"
    )
    log(
        f"  CPU time of the process (all threads, from the interpreter's start): "
        f"{data['open_cpu_s']:.2f} s to the filled table, {data['imports_cpu_s']:.2f} s "
        f"to the end of the imports ({data['start_cpu_s']:.2f} s before the first import)"
    )
    log(
        f"  of which Python/Qt/app imports {data['imports_s']:.2f} s, "
        f"window built and table filled {data['window_s']:.2f} s; the list's count "
        f"({data['matching']}) at {data['count_s']:.2f} s, the sidebar's counts at "
        f"{data['sidebar_s']:.2f} s (from the window's start)"
    )
    log(
        "table refresh after a facet or sort change, median of 3 rounds (target < 200 ms), "
        "and the bare SELECT of the page shown (sqlite3, same run):"
    )
    log(f"  {'':34} {'wall':>8}  {'CPU':>8}  {'bare':>8}  wall/bare")
    for label, ms, cpu, bare in data["refresh"]:
        ratio = ms / max(bare, 1e-3)
        log(f"  {label:34} {ms:8.1f} {cpu:8.1f}  {bare:8.2f}  {ratio:6.1f}x")
    values = [ms for _label, ms, _cpu, _bare in data["refresh"]]
    cpus = [cpu for _label, _ms, cpu, _bare in data["refresh"]]
    log(
        f"  median {statistics.median(values):.1f} ms (CPU {statistics.median(cpus):.1f} ms), "
        f"max {max(values):.1f} ms (CPU {max(cpus):.1f} ms)"
    )
    log(
        f"scroll to the end of the rows read: next page shown after {data['scroll_ms']:.1f} ms "
        f"({data['rows_after_scroll']} rows)"
    )
    log(f"RSS after the refreshes: {data['rss_end_mb']:.0f} MB")


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


# PySide6 6.12 on Python 3.11 drops one reference to None (or True/False) on every call
# of a wrapped method returning nothing (or a bool): processEvents, emit, setText...
# After a few thousand calls the interpreter aborts ("deallocating None"). Python 3.12
# makes these objects immortal; here the benchmark holds spare references instead.
_SPARE_REFERENCES = [None, True, False] * 300_000


def gui_child(archive_path: str) -> None:
    t0 = time.perf_counter()
    cpu0 = time.process_time()  # the interpreter's own start is already counted
    import tempfile

    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.core.archive.session import open_archive
    from desktop.core.search import Filters
    from desktop.ui.main_window import MainWindow

    app = QApplication([])
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "bench.ini"), QSettings.Format.IniFormat)
    imported_s = time.perf_counter() - t0
    imported_cpu_s = time.process_time()
    archive = open_archive(archive_path, curator="bench")
    t_window = time.perf_counter()
    window = MainWindow(archive, settings)
    window.ops.show_errors = False

    def wait(signal: object, timeout_ms: int = 30000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)  # type: ignore[attr-defined]

    counted: list[float] = []
    window.count_known.connect(lambda _n: counted.append(time.perf_counter()))
    sidebar: list[float] = []
    window.library.model().rowsInserted.connect(lambda *_a: sidebar.append(time.perf_counter()))

    def until(condition: Callable[[], bool], timeout_ms: int = 30000) -> None:
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(2)
        timer.timeout.connect(lambda: loop.quit() if condition() else None)
        timer.start()
        QTimer.singleShot(timeout_ms, loop.quit)
        if not condition():
            loop.exec()
        timer.stop()

    window.show()
    until(lambda: bool(window.model.rowCount() and window.model.is_loaded(0)))
    window.table.viewport().repaint()
    app.processEvents()
    open_s = time.perf_counter() - t0
    open_cpu_s = time.process_time()
    window_s = time.perf_counter() - t_window
    until(lambda: bool(counted and sidebar))
    count_s = counted[0] - t_window
    sidebar_s = sidebar[0] - t_window
    matching = window.matching
    rows = window.model.rowCount()
    rss_open = rss_mb()

    refresh: list[tuple[str, float]] = []
    refresh_cpu: list[tuple[str, float]] = []  # CPU time of every thread of the process

    def timed(label: str, action: object) -> None:
        t, cpu = time.perf_counter(), time.process_time()
        action()  # type: ignore[operator]
        wait(window.rows_loaded)
        window.table.viewport().repaint()
        app.processEvents()
        refresh.append((label, (time.perf_counter() - t) * 1000))
        refresh_cpu.append((label, (time.process_time() - cpu) * 1000))

    search = window.search  # type: ignore[attr-defined]

    def facet(label: str, filters: Filters | None) -> None:
        timed(label, lambda: window.set_filter(filters=filters))

    def text(value: str) -> None:
        window.search_field.setText(value)
        search.apply_text()

    def sequence() -> None:
        facet("language = vi", Filters(languages=("vi",)))
        facet(
            "published in 2021",
            Filters(date_from=dt.date(2021, 1, 1), date_to=dt.date(2021, 12, 31)),
        )
        facet("review status = reviewed", Filters(statuses=("reviewed",)))
        facet("objective 6", Filters(objectives=(6,)))
        facet("no objective yet", Filters(untagged=True))
        facet("has translations", Filters(has_translations=True))
        facet("outlet", Filters(outlets=("outlet07.example",)))
        facet("all (facets cleared)", None)
        timed("sort by title", lambda: window.table.sortByColumn(0, Qt.SortOrder.AscendingOrder))
        timed("sort by outlet", lambda: window.table.sortByColumn(3, Qt.SortOrder.DescendingOrder))
        timed(
            "sort by date (ascending)",
            lambda: window.table.sortByColumn(2, Qt.SortOrder.AscendingOrder),
        )
        timed(
            "sort by date (newest first)",
            lambda: window.table.sortByColumn(2, Qt.SortOrder.DescendingOrder),
        )
        timed("text: Phan Chí Thành", lambda: text("Phan Chí Thành"))
        facet("text + language = fr", Filters(languages=("fr",)))
        timed("text: migration (common term)", lambda: text("migration"))
        timed("text cleared", lambda: text(""))

        window.set_filter(filters=None)  # back to the start for the next round
        wait(window.rows_loaded)

    for _round in range(3):
        sequence()
    rounds: dict[str, list[float]] = {}
    for label, ms in refresh:
        rounds.setdefault(label, []).append(ms)
    refresh_median = [(label, statistics.median(v)) for label, v in rounds.items()]
    cpu_rounds: dict[str, list[float]] = {}
    for label, ms in refresh_cpu:
        cpu_rounds.setdefault(label, []).append(ms)

    app.processEvents()  # let the view take the last reset's geometry
    t = time.perf_counter()
    before = window.model.rowCount()
    window.table.scrollToBottom()  # the view asks for the next page (fetchMore)
    until(lambda: window.model.rowCount() > before, 10000)
    window.table.viewport().repaint()
    scroll_ms = (time.perf_counter() - t) * 1000
    rows_after_scroll = window.model.rowCount()
    bare = bare_pages(archive_path)
    refresh_median = [
        (label, ms, statistics.median(cpu_rounds[label]), bare.get(label, float("nan")))
        for label, ms in refresh_median
    ]
    result = {
        "open_s": open_s,
        "open_cpu_s": open_cpu_s,
        "imports_s": imported_s,
        "imports_cpu_s": imported_cpu_s,
        "start_cpu_s": cpu0,
        "window_s": window_s,
        "count_s": count_s,
        "sidebar_s": sidebar_s,
        "matching": matching,
        "rows_after_scroll": rows_after_scroll,
        "rows": rows,
        "rss_mb": rss_open,
        "refresh": refresh_median,
        "scroll_ms": scroll_ms,
        "rss_end_mb": rss_mb(),
    }
    window.ops.wait()
    search.wait()
    print(json.dumps(result), flush=True)
    os._exit(0)  # PySide6 can crash while the interpreter tears down; the figures are out


PAGE_COLUMNS = (
    "a.id, a.title, a.language, a.published, a.event_date, a.event_date_confidence, "
    "a.outlet, a.review_status, a.event_id, a.event_month, a.event_day"
)
DATE_DESC = "ORDER BY coalesce(a.event_date, a.published) DESC, a.id DESC"
BARE_PAGES: dict[str, tuple[str, str, tuple[object, ...]]] = {
    # label: (WHERE, ORDER BY, parameters) of the first page the table shows
    "language = vi": ("a.language || '' IN (?)", DATE_DESC, ("vi",)),
    "published in 2021": (
        "a.published >= ? AND a.published <= ?",
        DATE_DESC,
        ("2021-01-01", "2021-12-31"),
    ),
    "review status = reviewed": ("a.review_status || '' IN (?)", DATE_DESC, ("reviewed",)),
    "objective 6": (
        "a.id IN (SELECT article_id FROM article_objectives WHERE objective_number IN (?))",
        DATE_DESC,
        (6,),
    ),
    "no objective yet": (
        "a.id NOT IN (SELECT article_id FROM article_objectives)",
        DATE_DESC,
        (),
    ),
    "has translations": (
        "a.event_id IN (SELECT event_id FROM articles WHERE event_id IS NOT NULL "
        "GROUP BY event_id HAVING count(DISTINCT coalesce(language, '')) > 1)",
        DATE_DESC,
        (),
    ),
    "outlet": ("lower(a.outlet) IN (?)", DATE_DESC, ("outlet07.example",)),
    "all (facets cleared)": ("1", DATE_DESC, ()),
    "sort by title": ("1", "ORDER BY lower(a.title), a.id", ()),
    "sort by outlet": ("1", "ORDER BY lower(a.outlet) DESC, a.id DESC", ()),
    "sort by date (ascending)": ("1", "ORDER BY coalesce(a.event_date, a.published), a.id", ()),
    "sort by date (newest first)": ("1", DATE_DESC, ()),
    "text: Phan Chí Thành": (
        "a.id IN (SELECT rowid FROM search_folded WHERE search_folded MATCH ?)",
        "ORDER BY a.id DESC",
        ('"phan" AND "chi" AND "thanh"',),
    ),
    "text + language = fr": (
        "a.id IN (SELECT rowid FROM search_folded WHERE search_folded MATCH ?) "
        "AND a.language || '' IN (?)",
        "ORDER BY a.id DESC",
        ('"phan" AND "chi" AND "thanh"', "fr"),
    ),
    "text: migration (common term)": (
        "a.id IN (SELECT rowid FROM search_folded WHERE search_folded MATCH ?)",
        "ORDER BY a.id DESC",
        ('"migration"',),
    ),
    "text cleared": ("1", DATE_DESC, ()),
}


def bare_pages(archive_path: str) -> dict[str, float]:
    """Each refresh's first page (200 rows) as one hand-written SELECT, median of 3, ms."""
    con = sqlite3.connect(f"file:{archive_path}?mode=ro", uri=True)
    out: dict[str, float] = {}
    for label, (where, order, params) in BARE_PAGES.items():
        sql = f"SELECT {PAGE_COLUMNS} FROM articles a WHERE {where} {order} LIMIT 200"
        times = []
        for _ in range(3):
            t = time.perf_counter()
            con.execute(sql, params).fetchall()
            times.append((time.perf_counter() - t) * 1000)
        out[label] = statistics.median(times)
    con.close()
    return out


def reindex_if_stale(path: Path) -> None:
    """An archive built by older indexing rules (metadata lines in the body) is
    rebuilt once, as the application does; the time is printed. The index is then
    merged if the application would have merged it after importing the articles."""
    from desktop.core.archive.session import open_archive
    from desktop.core.search import ensure_current_index

    try:
        from desktop.core.search.indexing import merge_if_grown
    except ImportError:  # an older checkout, measured for a before/after comparison
        merge_if_grown = None  # type: ignore[assignment]

    archive = open_archive(str(path), curator="bench")
    t0 = time.perf_counter()
    rebuilt = ensure_current_index(archive)
    if rebuilt is not None:
        log(
            f"index rebuilt under the current rules: {rebuilt.value} articles "
            f"in {time.perf_counter() - t0:.1f} s"
        )
    t0 = time.perf_counter()
    # every article came in as one import
    if merge_if_grown is not None and merge_if_grown(archive, sys.maxsize):
        log(f"index merged, as after an import: {time.perf_counter() - t0:.1f} s")
    archive.close()


def main() -> None:
    if len(sys.argv) >= 3 and sys.argv[1] == "--gui":
        gui_child(sys.argv[2])
        return
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    global WORK
    build_only = "--build-only" in sys.argv
    gui_only = "--gui-only" in sys.argv  # skip the search figures
    search_only = "--search-only" in sys.argv  # skip the window's figures
    flags = ("--build-only", "--gui-only", "--search-only")
    args = [a for a in sys.argv[1:] if a not in flags]
    if "--work" in args:
        at = args.index("--work")
        WORK = Path(args[at + 1]).resolve()
        del args[at : at + 2]
    shared = Path(args[0]).resolve()
    n = int(args[1]) if len(args) > 1 else 100_000
    WORK.mkdir(parents=True, exist_ok=True)
    corpus = make_corpus(shared, n)
    archive = build_archive(corpus, n)
    reindex_if_stale(archive)
    if gui_only:
        log(f"archive: {archive}  ({archive.stat().st_size / 1e6:.0f} MB, reusable)")
        bench_gui(archive)
        return
    raw = build_raw(shared, corpus, n)
    log(f"archive: {archive}  ({archive.stat().st_size / 1e6:.0f} MB, reusable)")
    log(f"raw FTS5 database: {raw}")
    if build_only:
        return
    bench_search(archive, raw, corpus)
    if not search_only:
        bench_gui(archive)


if __name__ == "__main__":
    main()
