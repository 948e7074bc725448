"""Every URL of the portal, walked as every kind of user (QUALITY C1–C5, A16; SPEC X1).

The walk is generated, not listed by hand: every Django URL pattern (the resolver, recursively,
the whole Wagtail admin included) and every page route (each page type of the tree, and each
sub-route of the routable pages) is requested as anonymous, resident A, resident B, a user of
organization X, a user of organization Y, an editor and an officer (staff with a verified second
factor). Path parameters are filled with real objects of their owner (A's draft, filing, mail;
X's member, consent, upload), so "404 for someone else's object" is tested with objects that
exist.

The expected answer of each (route, role) comes from the tables below. A URL pattern, page type
or page route that no table classifies fails the walk, so a new view cannot escape it.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable

import pytest
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, get_page_models

from filings.constants import FilingKind
from filings.models import (
    Filing,
    FilingDraft,
    OrganizationMembership,
    ProxyConsent,
    ResidenceCard,
)
from portal.models import AuditEvent
from tests.filings.conftest import make_org_user, make_resident_user
from tests.filings.test_filing_admin import _filing

pytestmark = pytest.mark.django_db

User = get_user_model()

ROLES = ("anonymous", "resident_a", "resident_b", "org_x", "org_y", "editor", "officer")
FILERS = ("resident_a", "resident_b", "org_x", "org_y")
STAFF = ("editor", "officer")

# Answers, as `_outcome` names them.
OK, LOGIN, OTP, NOT_FOUND, FORBIDDEN, REDIRECT = "200", "login", "otp", "404", "403", "302"
GONE = "410"


def roles(default: str | set[str], **per_role: str | set[str]) -> dict[str, set[str]]:
    """An expectation: `default` for every role, except those named."""

    def as_set(value):
        return {value} if isinstance(value, str) else set(value)

    return {role: as_set(per_role.get(role, default)) for role in ROLES}


PUBLIC = roles(OK)
# Filer pages: sign in first; staff have no filer account (403, test_access C4).
FILER = roles(OK, anonymous=LOGIN, editor=FORBIDDEN, officer=FORBIDDEN)
RESIDENT_ONLY = roles(
    NOT_FOUND, anonymous=LOGIN, resident_a=OK, editor=FORBIDDEN, officer=FORBIDDEN
)
A_ONLY = roles(NOT_FOUND, anonymous=LOGIN, resident_a=OK, editor=FORBIDDEN, officer=FORBIDDEN)
X_ONLY = roles(NOT_FOUND, anonymous=LOGIN, org_x=OK, editor=FORBIDDEN, officer=FORBIDDEN)
SIGNED_IN = roles(OK, anonymous=LOGIN)
# Filer-only account pages: staff signed in to the admin are not signed in on the site's side.
FILER_ACCOUNT = roles(OK, anonymous=LOGIN, editor=LOGIN, officer=LOGIN)
BULK_ERRORS = roles(
    NOT_FOUND,
    anonymous={LOGIN, NOT_FOUND},
    resident_a={FORBIDDEN, NOT_FOUND},
    resident_b={FORBIDDEN, NOT_FOUND},
    org_x={OK, NOT_FOUND},
    editor={FORBIDDEN, NOT_FOUND},
    officer={FORBIDDEN, NOT_FOUND},
)
BULK_OBJECT = roles(
    NOT_FOUND,
    anonymous=LOGIN,
    resident_a=FORBIDDEN,
    resident_b=FORBIDDEN,
    org_x=OK,
    editor=FORBIDDEN,
    officer=FORBIDDEN,
)
ANONYMOUS_ONLY = roles(REDIRECT, anonymous=OK)

# --- Django URL patterns outside the page tree -------------------------------------------------
# Keyed by the pattern's full route; the admin is classified as a whole below.
DJANGO_ROUTES: dict[str, dict[str, set[str]]] = {
    "healthz": PUBLIC,
    # Staff enrol or verify their second factor; anyone signed in may reach the form, which
    # protects nothing by itself (the admin still checks its own permission afterwards).
    # Staff only: filers are sent back to the site (REDIRECT to their top page).
    "admin-2fa/setup/": roles(
        {OK, REDIRECT, OTP}, anonymous=LOGIN, **dict.fromkeys(FILERS, REDIRECT)
    ),
    "admin-2fa/verify/": roles(
        {OK, REDIRECT, OTP}, anonymous=LOGIN, **dict.fromkeys(FILERS, REDIRECT)
    ),
    "sitemap.xml": PUBLIC,
    "downloads/organization-registration.xlsx": PUBLIC,
    r"^downloads/bulk/(?P<family>[a-z]+)-(?P<language>[a-z]{2}(?:-[a-z]{4})?)\.xlsx$": PUBLIC,
    r"^downloads/organization-registration-(?P<language>[a-z]{2}(?:-[a-z]{4})?)\.xlsx$": PUBLIC,
    r"documents/^(\d+)/(.*)$": PUBLIC,
    # A document's password form; the demo has no password-protected documents.
    "documents/authenticate_with_password/<int:restriction_id>/": roles(NOT_FOUND),
    "<lang>/search/": PUBLIC,
    # Wagtail's forms for private pages; the demo has no private pages (so: 404).
    "<lang>/_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/": roles(
        NOT_FOUND
    ),
    # Wagtail's front-end login form is replaced by a redirect to the account sign-in page
    # (it signed anyone in without the sign-in policy; tests/portal/test_auth_routes.py).
    "<lang>/_util/login/": roles(LOGIN),
}
# Wagtail's catch-all page route: walked page by page below.
PAGE_SERVE_ROUTE = r"<lang>/^((?:[\w\-]+/)*)$"

# --- the page tree -----------------------------------------------------------------------------
# Plain page types: their page itself. Routable page types: one entry per sub-route.
PAGE_TYPES: dict[str, dict[str, set[str]]] = {
    "portal.HomePage": PUBLIC,
    "portal.StandardPage": PUBLIC,
    "portal.NoticeIndexPage": PUBLIC,
    "portal.NoticePage": PUBLIC,
    "faq.FAQIndexPage": PUBLIC,
    "faq.FAQSectionPage": PUBLIC,
    "manuals.ManualIndexPage": PUBLIC,
    "manuals.ManualPage": PUBLIC,
    "manuals.DownloadsPage": PUBLIC,
    "manuals.ErrorListPage": PUBLIC,
}
PAGE_ROUTES: dict[tuple[str, str], dict[str, set[str]]] = {
    # "Do I need to file?" is open to everyone.
    ("filings.FilingCheckPage", ""): PUBLIC,
    # Filing wizards.
    ("filings.FilingPage", ""): FILER,
    # A resident's kind: organizations file other kinds (404).
    ("filings.FilingPage", "new/<str:kind>/"): roles(
        {OK, REDIRECT},
        anonymous=LOGIN,
        org_x=NOT_FOUND,
        org_y=NOT_FOUND,
        editor=FORBIDDEN,
        officer=FORBIDDEN,
    ),
    ("filings.FilingPage", "proxy/<uuid:consent_id>/<str:kind>/"): roles(
        NOT_FOUND, anonymous=LOGIN, org_x={OK, REDIRECT}, editor=FORBIDDEN, officer=FORBIDDEN
    ),
    # GET only sends to the confirm step, for any token (so it tells nothing); POST is the
    # submission, tested for other people's drafts below (404).
    ("filings.FilingPage", "draft/<uuid:token>/submit/"): roles(
        {REDIRECT}, anonymous=LOGIN, editor=FORBIDDEN, officer=FORBIDDEN
    ),
    ("filings.FilingPage", "draft/<uuid:token>/<str:step>/"): A_ONLY,
    ("filings.FilingPage", "again/<uuid:filing_id>/"): roles(
        NOT_FOUND,
        anonymous=LOGIN,
        resident_a={OK, REDIRECT},
        editor=FORBIDDEN,
        officer=FORBIDDEN,
    ),
    # The municipalities of a prefecture: public reference data for the address lists.
    ("filings.FilingPage", "municipalities/"): PUBLIC,
    # The filer's filings.
    ("filings.StatusPage", ""): FILER,
    ("filings.StatusPage", "<uuid:filing_id>/"): A_ONLY,
    # Bulk files of organizations (BULK-B). Residents may not use bulk at all (403, whatever
    # the id); another organization's upload is 404.
    ("filings.BulkPage", ""): roles(FORBIDDEN, anonymous=LOGIN, org_x=OK, org_y=OK),
    ("filings.BulkPage", "<uuid:upload_id>/"): BULK_OBJECT,
    ("filings.BulkPage", "<uuid:upload_id>/progress/"): BULK_OBJECT,
    # The error workbook of an upload: the owner's (404 while the upload has none), nobody
    # else's. The older ".xlsx" route could not be reached through Wagtail's page route (it
    # needs a trailing "/"); it stays listed in case it comes back.
    ("filings.BulkPage", "<uuid:upload_id>/errors/"): BULK_ERRORS,
    ("filings.BulkPage", "<uuid:upload_id>/errors.xlsx"): BULK_ERRORS,
    # Accounts. The front page, sign-in, registration and re-notification are open to all
    # (signed in: a redirect to the profile where that makes sense).
    ("filings.AccountPage", ""): roles({OK, REDIRECT}),
    ("filings.AccountPage", "register/"): roles({OK, REDIRECT}),
    ("filings.AccountPage", "register/done/"): roles(
        {OK, REDIRECT}, anonymous=LOGIN, editor=LOGIN, officer=LOGIN
    ),
    ("filings.AccountPage", "login/"): roles({OK, REDIRECT}),
    ("filings.AccountPage", "login/verify/"): roles({OK, REDIRECT, LOGIN}),
    ("filings.AccountPage", "logout/"): roles({OK, REDIRECT}, anonymous=LOGIN),
    ("filings.AccountPage", "renotify/"): roles({OK, REDIRECT}),
    ("filings.AccountPage", "renotify/password/"): roles({OK, REDIRECT}),
    # Mailed links with an unknown token: 410 for everyone.
    ("filings.AccountPage", "activate/<str:token>/"): roles({NOT_FOUND, GONE}),
    ("filings.AccountPage", "email/confirm/<str:token>/"): roles({NOT_FOUND, GONE, LOGIN}),
    ("filings.AccountPage", "profile/"): FILER_ACCOUNT,
    ("filings.AccountPage", "email/"): FILER_ACCOUNT,
    ("filings.AccountPage", "password/"): FILER_ACCOUNT,
    ("filings.AccountPage", "two-factor/"): FILER_ACCOUNT,
    ("filings.AccountPage", "language/"): FILER_ACCOUNT,
    ("filings.AccountPage", "inbox/"): FILER_ACCOUNT,
    ("filings.AccountPage", "inbox/<uuid:mail_id>/"): roles(
        NOT_FOUND, anonymous=LOGIN, resident_a=OK, editor=LOGIN, officer=LOGIN
    ),
    ("filings.AccountPage", "consents/"): roles(
        NOT_FOUND, anonymous=LOGIN, resident_a=OK, resident_b=OK, editor=LOGIN, officer=LOGIN
    ),
    ("filings.AccountPage", "organization/"): roles(
        NOT_FOUND, anonymous=LOGIN, org_x=OK, org_y=OK, editor=LOGIN, officer=LOGIN
    ),
    ("filings.AccountPage", "organization/add/"): roles(
        NOT_FOUND, anonymous=LOGIN, org_x=OK, org_y=OK, editor=LOGIN, officer=LOGIN
    ),
    # X's own member: the page, or a redirect to the list (only its administrator manages it).
    ("filings.AccountPage", "organization/<uuid:member_id>/"): roles(
        NOT_FOUND, anonymous=LOGIN, org_x={OK, REDIRECT}, editor=LOGIN, officer=LOGIN
    ),
    ("filings.OrganizationRegistrationPage", ""): PUBLIC,
    # Without a registration just sent: back to the form.
    ("filings.OrganizationRegistrationPage", "done/"): roles({OK, REDIRECT}),
}

# --- the admin -----------------------------------------------------------------------------------
ADMIN_OPEN = ("admin/login/", "admin/logout/", "admin/password_reset/")
# Off for everyone (WAGTAIL_PASSWORD_RESET_ENABLED = False): walked in
# test_credential_routes_open_no_wrong_door.
ADMIN_PASSWORD_RESET = (
    "/admin/password_reset/",
    "/admin/password_reset/done/",
    "/admin/password_reset/confirm/MQ/set-password/",
    "/admin/password_reset/complete/",
)
# Wagtail's own view that raises on purpose, to test error reporting: staff get the generic
# 500 page (with its reference), everyone else never reaches it.
ADMIN_DELIBERATE_ERROR = "/admin/failwhale/"
# Served to everyone because the login page needs them: the icon sprite and the JavaScript
# translation catalogue. Neither holds anything but Wagtail's own static text.
ADMIN_PUBLIC = ("/admin/sprite/", "/admin/jsi18n/")
# Admin sections showing personal data: an editor must never get a page from them.
PERSONAL_DATA_NAMESPACES = (
    "filings_filing",
    "wagtailsnippets_filings_resident",
    "wagtailsnippets_filings_residencecard",
    "wagtailsnippets_filings_organization",
    "resident_accounts",
    "organization_users",
    "organization_registrations",
    "mails",
    "audit_events",
    "registry-import",
    "bulk_uploads",
)


# --- enumerating ---------------------------------------------------------------------------------


def django_patterns() -> list[tuple[str, str, str]]:
    """(full route, namespace, name) of every URL pattern, recursively."""
    found: list[tuple[str, str, str]] = []

    def walk(entries, prefix: str, namespace: str):
        for entry in entries:
            if isinstance(entry.pattern, LocalePrefixPattern):
                route = "<lang>/"
            else:
                route = str(entry.pattern)
            if isinstance(entry, URLResolver):
                ns = entry.namespace or namespace
                walk(entry.url_patterns, prefix + route, ns)
            elif isinstance(entry, URLPattern):
                found.append((prefix + route, namespace or "", entry.name or ""))

    walk(get_resolver().url_patterns, "", "")
    return found


def page_routes() -> list[tuple[str, str]]:
    """(page type label, sub-route) of every routable page type."""
    found = []
    for model in get_page_models():
        if issubclass(model, RoutablePageMixin) and not model._meta.abstract:
            for pattern in model.get_subpage_urls():
                found.append((model._meta.label, str(pattern.pattern)))
    return found


def page_types() -> list[str]:
    return [
        m._meta.label
        for m in get_page_models()
        if m is not Page and not issubclass(m, RoutablePageMixin)
    ]


# --- the world -----------------------------------------------------------------------------------


def _verified(user) -> Callable[[Client], None]:
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)

    def sign_in(client: Client) -> None:
        client.force_login(user)
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()

    return sign_in


@pytest.fixture
def world(demo_site):
    from portal.services import EDITORS

    a, b = make_resident_user(), make_resident_user()
    x, y = make_org_user(), make_org_user()
    editor = User.objects.create_user("walk-editor", password="Editor#Pass12", is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITORS))
    officer = User.objects.create_superuser("walk-officer", password="Officer#Pass1")
    filing_a = _filing(resident=a.resident_account.resident, filed_by=a, state="registration_error")
    org_x = x.organization_membership.organization
    filing_x = _filing(organization=org_x, filed_by=x, filer_type="organization")
    draft_a = FilingDraft.objects.create(
        user=a, filer_type="resident", kind=FilingKind.ACTIVITY_ORG_MOVED, language_code="ja"
    )
    consent = ProxyConsent.objects.create(resident=a.resident_account.resident, organization=org_x)
    from filings.services.mail import queue_mail

    mail_a = queue_mail(
        template="password_changed", dedupe_key="walk:mail-a", recipient=a, context={}
    )
    second_x = make_org_user(org_x, role="member")
    upload_x = _bulk_upload(x)
    sign_ins: dict[str, Callable[[Client], None]] = {
        "anonymous": lambda client: None,
        "resident_a": lambda client: client.force_login(a),
        "resident_b": lambda client: client.force_login(b),
        "org_x": lambda client: client.force_login(x),
        "org_y": lambda client: client.force_login(y),
        "editor": _verified(editor),
        "officer": _verified(officer),
    }
    return {
        "sign_ins": sign_ins,
        "users": {"resident_a": a, "resident_b": b, "org_x": x, "org_y": y},
        "values": {
            "kind": FilingKind.ACTIVITY_ORG_LEFT,
            "consent_id": consent.public_id,
            "token": draft_a.token,
            "step": "identity",
            "filing_id": filing_a.public_id,
            "mail_id": mail_a.public_id,
            "member_id": second_x.organization_membership.public_id,
            "upload_id": getattr(upload_x, "public_id", uuid.uuid4()),
            "document_filename": "x.pdf",
        },
        "org_filing": filing_x,
        "objects": {
            "filing": filing_a,
            "resident": a.resident_account.resident,
            "residencecard": ResidenceCard.objects.filter(
                resident=a.resident_account.resident
            ).first(),
            "organization": org_x,
            "organizationmembership": x.organization_membership,
            "residentaccount": a.resident_account,
            "mail": mail_a,
        },
    }


def _bulk_upload(user):
    """An upload of organization X, if the bulk models exist yet (BULK-B)."""
    try:
        model = apps.get_model("filings", "BulkUpload")
    except LookupError:
        return None
    return model.objects.create(
        organization=user.organization_membership.organization,
        uploaded_by=user,
        language_code="ja",
        filename="walk.xlsx",
        stored_name=uuid.uuid4().hex,
        sha256="0" * 64,
    )


# --- requesting ----------------------------------------------------------------------------------


def _outcome(response) -> str:
    code = response.status_code
    if code in (301, 302, 303, 307, 308):
        location = response["Location"]
        if location == "/ja" + response.request["PATH_INFO"]:
            # Django's LocaleMiddleware answers a 404 outside the language prefixes with a
            # redirect to the same path under /ja/, where the page tree answers 404.
            return NOT_FOUND
        if "/login/" in location or location.startswith("/?next="):
            return LOGIN
        if location.startswith("/admin-2fa/"):
            return OTP
        return REDIRECT
    return str(code)


def _fill(route: str, values: dict) -> str:
    def replace(match):
        converter, name = match.group(1), match.group(2)
        if name in values:
            return str(values[name])
        if name in ("pk", "id") or name.endswith("_id"):
            return "1"  # ids are numbers here; a word would only test Wagtail's URL parsing
        return {"int": "1", "uuid": str(uuid.uuid4()), "path": "x/y"}.get(converter, "x")

    return re.sub(r"<(?:(\w+):)?(\w+)>", lambda m: replace(m), route)


class Walker:
    def __init__(self, world):
        self.world = world
        self.clients: dict[str, Client] = {}
        self.table: dict[tuple[str, str], str] = {}

    def client(self, role: str) -> Client:
        """A signed-in client per role, kept between requests (signing in per request would
        double the walk's time); a sign-out URL gets a fresh one and drops it afterwards."""
        if role not in self.clients:
            client = Client(raise_request_exception=False)
            self.world["sign_ins"][role](client)
            self.clients[role] = client
        return self.clients[role]

    def get(self, role: str, url: str):
        response = self.client(role).get(url)
        if "logout" in url:
            self.clients.pop(role, None)
        return response


def _live_page_urls() -> dict[str, str]:
    """One live Japanese page per page type: its URL path."""
    urls = {}
    for page in Page.objects.live().filter(locale__language_code="ja").specific().order_by("depth"):
        label = type(page)._meta.label
        if label not in urls and page.url:
            urls[label] = page.url
    return urls


# --- the tests -----------------------------------------------------------------------------------


def test_every_url_pattern_and_page_route_is_classified():
    """A new view must be added to a table here, or the walk fails."""
    unclassified = [
        route
        for route, _ns, _name in django_patterns()
        if not route.startswith("admin/")
        and route not in DJANGO_ROUTES
        and route != PAGE_SERVE_ROUTE
        and not route.startswith(("static/", "media/", "^static/", "^media/"))
    ]
    unclassified += [f"{m}: {r!r}" for m, r in page_routes() if (m, r) not in PAGE_ROUTES]
    unclassified += [m for m in page_types() if m not in PAGE_TYPES]
    assert unclassified == [], "classify these in tests/portal/test_url_walk.py"
    admin = [r for r, _ns, _n in django_patterns() if r.startswith("admin/")]
    assert len(admin) > 100, "the walk should see Wagtail's whole admin"


def _check(walker: Walker, key: str, url: str, expected: dict[str, set[str]], problems: list):
    for role in ROLES:
        outcome = _outcome(walker.get(role, url))
        walker.table[(key, role)] = outcome
        if outcome not in expected[role]:
            problems.append(f"{role:<11} GET {url:<70} -> {outcome} (expected {expected[role]})")


def _matrix(walker: Walker) -> str:
    keys = sorted({key for key, _role in walker.table})
    lines = ["route".ljust(60) + "".join(r[:10].ljust(11) for r in ROLES)]
    for key in keys:
        lines.append(key[:59].ljust(60) + "".join(walker.table[(key, r)].ljust(11) for r in ROLES))
    return "\n".join(lines)


def test_walk_public_routes_and_pages_as_every_role(world):
    walker = Walker(world)
    problems: list[str] = []
    values = world["values"]
    document = _first_document()
    for route, _ns, _name in django_patterns():
        if route.startswith("admin/") or route == PAGE_SERVE_ROUTE or route not in DJANGO_ROUTES:
            continue
        if route.startswith("^downloads/bulk/"):
            from filings.xlsx import FAMILIES

            url = f"/downloads/bulk/{next(iter(FAMILIES))}-ja.xlsx"
        elif route.startswith("^downloads/organization-registration-"):
            url = "/downloads/organization-registration-tl.xlsx"
        elif route.startswith("documents/^"):
            if document is None:
                continue
            url = document.url
        else:
            url = "/" + _fill(route.replace("<lang>/", "ja/"), values)
        _check(walker, route, url, DJANGO_ROUTES[route], problems)

    pages = _live_page_urls()
    for label, expected in PAGE_TYPES.items():
        if label in pages:
            _check(walker, label, pages[label], expected, problems)
    missing = [label for label in PAGE_TYPES if label not in pages]
    assert missing == [], f"the demo site has no live page of {missing}"

    for (label, route), expected in PAGE_ROUTES.items():
        if label not in pages:
            assert apps.is_installed("filings") and label == "filings.BulkPage", label
            continue
        route_values = values
        if route.startswith("proxy/"):
            route_values = {**values, "kind": FilingKind.ACTIVITY_ORG_MOVED}
        url = pages[label] + _fill(route, route_values)
        if route == "municipalities/":
            url += "?prefecture=13"
        _check(walker, f"{label} {route}", url, expected, problems)
    print(_matrix(walker))
    assert problems == [], "\n".join(problems)


def test_other_peoples_objects_answer_404_to_every_filer_and_method(world):
    """C1: the object routes with A's and X's objects, GET and POST, as every other filer;
    nothing is created or changed."""
    values = world["values"]
    pages = _live_page_urls()
    filing_url = pages["filings.FilingPage"]
    status_url = pages["filings.StatusPage"]
    account_url = pages["filings.AccountPage"]
    owned = {
        "resident_a": [
            f"{filing_url}draft/{values['token']}/identity/",
            f"{filing_url}draft/{values['token']}/details/",
            f"{filing_url}draft/{values['token']}/confirm/",
            f"{filing_url}draft/{values['token']}/submit/",
            f"{filing_url}again/{values['filing_id']}/",
            f"{status_url}{values['filing_id']}/",
            f"{account_url}inbox/{values['mail_id']}/",
        ],
        "org_x": [
            f"{status_url}{world['org_filing'].public_id}/",
            f"{account_url}organization/{values['member_id']}/",
            f"{filing_url}proxy/{values['consent_id']}/{FilingKind.ACTIVITY_ORG_MOVED}/",
        ],
    }
    before = (
        Filing.objects.count(),
        FilingDraft.objects.count(),
        OrganizationMembership.objects.count(),
    )
    walker = Walker(world)
    problems = []
    for owner, urls in owned.items():
        for intruder in FILERS:
            if intruder == owner:
                continue
            for url in urls:
                for method in ("get", "post"):
                    if method == "get" and url.endswith("/submit/"):
                        continue  # GET sends any token to its confirm step (listed above)
                    client = Client(raise_request_exception=False)
                    world["sign_ins"][intruder](client)
                    response = getattr(client, method)(url)
                    if response.status_code != 404:
                        problems.append(
                            f"{intruder} {method.upper()} {url} -> {response.status_code}"
                        )
    # Row numbers never work as ids (the neighbours of A's filing included).
    for pk in (
        world["objects"]["filing"].pk - 1,
        world["objects"]["filing"].pk,
        world["objects"]["filing"].pk + 1,
    ):
        response = walker.get("resident_a", f"{status_url}{pk}/")
        if response.status_code != 404:
            problems.append(f"resident_a GET {status_url}{pk}/ -> {response.status_code}")
    assert problems == [], "\n".join(problems)
    after = (
        Filing.objects.count(),
        FilingDraft.objects.count(),
        OrganizationMembership.objects.count(),
    )
    assert after == before


def _admin_object_values(world) -> dict[str, dict[str, str]]:
    """Real primary keys for the admin routes of the filing domain, by namespace."""
    objects = world["objects"]
    by_model = {
        "filings_filing": objects["filing"],
        "wagtailsnippets_filings_resident": objects["resident"],
        "wagtailsnippets_filings_residencecard": objects["residencecard"],
        "wagtailsnippets_filings_organization": objects["organization"],
        "resident_accounts": objects["residentaccount"],
        "organization_users": objects["organizationmembership"],
        "mails": objects["mail"],
        "audit_events": AuditEvent.objects.order_by("-id").first(),
    }
    return {ns: {"pk": obj.pk} for ns, obj in by_model.items() if obj is not None}


def _admin_urls(world) -> list[tuple[str, str]]:
    home = Page.objects.filter(locale__language_code="ja", depth=2).first()
    per_namespace = _admin_object_values(world)
    urls = []
    for route, namespace, _name in django_patterns():
        if not route.startswith("admin/") or route.startswith(ADMIN_OPEN):
            continue
        if re.search(r"[()\[\]\\?*+^$]", route.replace("^", "").replace("$", "")):
            continue  # a raw regex that cannot be filled in generically
        values = {"page_id": home.pk, "parent_page_id": home.pk, **per_namespace.get(namespace, {})}
        urls.append((namespace, "/" + _fill(route.replace("^", "").replace("$", ""), values)))
    return urls


def test_admin_needs_staff_and_a_second_factor_and_never_fails(world):
    """A16, C3, C4 for the admin: every admin URL as every role. Signed out: the login page.
    Filers: sent back to the site's top page, never an admin page nor the second-factor gate.
    Editors: never a page of the personal-data sections. Nobody: a server error."""
    walker = Walker(world)
    problems = []
    urls = _admin_urls(world)
    assert len(urls) > 100
    for namespace, url in urls:
        for role in ROLES:
            response = walker.get(role, url)
            outcome = _outcome(response)
            if url == ADMIN_DELIBERATE_ERROR and role in STAFF:
                body = response.content.decode()
                if response.status_code != 500 or "Traceback" in body:
                    problems.append(f"{role} GET {url} -> not the generic error page")
                continue
            if response.status_code >= 500:
                problems.append(f"{role} GET {url} -> {response.status_code}")
            elif role in FILERS:
                if outcome != REDIRECT or response["Location"] != "/ja/":
                    problems.append(f"{role} GET {url} -> {outcome} (expected the top page)")
            elif url in ADMIN_PUBLIC:
                if outcome not in (OK, OTP):
                    problems.append(f"{role} GET {url} -> {outcome}")
            elif role == "anonymous" and outcome != LOGIN:
                problems.append(f"{role} GET {url} -> {outcome} (expected the login page)")
            elif (
                role == "editor"
                and namespace in PERSONAL_DATA_NAMESPACES
                and response.status_code == 200
            ):
                problems.append(f"editor GET {url} -> 200 (personal data)")
    assert problems == [], "\n".join(problems)


def _first_document():
    from wagtail.documents import get_document_model

    return get_document_model().objects.first()


# --- the doors: who signs in where ------------------------------------------------------------

# The password every walk user was created with (tests.filings.conftest, the `world` fixture).
WALK_PASSWORDS = {
    "resident_a": "Unused#Pass123",
    "resident_b": "Unused#Pass123",
    "org_x": "Unused#Pass123",
    "org_y": "Unused#Pass123",
    "editor": "Editor#Pass12",
    "officer": "Officer#Pass1",
}
# Each kind's one door, as (path, auth ID field). Any other route signs nobody in.
ACCOUNT_DOOR = ("/ja/account/login/", "auth_id")
ADMIN_DOOR = ("/admin/login/", "username")
OTHER_LOGIN_ROUTES = (("/ja/_util/login/", "username"), ("/en/_util/login/", "username"))


def test_credential_routes_open_no_wrong_door(world):
    """Every role's real auth ID and password at every sign-in route: a session only at the
    person's own door (staff: the admin login, then the second factor; filers: the account
    sign-in page); the admin's password reset answers no one (security issue, points 1-2)."""
    from django.core import mail as django_mail

    users = {
        **world["users"],
        "editor": User.objects.get(username="walk-editor"),
        "officer": User.objects.get(username="walk-officer"),
    }
    problems = []
    for role, user in users.items():
        own = ADMIN_DOOR if role in STAFF else ACCOUNT_DOOR
        other = ACCOUNT_DOOR if role in STAFF else ADMIN_DOOR
        for (path, field), opens in (
            (own, True),
            (other, False),
            *((route, False) for route in OTHER_LOGIN_ROUTES),
        ):
            client = Client(raise_request_exception=False)
            response = client.post(path, {field: user.username, "password": WALK_PASSWORDS[role]})
            signed_in = client.session.get("_auth_user_id") == str(user.pk)
            if response.status_code >= 500 or signed_in != opens:
                problems.append(
                    f"{role} POST {path} -> {response.status_code}, signed in: {signed_in}"
                )
        for url in ADMIN_PASSWORD_RESET:
            for method in ("get", "post"):
                client = Client(raise_request_exception=False)
                world["sign_ins"][role](client)
                response = getattr(client, method)(
                    url, **({"data": {"email": user.email}} if method == "post" else {})
                )
                if response.status_code == 200:
                    problems.append(f"{role} {method.upper()} {url} -> 200")
    for url in ADMIN_PASSWORD_RESET:
        response = Client().get(url, follow=True)
        if response.status_code != 404:
            problems.append(f"anonymous GET {url} -> {response.status_code}")
    assert problems == [], "\n".join(problems)
    assert not [m for m in django_mail.outbox if "password" in m.subject.lower()]
