"""Domain logic of GCM Archive. Never imports Qt.

Map (bottom up; a package imports only lower layers, features never in a cycle;
rules in docs/architecture.md, checked by tests/core/test_layers.py)::

    0 util/         paths, text folding                imports nothing from desktop
    1 extract/      one file -> text and metadata      no database, no archive
    1 operations/   catalog of operations, changes,    knows no feature (features
                    undo, progress, audit, hooks       register by "module:function")
    2 archive/      open an archive, read and edit     imports no feature; runs
                    articles, shared settings          them through operations.hooks
    3 importing/    import of files, worker pool, demo
    3 tagging/      objectives and actors
    3 linking/      events across languages
    3 search/       full-text search, saved searches
    3 reports/      briefing reports (PDF, HTML)
    3 exports/      JSON, CSV, BagIt
    3 maintenance/  check and repair, backups, storage warnings
"""
