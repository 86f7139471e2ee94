"""Read connections of a SQLite archive kept open between reads.

A search's statement runs in a fifth of a millisecond on 100,000 articles; taking a
connection from SQLAlchemy's pool and giving it back (events, a rollback) cost a
quarter of that again. A file archive's engine therefore keeps a few connections
of its own for reads only (:class:`Reading`): made by the engine's pool (so with
its pragmas and URL), then detached from it, and set ``query_only``.

- No read transaction outlives a read: a statement's snapshot ends when it is read
  to its end or its cursor closed, and a connection found in a transaction when
  given back is rolled back. Writes of other connections are seen by the next read.
- :meth:`Engine.dispose` (closing or switching an archive, restoring a backup)
  closes them: those idle at once, those other threads read with when given back,
  and it waits for those (a restore replaces the file next).
- In-memory databases (one connection is the database) and other backends read
  through the pool as before.
"""

from __future__ import annotations

import sqlite3
import threading
import weakref
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.pool import QueuePool

# Idle connections kept per engine: the GUI reads from a few threads at once at most.
KEEP = 4
# How long a dispose waits for reads of other threads to give their connection back.
WAIT_SECONDS = 30.0


class _Readers:
    """The read connections of one engine."""

    def __init__(self, engine: Engine) -> None:
        self._engine = weakref.ref(engine)
        self._lock = threading.Lock()
        self._returned = threading.Condition(self._lock)  # a connection was given back
        self._waiting = 0  # disposes waiting for connections in use
        self._idle: list[sqlite3.Connection] = []
        self._generation = 0  # one more at each dispose: older connections are closed
        self._in_use: list[tuple[int, int]] = []  # (thread, generation) of each read going on

    def acquire(self) -> tuple[sqlite3.Connection, int]:
        with self._lock:
            generation = self._generation
            reader = (threading.get_ident(), generation)
            self._in_use.append(reader)
            if self._idle:
                return self._idle.pop(), generation
        try:
            engine = self._engine()
            assert engine is not None
            proxy = engine.raw_connection()
            proxy.detach()  # its own from now on: closed by us, not returned to the pool
            connection = proxy.dbapi_connection
            assert isinstance(connection, sqlite3.Connection)
            if connection.in_transaction:
                connection.rollback()
            connection.execute("PRAGMA query_only = ON")
        except BaseException:
            self._given_back(reader)
            raise
        return connection, generation

    def release(self, connection: sqlite3.Connection, generation: int) -> None:
        try:
            keep = True
            try:
                if connection.in_transaction:
                    connection.rollback()
            except sqlite3.Error:
                keep = False
            with self._lock:
                if keep and generation == self._generation and len(self._idle) < KEEP:
                    self._idle.append(connection)
                    return
            connection.close()
        finally:
            self._given_back((threading.get_ident(), generation))

    def _given_back(self, reader: tuple[int, int]) -> None:
        with self._lock:
            self._in_use.remove(reader)
            if self._waiting:
                self._returned.notify_all()

    def close_all(self, *_args: Any) -> None:
        """Close every connection: the idle ones now; those other threads are reading
        with are closed when given back, and waited for (a restore replaces the file
        next: no connection may still have the old one open)."""
        me = threading.get_ident()
        with self._lock:
            self._generation += 1
            generation = self._generation
            idle, self._idle = self._idle, []
        for connection in idle:
            connection.close()

        def none_left() -> bool:
            return not any(t != me and g < generation for t, g in self._in_use)

        with self._lock:
            self._waiting += 1
            try:
                self._returned.wait_for(none_left, timeout=WAIT_SECONDS)
            finally:
                self._waiting -= 1


_registry: weakref.WeakKeyDictionary[Engine, _Readers | None] = weakref.WeakKeyDictionary()
_registry_lock = threading.Lock()


def _readers_of(engine: Engine) -> _Readers | None:
    try:
        return _registry[engine]
    except KeyError:
        pass
    with _registry_lock:
        if engine in _registry:
            return _registry[engine]
        readers = None
        # A file database (QueuePool); ":memory:" lives in its single connection.
        if engine.dialect.name == "sqlite" and isinstance(engine.pool, QueuePool):
            readers = _Readers(engine)
            event.listen(engine, "engine_disposed", readers.close_all)
        _registry[engine] = readers
        return readers


class Reading:
    """A driver cursor for reads only, on a kept connection of a SQLite file archive
    (see the module), else on a connection of the pool. A class rather than a
    generator: it is entered for every page and every search."""

    __slots__ = ("_engine", "_readers", "_connection", "_generation", "_pooled", "_cursor")

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._readers = _readers_of(engine)
        self._connection: sqlite3.Connection | None = None
        self._generation = 0
        self._pooled: Any = None
        self._cursor: Any = None

    def __enter__(self) -> Any:
        if self._readers is None:
            self._pooled = self._engine.raw_connection()
            try:
                self._cursor = self._pooled.cursor()
            except BaseException:
                self._pooled.close()
                raise
            return self._cursor
        self._connection, self._generation = self._readers.acquire()
        try:
            self._cursor = self._connection.cursor()
        except BaseException:
            self._readers.release(self._connection, self._generation)
            raise
        return self._cursor

    def __exit__(self, *_exc: object) -> None:
        try:
            self._cursor.close()
        finally:
            if self._readers is None:
                self._pooled.close()
            else:
                assert self._connection is not None
                self._readers.release(self._connection, self._generation)
            self._connection = self._pooled = self._cursor = None
