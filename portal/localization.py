"""Translating pages through wagtail-localize's own records.

Seeded translations go through the same `TranslationSource` / `Translation` / `StringTranslation`
rows an editor's work does, so the translation editor shows them, and the "out of date" report
can compare them with later changes of the source page.
"""

from collections.abc import Mapping

from django.db import transaction

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource


@transaction.atomic
def translate_page(
    page: Page, language_code: str, strings: Mapping[str, str], *, publish: bool = True
) -> Page:
    """Create or update `page`'s translation into `language_code` and return it.

    `strings` maps source segments (as wagtail-localize extracts them) to their translation;
    a segment left out keeps the source text, exactly as in the editor.
    """
    locale = Locale.objects.get(language_code=language_code)
    source, _created = TranslationSource.update_or_create_from_instance(page.specific)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po = translation.export_po()
    for entry in po:
        if entry.msgid in strings:
            entry.msgstr = strings[entry.msgid]
    translation.import_po(po, translation_type="manual", tool_name="seed")
    # wagtail-localize defers publishing to transaction.on_commit with a page instance cached at
    # that moment; inside a longer transaction that stale instance would overwrite the tree's
    # child counts on commit. Saving a draft and publishing it at once avoids that.
    translation.save_target(publish=False)
    target = page.get_translation(locale)
    if publish:
        target.get_latest_revision().publish()
    return target
