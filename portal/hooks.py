"""Names of the Wagtail hooks through which other apps extend the site shell.

`portal` never imports `filings`, `faq` or `manuals` (DESIGN.md: dependencies point one way).
Those apps register functions under these names in their `wagtail_hooks.py`, and the shell
calls whatever is registered.
"""

from wagtail import hooks

# fn(stdout) -> None: called by `manage.py seed_demo` after the page tree exists, in order of
# registration, to add each app's demo content. Must be idempotent.
SEED_DEMO = "portal_seed_demo"

# fn() -> list[dict]: the error catalogue for the active language, each entry
# {"code": str, "message": str, "remedy": str}. Rendered by the manuals' error list page.
ERROR_CATALOGUE = "portal_error_catalogue"

# fn(today: date) -> list[dict]: who must file under Art. 19-16, for the top page, from the
# reference data: [{"item": str, "label": str, "statuses": [str, ...]}], in the active language.
WHO_MUST_FILE = "portal_who_must_file"

# fn() -> iterable of Page subclasses: page types that close while a maintenance window runs
# (filing, account and status pages), in addition to the URL sections listed in
# settings.PORTAL_MAINTENANCE_GUARDED_PATHS. Subclasses of a registered type are guarded too.
MAINTENANCE_GUARDED_PAGES = "portal_maintenance_guarded_pages"

# fn(request, query: str, locale: Locale) -> list[dict]: extra results for the site search,
# each {"title": str, "url": str, "snippet": str}, e.g. Q&A questions found by substring.
SITE_SEARCH = "portal_site_search"

# fn(request) -> dict | None: the account links of the site header for this visitor, in the
# active language: {"sign_in": url} when signed out; {"name": str, "my_page": url,
# "sign_out": url} when signed in as a filer; None when the app has nothing to show (staff, or
# no account page yet). The first non-None answer is shown on every page of the site.
ACCOUNT_MENU = "portal_account_menu"


def call_all(name: str, *args, **kwargs) -> list:
    """Call every function registered under `name` and return their results in order."""
    return [fn(*args, **kwargs) for fn in hooks.get_hooks(name)]
