"""The search syntax of GCM Archive, parsed into a tree of our own.

User syntax (never passed to the database as typed)::

    di cu                 both words, anywhere (AND is implied)
    "di cư quốc tế"       a phrase
    migra*                words starting with "migra"
    asile OR refugie      either word (also ``|``)
    traite NOT enfants    without a word (also ``-enfants``)
    (a OR b) AND c        grouping

Operators are recognised in capitals only, so the French "or" or the English
"not" stay words. The parser never fails: stray quotes, brackets and operators
are ignored or closed. The tree renders to an FTS5 MATCH string or to a
PostgreSQL tsquery whose words are only letters and digits, each quoted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from desktop.core.search.folding import tokens

MAX_PHRASES = 64


@dataclass(frozen=True)
class Phrase:
    """One word or several consecutive words; ``prefix``: the last one is a prefix."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class And:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    item: Node


Node = Phrase | And | Or | Not

_LEX = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<open>\()
  | (?P<close>\))
  | (?P<quote>"[^"]*(?:"|$)\*?)
  | (?P<word>[^\s()"]+)
    """,
    re.VERBOSE,
)
_OPS = {"AND": "and", "&": "and", "&&": "and", "OR": "or", "|": "or", "||": "or", "NOT": "not"}


@dataclass(frozen=True)
class _Tok:
    kind: str  # "open", "close", "and", "or", "not", "phrase"
    phrase: Phrase | None = None


def _lex(text: str, exact: bool) -> list[_Tok]:
    out: list[_Tok] = []
    for m in _LEX.finditer(text):
        kind = m.lastgroup
        value = m.group()
        if kind == "space":
            continue
        if kind in ("open", "close"):
            out.append(_Tok(kind))
        elif kind == "quote":
            prefix = value.endswith("*") and value[-2:-1] == '"'
            inner = value[1:].rstrip("*").rstrip('"')
            _add_phrase(out, inner, prefix, exact)
        else:
            op = _OPS.get(value)
            if op is not None:
                out.append(_Tok(op))
                continue
            negate = value.startswith("-") and len(value) > 1
            if negate:
                value = value[1:]
            if negate:
                out.append(_Tok("not"))
            _add_phrase(out, value, value.endswith("*"), exact)
    return out


def _add_phrase(out: list[_Tok], raw: str, prefix: bool, exact: bool) -> None:
    words = tuple(tokens(raw, exact=exact))
    if words:
        out.append(_Tok("phrase", Phrase(words, prefix)))
    elif out and out[-1].kind == "not":
        out.pop()  # "-" or NOT before nothing searchable


class _Parser:
    def __init__(self, toks: list[_Tok]) -> None:
        self.toks = toks
        self.pos = 0
        self.count = 0

    def peek(self) -> str | None:
        return self.toks[self.pos].kind if self.pos < len(self.toks) else None

    def parse(self) -> Node | None:
        items: list[Node] = []
        while self.peek() is not None:
            node = self.or_expr()
            if node is not None:
                items.append(node)
            elif self.peek() is not None:
                self.pos += 1  # a token that starts nothing, e.g. a stray ")"
        return _and(items)

    def or_expr(self) -> Node | None:
        items: list[Node] = []
        first = self.and_expr()
        if first is not None:
            items.append(first)
        while self.peek() == "or":
            self.pos += 1
            node = self.and_expr()
            if node is not None:
                items.append(node)
        if not items:
            return None
        return items[0] if len(items) == 1 else _or(items)

    def and_expr(self) -> Node | None:
        items: list[Node] = []
        while True:
            kind = self.peek()
            if kind == "and":
                self.pos += 1
                continue
            if kind not in ("not", "open", "phrase"):
                break
            node = self.unary()
            if node is not None:
                items.append(node)
        return _and(items)

    def unary(self) -> Node | None:
        negate = False
        while self.peek() == "not":
            self.pos += 1
            negate = not negate
        node = self.primary()
        if node is None:
            return None
        return _not(node) if negate else node

    def primary(self) -> Node | None:
        kind = self.peek()
        if kind == "open":
            self.pos += 1
            node = self.or_expr()
            while self.peek() not in (None, "close"):
                extra = self.or_expr()  # e.g. "(a ) b" stays inside the brackets
                if extra is None:
                    self.pos += 1
                elif node is None:
                    node = extra
                else:
                    node = _and([node, extra])
            if self.peek() == "close":
                self.pos += 1
            return node
        if kind == "phrase":
            tok = self.toks[self.pos]
            self.pos += 1
            self.count += 1
            if self.count > MAX_PHRASES:
                return None
            return tok.phrase
        return None


def _and(items: list[Node]) -> Node | None:
    flat: list[Node] = []
    for item in items:
        flat.extend(item.items if isinstance(item, And) else (item,))
    if not flat:
        return None
    return flat[0] if len(flat) == 1 else And(tuple(flat))


def _or(items: list[Node]) -> Node:
    flat: list[Node] = []
    for item in items:
        flat.extend(item.items if isinstance(item, Or) else (item,))
    return flat[0] if len(flat) == 1 else Or(tuple(flat))


def _not(node: Node) -> Node:
    return node.item if isinstance(node, Not) else Not(node)


# ---------------------------------------------------------------- rendering


def _fts_phrase(p: Phrase) -> str:
    return '"' + " ".join(p.words) + '"' + (" *" if p.prefix else "")


def fts5(node: Node) -> str | None:
    """An FTS5 MATCH expression for ``node``, or None when ``node`` cannot be one
    (FTS5 has no unary NOT: a purely negative part is done with SQL instead)."""
    if isinstance(node, Phrase):
        return _fts_phrase(node)
    if isinstance(node, Not):
        return None
    if isinstance(node, Or):
        parts = [fts5(item) for item in node.items]
        if any(p is None for p in parts):
            return None
        return "(" + " OR ".join(f"({p})" for p in parts) + ")"
    positives = [fts5(i) for i in node.items if not isinstance(i, Not)]
    negatives = [fts5(i.item) for i in node.items if isinstance(i, Not)]
    if not positives or any(p is None for p in positives + negatives):
        return None
    text = "(" + " AND ".join(f"({p})" for p in positives) + ")"
    if negatives:
        text = f"{text} NOT (" + " OR ".join(f"({n})" for n in negatives) + ")"
    return text


def _ts_word(word: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def tsquery(node: Node) -> str:
    """A PostgreSQL tsquery (for ``to_tsquery('simple', ...)``) for ``node``."""
    if isinstance(node, Phrase):
        words = [_ts_word(w) for w in node.words]
        if node.prefix:
            words[-1] += ":*"
        return words[0] if len(words) == 1 else "(" + " <-> ".join(words) + ")"
    if isinstance(node, Not):
        return "!" + tsquery(node.item)
    joiner = " & " if isinstance(node, And) else " | "
    return "(" + joiner.join(tsquery(i) for i in node.items) + ")"


def positive_phrases(node: Node | None, negated: bool = False) -> list[Phrase]:
    """The phrases whose presence makes a document match: what snippets highlight."""
    if node is None:
        return []
    if isinstance(node, Phrase):
        return [] if negated else [node]
    if isinstance(node, Not):
        return positive_phrases(node.item, not negated)
    out: list[Phrase] = []
    for item in node.items:
        out.extend(positive_phrases(item, negated))
    return out


@dataclass(frozen=True)
class ParsedQuery:
    """A user's query, parsed for one index (folded or exact)."""

    text: str
    exact: bool
    root: Node | None

    @property
    def empty(self) -> bool:
        return self.root is None

    # Rendered once per query (a parsed query never changes; searches reuse it).
    @cached_property
    def fts5(self) -> str | None:
        return fts5(self.root) if self.root is not None else None

    @cached_property
    def tsquery(self) -> str | None:
        return tsquery(self.root) if self.root is not None else None

    @cached_property
    def rankable(self) -> bool:
        """True when one index lookup both matches and ranks (no purely negative part)."""
        return self.fts5 is not None

    def phrases(self) -> list[Phrase]:
        return positive_phrases(self.root)


def parse(text: str, *, exact: bool = False) -> ParsedQuery:
    """Parse ``text`` (any string: never raises) for the folded or the exact index."""
    root = _Parser(_lex(text or "", exact)).parse()
    return ParsedQuery(text=text or "", exact=exact, root=root)
