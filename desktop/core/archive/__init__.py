"""The archive: opening it, reading and editing articles, its shared settings."""
