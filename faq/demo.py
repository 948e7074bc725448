"""The demo Q&A: built from faq/demo_content through `portal.hooks.SEED_DEMO`.

Japanese is the source. Each section is translated into every language its title is written
in; questions not written in a language keep the Japanese text there, and the translation
report shows that section as incomplete for it.
"""

from django.conf import settings
from django.utils.html import escape

from portal import demo_content as portal_content
from portal.models import HomePage
from portal.seeding import digest, run_once, translate_all, upsert_child

from .demo_content import SECTIONS
from .models import FAQIndexPage, FAQSectionPage

SEED_VERSION = 2


def _intro_html(text: str) -> str:
    return f"<p>{escape(text)}</p>" if text else ""


def section_body(section: dict, language: str) -> list[dict]:
    """The section's stream in one language; untranslated questions are left out ({})."""
    body = []
    for subsection in section["subsections"]:
        title = subsection["title"].get(language)
        body.append({"title": title} if title else {})
        for question in subsection["questions"]:
            if language in question["q"] and language in question["a"]:
                body.append(
                    {"question": question["q"][language], "answer": question["a"][language]}
                )
            else:
                body.append({})
    return body


def section_spec(section: dict) -> dict:
    spec = {}
    for code, _name in settings.LANGUAGES:
        if code not in section["title"]:
            continue
        spec[code] = {
            "title": section["title"][code],
            "intro": _intro_html(section.get("intro", {}).get(code, "")),
            "body": section_body(section, code),
        }
    return spec


def source_stream(section: dict) -> list[dict]:
    stream = []
    for subsection in section["subsections"]:
        stream.append(
            {
                "type": "subsection",
                "value": {"key": subsection["key"], "title": subsection["title"]["ja"]},
            }
        )
        for question in subsection["questions"]:
            stream.append(
                {
                    "type": "question",
                    "value": {
                        "key": question["key"],
                        "question": question["q"]["ja"],
                        "answer": question["a"]["ja"],
                    },
                }
            )
    return stream


def build() -> None:
    home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    index_spec = portal_content.QA_INDEX
    index = upsert_child(
        home,
        FAQIndexPage,
        index_spec["slug"],
        title=index_spec["ja"]["title"],
        intro=index_spec["ja"]["intro"],
    )
    translate_all(index, index_spec)
    for section in SECTIONS:
        spec = section_spec(section)
        page = upsert_child(
            index,
            FAQSectionPage,
            section["key"],
            title=spec["ja"]["title"],
            intro=spec["ja"]["intro"],
            body=source_stream(section),
        )
        translate_all(page, spec)


def exists() -> bool:
    languages = len(settings.LANGUAGES)
    return (
        FAQIndexPage.objects.live().count() >= languages
        and FAQSectionPage.objects.live().count() >= languages * len(SECTIONS)
    )


def seed(stdout) -> None:
    if run_once(
        "faq",
        digest(SEED_VERSION, portal_content.QA_INDEX, SECTIONS),
        build,
        exists=exists(),
    ):
        stdout.write("Q&A built.")
