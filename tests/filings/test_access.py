"""Access control of the filing and status pages (QUALITY C1, C4, C5; SPEC X1)."""

from __future__ import annotations

import pytest

from django.test import Client

from filings.constants import FilingKind
from filings.models import Filing, FilingDraft, ProxyConsent
from tests.filings.conftest import make_org_user, make_resident_user
from tests.filings.wizard import event_values, fill, identity_of, start, submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(ja_filing_site, django_capture_on_commit_callbacks):
    """Owner A (a resident with a filing and an open draft), another resident B, an
    organization user C with a filing and a proxy consent from A, and a user D of another
    organization."""
    a = make_resident_user()
    b = make_resident_user()
    c = make_org_user()
    d = make_org_user()
    client = Client()
    client.force_login(a)
    with django_capture_on_commit_callbacks(execute=True):
        token = start(client, FilingKind.ACTIVITY_ORG_LEFT)
        fill(client, token, None, event_values(FilingKind.ACTIVITY_ORG_LEFT))
        submit(client, token)
    open_draft = start(client, FilingKind.ACTIVITY_ORG_MOVED)
    consent = ProxyConsent.objects.create(
        resident=a.resident_account.resident,
        organization=c.organization_membership.organization,
    )
    client.force_login(c)
    org_draft = start(client, FilingKind.ACCEPTANCE_STARTED)
    with django_capture_on_commit_callbacks(execute=True):
        fill(
            client,
            org_draft,
            identity_of(b.resident_account.resident),
            event_values(FilingKind.ACCEPTANCE_STARTED),
        )
        submit(client, org_draft)
    return {
        "a": a,
        "b": b,
        "c": c,
        "d": d,
        "filing": Filing.objects.get(filed_by=a),
        "org_filing": Filing.objects.get(filed_by=c),
        "draft": FilingDraft.objects.get(token=open_draft),
        "sent_draft": FilingDraft.objects.get(token=token),
        "consent": consent,
    }


def _object_urls(world) -> list[tuple[str, str]]:
    """Every URL pattern with an object id, for the resident's objects."""
    draft, filing, consent = world["draft"], world["filing"], world["consent"]
    return [
        ("get", f"/ja/filing/draft/{draft.token}/identity/"),
        ("post", f"/ja/filing/draft/{draft.token}/identity/"),
        ("get", f"/ja/filing/draft/{draft.token}/details/"),
        ("post", f"/ja/filing/draft/{draft.token}/details/"),
        ("get", f"/ja/filing/draft/{draft.token}/confirm/"),
        ("post", f"/ja/filing/draft/{draft.token}/submit/"),
        ("get", f"/ja/filing/draft/{world['sent_draft'].token}/confirm/"),
        ("get", f"/ja/filing/again/{filing.public_id}/"),
        ("post", f"/ja/filing/again/{filing.public_id}/"),
        ("get", f"/ja/status/{filing.public_id}/"),
        ("get", f"/en/status/{filing.public_id}/"),
        ("post", f"/ja/filing/proxy/{consent.public_id}/{FilingKind.ACTIVITY_ORG_MOVED}/"),
        ("get", f"/ja/filing/proxy/{consent.public_id}/{FilingKind.ACTIVITY_ORG_MOVED}/"),
    ]


def test_c1_other_people_get_404_for_every_object_url(world):
    before = (Filing.objects.count(), FilingDraft.objects.count())
    for intruder in ("b", "d"):
        client = Client()
        client.force_login(world[intruder])
        for method, url in _object_urls(world):
            if intruder == "d" or "/proxy/" not in url:
                response = getattr(client, method)(url)
                assert response.status_code == 404, (intruder, method, url, response.status_code)
    # The organization with the consent may not open the resident's own drafts or filings.
    client = Client()
    client.force_login(world["c"])
    for method, url in _object_urls(world):
        if "/proxy/" in url:
            continue
        assert getattr(client, method)(url).status_code == 404, (method, url)
    assert (Filing.objects.count(), FilingDraft.objects.count()) == before


def test_c1_organizations_see_only_their_own_filings(world):
    client = Client()
    client.force_login(world["d"])
    assert client.get(f"/ja/status/{world['org_filing'].public_id}/").status_code == 404
    listing = client.get("/ja/status/")
    assert world["org_filing"].receipt_number not in listing.content.decode()
    client.force_login(world["c"])
    assert client.get(f"/ja/status/{world['org_filing'].public_id}/").status_code == 200
    # The accepted person is not the filer of a 19-17 filing: it is not on their page.
    client.force_login(world["b"])
    assert client.get(f"/ja/status/{world['org_filing'].public_id}/").status_code == 404


def test_c1_owners_reach_their_objects_and_ids_are_opaque(world):
    client = Client()
    client.force_login(world["a"])
    assert client.get(f"/ja/status/{world['filing'].public_id}/").status_code == 200
    assert client.get(f"/ja/filing/draft/{world['draft'].token}/identity/").status_code == 200
    # Row numbers never work as ids, neither the object's own nor its neighbours'.
    for pk in (world["filing"].pk - 1, world["filing"].pk, world["filing"].pk + 1):
        assert client.get(f"/ja/status/{pk}/").status_code == 404
    listing = client.get("/ja/status/").content.decode()
    assert f"/ja/status/{world['filing'].public_id}/" in listing
    assert world["org_filing"].receipt_number not in listing


def test_c4_anonymous_visitors_are_sent_to_sign_in_everywhere_but_the_check(world):
    client = Client()
    for method, url in [*_object_urls(world), ("get", "/ja/filing/"), ("get", "/ja/status/")]:
        response = getattr(client, method)(url)
        assert response.status_code == 302, (method, url)
        assert "login/?next=" in response["Location"] or response["Location"].startswith("/?next=")
    assert client.get("/ja/check/").status_code == 200


def test_c4_officers_without_a_filer_account_cannot_file(world, admin_user):
    client = Client()
    client.force_login(admin_user)
    assert client.get("/ja/filing/").status_code == 403
    assert client.get(f"/ja/status/{world['filing'].public_id}/").status_code == 403


def test_c5_every_post_needs_a_csrf_token_and_get_changes_nothing(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world["a"])
    draft = world["draft"]
    before = (Filing.objects.count(), FilingDraft.objects.count(), dict(draft.data))
    for url in (
        f"/ja/filing/new/{FilingKind.ACTIVITY_ORG_LEFT}/",
        f"/ja/filing/draft/{draft.token}/identity/",
        f"/ja/filing/draft/{draft.token}/details/",
        f"/ja/filing/draft/{draft.token}/submit/",
        f"/ja/filing/again/{world['filing'].public_id}/",
    ):
        assert (
            client.post(url, {"submission_token": str(draft.submission_token)}).status_code == 403
        )
    for url in (
        f"/ja/filing/new/{FilingKind.ACTIVITY_ORG_LEFT}/",
        f"/ja/filing/draft/{draft.token}/submit/",
        f"/ja/filing/again/{world['filing'].public_id}/",
    ):
        assert client.get(url).status_code in (200, 303)
    draft.refresh_from_db()
    assert (Filing.objects.count(), FilingDraft.objects.count(), draft.data) == before
