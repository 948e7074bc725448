"""Finding the page for a URL from a cached table instead of walking the tree.

Wagtail finds a page by walking the page tree on every request: the site (one query), the
root page's translation in the reader's language (one), then for each segment of the path the
child with that slug and its specific row (two queries a level), and before serving, the view
restrictions of the page and its ancestors (two more). For a Q&A section three levels down that
is ten queries before the page's own content, the same for every reader until an editor
publishes something.

So the site and, per site and language, a table "path segments -> page id and type" are kept
with the page cache's site-wide fragments (portal/page_cache/fragments.py): they are purged
together whenever a page is published, unpublished, moved or deleted, or a site or locale is
saved. A request then costs one query, for the page itself, and is handed to Wagtail through the
attributes Wagtail itself caches its answers in (`request._wagtail_site`,
`request._wagtail_route_for_request`), so its serve view, hooks and routable pages work as
before.

The table only ever saves queries, it never decides: a path it does not know, a page that has
gone or moved since, or the cache being off, leave the request to Wagtail's own routing. The
longest known prefix is routed by the page itself (`page.route`), so a routable page's
sub-routes (/filing/draft/<token>/confirm/) and a child published a moment ago resolve exactly
as Wagtail would resolve them.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.http import Http404, HttpRequest
from django.http.request import split_domain_port
from django.utils.translation import get_language

from wagtail import views as wagtail_views
from wagtail.models import Page, Site
from wagtail.models.sites import get_site_for_hostname

from portal import page_cache


def find_site(request: HttpRequest) -> Site | None:
    """Wagtail's choice of site for this host and port, kept until the next purge."""
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()

    def read() -> Site | None:
        try:
            return get_site_for_hostname(hostname, port)
        except Site.DoesNotExist:
            return None

    return page_cache.cached_fragment(f"site:{hostname}:{port}", read)


def route_table(site: Site, language: str) -> dict[tuple[str, ...], tuple[int, int, str]]:
    """Path segments below the site's root in `language` -> (page id, content type id, url path).

    The root is the one Wagtail routes from: `root_page.localized`.
    """

    def read() -> dict[tuple[str, ...], tuple[int, int, str]]:
        root = site.root_page.localized
        table = {}
        rows = Page.objects.descendant_of(root, inclusive=True).values_list(
            "pk", "content_type_id", "url_path"
        )
        for pk, content_type_id, url_path in rows:
            relative = url_path[len(root.url_path) :].strip("/")
            table[tuple(relative.split("/")) if relative else ()] = (pk, content_type_id, url_path)
        return table

    return page_cache.cached_fragment(f"routes:{site.pk}:{language}", read)


def route(request: HttpRequest, path: str) -> bool:
    """Set Wagtail's route for `path` on the request; False leaves it to Wagtail's routing."""
    site = find_site(request)
    if site is None:
        return False
    table = route_table(site, get_language())
    components = tuple(part for part in path.split("/") if part)
    for length in range(len(components), -1, -1):
        known = table.get(components[:length])
        if known is not None:
            break
    else:
        return False
    pk, content_type_id, url_path = known
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return False
    pages = model.objects.filter(pk=pk, url_path=url_path)
    if getattr(model, "route_defers_streamfields", False):
        # Page types whose stream fields are only read to build their cached context (the
        # whole Q&A of a section) skip fetching and decoding them on every request.
        pages = pages.defer_streamfields()
    page = pages.first()
    if page is None:  # deleted or moved since the table was read
        return False
    request._wagtail_site = site
    try:
        request._wagtail_route_for_request = page.route(request, list(components[length:]))
    except Http404:
        request._wagtail_route_for_request = None
    return True


class RouteCacheMiddleware:
    """Routes Wagtail's page requests from the cached table (see the module docstring).

    Placed after LocaleMiddleware, which has activated the language of the URL's prefix.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_views.serve and page_cache.enabled():
            route(request, view_args[0] if view_args else view_kwargs.get("path", ""))
        return None
