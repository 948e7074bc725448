"""The Q&A's contribution to the site search: questions found by substring (any script)."""

from wagtail import hooks

from portal.hooks import SEED_DEMO, SITE_SEARCH

from .models import FAQIndexPage, build_catalogue, search_questions


@hooks.register(SITE_SEARCH)
def search_qa(request, query: str, locale) -> list[dict]:
    index_page = FAQIndexPage.objects.live().public().filter(locale=locale).first()
    if index_page is None:
        return []
    catalogue = build_catalogue(index_page, request)
    return [
        {
            "title": f"Q{result.entry.number} {result.entry.title}",
            "url": result.entry.href,
            "snippet": result.snippet,
        }
        for result in search_questions(catalogue, query, limit=20)
    ]


@hooks.register(SEED_DEMO)
def seed_demo_qa(stdout):
    from .demo import seed

    seed(stdout)
