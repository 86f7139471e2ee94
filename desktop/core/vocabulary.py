"""Hook that keeps an archive's shared vocabularies in step with ``resources/``.

Filled by the tagging package: objectives and the pre-filled actor registry.
"""

from __future__ import annotations

from sqlalchemy.orm import Session


def ensure_vocabularies(session: Session) -> None:
    try:
        from desktop.core.tagging.vocab import ensure_vocabularies as ensure
    except ImportError:
        return
    ensure(session)
