"""Database layer: models, engine and migrations. Never imports Qt."""
