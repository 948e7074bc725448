"""Template helpers of the site shell."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page

register = template.Library()


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the same page in every language.

    On a Wagtail page the link goes to that page's translation (slugs may differ per language);
    elsewhere the current URL is re-prefixed. A language with no live translation of the page
    falls back to its home page rather than to a 404.
    """
    request = context["request"]
    page = context.get("page") or context.get("self")
    current = get_language()
    translations = {}
    if isinstance(page, Page) and page.pk:
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation
    links = []
    for code, name in settings.LANGUAGES:
        if code in translations:
            url = translations[code].get_url(request)
        elif translations:
            url = f"/{code}/"
        else:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return {"links": links, "current_name": dict(settings.LANGUAGES).get(current, current)}


@register.inclusion_tag("includes/maintenance_banner.html", takes_context=True)
def maintenance_banner(context):
    """The site-wide banner: announced before a window, shown while it runs (SPEC N10)."""
    request = context.get("request")
    state = getattr(request, "maintenance", None) if request is not None else None
    if not state:
        return {"maintenance": None}
    return {"maintenance": state}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """Home › ... › parent of the current page, in the page's own language tree."""
    page = context.get("page") or context.get("self")
    if not isinstance(page, Page) or not page.pk or page.depth <= 2:
        return {"crumbs": [], "page": page}
    ancestors = page.get_ancestors().filter(depth__gte=2).only("id", "title", "url_path", "depth")
    return {"crumbs": list(ancestors), "page": page, "request": context.get("request")}


@register.inclusion_tag("includes/help_desk.html", takes_context=True)
def help_desk(context, heading_level=2):
    """The help desk from the one site setting, in the reader's language (SPEC C1, C7)."""
    from portal.models import HelpDeskSettings

    request = context.get("request")
    desk = HelpDeskSettings.load(request_or_site=request)
    return {"desk": desk, "text": desk.text_for(get_language()), "heading_level": heading_level}
