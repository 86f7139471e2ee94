"""The ``gcm-archive`` command line: every GUI action has a twin here."""
