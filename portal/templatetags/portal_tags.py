"""Template helpers of the site shell."""

from urllib.parse import parse_qsl, urlencode, urlsplit

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language

from wagtail.models import Page

register = template.Library()


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the same page in every language.

    On a Wagtail page the link goes to that page's translation (slugs may differ per language),
    followed by what the address has below the page: the sub-path of a routable page (a filing
    wizard's step, a status detail, an inbox mail) and the query (the guided check's answer),
    so a person who changes language mid-way stays where they are, with their draft. Elsewhere
    the current URL is re-prefixed. A language with no live translation of the page falls back
    to its home page rather than to a 404.
    """
    from portal.page_cache import cached_fragment

    request = context["request"]
    page = context.get("page") or context.get("self")
    current = get_language()

    def page_urls() -> dict[str, str]:
        urls = {}
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            urls[translation.locale.language_code] = translation.get_url(request)
        return urls

    # A page's translations change only by publishing, which purges this fragment.
    urls = {}
    if isinstance(page, Page) and page.pk:
        urls = cached_fragment(f"translations:{page.pk}", page_urls)
    below = _below_page(request.get_full_path(), urls.get(current))
    links = []
    for code, name in settings.LANGUAGES:
        if code in urls:
            url = urls[code] + _next_in(below, current, code)
        elif urls:
            url = f"/{code}/"
        else:
            url = _same_site(translate_url(request.get_full_path(), code), code)
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return {"links": links, "current_name": dict(settings.LANGUAGES).get(current, current)}


def _below_page(full_path: str, page_url: str | None) -> str:
    """What `full_path` (path and query, as requested) has after the page's own URL: a routable
    page's sub-path and the query ("draft/<token>/details/", "?status=..."), or "".

    The page's URL is a path ending in "/", so the rest is a relative path or a query and can
    only lead below the translation it is appended to.
    """
    if not page_url or not page_url.startswith("/") or not full_path.startswith(page_url):
        return ""
    rest = full_path[len(page_url) :]
    if rest and not page_url.endswith("/") and rest[0] not in "?":
        return ""
    return rest


def _next_in(below: str, current: str, code: str) -> str:
    """`below` with a sign-in page's `next` (where the person goes once signed in) moved to
    language `code` as well: switching on the sign-in page must not send them back to the
    language they left."""
    path, sep, query = below.partition("?")
    if not sep or "next=" not in query:
        return below
    prefix = f"/{current}/"
    pairs = [
        (
            key,
            f"/{code}/{value[len(prefix) :]}"
            if key == "next" and value.startswith(prefix)
            else value,
        )
        for key, value in parse_qsl(query, keep_blank_values=True)
    ]
    return f"{path}?{urlencode(pairs)}"


def _same_site(url: str, code: str) -> str:
    """`url` when it is a path on this site, else the language's home page.

    A path such as `//evil.example/login` (a 404 for a made-up address) is kept unchanged by
    `translate_url`, and a browser reads it as another host: a language link must never
    lead off the site.
    """
    if (
        url.startswith("/")
        and url_has_allowed_host_and_scheme(url, allowed_hosts=None)
        and not urlsplit(url).netloc
        and not any(ch in url for ch in "\\\r\n\t")
    ):
        return url
    return f"/{code}/"


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
    from portal.page_cache import cached_fragment

    def read() -> list[Page]:
        return list(
            page.get_ancestors().filter(depth__gte=2).only("id", "title", "url_path", "depth")
        )

    # Titles and the tree change only by publishing or moving, which purge this fragment.
    crumbs = cached_fragment(f"breadcrumbs:{page.pk}", read)
    return {"crumbs": crumbs, "page": page, "request": context.get("request")}


@register.inclusion_tag("includes/help_desk.html", takes_context=True)
def help_desk(context, heading_level=2):
    """The help desk from the one site setting, in the reader's language (SPEC C1, C7)."""
    from portal.models import HelpDeskSettings
    from portal.page_cache import cached_fragment

    request = context.get("request")
    language = get_language()

    def read():
        desk = HelpDeskSettings.load(request_or_site=request)
        return desk, desk.text_for(language)

    # Saving the help desk purges the page cache and with it this fragment.
    desk, text = cached_fragment(f"help-desk:{language}", read)
    return {"desk": desk, "text": text, "heading_level": heading_level}


@register.simple_tag(takes_context=True)
def staff_userbar(context):
    """Wagtail's user bar, for ministry staff only.

    Residents and organization users never reach the admin, and asking Wagtail whether they may
    cost every page they see two permission queries.
    """
    from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar

    user = getattr(context.get("request"), "user", None)
    if user is None or not user.is_authenticated or user.is_filer:
        return ""
    return wagtailuserbar(context)


@register.inclusion_tag("includes/account_menu.html", takes_context=True)
def account_menu(context):
    """Sign in, or the signed-in person's name, My page and Sign out, on every page (C1).

    For visitors who are signed out the answer is the same for everyone of one language, so
    public pages stay cacheable; the signed-in variant is only ever rendered for a session,
    which the page cache never stores.
    """
    from portal.hooks import ACCOUNT_MENU, call_all

    request = context.get("request")
    if request is None:
        return {"menu": None}
    menu = next((answer for answer in call_all(ACCOUNT_MENU, request) if answer), None)
    return {"menu": menu, "request": request}


@register.simple_tag(takes_context=True)
def translation_fallback(context):
    """The fallback state of the reading page being shown (portal.translation_fallback), or
    None: only editorial pages show another language's text, never a service's form."""
    from portal.page_cache import cacheable_page_types
    from portal.translation_fallback import fallback_for

    page = context.get("page")
    if not isinstance(page, cacheable_page_types()) or not page.pk:
        return None
    return fallback_for(page, context.get("request"))


def described_attrs(field, *, invalid: bool = False) -> dict[str, str]:
    """The attributes that link a field's input to its hint and error message
    (aria-describedby) and mark it invalid (aria-invalid) when it has an error or `invalid`
    says so: text, date, e-mail and number inputs and text areas the same as selects (WCAG
    3.3.1). The ids are those the form templates give the hint (`<id>_help`) and the error
    (`<id>_error`). Every form template of the site builds its inputs with these."""
    base = field.id_for_label
    described = []
    if field.help_text:
        described.append(f"{base}_help")
    if field.errors:
        described.append(f"{base}_error")
    attrs = {}
    if described:
        attrs["aria-describedby"] = " ".join(described)
    if field.errors or invalid:
        attrs["aria-invalid"] = "true"
    return attrs


@register.filter
def described_widget(field):
    """The field's input with `described_attrs`."""
    return field.as_widget(attrs=described_attrs(field))
