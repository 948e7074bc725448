"""Building small page trees for content tests without the whole demo seed."""

from wagtail.models import Locale, Page, Site

from portal.localization import translate_page
from portal.models import HomePage, StandardPage


def make_site(languages=("ja", "en")) -> dict:
    """A Japanese home with an about page, translated into the other `languages`."""
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in languages}
    # Transactional tests flush every table, the root page included.
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locales["ja"])
    )
    Page.objects.filter(depth=2).delete()
    home = HomePage(title="ホーム", slug="portal", locale=locales["ja"], lead="リード")
    root.add_child(instance=home)
    home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first() or Site(
        hostname="localhost", port=80, is_default_site=True
    )
    site.root_page = home
    site.save()
    about = StandardPage(
        title="このシステムについて",
        slug="about",
        locale=locales["ja"],
        introduction="紹介",
        body=[("paragraph", "<p>本文です。</p>")],
    )
    home.add_child(instance=about)
    about.save_revision().publish()
    pages = {"home": home, "about": about}
    for code in languages:
        if code == "ja":
            continue
        translate_page(
            home, code, {"ホーム": f"Home {code}", "リード": f"Lead {code}", "portal": "portal"}
        )
        translate_page(
            about,
            code,
            {
                "このシステムについて": f"About {code}",
                "about": "about",
                "紹介": "Intro",
                "本文です。": "Body.",
            },
        )
    return {"locales": locales, **pages}


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def one_page_per_type(language: str, *, services: bool = True) -> dict[str, str]:
    """One live page of each page type in `language`'s tree, by model label → URL path: the
    first in tree order. `services=False` leaves out the filing domain's service pages, which
    their own tests walk signed in."""
    urls: dict[str, str] = {}
    pages = (
        Page.objects.live()
        .filter(locale__language_code=language, depth__gt=1)
        .specific()
        .order_by("path")
    )
    for page in pages:
        label = type(page)._meta.label
        if label in urls or page.url is None:
            continue
        if not services and label.startswith("filings."):
            continue
        urls[label] = page.url
    return urls


def make_site_with_notices(languages=("ja", "en")) -> dict:
    """`make_site` with a published notices index in every language of `languages`."""
    from portal.models import NoticeIndexPage

    site = make_site(languages)
    index = NoticeIndexPage(title="連絡事項", slug="notices", locale=site["locales"]["ja"])
    site["home"].add_child(instance=index)
    index.save_revision().publish()
    for code in languages:
        if code != "ja":
            translate_page(index, code, {"連絡事項": f"Notices {code}", "notices": "notices"})
    return {**site, "notices": index}
