"""Tagalog pages speak Tagalog in the framework's own words too: dates, sizes, validator
messages. Django has no Tagalog catalogue or formats, and its fallback is the source language
of the site, Japanese ("12月 7, 2026", "839 バイト")."""

import datetime
import re

import pytest

from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils import formats, translation
from django.utils.translation import gettext

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def test_dates_and_numbers_follow_tagalog_conventions():
    with translation.override("tl"):
        day = datetime.date(2026, 12, 7)
        assert formats.date_format(day, "DATE_FORMAT") == "Disyembre 7, 2026"
        assert formats.date_format(day, "SHORT_DATE_FORMAT") == "12/07/2026"
        assert formats.date_format(datetime.date(2026, 1, 5), "l") == "Lunes"
        assert formats.number_format(1234567.5, 1, force_grouping=True) == "1,234,567.5"
        assert filesizeformat(839).replace("\xa0", " ") == "839 byte"
        assert not JAPANESE.search(filesizeformat(2_500_000))


@pytest.mark.parametrize(
    "msgid",
    ["This field is required.", "Enter a valid email address.", "Enter a valid date.", "March"],
)
def test_framework_messages_do_not_fall_back_to_japanese(msgid):
    with translation.override("tl"):
        text = gettext(msgid)
    assert text and not JAPANESE.search(text), text
    with translation.override("ja"):
        assert JAPANESE.search(gettext(msgid))  # the fallback that was shown before


def test_password_validator_messages_are_tagalog():
    with translation.override("tl"):
        with pytest.raises(ValidationError) as raised:
            password_validation.validate_password("12345678")
        messages = " ".join(raised.value.messages)
    assert "numero" in messages
    assert not JAPANESE.search(messages), messages


def test_other_languages_keep_their_own_formats():
    with translation.override("ja"):
        assert formats.date_format(datetime.date(2026, 12, 7), "DATE_FORMAT") == "2026年12月7日"
    with translation.override("en"):
        assert formats.date_format(datetime.date(2026, 12, 7), "DATE_FORMAT") != "Disyembre 7, 2026"
