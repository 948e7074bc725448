"""The Q&A (SPEC C3): numbering, stable anchors, cross-references and search per language."""

import re

import pytest

from django.db import connection

from faq.models import FAQIndexPage, FAQSearchEntry, FAQSectionPage
from faq.rules import (
    anchor_for,
    normalize_for_search,
    number_questions,
    render_cross_references,
)
from portal.localization import translate_page
from tests.content_helpers import make_site

# A two-question sample in the format of faq/demo_content (kept here, not in the demo data).
SAMPLE = [
    {
        "key": "lost-card",
        "q": {"ja": "在留カードをなくしたときは？", "en": "What if I lose my residence card?"},
        "a": {
            "ja": (
                "<p>再交付の申請をしたあと、新しい在留カード番号で届け出てください。"
                "{{q:password}}も参照。</p>"
            ),
            "en": (
                "<p>Apply for a new card, then file with the new card number. "
                "See also {{q:password}}.</p>"
            ),
        },
    },
    {
        "key": "password",
        "q": {"ja": "パスワードを忘れました。", "en": "I forgot my password."},
        "a": {
            "ja": "<p>再通知の画面で新しいパスワードを設定できます。</p>",
            "en": "<p>Set a new password on the re-notification page.</p>",
        },
    },
]


def _stream(questions, language="ja"):
    stream = [{"type": "subsection", "value": {"key": "account", "title": "アカウント"}}]
    for q in questions:
        stream.append(
            {
                "type": "question",
                "value": {
                    "key": q["key"],
                    "question": q["q"][language],
                    "answer": q["a"][language],
                },
            }
        )
    return stream


@pytest.fixture
def qa(db):
    site = make_site(("ja", "en"))
    index = FAQIndexPage(title="Q&A", slug="qa", locale=site["locales"]["ja"])
    site["home"].add_child(instance=index)
    index.save_revision().publish()
    first = FAQSectionPage(
        title="基本編",
        slug="basics",
        locale=site["locales"]["ja"],
        body=[
            {
                "type": "question",
                "value": {
                    "key": "what-is-it",
                    "question": "これは何ですか。",
                    "answer": "<p>届出のためのシステムです。</p>",
                },
            }
        ],
    )
    index.add_child(instance=first)
    first.save_revision().publish()
    section = FAQSectionPage(
        title="操作編", slug="operation", locale=site["locales"]["ja"], body=_stream(SAMPLE)
    )
    index.add_child(instance=section)
    section.save_revision().publish()
    strings = {"Q&amp;A": "Q&amp;A", "基本編": "Basics", "操作編": "Using the system"}
    for q in SAMPLE:
        strings[q["q"]["ja"]] = q["q"]["en"]
        strings[q["a"]["ja"][3:-4]] = q["a"]["en"][3:-4]
    strings.update(
        {
            "アカウント": "Account",
            "これは何ですか。": "What is it?",
            "届出のためのシステムです。": "A system for notifications.",
        }
    )
    translate_page(index, "en", strings)
    translate_page(first, "en", strings)
    translate_page(section, "en", strings)
    return {**site, "index": index, "first": first, "section": section}


# --- pure rules ------------------------------------------------------------------------------


def test_numbers_follow_the_order_given():
    assert number_questions(["b", "a", "c"]) == {"b": 1, "a": 2, "c": 3}


def test_cross_references_become_links_to_the_current_number():
    numbers = {"password": (7, "/ja/qa/operation/#q-password")}
    html = render_cross_references("<p>{{q:password}} と {{ q:gone }}</p>", numbers.get)
    assert html == '<p><a class="qa-ref" href="/ja/qa/operation/#q-password">Q7</a> と Q?</p>'


def test_search_text_folds_width_and_case():
    assert normalize_for_search("ＩＤとＰａｓｓｗｏｒｄ") == normalize_for_search("idとpassword")
    assert normalize_for_search("ｶｰﾄﾞ") == "カード"


def _results(response) -> list[str]:
    """The result links of a Q&A search page (not the full question list below them)."""
    html = response.content.decode()
    assert response.status_code == 200
    start = html.index('class="qa-results"')
    section = html[start : html.index('id="question-list"')]
    return re.findall(r'<a href="[^"]+"><span class="qa-number">Q\d+</span>', section)


# --- pages -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_questions_are_numbered_across_sections_with_stable_anchors(client, qa):
    html = client.get("/ja/qa/operation/").content.decode()
    # The first section has one question, so this section starts at Q2.
    assert f'id="{anchor_for("lost-card")}"' in html and f'id="{anchor_for("password")}"' in html
    assert '<span class="qa-number">Q2</span> 在留カードをなくしたときは？' in html
    assert '<span class="qa-number">Q3</span> パスワードを忘れました。' in html
    assert html.count('href="#question-list"') == 2  # "back to the list" after each answer
    assert 'id="question-list"' in html


@pytest.mark.django_db
def test_cross_reference_shows_the_current_number_and_survives_reordering(client, qa):
    html = client.get("/ja/qa/operation/").content.decode()
    assert '<a class="qa-ref" href="/ja/qa/operation/#q-password">Q3</a>' in html

    section = FAQSectionPage.objects.get(pk=qa["section"].pk)
    section.body = _stream(list(reversed(SAMPLE)))
    section.save_revision().publish()

    html = client.get("/ja/qa/operation/").content.decode()
    assert '<span class="qa-number">Q2</span> パスワードを忘れました。' in html
    assert '<a class="qa-ref" href="/ja/qa/operation/#q-password">Q2</a>' in html
    # The anchor did not move with the number.
    assert 'id="q-password"' in html


@pytest.mark.django_db
def test_translations_keep_keys_and_link_within_their_language(client, qa):
    html = client.get("/en/qa/operation/").content.decode()
    assert 'id="q-lost-card"' in html
    assert "What if I lose my residence card?" in html
    assert '<a class="qa-ref" href="/en/qa/operation/#q-password">Q3</a>' in html


@pytest.mark.django_db
def test_a_question_keeps_its_number_in_every_language_when_one_is_added_in_japanese(client, qa):
    first = FAQSectionPage.objects.get(pk=qa["first"].pk)
    first.body = [
        *[dict(block) for block in first.body.raw_data],
        {
            "type": "question",
            "value": {
                "key": "new-question",
                "question": "新しい質問です。",
                "answer": "<p>まだ翻訳されていません。</p>",
            },
        },
    ]
    first.save_revision().publish()

    japanese = client.get("/ja/qa/operation/").content.decode()
    english = client.get("/en/qa/operation/").content.decode()
    assert '<span class="qa-number">Q3</span> 在留カードをなくしたときは？' in japanese
    assert '<span class="qa-number">Q3</span> What if I lose my residence card?' in english
    assert '<span class="qa-number">Q4</span> I forgot my password.' in english
    assert '<a class="qa-ref" href="/en/qa/operation/#q-password">Q4</a>' in english
    index = client.get("/en/qa/").content.decode()
    assert '#q-what-is-it"><span class="qa-number">Q1</span>' in index
    assert "Q2</span> What if I lose" not in index


@pytest.mark.django_db
def test_index_lists_every_question_with_its_number(client, qa):
    html = client.get("/ja/qa/").content.decode()
    assert 'href="/ja/qa/basics/#q-what-is-it"><span class="qa-number">Q1</span>' in html
    assert 'href="/ja/qa/operation/#q-password"><span class="qa-number">Q3</span>' in html


@pytest.mark.django_db
def test_search_finds_a_japanese_word_inside_a_sentence_in_japanese_only(client, qa):
    # "カード番" sits in the middle of "在留カード番号で届け出て": no word boundary to split on.
    japanese = _results(client.get("/ja/qa/", {"q": "カード番"}))
    assert japanese == ['<a href="/ja/qa/operation/#q-lost-card"><span class="qa-number">Q2</span>']
    assert _results(client.get("/en/qa/", {"q": "カード番"})) == []


@pytest.mark.django_db
def test_search_finds_an_english_word_in_english_only(client, qa):
    # Case does not matter; the cross-reference {{q:password}} in another answer is no match.
    english = _results(client.get("/en/qa/", {"q": "PASSWORD"}))
    assert english == ['<a href="/en/qa/operation/#q-password"><span class="qa-number">Q3</span>']
    assert _results(client.get("/ja/qa/", {"q": "password"})) == []


@pytest.mark.django_db
def test_search_table_follows_publishing(qa):
    section = qa["section"]
    rows = FAQSearchEntry.objects.filter(page=section)
    assert sorted(rows.values_list("key", flat=True)) == ["lost-card", "password"]
    english = section.get_translation(qa["locales"]["en"])
    assert (
        FAQSearchEntry.objects.filter(page=english, key="password")
        .get()
        .document.startswith("i forgot my password.")
    )
    section.unpublish()
    assert not FAQSearchEntry.objects.filter(page=section).exists()


@pytest.mark.django_db
def test_site_search_includes_questions_found_by_substring(client, qa):
    html = client.get("/ja/search/", {"q": "忘れ"}).content.decode()
    assert "/ja/qa/operation/#q-password" in html


@pytest.mark.postgres
@pytest.mark.django_db
def test_postgres_has_a_trigram_index_for_the_search_table():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE tablename = 'faq_faqsearchentry' "
            "AND indexname = 'faq_search_document_trgm'"
        )
        row = cursor.fetchone()
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
        extension = cursor.fetchone()
    assert row is not None and "gin_trgm_ops" in row[0]
    assert extension is not None
