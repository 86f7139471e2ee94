"""Hook that keeps an archive's shared vocabularies in step with ``resources/``.

Filled by the tagging package: objectives and the pre-filled actor registry. The
import is deferred (the tagging package imports the archive module), never guarded:
a broken tagging package must stop the archive from opening, not open it without
objectives and actors.
"""

from __future__ import annotations

from sqlalchemy.orm import Session


def ensure_vocabularies(session: Session) -> None:
    from desktop.core.tagging.vocab import ensure_vocabularies as ensure

    ensure(session)
