"""The operation framework: the catalog of operations, what an operation changed,
undo, progress and cancellation, the audit log and the hooks run on article changes.
Knows no feature: features import it, never the reverse."""
