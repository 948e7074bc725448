"""factory-boy factories for tests: the registry, filings, bulk files and mails.

Reference rows are looked up by code rather than created, because the data migration already
loaded them and tests should run against the same statuses the portal uses. Filings, bulk files
and mails have a Trait per state, so a test starts from "a filing in registration error" or "a
bulk file half registered" in one line instead of driving the wizard or the pipeline there;
filings are built by `registration.build_filing`, the one builder the portal itself uses.
"""

from __future__ import annotations

import datetime

import factory
from factory.django import DjangoModelFactory

from django.contrib.auth import get_user_model
from django.utils import timezone

from filings import fields
from filings.constants import FilingKind, OrganizationType, Sex
from filings.demo.registry import corporate_number
from filings.models.accounts import ResidentAccount
from filings.models.bulk import BulkRow, BulkRowOutcome, BulkUpload, BulkUploadState
from filings.models.filing import FilerType, Filing, FilingState
from filings.models.mail import Mail
from filings.models.reference import Municipality, Nationality, StatusOfResidence
from filings.models.registry import Organization, ResidenceCard, Resident
from filings.rules import today_in_japan
from filings.services import registration


def status(code: str) -> StatusOfResidence:
    return StatusOfResidence.objects.get(code=code)


def nationality(code: str) -> Nationality:
    return Nationality.objects.get(code=code)


def municipality(code: str) -> Municipality:
    return Municipality.objects.select_related("prefecture").get(code=code)


class ResidentFactory(DjangoModelFactory):
    class Meta:
        model = Resident

    class Params:
        municipality_code = "13104"
        status_code = "student"
        nationality_code = "VNM"

    name_latin = factory.Sequence(
        lambda n: f"TEST RESIDENT {chr(65 + n % 26)}{chr(65 + n // 26 % 26)}"
    )
    birth_date = datetime.date(1995, 5, 5)
    sex = Sex.FEMALE
    nationality = factory.LazyAttribute(lambda o: nationality(o.nationality_code))
    municipality = factory.LazyAttribute(lambda o: municipality(o.municipality_code))
    prefecture = factory.LazyAttribute(lambda o: o.municipality.prefecture)
    address_rest = "西新宿２丁目８番１号"
    status = factory.LazyAttribute(lambda o: status(o.status_code))
    period_of_stay_days = 365
    status_granted_on = datetime.date(2025, 4, 1)
    period_of_stay_until = factory.LazyAttribute(
        lambda o: (
            o.status_granted_on + datetime.timedelta(days=o.period_of_stay_days)
            if o.period_of_stay_days
            else None
        )
    )


class ResidenceCardFactory(DjangoModelFactory):
    class Meta:
        model = ResidenceCard

    number = factory.Sequence(lambda n: f"TC{n:08d}AA")
    resident = factory.SubFactory(ResidentFactory)
    issued_on = datetime.date(2025, 4, 1)
    expires_on = datetime.date(2026, 4, 1)
    is_valid = True


class OrganizationFactory(DjangoModelFactory):
    class Meta:
        model = Organization

    name = factory.Sequence(lambda n: f"テスト機関{n}")
    corporate_number = factory.Sequence(lambda n: corporate_number(9_000_000_000 + n))
    address = "東京都千代田区霞が関１丁目１番１号"
    organization_type = OrganizationType.SCHOOL


class ResidentUserFactory(DjangoModelFactory):
    """A resident's account: the user, tied to a registry person with a current card (or to
    the person of the card given as `account`)."""

    class Meta:
        model = get_user_model()

    username = factory.Sequence(lambda n: f"resident{n:05d}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.jp")
    kind = "resident"
    language_code = "ja"
    password_changed_at = factory.LazyFunction(timezone.now)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return model_class.objects.create_user(*args, password="Unused#Pass123", **kwargs)

    @factory.post_generation
    def account(self, create, extracted, **kwargs):
        if create:
            card = extracted or ResidenceCardFactory(expires_on=datetime.date(2030, 1, 1))
            ResidentAccount.objects.create(user=self, resident=card.resident)


def _event_values(kind: str, today: datetime.date, days_ago: int) -> dict[str, str]:
    spec = fields.kind_spec(kind)
    day = (today - datetime.timedelta(days=days_ago)).isoformat()
    values = {}
    for field in spec.event_fields(False):
        if field.choices == fields.ChoiceSource.SNAPSHOT_DATE:
            values[field.code] = fields.snapshot_choices(today)[0][0]
        elif field.type == fields.FieldType.EVENT_DATE:
            values[field.code] = day
        else:
            values[field.code] = field.example
    return values


class FilingFactory(DjangoModelFactory):
    """A resident's own filing, received and queued; `filed_by` a resident user of the
    filing's person. Traits: processing, registered (waits for its completion mail, S2),
    completed, registration_error."""

    class Meta:
        model = Filing

    filer = factory.SubFactory(ResidentUserFactory)
    today = factory.LazyFunction(today_in_japan)
    days_ago = 3
    kind = FilingKind.ACTIVITY_ORG_LEFT
    state = FilingState.RECEIVED

    class Params:
        processing = factory.Trait(
            state=FilingState.PROCESSING,
            attempts=1,
            processing_started_at=factory.LazyFunction(timezone.now),
        )
        registered = factory.Trait(
            state=FilingState.PROCESSING,
            attempts=1,
            processing_started_at=factory.LazyFunction(timezone.now),
            registered_at=factory.LazyFunction(timezone.now),
        )
        completed = factory.Trait(
            state=FilingState.COMPLETED,
            attempts=1,
            registered_at=factory.LazyFunction(timezone.now),
            completed_at=factory.LazyFunction(timezone.now),
        )
        registration_error = factory.Trait(
            state=FilingState.REGISTRATION_ERROR,
            attempts=1,
            completed_at=factory.LazyFunction(timezone.now),
            errors=[{"code": "E-IDENTITY-MISMATCH", "params": {}}],
        )

    @classmethod
    def _create(cls, model_class, *args, filer, today, days_ago, kind, **kwargs):
        resident = filer.resident_account.resident
        card = resident.cards.get(is_valid=True)
        cleaned = {
            **registration.registry_identity(resident, card),
            **_event_values(kind, today, days_ago),
        }
        filing = registration.build_filing(
            fields.kind_spec(kind),
            cleaned,
            filer_type=FilerType.RESIDENT,
            user=filer,
            organization=None,
            resident=resident,
            language_code=filer.language_code,
            today=today,
            queue=True,
        )
        for name, value in kwargs.items():
            setattr(filing, name, value)
        filing.save(force_insert=True)
        return filing


class BulkUploadFactory(DjangoModelFactory):
    """An organization's accepted bulk file of `rows` registry people (a 19-17 acceptance file),
    with a row and a received filing each. Traits: registering, half_registered (the first
    half of the rows registered and waiting for the file's result mail, the rest pending),
    completed, reception_error."""

    class Meta:
        model = BulkUpload

    organization = factory.SubFactory(OrganizationFactory)
    uploaded_by = None
    family = "acceptance"
    language_code = "ja"
    filename = "acceptance.xlsx"
    stored_name = factory.Sequence(lambda n: f"{n:032x}.xlsx")
    sha256 = factory.Sequence(lambda n: f"{n:064x}")
    state = BulkUploadState.ACCEPTED
    accepted_at = factory.LazyFunction(timezone.now)
    rows = 4
    row_count = factory.SelfAttribute("rows")
    registered_rows = 0
    today = factory.LazyFunction(today_in_japan)

    class Params:
        registering = factory.Trait(state=BulkUploadState.REGISTERING)
        half_registered = factory.Trait(
            state=BulkUploadState.REGISTERING,
            registered_rows=factory.LazyAttribute(lambda o: o.rows // 2),
        )
        completed = factory.Trait(
            state=BulkUploadState.COMPLETED, completed_at=factory.LazyFunction(timezone.now)
        )
        reception_error = factory.Trait(
            state=BulkUploadState.RECEPTION_ERROR,
            accepted_at=None,
            rows=0,
            row_count=2,
            problems=[{"row": 3, "column": "card_number", "code": "E-REQUIRED", "params": {}}],
        )

    @classmethod
    def _create(cls, model_class, *args, rows, registered_rows, today, **kwargs):
        upload = model_class.objects.create(*args, **kwargs)
        spec = fields.kind_spec(FilingKind.ACCEPTANCE_STARTED)
        now = timezone.now()
        done = registered_rows
        for number in range(rows):
            card = ResidenceCardFactory(expires_on=datetime.date(2030, 1, 1))
            cleaned = {
                **registration.registry_identity(card.resident, card),
                **_event_values(spec.events[0], today, 3),
            }
            filing = registration.build_filing(
                spec,
                cleaned,
                filer_type=FilerType.ORGANIZATION,
                user=upload.uploaded_by,
                organization=upload.organization,
                resident=card.resident,
                language_code=upload.language_code,
                today=today,
                queue=True,
            )
            finished = upload.state == BulkUploadState.COMPLETED or number < done
            if finished:
                filing.state = FilingState.PROCESSING
                filing.attempts = 1
                filing.registered_at = now
            filing.save(force_insert=True)
            BulkRow.objects.create(
                upload=upload,
                number=number + 3,
                filing=filing,
                outcome=BulkRowOutcome.REGISTERED if finished else BulkRowOutcome.PENDING,
                finished_at=now if finished else None,
            )
        if done or upload.state == BulkUploadState.COMPLETED:
            upload.rows_done = rows if upload.state == BulkUploadState.COMPLETED else done
            upload.save(update_fields=["rows_done"])
        return upload


class MailFactory(DjangoModelFactory):
    """A queued outgoing mail; traits: sent, failed (after every attempt)."""

    class Meta:
        model = Mail

    address = factory.Sequence(lambda n: f"person{n}@example.jp")
    template = "password_changed"
    language_code = "ja"
    dedupe_key = factory.Sequence(lambda n: f"test-mail:{n}")
    state = Mail.State.QUEUED

    class Params:
        sent = factory.Trait(
            state=Mail.State.SENT, attempts=1, sent_at=factory.LazyFunction(timezone.now)
        )
        failed = factory.Trait(
            state=Mail.State.FAILED,
            attempts=10,
            last_error="SMTPRecipientsRefused 550",
            last_attempt_at=factory.LazyFunction(timezone.now),
        )
