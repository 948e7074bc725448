"""Every page type is valid HTML (QUALITY: valid markup; SPEC L3), as the Nu HTML Checker says.

Each page type of the public site and of the signed-in filer's side is rendered with Django's
test client from the demo content (plus a resident's filing and mail and an organization's bulk
files), in Japanese and in Tagalog, written to a temporary directory and checked by one run of
vnu.jar (the `vnu-jar` npm development dependency, run by Debian's Java). Forms are also shown
with their errors, since error messages add markup (aria-describedby, lists, summaries).
"""

from __future__ import annotations

import datetime
import json
import subprocess
from pathlib import Path

import pytest

from django.test import Client

from filings import service_pages
from filings.constants import FilingKind
from filings.models import FilingCheckPage, FilingDraft
from filings.rules import today_in_japan
from filings.services.mail import queue_mail
from portal.models import MaintenanceWindow
from tests.conftest import VNU_JAR
from tests.content_helpers import one_page_per_type
from tests.factories import BulkUploadFactory
from tests.filings.conftest import make_org_user, make_resident_user
from tests.filings.wizard import event_values, identity_of, start

pytestmark = [pytest.mark.django_db, pytest.mark.vnu]

LANGUAGES = ("ja", "tl")
# Search words that the demo content of each language holds, and one that nothing holds.
FOUND = {"ja": "在留", "tl": "paninirahan"}
NOT_FOUND = "zzqqxxvv"


class Pages:
    """The rendered pages, by name; each answer's status is checked as it is stored."""

    def __init__(self) -> None:
        self.html: dict[str, str] = {}

    def add(self, name: str, response, status: int = 200) -> None:
        assert response.status_code == status, (name, response.status_code)
        assert response["Content-Type"].startswith("text/html"), name
        self.html[name] = response.content.decode()


def _url(key: str, language: str) -> str:
    page = service_pages.live_page_for_language(key, language)
    assert page is not None, (key, language)
    return page.url


def _content_pages(pages: Pages, client: Client, language: str) -> None:
    from django.conf import settings

    urls = one_page_per_type(language, services=False)
    for label, url in urls.items():
        pages.add(f"{language}-{label}", client.get(url))
    # Every content page type (those the page cache serves) is in each demo language.
    for label in settings.PORTAL_PAGE_CACHE_PAGE_TYPES:
        assert label in urls, (language, label)
    for path in ("residents/", "organizations/"):
        pages.add(f"{language}-{path.strip('/')}", client.get(f"/{language}/{path}"))
    pages.add(f"{language}-search-empty", client.get(f"/{language}/search/"))
    found = client.get(f"/{language}/search/", {"q": FOUND[language]})
    assert 'class="search-results"' in found.content.decode(), language
    pages.add(f"{language}-search-found", found)
    pages.add(f"{language}-search-nothing", client.get(f"/{language}/search/", {"q": NOT_FOUND}))
    pages.add(f"{language}-404", client.get(f"/{language}/no-such-page/"), status=404)


def _check_pages(pages: Pages, client: Client, language: str) -> None:
    check = FilingCheckPage.objects.live().get(locale__language_code=language).url
    pages.add(f"{language}-check", client.get(check))
    day = today_in_japan() - datetime.timedelta(days=3)
    answer = client.get(
        check,
        {
            "status": "student",
            "granted_on": "2025-04-01",
            "period": "long",
            "special_case": "",
            "event": "left_org",
            "event_date": day.isoformat(),
        },
    )
    assert answer.context["answer"] is not None
    pages.add(f"{language}-check-answer", answer)
    pages.add(f"{language}-check-errors", client.get(check, {"status": "", "event": "x"}))


def _anonymous_account_pages(pages: Pages, client: Client, language: str) -> None:
    account = _url(service_pages.ACCOUNT, language)
    registration = _url(service_pages.ORGANIZATION_REGISTRATION, language)
    for route in ("", "register/", "login/", "renotify/", "renotify/password/"):
        name = f"{language}-account-{route.strip('/').replace('/', '-') or 'index'}"
        pages.add(name, client.get(f"{account}{route}"))
    for route in ("register/", "login/", "renotify/", "renotify/password/"):
        name = f"{language}-account-{route.strip('/').replace('/', '-')}-errors"
        pages.add(name, client.post(f"{account}{route}", {}))
    pages.add(f"{language}-organization-registration", client.get(registration))
    pages.add(f"{language}-organization-registration-errors", client.post(registration, {}))


def _resident_pages(pages: Pages, language: str) -> None:
    user = make_resident_user(language=language)
    client = Client()
    client.force_login(user)
    account = _url(service_pages.ACCOUNT, language)
    filing = _url(service_pages.FILING, language)
    status = _url(service_pages.STATUS, language)
    mail = queue_mail(
        template="password_changed", dedupe_key=f"vnu:{language}", recipient=user, context={}
    )
    for route in ("profile/", "email/", "password/", "two-factor/", "language/", "inbox/"):
        pages.add(f"{language}-resident-{route.strip('/')}", client.get(f"{account}{route}"))
    pages.add(f"{language}-resident-consents", client.get(f"{account}consents/"))
    pages.add(f"{language}-resident-mail", client.get(f"{account}inbox/{mail.public_id}/"))
    for route in ("email/", "password/"):
        name = f"{language}-resident-{route.strip('/')}-errors"
        pages.add(name, client.post(f"{account}{route}", {}))

    kind = FilingKind.ACTIVITY_ORG_LEFT
    pages.add(f"{language}-filing-index", client.get(filing))
    pages.add(f"{language}-filing-start", client.get(f"{filing}new/{kind}/"))
    token = start(client, kind, base=filing)
    draft = f"{filing}draft/{token}/"
    pages.add(f"{language}-filing-identity", client.get(f"{draft}identity/"))
    pages.add(f"{language}-filing-identity-errors", client.post(f"{draft}identity/", {}))
    identity = identity_of(user.resident_account.resident)
    assert client.post(f"{draft}identity/", identity).status_code == 303
    pages.add(f"{language}-filing-details", client.get(f"{draft}details/"))
    pages.add(f"{language}-filing-details-errors", client.post(f"{draft}details/", {}))
    event = {**event_values(kind), "org_name": "デモ国際大学", "org_address": "東京都新宿区1-2-3"}
    assert client.post(f"{draft}details/", event).status_code == 303
    pages.add(f"{language}-filing-confirm", client.get(f"{draft}confirm/"))
    submission = FilingDraft.objects.get(token=token).submission_token
    sent = client.post(f"{draft}submit/", {"submission_token": str(submission)})
    assert sent.status_code == 303, sent.status_code
    pages.add(f"{language}-filing-receipt", client.get(sent["Location"]))
    pages.add(f"{language}-status-index", client.get(status))
    detail = sent["Location"].split("?")[0]
    pages.add(f"{language}-status-detail", client.get(detail))
    again = client.get(f"{filing}again/{detail.rstrip('/').rsplit('/', 1)[1]}/")
    if again.status_code == 200:
        pages.add(f"{language}-filing-again", again)


def _organization_pages(pages: Pages, language: str) -> None:
    user = make_org_user()
    user.language_code = language
    user.save(update_fields=["language_code"])
    organization = user.organization_membership.organization
    client = Client()
    client.force_login(user)
    account = _url(service_pages.ACCOUNT, language)
    filing = _url(service_pages.FILING, language)
    bulk = _url(service_pages.BULK, language)
    for route in ("profile/", "organization/", "organization/add/"):
        name = f"{language}-organization-{route.strip('/').replace('/', '-')}"
        pages.add(name, client.get(f"{account}{route}"))
    pages.add(f"{language}-organization-add-errors", client.post(f"{account}organization/add/", {}))
    pages.add(f"{language}-organization-filing-index", client.get(filing))
    pages.add(f"{language}-bulk-index", client.get(bulk))
    pages.add(f"{language}-bulk-upload-errors", client.post(bulk, {}), status=400)
    refused = BulkUploadFactory(
        organization=organization, uploaded_by=user, language_code=language, reception_error=True
    )
    pages.add(f"{language}-bulk-result-errors", client.get(f"{bulk}{refused.public_id}/"))
    running = BulkUploadFactory(
        organization=organization,
        uploaded_by=user,
        language_code=language,
        half_registered=True,
        rows=2,
    )
    pages.add(f"{language}-bulk-result-registering", client.get(f"{bulk}{running.public_id}/"))


def _maintenance_pages(pages: Pages, client: Client, language: str) -> None:
    pages.add(f"{language}-maintenance", client.get(_url(service_pages.FILING, language)), 503)
    pages.add(f"{language}-home-during-maintenance", client.get(f"/{language}/"))


def _vnu(directory: Path) -> list[dict]:
    """One run of the checker over every file: its errors (warnings are not asked for)."""
    files = sorted(str(path) for path in directory.glob("*.html"))
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    # vnu writes its report to stderr and exits 1 when it found errors.
    assert result.stderr.strip().startswith("{"), result.stderr[-2000:] or result.stdout
    return json.loads(result.stderr)["messages"]


def _describe(message: dict) -> str:
    name = Path(message.get("url", "")).name
    where = f"{name}:{message.get('lastLine', '?')}"
    extract = (message.get("extract") or "").replace("\n", " ")
    return f"{where}: {message.get('type')}: {message['message']}\n    {extract}"


def test_every_page_type_is_valid_html(demo_site, tmp_path, settings):
    settings.PORTAL_PAGE_CACHE = False
    pages = Pages()
    for language in LANGUAGES:
        anonymous = Client()
        _content_pages(pages, anonymous, language)
        _check_pages(pages, anonymous, language)
        _anonymous_account_pages(pages, anonymous, language)
        _resident_pages(pages, language)
        _organization_pages(pages, language)
    now = datetime.datetime.now(tz=datetime.UTC)
    from wagtail.models import Locale

    MaintenanceWindow.objects.create(
        title="定期メンテナンス",
        start=now - datetime.timedelta(hours=1),
        end=now + datetime.timedelta(hours=1),
        message="終了後は通常どおり利用できます。",
        locale=Locale.objects.get(language_code="ja"),
    )
    for language in LANGUAGES:
        _maintenance_pages(pages, Client(), language)

    for name, html in pages.html.items():
        (tmp_path / f"{name}.html").write_text(html, encoding="utf-8")
    messages = _vnu(tmp_path)
    print(f"Nu HTML Checker: {len(pages.html)} pages, {len(messages)} error(s)")
    assert messages == [], "\n".join(_describe(m) for m in messages)
