"""Forms of the site shell."""

from django_otp import devices_for_user

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _


class OTPTokenForm(forms.Form):
    """Checks a code against the user's devices; each device counts and throttles failures."""

    otp_token = forms.CharField(
        label=_("Verification code"),
        max_length=16,
        help_text=_("The 6-digit code from your authenticator app, or one of your backup codes."),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def __init__(self, user, *args, devices=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.devices = devices
        self.device = None

    def clean_otp_token(self) -> str:
        token = self.cleaned_data["otp_token"].replace(" ", "")
        # django-otp locks the device rows while it checks a code (so one code cannot pass twice
        # in concurrent requests); that needs a transaction. The error is raised after it has
        # committed, so the failure count that throttles guessing is kept.
        with transaction.atomic():
            self.device, throttled = self._match(token)
        if self.device is not None:
            return token
        if throttled:
            raise forms.ValidationError(
                _("Too many wrong codes. Wait a moment before trying again."), code="throttled"
            )
        raise forms.ValidationError(
            _("This code is not valid. Check the time on your phone and try the newest code."),
            code="invalid",
        )

    def _match(self, token: str):
        devices = (
            self.devices
            if self.devices is not None
            else devices_for_user(self.user, for_verify=True)
        )
        throttled = False
        for device in devices:
            allowed, _data = device.verify_is_allowed()
            if not allowed:
                throttled = True
                continue
            if device.verify_token(token):
                return device, False
        return None, throttled
