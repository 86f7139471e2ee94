"""The audit log: who changed what, when. Written inside the caller's transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.models import AuditEntry


def record(
    session: Session,
    curator_id: int | None,
    action: str,
    entity: str,
    entity_id: int | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    session.add(
        AuditEntry(
            curator_id=curator_id,
            action=action,
            entity=entity,
            entity_id=entity_id,
            details=details or {},
        )
    )


def recent(session: Session, limit: int = 200) -> list[AuditEntry]:
    stmt = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    return list(session.scalars(stmt))
