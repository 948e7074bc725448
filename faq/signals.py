"""Keep the Q&A search table in step with publishing."""

from django.dispatch import receiver

from wagtail.signals import page_published, page_unpublished

from .models import FAQSectionPage
from .services import clear_search_entries, refresh_search_entries


@receiver(page_published)
def section_published(sender, instance, **kwargs):
    if issubclass(sender, FAQSectionPage):
        refresh_search_entries(instance.specific)


@receiver(page_unpublished)
def section_unpublished(sender, instance, **kwargs):
    if issubclass(sender, FAQSectionPage):
        clear_search_entries(instance.pk)
