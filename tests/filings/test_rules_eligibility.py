"""Eligibility rules: mid-to-long-term residents (Q4), who files under Art. 19-16 (Q6, Q7),
what each life event means (Q7, Q8, Q13, Q15, Q19) and Art. 19-17 kinds (Q5, Q16–Q18).

The two status tables below are the test's own copy of the domain facts: today's list from SPEC
and the 2013 list from the seed Q&A (Q5, Q6), written as the StatusRule values the reference
data produces. The 2013 names that amendments replaced end on 2015-03-31.
"""

from datetime import date

import pytest

from filings import errors
from filings.constants import FilingKind, StatusItem
from filings.rules import (
    OBLIGATION_START_DATE,
    Destination,
    EventOutcome,
    LifeEvent,
    Obligation,
    SpecialCase,
    StatusRule,
    check_proxy_filing,
    check_resident_kind,
    filing_obligation,
    filing_statuses,
    is_mid_long_term,
    organization_kinds,
    which_kinds_for_event,
    which_kinds_for_events,
)

A, C, S, N = StatusItem.ACTIVITY, StatusItem.CONTRACT, StatusItem.SPOUSE, StatusItem.NONE
D2015 = date(2015, 4, 1)
END2013 = date(2015, 3, 31)

# name → StatusRule(code, item, mid_long_term, org_filing, valid_from, valid_to)
TODAY: dict[str, StatusRule] = {
    "外交": StatusRule("diplomat", N, mid_long_term=False),
    "公用": StatusRule("official", N, mid_long_term=False),
    "短期滞在": StatusRule("temporary_visitor", N, mid_long_term=False),
    "特別永住者": StatusRule("special_permanent_resident", N, mid_long_term=False),
    "教授": StatusRule("professor", A, org_filing=True),
    "高度専門職1号ハ": StatusRule("hsp_1c", A, org_filing=True, valid_from=D2015),
    "高度専門職2号(ハ)": StatusRule("hsp_2c", A, org_filing=True, valid_from=D2015),
    "経営・管理": StatusRule("business_manager", A, org_filing=True, valid_from=D2015),
    "法律・会計業務": StatusRule("legal_accounting", A, org_filing=True),
    "医療": StatusRule("medical", A, org_filing=True),
    "教育": StatusRule("instructor", A, org_filing=True),
    "企業内転勤": StatusRule("intra_company_transferee", A, org_filing=True),
    "技能実習": StatusRule("technical_intern", A),
    "留学": StatusRule("student", A, org_filing=True),
    "研修": StatusRule("trainee", A, org_filing=True),
    "高度専門職1号イ": StatusRule("hsp_1a", C, org_filing=True, valid_from=D2015),
    "高度専門職1号ロ": StatusRule("hsp_1b", C, org_filing=True, valid_from=D2015),
    "高度専門職2号(イ)": StatusRule("hsp_2a", C, org_filing=True, valid_from=D2015),
    "高度専門職2号(ロ)": StatusRule("hsp_2b", C, org_filing=True, valid_from=D2015),
    "研究": StatusRule("researcher", C, org_filing=True),
    "技術・人文知識・国際業務": StatusRule(
        "engineer_humanities", C, org_filing=True, valid_from=D2015
    ),
    "介護": StatusRule("nursing_care", C, org_filing=True, valid_from=date(2017, 9, 1)),
    "興行": StatusRule("entertainer", C, org_filing=True),
    "技能": StatusRule("skilled_labor", C, org_filing=True),
    "特定技能1号": StatusRule("ssw_1", C, valid_from=date(2019, 4, 1)),
    "特定技能2号": StatusRule("ssw_2", C, valid_from=date(2019, 4, 1)),
    "家族滞在": StatusRule("dependent", S),
    "日本人の配偶者等": StatusRule("spouse_of_japanese", S),
    "永住者の配偶者等": StatusRule("spouse_of_permanent_resident", S),
    "芸術": StatusRule("artist", N),
    "宗教": StatusRule("religious_activities", N),
    "報道": StatusRule("journalist", N),
    "文化活動": StatusRule("cultural_activities", N),
    "特定活動": StatusRule("designated_activities", N),
    "永住者": StatusRule("permanent_resident", N),
    "定住者": StatusRule("long_term_resident", N),
}

# The seed's list (Q6 for 19-16, Q5 for 19-17), as in force in 2013.
LIST_2013: dict[str, StatusRule] = {
    "外交": StatusRule("diplomat", N, mid_long_term=False),
    "公用": StatusRule("official", N, mid_long_term=False),
    "短期滞在": StatusRule("temporary_visitor", N, mid_long_term=False),
    "特別永住者": StatusRule("special_permanent_resident", N, mid_long_term=False),
    "教授": StatusRule("professor", A, org_filing=True),
    "投資・経営": StatusRule("investor_business_manager", A, org_filing=True, valid_to=END2013),
    "法律・会計業務": StatusRule("legal_accounting", A, org_filing=True),
    "医療": StatusRule("medical", A, org_filing=True),
    "教育": StatusRule("instructor", A, org_filing=True),
    "企業内転勤": StatusRule("intra_company_transferee", A, org_filing=True),
    "技能実習": StatusRule("technical_intern", A),
    "留学": StatusRule("student", A, org_filing=True),
    "研修": StatusRule("trainee", A),
    "研究": StatusRule("researcher", C, org_filing=True),
    "技術": StatusRule("engineer", C, org_filing=True, valid_to=END2013),
    "人文知識・国際業務": StatusRule("specialist_humanities", C, org_filing=True, valid_to=END2013),
    "興行": StatusRule("entertainer", C, org_filing=True),
    "技能": StatusRule("skilled_labor", C, org_filing=True),
    "家族滞在": StatusRule("dependent", S),
    "特定活動(ハ)": StatusRule("designated_activities_c", S, valid_to=END2013),
    "日本人の配偶者等": StatusRule("spouse_of_japanese", S),
    "永住者の配偶者等": StatusRule("spouse_of_permanent_resident", S),
    "芸術": StatusRule("artist", N),
    "宗教": StatusRule("religious_activities", N),
    "報道": StatusRule("journalist", N),
    "文化活動": StatusRule("cultural_activities", N),
    "特定活動": StatusRule("designated_activities", N),
    "永住者": StatusRule("permanent_resident", N),
    "定住者": StatusRule("long_term_resident", N),
}

# Who files what, written out from SPEC / Q6 independently of the tables above.
TODAY_FILERS = {
    "activity": {
        "教授", "高度専門職1号ハ", "高度専門職2号(ハ)", "経営・管理", "法律・会計業務", "医療",
        "教育", "企業内転勤", "技能実習", "留学", "研修",
    },
    "contract": {
        "高度専門職1号イ", "高度専門職1号ロ", "高度専門職2号(イ)", "高度専門職2号(ロ)", "研究",
        "技術・人文知識・国際業務", "介護", "興行", "技能", "特定技能1号", "特定技能2号",
    },
    "spouse": {"家族滞在", "日本人の配偶者等", "永住者の配偶者等"},
}  # fmt: skip
FILERS_2013 = {
    "activity": {
        "教授", "投資・経営", "法律・会計業務", "医療", "教育", "企業内転勤", "技能実習", "留学",
        "研修",
    },
    "contract": {"研究", "技術", "人文知識・国際業務", "興行", "技能"},
    "spouse": {"家族滞在", "特定活動(ハ)", "日本人の配偶者等", "永住者の配偶者等"},
}  # fmt: skip
EXPECTED_KINDS = {
    "activity": (
        "activity_org_renamed",
        "activity_org_moved",
        "activity_org_dissolved",
        "activity_org_left",
        "activity_org_transferred",
    ),
    "contract": (
        "contract_org_renamed",
        "contract_org_moved",
        "contract_org_dissolved",
        "contract_ended",
        "contract_new",
    ),
    "spouse": ("spouse_divorce", "spouse_death"),
}
ORG_FILING_TODAY = {
    "教授", "高度専門職1号ハ", "高度専門職2号(ハ)", "高度専門職1号イ", "高度専門職1号ロ",
    "高度専門職2号(イ)", "高度専門職2号(ロ)", "経営・管理", "法律・会計業務", "医療", "研究",
    "教育", "技術・人文知識・国際業務", "企業内転勤", "介護", "興行", "技能", "留学", "研修",
}  # fmt: skip

YEAR = 365
TODAY_DATE = date(2025, 1, 10)


def _obligation(status: StatusRule, granted_on=date(2024, 4, 1), **kwargs) -> Obligation:
    kwargs.setdefault("period_of_stay_days", YEAR)
    kwargs.setdefault("today", TODAY_DATE)
    return filing_obligation(status, granted_on, **kwargs)


# --- both lists, every status ---------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(TODAY))
def test_every_status_of_todays_list(name):
    status = TODAY[name]
    obligation = _obligation(status)
    filer_item = next((item for item, names in TODAY_FILERS.items() if name in names), None)
    assert obligation.must_file is (filer_item is not None)
    assert obligation.item == status.item
    if filer_item:
        assert obligation.item == filer_item
        assert obligation.kinds == EXPECTED_KINDS[filer_item]
        assert obligation.reason == ""
    else:
        assert obligation.kinds == ()
        assert obligation.reason in ("I-MLT-STATUS-EXCLUDED", "I-OBL-NO-ITEM")


@pytest.mark.parametrize("name", sorted(LIST_2013))
def test_every_status_of_the_2013_list(name):
    status = LIST_2013[name]
    obligation = filing_obligation(status, date(2013, 6, 1), YEAR, date(2013, 12, 1))
    filer_item = next((item for item, names in FILERS_2013.items() if name in names), None)
    assert obligation.must_file is (filer_item is not None)
    if filer_item:
        assert obligation.item == filer_item
        assert obligation.kinds == EXPECTED_KINDS[filer_item]


def test_both_lists_give_the_documented_groups():
    for table, filers, granted in (
        (TODAY, TODAY_FILERS, date(2024, 4, 1)),
        (LIST_2013, FILERS_2013, date(2013, 6, 1)),
    ):
        found: dict[str, set[str]] = {"activity": set(), "contract": set(), "spouse": set()}
        for name, status in table.items():
            obligation = filing_obligation(status, granted, YEAR, granted)
            if obligation.must_file:
                found[obligation.item].add(name)
        assert found == filers


@pytest.mark.parametrize("name", sorted(TODAY))
def test_organization_filing_statuses_today(name):
    kinds = organization_kinds(TODAY[name], is_student=False)
    if name in ORG_FILING_TODAY:
        assert kinds == ("acceptance_started", "acceptance_ended")
    else:
        assert kinds == ()


def test_student_snapshot_only_for_students():
    assert organization_kinds(TODAY["留学"], is_student=True) == (
        FilingKind.ACCEPTANCE_STARTED,
        FilingKind.ACCEPTANCE_ENDED,
        FilingKind.STUDENT_SNAPSHOT,
    )
    assert FilingKind.STUDENT_SNAPSHOT not in organization_kinds(TODAY["教授"], is_student=False)
    # Technical intern training and specified skilled workers are outside Art. 19-17.
    assert organization_kinds(TODAY["技能実習"], is_student=False) == ()
    assert organization_kinds(TODAY["特定技能1号"], is_student=False) == ()
    # The 2013 list (Q5) did not include trainees.
    assert organization_kinds(LIST_2013["研修"], is_student=False) == ()


# --- amendments: the mapping applies from and until given dates ------------------------------


@pytest.mark.parametrize(
    ("status", "last_day_before", "first_day"),
    [
        (TODAY["技術・人文知識・国際業務"], date(2015, 3, 31), date(2015, 4, 1)),
        (TODAY["経営・管理"], date(2015, 3, 31), date(2015, 4, 1)),
        (TODAY["高度専門職1号イ"], date(2015, 3, 31), date(2015, 4, 1)),
        (TODAY["介護"], date(2017, 8, 31), date(2017, 9, 1)),
        (TODAY["特定技能1号"], date(2019, 3, 31), date(2019, 4, 1)),
    ],
)
def test_new_statuses_apply_from_their_start(status, last_day_before, first_day):
    before = filing_obligation(status, last_day_before, YEAR, TODAY_DATE)
    assert (before.must_file, before.reason) == (False, "I-OBL-MAPPING-DATE")
    assert filing_obligation(status, first_day, YEAR, TODAY_DATE).must_file


@pytest.mark.parametrize("name", ["投資・経営", "技術", "人文知識・国際業務", "特定活動(ハ)"])
def test_2013_names_apply_until_the_2015_amendment(name):
    status = LIST_2013[name]
    # Granted under the old law: still files, even when the event happens years later.
    assert filing_obligation(status, date(2015, 3, 31), 3 * YEAR, date(2017, 6, 1)).must_file
    after = filing_obligation(status, date(2015, 4, 1), YEAR, date(2015, 6, 1))
    assert (after.must_file, after.reason) == (False, "I-OBL-MAPPING-DATE")


def test_filing_statuses_for_the_top_page_follow_the_date():
    table = list(TODAY.values()) + list(LIST_2013.values())
    now = filing_statuses(table, date(2025, 1, 1))
    codes = {item: {s.code for s in found} for item, found in now.items()}
    assert "nursing_care" in codes["contract"]
    assert "engineer" not in codes["contract"]
    assert "designated_activities_c" not in codes["spouse"]
    assert set(now) == {"activity", "contract", "spouse"}
    old = filing_statuses(table, date(2014, 1, 1))
    old_codes = {item: {s.code for s in found} for item, found in old.items()}
    assert "engineer" in old_codes["contract"]
    assert "nursing_care" not in old_codes["contract"]
    assert "ssw_1" not in old_codes["contract"]
    assert "designated_activities_c" in old_codes["spouse"]
    # Never the statuses that file nothing or are not mid-to-long-term.
    listed = {s.code for found in now.values() for s in found}
    assert not listed & {"artist", "permanent_resident", "temporary_visitor", "diplomat"}


# --- Q4: who is a mid-to-long-term resident ---------------------------------------------------


@pytest.mark.parametrize(
    ("status", "days", "special", "expected"),
    [
        (TODAY["技能"], 90, None, (False, "I-MLT-SHORT-STAY")),
        (TODAY["技能"], 92, None, (False, "I-MLT-SHORT-STAY")),
        (TODAY["技能"], 120, None, (True, "")),
        (TODAY["永住者"], None, None, (True, "")),
        (TODAY["短期滞在"], 90, None, (False, "I-MLT-STATUS-EXCLUDED")),
        (TODAY["外交"], 3 * YEAR, None, (False, "I-MLT-STATUS-EXCLUDED")),
        (TODAY["公用"], 3 * YEAR, None, (False, "I-MLT-STATUS-EXCLUDED")),
        (TODAY["特別永住者"], None, None, (False, "I-MLT-STATUS-EXCLUDED")),
        (None, None, None, (False, "I-MLT-NO-STATUS")),
        (TODAY["特定活動"], YEAR, SpecialCase.TAIPEI_OFFICE, (False, "I-MLT-SPECIAL-DA")),
        (TODAY["特定活動"], YEAR, SpecialCase.PALESTINE_DELEGATION, (False, "I-MLT-SPECIAL-DA")),
        (TODAY["特定活動"], YEAR, None, (True, "")),
    ],
)
def test_mid_long_term_exclusions_of_q4(status, days, special, expected):
    assert is_mid_long_term(status, days, special) == expected


def test_exclusions_stop_the_obligation_with_their_reason():
    assert _obligation(TODAY["技能"], period_of_stay_days=92).reason == "I-MLT-SHORT-STAY"
    none = filing_obligation(None, date(2024, 4, 1), None, TODAY_DATE)
    assert (none.must_file, none.item, none.reason) == (False, "none", "I-MLT-NO-STATUS")


def test_bad_arguments_are_programming_errors():
    with pytest.raises(ValueError, match="special case"):
        is_mid_long_term(TODAY["技能"], YEAR, "embassy")
    with pytest.raises(ValueError, match="period"):
        is_mid_long_term(TODAY["技能"], 0)
    with pytest.raises(ValueError):
        which_kinds_for_event("won_the_lottery", _obligation(TODAY["技能"]))


# --- Q6: the 2012-07-09 rule, and Q7's exceptions ---------------------------------------------


def test_only_grants_from_2012_07_09_file():
    assert date(2012, 7, 9) == OBLIGATION_START_DATE
    before = _obligation(TODAY["留学"], granted_on=date(2012, 7, 8))
    assert (before.must_file, before.reason, before.kinds) == (False, "I-OBL-BEFORE-START", ())
    assert before.item == "activity"
    assert _obligation(TODAY["留学"], granted_on=date(2012, 7, 9)).must_file


def test_a_grant_date_in_the_future_is_refused():
    found = _obligation(TODAY["留学"], granted_on=date(2025, 1, 11))
    assert (found.must_file, found.reason) == (False, "E-DATE-FUTURE")
    assert _obligation(TODAY["留学"], granted_on=TODAY_DATE).must_file


@pytest.mark.parametrize("name", ["芸術", "宗教", "報道", "定住者", "永住者"])
def test_q7_statuses_without_filing(name):
    obligation = _obligation(TODAY[name], period_of_stay_days=None if name == "永住者" else YEAR)
    assert (obligation.must_file, obligation.reason) == (False, "I-OBL-NO-ITEM")
    for event in (LifeEvent.LEFT_ORG, LifeEvent.DIVORCE, LifeEvent.SPOUSE_DIED):
        result = which_kinds_for_event(event, obligation)
        assert (result.outcome, result.reason) == (EventOutcome.NO_FILING, "I-OBL-NO-ITEM")


def test_spouse_statuses_file_only_as_a_spouse():
    child = _obligation(TODAY["日本人の配偶者等"], special_case=SpecialCase.NOT_AS_SPOUSE)
    assert (child.must_file, child.reason) == (False, "I-OBL-NOT-SPOUSE-BASIS")
    # The fact only concerns spouse statuses; it does not change a contract status.
    assert _obligation(TODAY["技能"], special_case=SpecialCase.NOT_AS_SPOUSE).must_file


def test_entertainers_file_only_under_a_contract_in_japan():
    found = _obligation(TODAY["興行"], special_case=SpecialCase.NO_CONTRACT_IN_JAPAN)
    assert (found.must_file, found.reason) == (False, "I-OBL-NO-CONTRACT-IN-JAPAN")
    assert _obligation(TODAY["興行"]).must_file


# --- life events -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "event", "kind"),
    [
        ("留学", LifeEvent.ORG_RENAMED, "activity_org_renamed"),
        ("留学", LifeEvent.ORG_MOVED, "activity_org_moved"),
        ("留学", LifeEvent.ORG_DISSOLVED, "activity_org_dissolved"),
        ("留学", LifeEvent.LEFT_ORG, "activity_org_left"),
        ("経営・管理", LifeEvent.CONTRACT_ENDED, "activity_org_left"),
        ("企業内転勤", LifeEvent.JOINED_ORG, "activity_org_transferred"),
        ("技術・人文知識・国際業務", LifeEvent.ORG_RENAMED, "contract_org_renamed"),
        ("技術・人文知識・国際業務", LifeEvent.ORG_MOVED, "contract_org_moved"),
        ("技術・人文知識・国際業務", LifeEvent.ORG_DISSOLVED, "contract_org_dissolved"),
        ("技術・人文知識・国際業務", LifeEvent.LEFT_ORG, "contract_ended"),
        ("特定技能1号", LifeEvent.CONTRACT_ENDED, "contract_ended"),
        ("介護", LifeEvent.NEW_CONTRACT, "contract_new"),
        ("日本人の配偶者等", LifeEvent.DIVORCE, "spouse_divorce"),
        ("家族滞在", LifeEvent.SPOUSE_DIED, "spouse_death"),
    ],
)
def test_event_to_the_kind_of_the_persons_item(name, event, kind):
    result = which_kinds_for_event(event, _obligation(TODAY[name]))
    assert (result.outcome, result.kinds) == (EventOutcome.FILE, (kind,))


def test_joining_a_new_organization_offers_the_combined_filing():
    activity = which_kinds_for_event(LifeEvent.JOINED_ORG, _obligation(TODAY["教育"]))
    assert activity.companion_kinds == ("activity_org_left",)
    assert activity.combined == "activity_org_left_and_transferred"
    assert activity.note == "I-EVENT-ALSO-LEAVING"
    contract = which_kinds_for_event(LifeEvent.NEW_CONTRACT, _obligation(TODAY["研究"]))
    assert contract.companion_kinds == ("contract_ended",)
    assert contract.combined == "contract_ended_and_new"
    left = which_kinds_for_event(LifeEvent.LEFT_ORG, _obligation(TODAY["研究"]))
    assert (left.companion_kinds, left.combined, left.note) == ((), "", "")


@pytest.mark.parametrize("name", ["日本人の配偶者等", "技能", "留学", "定住者", "永住者"])
def test_marriage_or_remarriage_is_never_filed(name):
    result = which_kinds_for_event(LifeEvent.MARRIED, _obligation(TODAY[name]))
    assert (result.outcome, result.kinds, result.reason) == (
        EventOutcome.NO_FILING,
        (),
        "I-EVENT-MARRIAGE",
    )


@pytest.mark.parametrize(
    ("event", "destination", "reason"),
    [
        (LifeEvent.CHANGED_NAME, Destination.REGIONAL_BUREAU, "I-GO-BUREAU"),
        (LifeEvent.CHANGED_NATIONALITY, Destination.REGIONAL_BUREAU, "I-GO-BUREAU"),
        (LifeEvent.CHANGED_SEX, Destination.REGIONAL_BUREAU, "I-GO-BUREAU"),
        (LifeEvent.CHANGED_BIRTH_DATE, Destination.REGIONAL_BUREAU, "I-GO-BUREAU"),
        (LifeEvent.MOVED_HOME, Destination.MUNICIPAL_OFFICE, "I-GO-MUNICIPAL"),
    ],
)
@pytest.mark.parametrize("name", ["技能", "永住者"])
def test_q8_changes_are_sent_elsewhere(event, destination, reason, name):
    result = which_kinds_for_event(event, _obligation(TODAY[name], period_of_stay_days=None))
    assert result.outcome == EventOutcome.ELSEWHERE
    assert (result.destination, result.reason, result.kinds) == (destination, reason, ())


@pytest.mark.parametrize("name", ["技術・人文知識・国際業務", "企業内転勤", "留学"])
def test_within_company_moves_and_mergers(name):
    obligation = _obligation(TODAY[name])
    within = which_kinds_for_event(LifeEvent.MOVED_WITHIN_ORG, obligation)
    assert (within.outcome, within.reason) == (EventOutcome.NO_FILING, "I-EVENT-WITHIN-ORG")
    unchanged = which_kinds_for_event(LifeEvent.MERGER_NO_CHANGE, obligation)
    assert (unchanged.outcome, unchanged.reason) == (
        EventOutcome.NO_FILING,
        "I-EVENT-MERGER-NO-CHANGE",
    )
    renamed = which_kinds_for_event(LifeEvent.MERGER_NAME_CHANGED, obligation)
    moved = which_kinds_for_event(LifeEvent.MERGER_ADDRESS_CHANGED, obligation)
    prefix = "activity_org" if obligation.item == "activity" else "contract_org"
    assert renamed.kinds == (f"{prefix}_renamed",)
    assert moved.kinds == (f"{prefix}_moved",)


def test_events_outside_the_persons_item():
    spouse = _obligation(TODAY["永住者の配偶者等"])
    result = which_kinds_for_event(LifeEvent.LEFT_ORG, spouse)
    assert (result.outcome, result.reason) == (EventOutcome.NO_FILING, "I-EVENT-NOT-FOR-ITEM")
    worker = _obligation(TODAY["技能"])
    assert which_kinds_for_event(LifeEvent.DIVORCE, worker).reason == "I-EVENT-NOT-FOR-ITEM"


def test_events_of_a_non_filer_carry_the_obligations_reason():
    old_grant = _obligation(TODAY["留学"], granted_on=date(2012, 1, 1))
    result = which_kinds_for_event(LifeEvent.LEFT_ORG, old_grant)
    assert (result.outcome, result.reason) == (EventOutcome.NO_FILING, "I-OBL-BEFORE-START")


def test_every_event_kind_is_one_the_person_may_file():
    """The guided check and the wizard can never disagree (DESIGN: one source)."""
    for name, status in TODAY.items():
        obligation = _obligation(status, period_of_stay_days=None)
        results = which_kinds_for_events(list(LifeEvent), obligation)
        assert [r.event for r in results] == list(LifeEvent)
        for result in results:
            assert set(result.kinds) <= set(obligation.kinds), name
            assert set(result.companion_kinds) <= set(obligation.kinds), name
            assert (result.outcome == EventOutcome.FILE) == bool(result.kinds)
            for code in (result.reason, result.note):
                assert code == "" or code in errors.CATALOGUE


# --- F1, F2, Q20: which kind a filer may file ----------------------------------------------


def test_residents_file_only_their_items_kinds():
    student = _obligation(TODAY["留学"])
    assert check_resident_kind("activity_org_left", student) is None
    assert check_resident_kind("contract_ended", student).code == "E-KIND-NOT-ALLOWED"
    assert check_resident_kind("spouse_divorce", student).code == "E-KIND-NOT-ALLOWED"
    artist = _obligation(TODAY["芸術"])
    assert check_resident_kind("activity_org_left", artist).code == "E-KIND-NOT-ALLOWED"


@pytest.mark.parametrize(
    ("kind", "consent", "codes"),
    [
        ("activity_org_renamed", True, []),
        ("contract_org_moved", True, []),
        ("activity_org_renamed", False, ["E-CONSENT-MISSING"]),
        ("activity_org_left", True, ["E-PROXY-KIND"]),
        ("spouse_divorce", False, ["E-PROXY-KIND", "E-CONSENT-MISSING"]),
    ],
)
def test_proxy_filing_q20(kind, consent, codes):
    assert [e.code for e in check_proxy_filing(kind, consent)] == codes
