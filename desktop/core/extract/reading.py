"""Finding the files to import, and reading their bytes safely whatever a path names.

Only regular files are read. A named pipe, a device (or a link to one, such as
``/dev/zero``), a socket or a folder is reported with its reason and never opened
for reading in a way that could block: the path is opened with ``O_NONBLOCK`` and
the *opened descriptor* is checked with ``fstat`` (a file swapped for a pipe between
a check and the open is caught too). The size limit is enforced while reading, so a
file that grows, or lies about its size, never fills the memory.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import quote

from desktop.core.extract.errors import ExtractError
from desktop.core.extract.formats import DOCUMENT_SUFFIXES, HTML_SUFFIXES
from desktop.i18n import _

CHUNK = 1 << 20
_PAGE_HEAD = 256 << 10  # where a saved page refers to its resources folder
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def human_size(size: int) -> str:
    """``52428800`` -> ``"50 MB"``: binary units, as the size-limit setting counts them."""
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= scale:
            value = f"{size / scale:.1f}".removesuffix(".0")
            return f"{value} {unit}"
    return f"{size} B"


def too_large(size: int | None, limit: int) -> ExtractError:
    if size is None:
        return ExtractError(
            _("file too large (over the limit of {limit})").format(limit=human_size(limit))
        )
    return ExtractError(
        _("file too large ({size}; the limit is {limit})").format(
            size=human_size(size), limit=human_size(limit)
        )
    )


def _not_regular(path: Path, mode: int) -> ExtractError:
    if stat.S_ISDIR(mode):
        if path.is_symlink():
            return ExtractError(_("a link to a folder: not followed (import the folder itself)"))
        return ExtractError(_("a folder, not a file, and it holds no file to import"))
    if stat.S_ISFIFO(mode):
        kind = _("a named pipe (FIFO)")
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = _("a device")
    elif stat.S_ISSOCK(mode):
        kind = _("a socket")
    else:
        kind = _("a special file")
    return ExtractError(_("not a regular file ({kind}): not read").format(kind=kind))


def _os_error(path: Path, exc: OSError) -> ExtractError:
    if exc.errno == errno.ELOOP:
        return ExtractError(_("symbolic link loop: the link never reaches a file"))
    if exc.errno == errno.ENOENT:
        if path.is_symlink():
            return ExtractError(_("broken symbolic link: its target does not exist"))
        return ExtractError(_("file not found"))
    if exc.errno == errno.EISDIR:
        return _not_regular(path, stat.S_IFDIR)
    return ExtractError(_("cannot read file: {reason}").format(reason=exc.strerror or exc))


def read_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of the regular file at ``path`` (at most ``max_bytes``), or
    :class:`ExtractError` saying why it is not read."""
    try:
        mode = os.stat(path).st_mode  # follows links: a link to a device is a device
        if not stat.S_ISREG(mode):
            raise _not_regular(path, mode)
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise _os_error(path, exc) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _not_regular(path, info.st_mode)
        if info.st_size > max_bytes:
            raise too_large(info.st_size, max_bytes)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return _read_limited(fd, max_bytes)
    except OSError as exc:
        raise _os_error(path, exc) from None
    finally:
        os.close(fd)


def _read_limited(fd: int, max_bytes: int) -> bytes:
    """Read to the end, failing as soon as more than ``max_bytes`` came."""
    parts: list[bytes] = []
    total = 0
    while True:
        part = os.read(fd, min(CHUNK, max_bytes + 1 - total))
        if not part:
            return b"".join(parts)
        parts.append(part)
        total += len(part)
        if total > max_bytes:
            raise too_large(None, max_bytes)


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Every file under ``paths`` (folders recursively, in name order, hidden ones skipped).

    What cannot be imported is yielded too, so that reading it reports why: links to
    folders (not followed), and folders that hold no file, when given by name or named
    like a document (``x.txt``). The resources folder a browser saves beside a complete
    web page (``Page_files`` beside ``Page.html``, which refers to its images, scripts,
    style sheets and frames) belongs to that page and is not walked."""
    for raw in paths:
        path = Path(raw).absolute()
        if not path.is_dir():
            yield path
            continue
        found = False
        for root, dirs, files in os.walk(path):
            linked = sorted(d for d in dirs if os.path.islink(os.path.join(root, d)))
            dirs[:] = sorted(
                d
                for d in dirs
                if not d.startswith(".") and d not in linked and not _page_resources(root, d, files)
            )
            names = sorted(n for n in [*files, *linked] if not n.startswith("."))
            if not names and not dirs and Path(root) != path and _named_like_a_file(root):
                yield Path(root)
            for name in names:
                found = True
                yield Path(root) / name
        if not found:
            yield path


def _page_resources(root: str, folder: str, files: list[str]) -> bool:
    """``folder`` is the resources folder of a saved page beside it: a page whose name
    it starts with (``Page.html`` for ``Page_files``, ``Page-Dateien``...) refers to
    files inside it."""
    for name in files:
        if Path(name).suffix.lower() not in HTML_SUFFIXES or not folder.startswith(Path(name).stem):
            continue
        head = _leading_bytes(os.path.join(root, name), _PAGE_HEAD)
        for form in {folder, quote(folder)}:
            if f"{form}/".encode() in head:
                return True
    return False


def _leading_bytes(path: str, count: int) -> bytes:
    """The first ``count`` bytes of a regular file, or nothing (never blocks)."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError:
        return b""
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return b""
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.read(fd, count)
    except OSError:
        return b""
    finally:
        os.close(fd)


def _named_like_a_file(folder: str) -> bool:
    return Path(folder).suffix.lower() in DOCUMENT_SUFFIXES
