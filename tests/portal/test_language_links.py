"""The language links never leave the site (security issue point 10).

A 404 for a made-up address keeps the address in each language link (`translate_url` cannot
resolve it and returns it unchanged); for `//evil.example/login` a browser reads that as
another host, so the error page of the portal offered eight links to somebody else's site.
"""

from __future__ import annotations

import datetime
import re
from urllib.parse import urlsplit

import pytest

from tests.content_helpers import make_site
from tests.e2e.filing_site import PASSWORD

pytestmark = pytest.mark.django_db

SWITCHER = re.compile(r'<nav class="language-switcher".*?</nav>', re.DOTALL)
HREF = re.compile(r'href="([^"]*)"')


def _language_links(response) -> list[str]:
    nav = SWITCHER.search(response.content.decode())
    assert nav, response.content.decode()[:1000]
    return [link.replace("&amp;", "&") for link in HREF.findall(nav.group(0))]


def _same_site_path(url: str) -> bool:
    parts = urlsplit(url)
    return (
        url.startswith("/")
        and not url.startswith("//")
        and not parts.scheme
        and not parts.netloc
        and "\\" not in url
    )


@pytest.mark.parametrize(
    "path",
    [
        "//evil.example/login",
        "///evil.example/login",
        "/\\evil.example/login",
        "//evil.example/ja/",
        "/ja//evil.example/",
    ],
)
def test_a_404_for_a_crafted_path_has_only_same_site_language_links(client, path):
    make_site(languages=("ja", "en"))
    # The test client would read "//host/..." as a host itself: hand the path to Django as is.
    response = client.get("/", PATH_INFO=path)
    assert response.status_code == 404
    links = _language_links(response)
    assert len(links) == 8
    assert all(_same_site_path(link) for link in links), links


def test_a_404_for_an_ordinary_path_keeps_its_language_links(client):
    make_site(languages=("ja", "en"))
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    links = _language_links(response)
    assert len(links) == 8
    assert all(_same_site_path(link) for link in links), links


# --- a sub-page keeps its place in the other language -------------------------------------------


def _links_by_language(response) -> dict[str, str]:
    nav = SWITCHER.search(response.content.decode())
    assert nav, response.content.decode()[:1000]
    pairs = re.findall(r'<a href="([^"]*)" lang="([^"]+)"', nav.group(0))
    return {code: href.replace("&amp;", "&") for href, code in pairs}


@pytest.fixture
def resident_client(client, reference_data):
    from tests.e2e.filing_site import build, demo_resident_user

    build(("ja", "tl"))
    user = demo_resident_user("AB12345678CD", "switch.resident", "ja")
    client.force_login(user)
    return client, user


def test_a_wizard_step_links_to_the_same_step_of_the_same_draft(resident_client):
    from filings.models import FilingDraft
    from tests.filings import wizard

    client, user = resident_client
    token = wizard.start(client, "activity_org_left")
    identity = wizard.identity_of(user.resident_account.resident)
    response = client.post(f"/ja/filing/draft/{token}/identity/", identity)
    assert response["Location"] == f"/ja/filing/draft/{token}/details/"

    links = _links_by_language(client.get(f"/ja/filing/draft/{token}/details/"))
    assert links["tl"] == f"/tl/filing/draft/{token}/details/"
    assert links["ja"] == f"/ja/filing/draft/{token}/details/"
    # A language the site has no filing page in falls back to its top page.
    assert links["en"] == "/en/"

    # Followed: the same step of the same draft, in Tagalog, and step 1 still holds the data.
    details = client.get(links["tl"])
    assert details.status_code == 200
    assert '<html lang="tl"' in details.content.decode()
    assert f'href="/tl/filing/draft/{token}/identity/"' in details.content.decode()
    back = client.get(f"/tl/filing/draft/{token}/identity/").content.decode()
    assert f'value="{identity["address_rest"]}"' in back
    assert FilingDraft.objects.get(token=token).data["card_number"] == identity["card_number"]

    # The last step, "Check and send", likewise.
    event = wizard.event_values("activity_org_left")
    response = client.post(f"/tl/filing/draft/{token}/details/", event)
    assert response["Location"] == f"/tl/filing/draft/{token}/confirm/"
    links = _links_by_language(client.get(response["Location"]))
    assert links["ja"] == f"/ja/filing/draft/{token}/confirm/"
    confirm = client.get(links["ja"])
    assert confirm.status_code == 200
    assert f'action="/ja/filing/draft/{token}/submit/"' in confirm.content.decode()


def test_the_check_answer_keeps_its_query_in_the_other_language(resident_client):
    from tests.filings.wizard import today

    client, _user = resident_client
    event_day = (today() - datetime.timedelta(days=3)).isoformat()
    query = (
        f"?status=student&granted_on=2023-04-01&period=long&event=left_org&event_date={event_day}"
    )
    links = _links_by_language(client.get(f"/ja/check/{query}"))
    assert links["tl"] == f"/tl/check/{query}"
    answer = client.get(links["tl"])
    assert answer.status_code == 200
    assert 'data-outcome="file"' in answer.content.decode()


def test_status_detail_inbox_mail_and_registration_keep_their_place(resident_client):
    from filings.models import Mail
    from tests.filings import wizard

    client, user = resident_client
    identity = wizard.identity_of(user.resident_account.resident)
    _token, response = wizard.file(
        client, "activity_org_left", wizard.event_values("activity_org_left"), identity
    )
    status = response["Location"]  # /ja/status/<id>/?sent=new
    assert status.startswith("/ja/status/")
    links = _links_by_language(client.get(status))
    assert links["tl"] == "/tl/" + status.removeprefix("/ja/")
    assert client.get(links["tl"]).status_code == 200

    mail = Mail.objects.filter(recipient=user).first()
    inbox_mail = f"/ja/account/inbox/{mail.public_id}/"
    links = _links_by_language(client.get(inbox_mail))
    assert links["tl"] == f"/tl/account/inbox/{mail.public_id}/"
    assert client.get(links["tl"]).status_code == 200

    client.logout()
    links = _links_by_language(client.get("/ja/account/register/"))
    assert links["tl"] == "/tl/account/register/"


def test_a_reading_page_links_to_the_translations_own_address(resident_client):
    client, _user = resident_client
    links = _links_by_language(client.get("/ja/filing/"))
    assert links["tl"] == "/tl/filing/"


def test_the_sign_in_page_keeps_where_it_leads_in_the_other_language(client, reference_data):
    from tests.e2e.filing_site import build, demo_resident_user

    build(("ja", "tl"))
    user = demo_resident_user("AB12345678CD", "switch.signin", "ja")
    login = client.get("/ja/filing/")["Location"]
    assert login == "/ja/account/login/?next=%2Fja%2Ffiling%2F"
    links = _links_by_language(client.get(login))
    assert links["tl"] == "/tl/account/login/?next=%2Ftl%2Ffiling%2F"
    assert links["ja"] == login
    # Signed in on the Tagalog page, the person goes on in Tagalog.
    response = client.post(links["tl"], {"auth_id": user.username, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/tl/filing/"
