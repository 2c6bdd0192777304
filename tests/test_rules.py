"""The rules, checked against the whole valid-time history on every append."""

import pytest
from conftest import appoint, ev, founding, grant, handover, withdraw

from igo_timeline.errors import RuleViolation


def rejected(timeline, events):
    before = timeline.records("org") if "org" in timeline.org_slugs() else []
    with pytest.raises(RuleViolation) as info:
        timeline.append(events)
    after = timeline.records("org") if "org" in timeline.org_slugs() else []
    assert [r.event for r in after] == [r.event for r in before], "a rejected append wrote something"
    return info.value


def test_unknown_organization(timeline):
    err = rejected(timeline, [grant("AFG", "observer", "2012")])
    assert err.rule == "unknown-organization"
    timeline.append([founding()])
    err = rejected(timeline, [grant("AFG", "observer", "2012", org="orh")])
    assert "closest known: org" in str(err)


def test_founding_in_the_same_batch_counts(timeline):
    result = timeline.append([grant("AFG", "observer", "2012"), founding()])
    assert len(result.added) == 2


def test_founded_once(timeline):
    timeline.append([founding()])
    assert rejected(timeline, [founding(founded="2002")]).rule == "already-founded"


def test_regrant_rejected_and_new_status_replaces(timeline):
    timeline.append([founding(), grant("AFG", "observer", "2012-06-07")])
    assert rejected(timeline, [grant("AFG", "observer", "2013")]).rule == "status-already-held"
    timeline.append([grant("AFG", "member", "2017-06-09")])  # upgrade
    timeline.append([grant("AFG", "observer", "2020-01-01")])  # downgrade
    assert rejected(timeline, [grant("CHN", "member", "2010")]).rule == "status-already-held"  # a founder


def test_backdated_grant_that_makes_a_stored_one_a_regrant(timeline):
    timeline.append([founding(), grant("AFG", "observer", "2012-06-07")])
    stored = timeline.records("org")[-1].event.id
    err = rejected(timeline, [grant("AFG", "observer", "2010-01-01")])
    assert err.rule == "status-already-held"
    assert stored[:8] in str(err)


def test_withdraw_needs_a_status(timeline):
    timeline.append([founding()])
    assert rejected(timeline, [withdraw("AFG", "2012")]).rule == "no-status-to-withdraw"
    timeline.append([withdraw("KAZ", "2012")])
    assert rejected(timeline, [withdraw("KAZ", "2013")]).rule == "no-status-to-withdraw"


def test_unknown_status_lists_the_ladder(timeline):
    timeline.append([founding()])
    err = rejected(timeline, [grant("AFG", "observr", "2012")])
    assert err.rule == "unknown-status" and "observer" in str(err)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("2013-01-01/2015-12-31", "2015-12-31/2018-12-31"),
        ("2013-01-01/2015-12-31", "2014-01-01/2014-12-31"),
        ("2013/2015", "2015-06-01/2018-12-31"),
        ("2013-01-01/..", "2020-01-01/2022-12-31"),
    ],
    ids=["shared-day", "inside", "imprecise-end", "open-end"],
)
def test_terms_may_not_possibly_overlap(timeline, first, second):
    timeline.append([founding(), appoint("A", first)])
    assert rejected(timeline, [appoint("B", second)]).rule == "term-overlap"


def test_back_to_back_terms_and_other_offices(timeline):
    timeline.append([founding(), appoint("A", "2013-01-01/2015-12-31")])
    added = timeline.append(
        [appoint("B", "2016-01-01/2018-12-31"), appoint("C", "2014-01-01/2016-12-31", office="director")]
    ).added
    assert len(added) == 2
    terms = [
        (r.event.office, r.event.person)
        for r in timeline.records("org")
        if r.event.type == "OfficialAppointed"
    ]
    assert terms == [("secretary-general", "A"), ("secretary-general", "B"), ("director", "C")]


def test_vacancy_ends_a_term_early_and_frees_the_office(timeline):
    timeline.append([founding(), appoint("A", "2013-01-01/..")])
    assert rejected(timeline, [appoint("B", "2020-01-01/2022-12-31")]).rule == "term-overlap"
    timeline.append([ev("OfficeVacated", office="secretary-general", person="A", effective="2019-06-01")])
    timeline.append([appoint("B", "2020-01-01/2022-12-31")])
    err = rejected(
        timeline, [ev("OfficeVacated", office="secretary-general", person="Nobody", effective="2021-01-01")]
    )
    assert err.rule == "no-such-term"


def test_unknown_office_lists_closest(timeline):
    timeline.append([founding()])
    err = rejected(timeline, [appoint("A", "2013-01-01/2015-12-31", office="secretary-genral")])
    assert err.rule == "unknown-office" and "secretary-general" in str(err)


def test_office_established_extends_the_vocabulary(timeline):
    timeline.append([founding(), ev("OfficeEstablished", office="deputy", name="Deputy", effective="2010")])
    assert len(timeline.append([appoint("A", "2013-01-01/2015-12-31", office="deputy")]).added) == 1
    assert timeline.records("org")[-1].event.office == "deputy"


def test_presidency_only_to_a_certain_member(timeline):
    timeline.append([founding(), grant("IND", "observer", "2005-07-05")])
    assert rejected(timeline, [handover("IND", "2010-06-11")]).rule == "presidency-to-non-member"
    timeline.append([grant("IND", "member", "2017-06-09")])
    # a member from some day of 2017 is not certainly a member on every day of 2017
    timeline.append([grant("PAK", "member", "2017")])
    assert rejected(timeline, [handover("PAK", "2017-03-01")]).rule == "presidency-to-non-member"
    timeline.append([handover("IND", "2018-06-10")])


def test_backdated_status_change_that_breaks_a_stored_presidency(timeline):
    timeline.append([founding(), handover("KAZ", "2010-06-11")])
    stored = timeline.records("org")[-1].event.id
    err = rejected(timeline, [withdraw("KAZ", "2009-01-01")])
    assert err.rule == "presidency-to-non-member"
    assert stored[:8] in str(err)  # names the stored event it would break


def test_presidency_from_must_be_the_holder(timeline):
    timeline.append([founding(), handover("KAZ", "2010-06-11")])
    assert (
        rejected(timeline, [handover("RUS", "2011-06-15", from_party="CHN")]).rule
        == "presidency-from-mismatch"
    )
    timeline.append([handover("RUS", "2011-06-15", from_party="KAZ")])


def test_before_founding_and_after_dissolution(timeline):
    timeline.append([founding()])
    assert rejected(timeline, [grant("AFG", "observer", "1999")]).rule == "before-founding"
    timeline.append([ev("OrganizationDissolved", effective="2020-01-01")])
    assert rejected(timeline, [grant("AFG", "observer", "2021")]).rule == "after-dissolution"


def test_unknown_body(timeline):
    timeline.append([founding()])
    err = rejected(timeline, [ev("MeetingHeld", body="sumit", date="2012")])
    assert err.rule == "unknown-body" and "summit" in str(err)


def test_batch_is_all_or_nothing_and_names_the_item(timeline):
    timeline.append([founding()])
    err = rejected(
        timeline,
        [
            grant("AFG", "observer", "2012"),
            grant("IND", "observer", "2012"),
            grant("AFG", "observer", "2013"),
        ],
    )
    assert err.item == 3


def test_correction_rechecks_rules(timeline):
    timeline.append(
        [founding(), grant("AFG", "observer", "2012-06-07"), grant("AFG", "member", "2017-06-09")]
    )
    first = timeline.records("org")[1].event.id
    # correcting the observer grant into a member grant makes the 2017 grant a re-grant
    err = rejected(
        timeline, [ev("EventCorrected", target=first, reason="r", event=grant("AFG", "member", "2012-06-07"))]
    )
    assert err.rule == "status-already-held"
    timeline.append(
        [ev("EventCorrected", target=first, reason="date", event=grant("AFG", "observer", "2012-06-08"))]
    )


def test_correction_targets(timeline):
    timeline.append([founding(), grant("AFG", "observer", "2012-06-07")])
    target = timeline.records("org")[1].event.id
    assert rejected(timeline, [ev("EventRetracted", target="nope1234", reason="r")]).rule == "unknown-target"
    assert (
        rejected(
            timeline, [ev("EventCorrected", target=target, reason="r", event=withdraw("AFG", "2012"))]
        ).rule
        == "type-changed"
    )
    timeline.append([ev("EventRetracted", target=target, reason="wrong")])
    assert (
        rejected(timeline, [ev("EventRetracted", target=target, reason="again")]).rule == "already-retracted"
    )


def test_retraction_that_breaks_another_event_is_rejected(timeline):
    timeline.append(
        [founding(founders=("CHN",)), grant("KAZ", "member", "2005"), handover("KAZ", "2010-06-11")]
    )
    kaz = timeline.records("org")[1].event.id
    assert (
        rejected(timeline, [ev("EventRetracted", target=kaz, reason="r")]).rule == "presidency-to-non-member"
    )


def test_identical_content_is_a_noop_and_id_clash_is_refused(timeline):
    timeline.append([founding()])
    first = timeline.append([grant("AFG", "observer", "2012")])
    again = timeline.append([grant("AFG", "observer", "2012")])
    assert again.added == [] and again.known == first.added
    timeline.append([{**grant("IND", "observer", "2012"), "id": "ind-observer"}])
    assert rejected(timeline, [{**grant("PAK", "observer", "2012"), "id": "ind-observer"}]).rule == "id-clash"


def unknown(party, on, org="org"):
    return ev("StatusUnknown", org, party=party, effective=on)


def test_a_status_unknown_needs_no_status_and_is_not_repeated(timeline):
    timeline.append([founding(), unknown("AFG", "2012")])  # no status before: none needed
    err = rejected(timeline, [unknown("AFG", "2013-05-01")])
    assert err.rule == "status-already-held"  # as a re-grant of the status already held
    assert "already unknown" in str(err)
    timeline.append([grant("AFG", "observer", "2014")])  # a status ends the unknown spell
    timeline.append([unknown("AFG", "2015")])  # an unknown one ends the status
    timeline.append([withdraw("AFG", "2016")])  # and a withdrawal ends the unknown one
    timeline.append([unknown("AFG", "2017")])  # after a withdrawal, unknown again
    timeline.append([unknown("KAZ", "2010")])  # a founder's membership, no longer known
    types = [
        (r.event.type, r.event.valid_time) for r in timeline.records("org") if r.event.parties() == {"AFG"}
    ]
    assert types == [
        ("StatusUnknown", "2012"),
        ("StatusGranted", "2014"),
        ("StatusUnknown", "2015"),
        ("StatusWithdrawn", "2016"),
        ("StatusUnknown", "2017"),
    ]


def test_a_backdated_status_unknown_that_makes_a_stored_one_a_repeat(timeline):
    timeline.append([founding(), unknown("AFG", "2012-06-07")])
    stored = timeline.records("org")[-1].event.id
    err = rejected(timeline, [unknown("AFG", "2010-01-01")])
    assert err.rule == "status-already-held"
    assert stored[:8] in str(err)


def test_presidency_to_a_party_whose_status_is_unknown_is_refused(timeline):
    timeline.append([founding(), unknown("KAZ", "2010-01-01")])
    err = rejected(timeline, [handover("KAZ", "2010-06-11")])
    assert err.rule == "presidency-to-non-member"
    assert "not certainly a member" in str(err)
    timeline.append([handover("RUS", "2010-06-11")])  # a member is fine
    timeline.append([grant("KAZ", "member", "2011-01-01")])  # known again
    timeline.append([handover("KAZ", "2011-06-15", from_party="RUS")])
    assert [r.event.type for r in timeline.records("org")][-1] == "PresidencyHandedOver"


def test_a_backdated_status_unknown_that_breaks_a_stored_presidency(timeline):
    timeline.append([founding(), handover("KAZ", "2010-06-11")])
    stored = timeline.records("org")[-1].event.id
    err = rejected(timeline, [unknown("KAZ", "2009")])
    assert err.rule == "presidency-to-non-member"
    assert stored[:8] in str(err)
