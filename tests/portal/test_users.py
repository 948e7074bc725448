"""The user model: case-sensitive login, case-insensitive uniqueness (SPEC A3, QUALITY J4)."""

import pytest

from django.contrib.auth import authenticate, get_user_model
from django.db import IntegrityError, transaction

User = get_user_model()


@pytest.mark.django_db
def test_auth_ids_differing_only_in_case_cannot_both_exist():
    User.objects.create_user("Foo123", password="x")
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.create_user("foo123", password="x")
    assert User.objects.count() == 1


@pytest.mark.django_db
def test_login_is_case_sensitive(rf):
    User.objects.create_user("Tanaka01", password="Secret#Pass1")  # staff: the admin door
    request = rf.post("/")
    door = {"portal_door": "admin"}
    assert authenticate(request, username="Tanaka01", password="Secret#Pass1", **door) is not None
    assert authenticate(request, username="tanaka01", password="Secret#Pass1", **door) is None


@pytest.mark.django_db
def test_passwords_are_hashed_with_argon2id(settings):
    settings.PASSWORD_HASHERS = ["portal.hashers.PortalArgon2PasswordHasher"]
    user = User.objects.create_user("Hashed01", password="Secret#Pass1")
    assert user.password.startswith("argon2$argon2id$")
    assert "m=19456,t=2,p=1" in user.password
