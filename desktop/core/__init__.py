"""Domain logic of GCM Archive. Never imports Qt."""
