"""sitemap.xml of every language tree, each URL with its hreflang alternates."""

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
        )

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        by_key = defaultdict(list)
        for item in items:
            by_key[item.translation_key].append(item)
        order = {code: i for i, (code, _name) in enumerate(settings.LANGUAGES)}
        urls = []
        for item in items:
            location = item.get_full_url(self.request)
            if not location:
                continue
            alternates = [
                {
                    "lang_code": other.locale.language_code,
                    "location": other.get_full_url(self.request),
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
