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
