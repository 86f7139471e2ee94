"""Events and translations: linking the versions of one event across languages.

- :mod:`.features` / :mod:`.store`: language-neutral features of an article, kept in
  ``article_features`` by the article hooks;
- :mod:`.suggest` / :mod:`.scoring`: candidates from the feature index, scored pairs with
  reasons, the date veto;
- :mod:`.events`: the curator's actions (link, accept, reject, merge, unlink, roles), all
  undoable and audited, and :mod:`.event_fill`, what an event takes from its members
  (missing years, dates, place); :mod:`.queries`: events and members for views and the CLI.
"""
