"""Q&A page types (SPEC C3): an index with the full question list and search, and one page
per section (basics, system operation) holding subsections and numbered questions."""

from dataclasses import dataclass, field

from django.db import models
from django.template.loader import render_to_string
from django.utils.functional import cached_property
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.page_cache import CachedViewRestrictionsMixin, page_fragment, public

from .blocks import SectionBodyBlock
from .rules import anchor_for, normalize_for_search, number_questions, referenced_keys
from .rules import render_cross_references as _render_refs

MAX_QUERY_LENGTH = 100


@dataclass
class Entry:
    """One row of a section as readers see it: a subsection heading or a numbered question."""

    kind: str  # "subsection" or "question"
    key: str
    title: str
    number: int = 0
    answer: SafeString | str = ""
    section: "FAQSectionPage | None" = None
    href: str = ""

    @property
    def anchor(self) -> str:
        return anchor_for(self.key) if self.kind == "question" else f"s-{self.key}"


@dataclass
class SectionView:
    page: "FAQSectionPage"
    url: str
    entries: list[Entry] = field(default_factory=list)

    @property
    def questions(self) -> list[Entry]:
        return [e for e in self.entries if e.kind == "question"]

    @property
    def groups(self) -> list[tuple[Entry | None, list[Entry]]]:
        """Questions grouped under their subsection heading (None before the first one)."""
        groups: list[tuple[Entry | None, list[Entry]]] = []
        for entry in self.entries:
            if entry.kind == "subsection":
                groups.append((entry, []))
            else:
                if not groups:
                    groups.append((None, []))
                groups[-1][1].append(entry)
        return groups


@dataclass
class Catalogue:
    """The whole Q&A of one language, numbered in order across all its sections."""

    index: "FAQIndexPage"
    sections: list[SectionView]
    by_key: dict[str, Entry]

    def resolve(self, key: str) -> tuple[int, str] | None:
        entry = self.by_key.get(key)
        return (entry.number, entry.href) if entry else None

    def render_answers(self, section: SectionView) -> None:
        """Expand rich text and turn {{q:KEY}} into "Q<n>" links, for one section only."""
        raw = {block.value["key"]: block.value["answer"] for block in _questions(section.page)}
        for entry in section.questions:
            html = str(raw[entry.key]) if entry.key in raw else ""
            entry.answer = mark_safe(_render_refs(html, self.resolve))  # noqa: S308 - rich text


def _questions(page: "FAQSectionPage"):
    return [block for block in page.body if block.block_type == "question"]


def build_catalogue(index_page: "FAQIndexPage", request=None) -> Catalogue:
    """Read every live section of `index_page` once (one query) and number their questions."""
    sections = []
    ordered_keys: list[str] = []
    for page in public(FAQSectionPage.objects.child_of(index_page).live()):
        url = page.get_url(request) or ""
        view = SectionView(page=page, url=url)
        for block in page.body:
            value = block.value
            if block.block_type == "subsection":
                view.entries.append(Entry("subsection", value["key"], value["title"], section=page))
            elif block.block_type == "question":
                entry = Entry(
                    "question",
                    value["key"],
                    value["question"],
                    section=page,
                    href=f"{url}#{anchor_for(value['key'])}",
                )
                view.entries.append(entry)
                ordered_keys.append(value["key"])
        sections.append(view)
    source_keys = _source_order(index_page)
    if source_keys is not None:
        # Numbers come from the Japanese Q&A, so "Q37" is the same question in every
        # language; a question the source no longer has is numbered after the others.
        known = set(source_keys)
        ordered_keys = source_keys + [key for key in ordered_keys if key not in known]
    numbers = number_questions(ordered_keys)
    by_key: dict[str, Entry] = {}
    for view in sections:
        for entry in view.questions:
            entry.number = numbers[entry.key]
            by_key.setdefault(entry.key, entry)
    return Catalogue(index=index_page, sections=sections, by_key=by_key)


def _source_order(index_page: "FAQIndexPage") -> list[str] | None:
    """The question keys of the source language's Q&A in their order (one query), or None on
    the source itself or when it has no counterpart."""
    from wagtail.models import Locale

    source_locale = Locale.get_default()
    if index_page.locale_id == source_locale.pk:
        return None
    source = (
        FAQIndexPage.objects.filter(
            translation_key=index_page.translation_key, locale=source_locale
        )
        .only("path", "depth")
        .first()
    )
    if source is None:
        return None
    return [
        block.value["key"]
        for page in public(FAQSectionPage.objects.child_of(source).live())
        for block in _questions(page)
    ]


class FAQIndexPage(CachedViewRestrictionsMixin, Page):
    """The Q&A's front page: introduction, search and the full numbered question list."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["faq.FAQSectionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Q&A index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        catalogue = page_fragment(
            self, request, "faq-catalogue", lambda: build_catalogue(self, request)
        )
        context["catalogue"] = catalogue
        query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
        context["query"] = query
        if query:
            context["results"] = search_questions(catalogue, query)
        return context


class FAQSectionPageForm(WagtailAdminPageForm):
    """Keys must be unique across the whole Q&A and references must point at a key."""

    def clean(self):
        cleaned = super().clean()
        body = cleaned.get("body")
        if body is None:
            return cleaned
        parent = getattr(self, "parent_page", None) or (
            self.instance.get_parent() if self.instance.pk else None
        )
        other_keys: set[str] = set()
        if parent is not None:
            siblings = FAQSectionPage.objects.child_of(parent).exclude(pk=self.instance.pk)
            for sibling in siblings:
                other_keys.update(block.value["key"] for block in _questions(sibling))
        seen: set[str] = set()
        references: list[str] = []
        for block in body:
            if block.block_type != "question":
                continue
            key = block.value["key"]
            if key in seen or key in other_keys:
                self.add_error(
                    None,
                    _("The key “%(key)s” is used by another question. Keys must be unique.")
                    % {"key": key},
                )
            seen.add(key)
            references += referenced_keys(block.value["answer"].source)
        unknown = sorted(set(references) - seen - other_keys)
        if unknown:
            self.add_error(
                None,
                _("These cross-references point at no question: %(keys)s.")
                % {"keys": ", ".join(unknown)},
            )
        return cleaned


class FAQSectionPage(CachedViewRestrictionsMixin, Page):
    """One section of the Q&A, e.g. "Basics" or "System operation", with its subsections."""

    # Its stream fields are read only to build its cached context (portal/routing.py).
    route_defers_streamfields = True

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "link"])
    body = StreamField(SectionBodyBlock(), blank=True, verbose_name=_("questions"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    base_form_class = FAQSectionPageForm
    parent_page_types = ["faq.FAQIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("Q&A section")

    @cached_property
    def index_page(self) -> FAQIndexPage | None:
        if not self.path:  # a preview of a page that is not saved yet
            return None
        # Routing leaves the parent it came through on the page: no query when serving.
        parent = getattr(self, "_cached_parent_obj", None)
        if isinstance(parent, FAQIndexPage):
            return parent
        return FAQIndexPage.objects.parent_of(self).first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)

        # The numbered catalogue and this section's questions and answers, rendered (in the
        # reader's language): the same for every reader until a publish.
        def build():
            catalogue, section = self._catalogue_and_section(request)
            html = render_to_string(
                "faq/includes/section_questions.html", {"section": section}, request
            )
            return catalogue, section, html

        catalogue, section, context["section_html"] = page_fragment(
            self, request, f"faq-section:{get_language()}", build
        )
        context["catalogue"] = catalogue
        context["section"] = section
        return context

    def _catalogue_and_section(self, request) -> tuple[Catalogue | None, SectionView]:
        index_page = self.index_page
        if index_page is None:  # a section moved out of its index: still readable
            return None, SectionView(page=self, url=self.get_url(request) or "")
        catalogue = build_catalogue(index_page, request)
        section = next((s for s in catalogue.sections if s.page.pk == self.pk), None)
        if section is None:  # previewing a draft: number it on its own
            catalogue = build_catalogue_for_preview(index_page, self, request)
            section = next(s for s in catalogue.sections if s.page.pk == self.pk)
        catalogue.render_answers(section)
        return catalogue, section


def build_catalogue_for_preview(index_page, page, request) -> Catalogue:
    """The catalogue with `page` (unsaved or not live) in its tree position, for previews."""
    catalogue = build_catalogue(index_page, request)
    url = page.get_url(request) or ""
    view = SectionView(page=page, url=url)
    for block in page.body:
        value = block.value
        if block.block_type == "subsection":
            view.entries.append(Entry("subsection", value["key"], value["title"], section=page))
        elif block.block_type == "question":
            view.entries.append(
                Entry(
                    "question",
                    value["key"],
                    value["question"],
                    section=page,
                    href=f"{url}#{anchor_for(value['key'])}",
                )
            )
    sections = [s for s in catalogue.sections if s.page.pk != page.pk] + [view]
    sections.sort(key=lambda s: s.page.path or "~")
    keys = [e.key for s in sections for e in s.questions]
    numbers = number_questions(keys)
    by_key = {}
    for s in sections:
        for e in s.questions:
            e.number = numbers[e.key]
            by_key.setdefault(e.key, e)
    return Catalogue(index=index_page, sections=sections, by_key=by_key)


class FAQSearchEntry(models.Model):
    """One question as plain, normalised text, kept per page and language for search.

    PostgreSQL's default text search does not split Japanese into words, so a word in the
    middle of a sentence would never match. This table is searched with LIKE '%word%', which
    finds any substring in any script; on PostgreSQL a pg_trgm GIN index keeps that fast
    (migration 0002). Rows are rewritten whenever a section is published (faq.signals).
    """

    page = models.ForeignKey(
        FAQSectionPage, on_delete=models.CASCADE, related_name="search_entries"
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=80)
    position = models.PositiveIntegerField()
    question = models.TextField()
    answer = models.TextField()
    document = models.TextField()

    class Meta:
        verbose_name = _("Q&A search entry")
        ordering = ["page__path", "position"]
        indexes = [models.Index(fields=["locale", "page"])]

    def __str__(self) -> str:
        return f"{self.key} ({self.locale_id})"


@dataclass
class SearchResult:
    entry: Entry
    snippet: str


def search_questions(catalogue: Catalogue, query: str, limit: int = 50) -> list[SearchResult]:
    """Questions of this catalogue's language whose question or answer contains `query`."""
    needle = normalize_for_search(query).strip()
    if not needle:
        return []
    section_ids = [s.page.pk for s in catalogue.sections]
    rows = (
        FAQSearchEntry.objects.filter(
            page_id__in=section_ids,
            locale_id=catalogue.index.locale_id,
            document__contains=needle,
        )
        .only("key", "answer")
        .order_by("page__path", "position")[:limit]
    )
    results = []
    for row in rows:
        entry = catalogue.by_key.get(row.key)
        if entry is not None:
            results.append(SearchResult(entry=entry, snippet=_snippet(row.answer, needle)))
    results.sort(key=lambda r: r.entry.number)
    return results


def _snippet(text: str, needle: str, width: int = 60) -> str:
    position = normalize_for_search(text).find(needle)
    if position < 0:
        return text[: width * 2] + ("…" if len(text) > width * 2 else "")
    start = max(0, position - width)
    end = min(len(text), position + len(needle) + width)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")
