"""Readers for each file format: bytes in, raw text and document metadata out.

The readers do not clean or interpret the text; they only get it out of its
container and keep what the container states (title, canonical URL, date).
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.extract.decode import decode_bytes
from desktop.core.extract.errors import ExtractError
from desktop.core.extract.htmlmeta import read_meta
from desktop.core.extract.rendered import rendered_text
from desktop.i18n import _

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".rst", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"})
# A web page saved as one file ("Webpage, Single File"): MIME parts (RFC 2557).
WEB_ARCHIVE_SUFFIXES = frozenset({".mht", ".mhtml"})
DOCUMENT_SUFFIXES = (
    (TEXT_SUFFIXES - {""}) | HTML_SUFFIXES | WEB_ARCHIVE_SUFFIXES | {".docx", ".pdf"}
)
MEDIA_TYPES = {
    "text": "text/plain",
    "markdown": "text/markdown",
    "html": "text/html",
    "mhtml": "multipart/related",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head)\b", re.I | re.S
)
# A docx whose parts expand beyond this many times the size limit is refused.
_MAX_EXPANSION = 20
_MIN_PDF_LETTERS = 20
_DOCX_HEADLINE_PARAGRAPHS = 12


@dataclass
class RawDocument:
    """What a reader found: the text (not yet cleaned) and stated metadata."""

    text: str
    kind: str  # "text", "markdown", "html", "mhtml", "docx" or "pdf"
    encoding: str | None = None
    title: str | None = None
    title_evidence: str = ""
    source_url: str | None = None
    source_url_evidence: str = ""
    site_name: str | None = None
    site_name_evidence: str = ""
    published: dt.date | None = None
    published_evidence: str = ""
    page_text: str | None = None  # a web page's whole text, chrome included, for the dates
    review: list[str] = field(default_factory=list)  # what the curator should check

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES[self.kind]


def sniff(path: Path, data: bytes) -> str:
    """The format of a file, from its leading bytes first and its name second."""
    suffix = path.suffix.lower()
    head = data[:1024]
    if data.lstrip()[:5] == b"%PDF-" or (suffix == ".pdf" and b"%PDF-" in head):
        return "pdf"
    if suffix == ".pdf":
        raise ExtractError(_("corrupt PDF: no PDF header"))
    if data.startswith(_ZIP_MAGIC):
        if suffix == ".docx" or suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
            if suffix in {".docx", ".docm", ".dotx"} or b"word/" in data[:65536]:
                return "docx"
            raise ExtractError(
                _("unsupported file type: a zip archive ({suffix})").format(suffix=suffix or "-")
            )
    if data.startswith(_OLE_MAGIC):
        if suffix == ".docx":
            raise ExtractError(_("encrypted Word document (password protected)"))
        if suffix == ".doc":
            raise ExtractError(_("old Word .doc format is not supported: save it as .docx"))
        raise ExtractError(_("unsupported file type: an Office binary document"))
    if suffix == ".docx":
        raise ExtractError(_("corrupt Word document: not a zip package"))
    if suffix in WEB_ARCHIVE_SUFFIXES:
        return "html" if _HTML_START.match(head) else "mhtml"
    if suffix in HTML_SUFFIXES or _HTML_START.match(head):
        return "html"
    if suffix in {".md", ".markdown"}:
        return "markdown"
    if suffix in TEXT_SUFFIXES:
        return "text"
    raise ExtractError(_("unsupported file type '{suffix}'").format(suffix=suffix))


def read(path: Path, data: bytes) -> RawDocument:
    """Get the raw text and stated metadata out of a file's bytes."""
    kind = sniff(path, data)
    if kind == "pdf":
        return read_pdf(data)
    if kind == "docx":
        return read_docx(data)
    if kind == "html":
        return read_html(data)
    if kind == "mhtml":
        return read_mhtml(data)
    text, encoding = decode_bytes(data)
    raw = RawDocument(text=text, kind=kind, encoding=encoding)
    if kind == "markdown":
        _front_matter(raw)
    return raw


# --- Markdown front matter ----------------------------------------------------------------

_FRONT_MATTER = re.compile(
    r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S
)
_FRONT_FIELD = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_FRONT_KEYS = {
    "title": ("title", "headline"),
    "url": (
        "url",
        "link",
        "canonical",
        "canonical_url",
        "source_url",
        "permalink",
        "original_url",
        "source",  # a clipper's "source:" is the page's address, or else the outlet
    ),
    "site": ("outlet", "site", "site_name", "sitename", "publisher", "publication", "source"),
    "date": ("date", "published", "pubdate", "date_published", "published_at"),
}


_WEB = ("http://", "https://")


def _front_matter(raw: RawDocument) -> None:
    """Read and remove a YAML front matter block ("---" ... "---") of a Markdown file:
    title, URL, outlet and date as the file states them (simple "key: value" lines)."""
    match = _FRONT_MATTER.match(raw.text)
    if match is None:
        return
    fields: dict[str, str] = {}
    for line in match.group(1).splitlines():
        found = _FRONT_FIELD.match(line)
        if found:
            value = found.group(2).strip().strip("\"'").strip()
            fields.setdefault(found.group(1).lower(), value)
    raw.text = raw.text[match.end() :]

    def first(kind: str, web: bool | None = None) -> tuple[str, str] | None:
        """The first field of ``kind`` with a value (a web address or not, with ``web``)."""
        return next(
            (
                (k, fields[k])
                for k in _FRONT_KEYS[kind]
                if fields.get(k) and (web is None or fields[k].startswith(_WEB) == web)
            ),
            None,
        )

    evidence = _("front matter ({key})")
    title, url, site = first("title"), first("url", web=True), first("site", web=False)
    date = first("date")
    if title:
        raw.title, raw.title_evidence = title[1], evidence.format(key=title[0])
    if url:
        raw.source_url, raw.source_url_evidence = url[1], evidence.format(key=url[0])
    if site:
        raw.site_name, raw.site_name_evidence = site[1], evidence.format(key=site[0])
    if date:
        published = _iso_date(date[1])
        if published is not None:
            raw.published, raw.published_evidence = published, evidence.format(key=date[0])


# --- HTML ---------------------------------------------------------------------------------


def _iso_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _tree_text(body: Any) -> str | None:
    """The text of trafilatura's result tree, unescaped once. Its own text output runs
    ``html.unescape`` over text that the HTML parser has already unescaped, so a page
    that shows the characters ``&lt;`` would read ``<``: escaping every ``&`` of the
    tree first makes that second pass give the page's own text back."""
    if body is None or not hasattr(body, "iter"):
        return None
    from trafilatura.xml import xmltotxt

    body = copy.deepcopy(body)
    for node in body.iter():
        if node.text and "&" in node.text:
            node.text = node.text.replace("&", "&amp;")
        if node.tail and "&" in node.tail:
            node.tail = node.tail.replace("&", "&amp;")
    return str(xmltotxt(body, False) or "")


def _with_standfirst(text: str, standfirst: str, title: str | None) -> str:
    """The lead-in under the headline, which the main-text reader dropped, put back
    after the headline (when the text starts with it) or first."""
    lines = text.split("\n")
    for i, line in enumerate(lines[:3]):
        if title and line.strip() and " ".join(line.split()) == " ".join(title.split()):
            return "\n".join([*lines[: i + 1], standfirst, *lines[i + 1 :]])
    return f"{standfirst}\n{text}"


def read_html(data: bytes) -> RawDocument:
    """Main text, title, canonical URL and date of a saved web page."""
    import trafilatura
    from htmldate import find_date

    tree = trafilatura.load_html(data)
    if tree is None:
        raise ExtractError(_("unreadable HTML page"))
    page = read_meta(tree)  # before trafilatura prunes the tree
    whole = rendered_text(tree)
    doc = trafilatura.bare_extraction(
        tree, with_metadata=True, include_comments=False, include_tables=True
    )
    text = ""
    meta: dict[str, Any] = {}
    if isinstance(doc, dict):
        meta = doc
    elif doc is not None:
        fields = ("text", "title", "url", "sitename", "body")
        meta = {name: getattr(doc, name, None) for name in fields}
    from_tree = _tree_text(meta.get("body"))
    text = from_tree if from_tree is not None else str(meta.get("text") or "")
    if not text.strip():
        text = trafilatura.html2txt(data) or ""
    if not text.strip():
        raise ExtractError(_("HTML page has no readable text"))
    if page.standfirst and " ".join(page.standfirst.split()[:8]) not in " ".join(text.split()):
        text = _with_standfirst(text, page.standfirst, page.title)
    raw = RawDocument(text=text, kind="html", page_text=whole or None)
    title = page.title or str(meta.get("title") or "").strip()
    if title:
        raw.title = title
        raw.title_evidence = page.title_evidence if page.title else "page title"
    url = page.url or str(meta.get("url") or "").strip()
    if url.startswith(("http://", "https://")):
        raw.source_url = url
        raw.source_url_evidence = page.url_evidence if page.url else "canonical link of the page"
    elif saved := _saved_from(data):
        raw.source_url, raw.source_url_evidence = saved, "address the page was saved from"
    site = page.site_name or str(meta.get("sitename") or "").strip()
    raw.site_name = site or None
    raw.site_name_evidence = page.site_name_evidence if page.site_name else "site name"
    try:
        stated = find_date(data, extensive_search=False, original_date=True)
    except Exception:  # htmldate is a heuristic library: a failure only loses the date
        stated = None
    published = _iso_date(stated)
    if published is not None:
        raw.published, raw.published_evidence = published, "page metadata (htmldate)"
    return raw


# What a browser writes at the top of a page it saves (the "mark of the web"), and what
# the SingleFile extension writes in its opening comment.
_SAVED_FROM = re.compile(
    rb"<!--\s*saved from url=\(\d+\)(https?://[^\s<>\"]+?)\s*-->"
    rb"|<!--\s*Page saved with SingleFile\s(?:(?!-->).)*?\burl:\s*(https?://[^\s<>\"]+)",
    re.I | re.S,
)


def _saved_from(data: bytes) -> str | None:
    match = _SAVED_FROM.search(data, 0, 4096)
    if match is None:
        return None
    return _page_address((match.group(1) or match.group(2)).decode("ascii", "replace"))


# Parameters that say how a reader reached a page, not which page it is.
_TRACKING = re.compile(r"^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_[ce]id|igshid|_ga|ref_src)$")


def _page_address(url: str) -> str | None:
    """A web address a browser noted for a saved page, without its fragment and its
    tracking parameters; None when it is no web address."""
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    url = url.strip()
    if not url.startswith(_WEB):
        return None
    parts = urlsplit(url)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if not _TRACKING.match(k)]
    query = parts.query if len(kept) == len(pairs) else urlencode(kept)
    return urlunsplit(parts._replace(query=query, fragment=""))


_META_CHARSET = re.compile(rb"<meta[^>]+charset", re.I)


def _html_of_part(payload: bytes, charset: str | None) -> bytes:
    """A MIME part's HTML, its encoding stated inside when only the part's header
    stated it (a page that names its own encoding, or starts with a BOM, is left as
    it is: the part's header is the less reliable of the two)."""
    if not charset or payload.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return payload
    if _META_CHARSET.search(payload, 0, 4096):
        return payload
    try:
        text = payload.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return payload
    return b'<meta charset="utf-8">' + text.encode("utf-8")


def _cut_short(message: Any, page: Any) -> bool:
    """Whether the file ends inside the page's own part: a multipart message without
    its closing boundary (a download or a copy cut off) whose last part is the page.
    A file cut among the images after the page lost nothing of its text."""
    from email.errors import CloseBoundaryNotFoundDefect

    if not any(isinstance(d, CloseBoundaryNotFoundDefect) for d in message.defects):
        return False
    *_, last = message.walk()
    return last is page


def read_mhtml(data: bytes) -> RawDocument:
    """A web page saved as one file (MHTML: the page and its resources as MIME parts):
    the page's own HTML part read as a saved page, and the address it was saved from
    as its source when the page names none."""
    import email
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.compat32)

    def header(part: Any, name: str) -> str:
        return str(part.get(name) or "").strip()  # raw 8-bit values come as Header objects

    html_types = ("text/html", "application/xhtml+xml")
    if message.is_multipart():
        pages = [p for p in message.walk() if p.get_content_type() in html_types]
    elif message.get_content_type() in html_types and message.get("Content-Type"):
        pages = [message]  # a page saved as a single MIME part
    else:
        raise ExtractError(_("not a saved web page (MHTML): no MIME parts"))
    if not pages:
        raise ExtractError(_("saved web page (MHTML) without an HTML part"))
    saved_from = header(message, "Snapshot-Content-Location")
    # The page itself: the part saved from the snapshot's address, else the first one
    # (frames and embedded documents follow it).
    page = next(
        (p for p in pages if saved_from and header(p, "Content-Location") == saved_from),
        pages[0],
    )
    payload = page.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise ExtractError(_("saved web page (MHTML) with an empty HTML part"))
    raw = read_html(_html_of_part(payload, page.get_content_charset()))
    raw.kind = "mhtml"
    if _cut_short(message, page):
        raw.review.append(_("the saved page's file ends early: its text may be incomplete"))
    address = _page_address(saved_from or header(page, "Content-Location"))
    if raw.source_url is None and address:
        raw.source_url = address
        raw.source_url_evidence = "address the page was saved from"
    return raw


# --- Word ---------------------------------------------------------------------------------


def _docx_blocks(document: Any) -> list[str]:
    from docx.table import Table

    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                seen: list[str] = []
                for cell in row.cells:
                    cell_text = cell.text.strip()
                    if cell_text and cell_text not in seen:
                        seen.append(cell_text)
                lines.extend(seen)
        else:
            lines.append(block.text)
    return lines


# An entity reference XML does not define (Word never writes one; hand-made or converted
# files may): the XML parser would stop there and lose the rest of the text.
_UNDEFINED_ENTITY = re.compile(
    rb"&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)([A-Za-z][\w.-]*);"
)


def _entity_text(match: re.Match[bytes]) -> bytes:
    """An HTML entity's character (escaped for XML), else the reference as literal text."""
    from html import entities
    from xml.sax.saxutils import escape

    name = match.group(1).decode("ascii", "replace")
    value = entities.html5.get(name + ";")
    return escape(value if value is not None else f"&{name};").encode("utf-8")


def _without_undefined_entities(data: bytes) -> bytes:
    """The package again, its XML parts' undefined entity references made text."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        parts = [(info, package.read(info)) for info in package.infolist()]
    if not any(
        info.filename.endswith(".xml") and _UNDEFINED_ENTITY.search(part) for info, part in parts
    ):
        return data
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for info, part in parts:
            if info.filename.endswith(".xml"):
                part = _UNDEFINED_ENTITY.sub(_entity_text, part)
            package.writestr(info, part)
    return out.getvalue()


def read_docx(data: bytes) -> RawDocument:
    """Paragraphs and tables of a Word document, in reading order."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import LxmlError

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            expanded = sum(info.file_size for info in package.infolist())
            names = set(package.namelist())
    except zipfile.BadZipFile:
        raise ExtractError(_("corrupt Word document: damaged zip package")) from None
    if "word/document.xml" not in names:
        raise ExtractError(_("corrupt Word document: no document part"))
    if expanded > _MAX_EXPANSION * max(len(data), 1) and expanded > 200 * 1024 * 1024:
        raise ExtractError(_("Word document expands to an unreasonable size"))
    try:
        data = _without_undefined_entities(data)
        document = docx.Document(io.BytesIO(data))
        lines = _docx_blocks(document)
        core_title = (document.core_properties.title or "").strip()
    except (PackageNotFoundError, KeyError, ValueError, LxmlError, zipfile.BadZipFile) as exc:
        raise ExtractError(
            _("corrupt Word document: {error}").format(error=type(exc).__name__)
        ) from None
    raw = RawDocument(text="\n".join(lines), kind="docx")
    # The headline a reader sees (a Title or Heading paragraph) before the file's
    # properties, which often keep a working name ("Press release draft 2").
    for paragraph in document.paragraphs[:_DOCX_HEADLINE_PARAGRAPHS]:
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        text = " ".join(paragraph.text.split())
        if len(text.split()) >= 3 and style.lower().startswith(("title", "heading")):
            raw.title, raw.title_evidence = text, f"'{style}' paragraph"
            break
    else:
        if core_title:
            raw.title, raw.title_evidence = core_title, "document properties"
    return raw


# --- PDF ----------------------------------------------------------------------------------

_HYPHEN_BREAK = re.compile(r"(\w)-\n(?=[a-zà-ỹ])")
# A long URL that the page width broke: "https://site/a-long-pa\nth-end" (the second line
# holds only the rest of the URL).
_URL_BREAK = re.compile(r"(https?://\S{40,})\n([\w\-./%?=&#~+]+)(?=\n|$)")
_SOFT_BREAK = re.compile(r"(?<![.!?:;…。\n])\n(?=[a-zà-ỹ(])")
_BAD_PDF_TITLES = re.compile(r"^(untitled|microsoft word|document\d*|.*\.(docx?|pdf|indd))", re.I)


def _reflow_pdf(text: str) -> str:
    """Join lines that a PDF broke inside a sentence or a word."""
    text = _URL_BREAK.sub(r"\1\2", text)
    text = _HYPHEN_BREAK.sub(r"\1", text)
    return _SOFT_BREAK.sub(" ", text)


def read_pdf(data: bytes) -> RawDocument:
    """The text layer of a PDF; encrypted and image-only PDFs are refused."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except DependencyError:
                raise ExtractError(_("encrypted PDF: its cipher is not supported")) from None
            if not opened:
                raise ExtractError(_("encrypted PDF (a password is required)"))
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
        title = str(info.title or "").strip() if info is not None else ""
    except ExtractError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise ExtractError(_("corrupt PDF: {error}").format(error=type(exc).__name__)) from None
    if not pages:
        raise ExtractError(_("corrupt PDF: no pages"))
    text = "\n\n".join(_reflow_pdf(page) for page in pages)
    if sum(ch.isalpha() for ch in text) < _MIN_PDF_LETTERS:
        raise ExtractError(_("PDF without a text layer (scanned images?): run OCR on it first"))
    raw = RawDocument(text=text, kind="pdf")
    if title and not _BAD_PDF_TITLES.match(title):
        raw.title, raw.title_evidence = title, "PDF properties"
    return raw
