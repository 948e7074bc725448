"""Writes of the Q&A: the per-language search table follows what is published."""

from django.db import transaction

from .models import FAQSearchEntry, FAQSectionPage
from .rules import plain_text, search_document


@transaction.atomic
def refresh_search_entries(page: FAQSectionPage) -> int:
    """Rewrite the search rows of one section from its live content; returns the row count.

    Called on every publish (including the aliases wagtail-localize keeps in untranslated
    languages), so a search never finds text that is no longer on the site.
    """
    FAQSearchEntry.objects.filter(page_id=page.pk).delete()
    rows = []
    for position, block in enumerate(page.body):
        if block.block_type != "question":
            continue
        value = block.value
        answer_html = value["answer"].source
        rows.append(
            FAQSearchEntry(
                page_id=page.pk,
                locale_id=page.locale_id,
                key=value["key"],
                position=position,
                question=value["question"],
                answer=plain_text(answer_html),
                document=search_document(value["question"], answer_html),
            )
        )
    FAQSearchEntry.objects.bulk_create(rows)
    return len(rows)


def clear_search_entries(page_id: int) -> None:
    """An unpublished section disappears from search at once."""
    FAQSearchEntry.objects.filter(page_id=page_id).delete()
