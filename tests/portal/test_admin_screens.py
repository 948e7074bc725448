"""The editors' screens for everything this app adds open without errors (SPEC C6)."""

import pytest

from django.contrib.auth import get_user_model
from django.utils.translation import gettext

from faq.models import FAQIndexPage
from manuals.models import ManualIndexPage
from portal.models import NoticeIndexPage
from tests.content_helpers import make_site

User = get_user_model()


@pytest.fixture
def chief(client, db, settings):
    settings.PORTAL_STAFF_OTP_REQUIRED = False
    site = make_site(("ja",))
    home = site["home"]
    parents = {}
    for model, slug in ((NoticeIndexPage, "notices"), (FAQIndexPage, "qa"), (ManualIndexPage, "m")):
        page = model(title=slug, slug=slug, locale=home.locale)
        home.add_child(instance=page)
        page.save_revision().publish()
        parents[slug] = page
    client.force_login(User.objects.create_superuser("chief", password="Chief#Pass1"))
    return {"home": home, **parents}


@pytest.mark.django_db
def test_settings_snippets_and_page_forms_open(client, chief):
    urls = [
        "/admin/settings/portal/helpdesksettings/",
        "/admin/snippets/portal/maintenancewindow/",
        "/admin/snippets/portal/maintenancewindow/add/",
        f"/admin/pages/add/portal/noticepage/{chief['notices'].pk}/",
        f"/admin/pages/add/faq/faqsectionpage/{chief['qa'].pk}/",
        f"/admin/pages/add/manuals/manualpage/{chief['m'].pk}/",
        f"/admin/pages/add/manuals/downloadspage/{chief['m'].pk}/",
        f"/admin/pages/{chief['home'].pk}/edit/",
    ]
    for url in urls:
        response = client.get(url, follow=True)  # the setting redirects to its one object
        assert response.status_code == 200, url
        assert not any("/login/" in hop for hop, _status in response.redirect_chain), url


@pytest.mark.django_db
def test_a_window_that_ends_before_it_starts_is_refused_with_a_message(client, chief):
    response = client.post(
        "/admin/snippets/portal/maintenancewindow/add/",
        {
            "title": "逆の期間",
            "start": "2030-03-10 10:00",
            "end": "2030-03-10 09:00",
            "announce_days": "7",
            "message": "",
            "locale": chief["home"].locale.pk,
        },
    )
    assert response.status_code == 200
    errors = response.context["form"].errors.as_data()
    # The admin answers in the active language (Japanese by default).
    assert [error.message for error in errors["end"]] == [
        gettext("The end must be after the start.")
    ]
    assert gettext("The end must be after the start.") != "The end must be after the start."


@pytest.mark.django_db
def test_staff_pages_speak_japanese_to_any_browser_unless_the_officer_chose_english(client, chief):
    from wagtail.users.models import UserProfile

    english_browser = {"HTTP_ACCEPT_LANGUAGE": "en-US,en;q=0.9"}
    html = client.get("/admin/", **english_browser).content.decode()
    assert '<html lang="ja"' in html and "ダッシュボード" in html
    signed_out = client.__class__()
    html = signed_out.get("/admin/login/", **english_browser).content.decode()
    assert '<html lang="ja"' in html

    profile = UserProfile.get_for_user(User.objects.get(username="chief"))
    profile.preferred_language = "en"
    profile.save()
    html = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert '<html lang="en"' in html and "Dashboard" in html
    # The public site still follows the address, not the officer's admin language.
    assert '<html lang="ko"' in client.get("/ko/").content.decode()


@pytest.mark.django_db
def test_staff_avatars_are_never_fetched_from_another_site(client, chief):
    html = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "gravatar.com" not in html
