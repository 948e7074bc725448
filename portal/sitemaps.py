"""sitemap.xml of every language tree, each URL with its hreflang alternates.

Addresses are absolute on the portal's public address (`PORTAL_PUBLIC_BASE_URL`), whatever host
the request came in on; page types that say so (`get_sitemap_urls` returns nothing: the pages
for signed-in filers) are left out."""

from collections import defaultdict

from django.conf import settings

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class PortalSitemap(Sitemap):
    """Wagtail's sitemap lists one site root; the portal has one root per language."""

    def items(self):
        # Every language's home sits directly under the root, so depth >= 2 is the whole site.
        return (
            Page.objects.filter(depth__gte=2)
            .live()
            .public()
            .order_by("path")
            .select_related("locale")
            .specific(defer=True)
        )

    def _location(self, page) -> str | None:
        parts = page.get_url_parts(self.request)
        if parts is None:
            return None
        return settings.PORTAL_PUBLIC_BASE_URL.rstrip("/") + parts[2]

    def _urls(self, page, protocol, domain):
        items = [
            item
            for item in self.paginator.page(page).object_list
            if item.get_sitemap_urls(self.request)
        ]
        by_key = defaultdict(list)
        for item in items:
            by_key[item.translation_key].append(item)
        order = {code: i for i, (code, _name) in enumerate(settings.LANGUAGES)}
        urls = []
        for item in items:
            location = self._location(item)
            if not location:
                continue
            alternates = [
                {
                    "lang_code": other.locale.language_code,
                    "location": self._location(other),
                }
                for other in sorted(
                    by_key[item.translation_key],
                    key=lambda p: order.get(p.locale.language_code, 99),
                )
            ]
            urls.append(
                {
                    "item": item,
                    "location": location,
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    "alternates": alternates,
                }
            )
        self.latest_lastmod = None
        return urls
