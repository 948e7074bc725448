"""Template helpers of the filing pages: accessible fields and dates in the reader's language."""

from __future__ import annotations

import re

from django import template
from django.utils import translation
from django.utils.html import format_html

from filings import display, errors
from portal.templatetags.portal_tags import described_attrs

register = template.Library()


@register.inclusion_tag("filings/includes/field.html")
def form_field(field, invalid: bool = False):
    """A field with its label, hint and errors, linked through aria-describedby (WCAG 3.3.1).

    `invalid` marks the field even without an error of its own: an identity mismatch marks
    every identity field without saying which one is wrong (F3, Q63).
    """
    attrs = described_attrs(field, invalid=invalid)
    required = getattr(field.field, "spec_required", field.field.required)
    if required:
        attrs["aria-required"] = "true"
    return {
        "field": field,
        "widget": field.as_widget(attrs=attrs),
        "required": required,
        "invalid": bool(field.errors) or invalid,
    }


register.filter("long_date", display.long_date)


@register.filter
def kind_label(kind: str) -> str:
    """The label of a filing kind (or combined key) in the active language."""
    from filings.fields import kind_label as label

    return str(label(kind))


@register.filter
def error_message(code: str) -> str:
    """A catalogue message in the active language (for mails rendered by a worker)."""
    try:
        return errors.message(code)
    except errors.UnknownErrorCode:
        return code


@register.filter
def error_remedy(code: str) -> str:
    try:
        return errors.remedy(code)
    except errors.UnknownErrorCode:
        return ""


# Hiragana, katakana, CJK ideographs and full-width forms: text typed in Japanese (addresses,
# organization names, activities), which stays Japanese whatever language the page is in.
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uffef]")


@register.filter
def japanese(value):
    """Mark Japanese data inside a page in another language with `lang="ja"` (WCAG 3.1.2), so
    screen readers switch voice and browsers pick Japanese glyphs; on Japanese pages, and for
    text without Japanese characters, the value is returned unchanged (and escaped as usual)."""
    text = "" if value is None else str(value)
    language = translation.get_language() or ""
    if not text or language.startswith("ja") or not _JAPANESE.search(text):
        return value
    return format_html('<span lang="ja">{}</span>', text)
