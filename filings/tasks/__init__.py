"""Celery tasks of the filing domain, one module per feature. Celery's autodiscovery imports
this package; importing the modules here registers their tasks. Task names are explicit
strings ("filings.tasks.<name>"), so routes and schedules do not depend on the module."""

from . import bulk, filing, mail  # noqa: F401
