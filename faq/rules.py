"""Pure rules of the Q&A (SPEC C3): numbering, cross-references and search text.

Questions carry a stable key; their number is only their position in the whole Q&A. A
cross-reference is written as ``{{q:KEY}}`` and becomes "Q<current number>" when rendered, so
moving a question renumbers every reference to it and nothing has to be edited by hand.
"""

import re
import unicodedata
from collections.abc import Callable, Iterable

from django.utils.html import escape, strip_tags

CROSS_REFERENCE = re.compile(r"\{\{\s*q:([A-Za-z0-9_-]+)\s*\}\}")
KEY_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


def number_questions(keys: Iterable[str]) -> dict[str, int]:
    """Number the keys 1, 2, 3 ... in the order given (the order of the whole Q&A)."""
    return {key: position for position, key in enumerate(keys, start=1)}


def anchor_for(key: str) -> str:
    """The HTML id of a question: derived from its key, so links survive any reordering."""
    return f"q-{key}"


def referenced_keys(text: str) -> list[str]:
    """Every key that `text` refers to with ``{{q:KEY}}``, in order of appearance."""
    return CROSS_REFERENCE.findall(text)


def render_cross_references(html: str, resolve: Callable[[str], tuple[int, str] | None]) -> str:
    """Replace each ``{{q:KEY}}`` in `html` with a link "Q<n>" to the question's anchor.

    `resolve(key)` returns (number, href) or None for a key that no longer exists, which is
    rendered as plain "Q?" text rather than a broken link.
    """

    def replace(match: re.Match[str]) -> str:
        found = resolve(match.group(1))
        if found is None:
            return "Q?"
        number, href = found
        return f'<a class="qa-ref" href="{escape(href)}">Q{number}</a>'

    return CROSS_REFERENCE.sub(replace, html)


def normalize_for_search(text: str) -> str:
    """Fold the differences readers do not mean: full- and half-width forms (NFKC) and case.

    So "ＩＤ", "id" and "ID" find each other, as do half-width and full-width katakana.
    """
    return unicodedata.normalize("NFKC", text).casefold()


def plain_text(html: str) -> str:
    """Readable text of an answer for the search table: tags dropped, whitespace collapsed."""
    html = CROSS_REFERENCE.sub(" ", html)  # "see Q12" is not what the question is about
    text = strip_tags(re.sub(r"<(br|/p|/li|/h\d)\s*/?>", " ", html))
    text = (
        text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    )
    return re.sub(r"\s+", " ", text).strip()


def search_document(question: str, answer_html: str) -> str:
    """The normalised text one question is searched in: its question and its answer."""
    return normalize_for_search(f"{question}\n{plain_text(answer_html)}")
