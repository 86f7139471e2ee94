"""What every import worker would otherwise load for itself, loaded once by the
process that forks them (multiprocessing's forkserver imports this module first:
:class:`desktop.core.importing.pool.ExtractPool` names it).

The workers' modules are imported here, and the language models of the default
languages (seconds of CPU and ~200 MB in each worker) are loaded into lingua's cache
without starting a thread: forked workers then share them copy-on-write and build
their detector at once. Nothing here may stop the forkserver: on any error the
workers load what they need themselves, as without it.
"""

from __future__ import annotations

import logging


def _load() -> None:
    try:
        from desktop.core.extract import language, warm_up_rules
        from desktop.core.extract.model import DEFAULT_LANGUAGES
        from desktop.core.importing import pool  # noqa: F401 - the workers' modules
        from desktop.core.linking.dates import find_dates
        from desktop.core.linking.gazetteer import gazetteer

        language.load_models(DEFAULT_LANGUAGES)
        warm_up_rules(DEFAULT_LANGUAGES)
        gazetteer()
        find_dates("")  # compiles the patterns of linking's date languages
    except Exception:  # pragma: no cover - a worker loads what it needs itself
        logging.getLogger(__name__).exception("import workers: nothing shared")


_load()
