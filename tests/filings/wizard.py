"""Driving the filing wizard through HTTP, as a browser would (each step is PRG)."""

from __future__ import annotations

import datetime
import re

from filings import fields, rules
from filings.models import FilingDraft


def today() -> datetime.date:
    return rules.today_in_japan()


def event_values(kind: str, *, student: bool | None = False, days_ago: int = 3) -> dict[str, str]:
    """Valid values for the event fields of `kind`, from the field definitions' examples."""
    spec = fields.kind_spec(kind)
    day = (today() - datetime.timedelta(days=days_ago)).isoformat()
    values = {}
    for field in spec.event_fields(student):
        if field.choices == fields.ChoiceSource.SNAPSHOT_DATE:
            values[field.code] = fields.snapshot_choices(today())[0][0]
        elif field.type == fields.FieldType.EVENT_DATE:
            values[field.code] = day
        else:
            values[field.code] = field.example
    return values


def identity_of(resident) -> dict[str, str]:
    card = resident.cards.get(is_valid=True)
    return {
        "name_latin": resident.name_latin,
        "birth_date": resident.birth_date.isoformat(),
        "sex": resident.sex,
        "nationality": resident.nationality.code,
        "prefecture": resident.prefecture.code,
        "municipality": resident.municipality.code,
        "address_rest": resident.address_rest,
        "card_number": card.number,
    }


def token_from(location: str) -> str:
    return re.search(r"/draft/([0-9a-f-]{36})/", location).group(1)


def start(client, kind: str, base: str = "/ja/filing/", path: str | None = None) -> str:
    response = client.post(f"{base}{path or f'new/{kind}/'}")
    assert response.status_code == 303, response.status_code
    return token_from(response["Location"])


def fill(client, token: str, identity: dict | None, event: dict, base="/ja/filing/"):
    """Identity (None keeps what the draft holds) and event steps; returns the last response."""
    draft = FilingDraft.objects.get(token=token)
    response = client.post(f"{base}draft/{token}/identity/", identity or dict(draft.data))
    assert response.status_code == 303, _errors(response)
    response = client.post(f"{base}draft/{token}/details/", event)
    assert response.status_code == 303, _errors(response)
    assert response["Location"].endswith("/confirm/")
    return response


def submit(client, token: str, base="/ja/filing/"):
    draft = FilingDraft.objects.get(token=token)
    return client.post(
        f"{base}draft/{token}/submit/", {"submission_token": str(draft.submission_token)}
    )


def file(client, kind: str, event: dict, identity: dict | None = None, **kwargs):
    token = start(client, kind, **{k: v for k, v in kwargs.items() if k in ("base", "path")})
    fill(client, token, identity, event, base=kwargs.get("base", "/ja/filing/"))
    return token, submit(client, token, base=kwargs.get("base", "/ja/filing/"))


def _errors(response) -> str:
    form = getattr(response, "context", None) and response.context.get("form")
    return f"{response.status_code} {form.errors if form else ''}"
