"""Tagging articles by GCM objective and actor, with suggestions that show their evidence.

- ``data``: the vocabularies under ``resources/`` (objectives, actors, titles, countries);
- ``engine.suggest``: the pure suggestion engine;
- ``service``: suggestions for an article of an archive (decisions, tags, learned terms);
- ``edits`` / ``actor_edits``: undoable curator operations;
- ``vocab.ensure_vocabularies``: called when an archive is opened.
"""
