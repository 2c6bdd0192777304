"""The pure fold: state as of a day, as known at a record time."""

import datetime as dt
import time

from conftest import appoint, ev, founding, grant, handover, withdraw

from igo_timeline import state_as_of
from igo_timeline.projections.history import diff, history, replay

D = dt.date


def state(timeline, day, known_at=None):
    return state_as_of("org", timeline.records("org"), day, known_at).to_json()


def parties(entries):
    return [e["party"] for e in entries]


def test_founders_hold_the_first_status_from_the_founding(timeline):
    timeline.append([founding()])
    assert state(timeline, D(2001, 6, 14))["members"] == []
    assert state(timeline, D(2001, 6, 14))["founded"] is None
    s = state(timeline, D(2001, 6, 15))
    assert parties(s["members"]) == ["CHN", "KAZ", "RUS"]
    assert s["members"][0]["since"] == "2001-06-15"


def test_ladder_keys_follow_the_organization(timeline):
    timeline.append([founding(org="cow", statuses=("member", "associate_member", "observer"))])
    s = state_as_of("cow", timeline.records("cow"), D(2010, 1, 1)).to_json()
    assert list(s)[:10] == [
        "org",
        "name",
        "as_of",
        "known_at",
        "recorded",
        "founded",
        "dissolved",
        "members",
        "associate_members",
        "observers",
    ]
    assert "dialogue_partners" not in s


def test_status_bounds_are_inclusive_and_withdrawal_day_is_first_without(timeline):
    timeline.append([founding(), grant("AFG", "observer", "2012-06-07"), withdraw("AFG", "2020-01-01")])
    assert parties(state(timeline, D(2012, 6, 6))["observers"]) == []
    assert parties(state(timeline, D(2012, 6, 7))["observers"]) == ["AFG"]
    assert parties(state(timeline, D(2019, 12, 31))["observers"]) == ["AFG"]
    assert parties(state(timeline, D(2020, 1, 1))["observers"]) == []


def test_imprecise_start_is_uncertain_not_certain(timeline):
    timeline.append([founding(), grant("TUR", "dialogue_partner", "2022")])
    mid = state(timeline, D(2022, 6, 1))
    assert mid["dialogue_partners"] == []
    assert [(u["kind"], u["party"], u["status"], u["date"]) for u in mid["uncertain"]] == [
        ("status", "TUR", "dialogue_partner", "2022")
    ]
    assert parties(state(timeline, D(2023, 1, 1))["dialogue_partners"]) == ["TUR"]
    assert state(timeline, D(2021, 12, 31))["uncertain"] == []


def test_replaced_status_is_uncertain_over_the_replacing_range(timeline):
    timeline.append([founding(), grant("IND", "observer", "2005-07-05"), grant("IND", "member", "2017")])
    s = state(timeline, D(2017, 3, 1))
    assert s["observers"] == [] and s["members"][-1]["party"] != "IND"
    kinds = sorted((u["status"], u["date"]) for u in s["uncertain"])
    assert kinds == [("member", "2017"), ("observer", "2017")]
    assert "IND" in parties(state(timeline, D(2018, 1, 1))["members"])
    assert "IND" in parties(state(timeline, D(2016, 12, 31))["observers"])


def test_offices_held_ended_vacant_and_uncertain(timeline):
    timeline.append(
        [
            founding(),
            appoint("Djumanbekov", "2010?/2012-12-31", office="director"),
            appoint("Imanaliev", "2010-01-01/2012-12-31", nationality="KGZ"),
        ]
    )
    s = state(timeline, D(2011, 6, 1))
    assert s["offices"]["secretary-general"]["holder"] == "Imanaliev"
    assert s["offices"]["secretary-general"]["nationality"] == "KGZ"
    assert s["offices"]["director"]["holder"] == "Djumanbekov"
    early = state(timeline, D(2010, 3, 1))
    assert early["offices"]["director"] == {
        "name": "Director",
        "holder": None,
        "nationality": None,
        "term": None,
        "event": None,
        "status": "uncertain",
    }
    assert any(u["kind"] == "office" and u["person"] == "Djumanbekov" for u in early["uncertain"])
    after = state(timeline, D(2013, 1, 1))
    assert after["offices"]["secretary-general"]["holder"] is None
    assert after["offices"]["secretary-general"]["status"] == "ended"
    assert after["offices"]["secretary-general"]["term"] == "2010-01-01/2012-12-31"
    assert state(timeline, D(2005, 1, 1))["offices"]["secretary-general"]["status"] == "vacant"


def test_vacated_term(timeline):
    timeline.append(
        [
            founding(),
            appoint("A", "2013-01-01/2015-12-31"),
            ev("OfficeVacated", office="secretary-general", person="A", effective="2014-05-01"),
        ]
    )
    assert state(timeline, D(2014, 4, 30))["offices"]["secretary-general"]["holder"] == "A"
    gone = state(timeline, D(2014, 5, 1))["offices"]["secretary-general"]
    assert gone["holder"] is None and gone["status"] == "vacant"


def test_presidency_passes(timeline):
    timeline.append(
        [
            founding(founders=("CHN", "KAZ", "KGZ")),
            handover("KAZ", "2010-06-11"),
            handover("CHN", "2011-06-15", from_party="KAZ"),
            handover("Republic of Kyrgyzstan", "2012-06-07"),
        ]
    )
    assert state(timeline, D(2010, 6, 10))["presidency"] is None
    assert state(timeline, D(2011, 6, 14))["presidency"]["party"] == "KAZ"
    assert state(timeline, D(2012, 6, 6))["presidency"]["party"] == "CHN"
    assert state(timeline, D(2012, 6, 7))["presidency"] == {
        "party": "KGZ",
        "name": "Kyrgyzstan",
        "since": "2012-06-07",
        "event": timeline.records("org")[-1].event.id,
    }


def test_meetings_held_from_first_day_and_upcoming_until_held_or_passed(timeline):
    timeline.append(
        [founding(), ev("MeetingScheduled", body="summit", host="KGZ", date="2013", decided_on="2012-06-07")]
    )
    assert state(timeline, D(2012, 6, 6))["upcoming_meetings"] == []
    assert [m["date"] for m in state(timeline, D(2012, 6, 7))["upcoming_meetings"]] == ["2013"]
    assert state(timeline, D(2014, 1, 1))["upcoming_meetings"] == []  # its range has certainly passed
    timeline.append([ev("MeetingHeld", body="summit", date="2013-09-13", place="Bishkek", host="KGZ")])
    assert [m["date"] for m in state(timeline, D(2013, 9, 12))["upcoming_meetings"]] == ["2013"]
    s = state(timeline, D(2013, 9, 13))
    assert s["upcoming_meetings"] == []
    assert [m["place"] for m in s["meetings_held"]] == ["Bishkek"]


def test_documents_adopted_in_force_and_pending(timeline):
    timeline.append(
        [
            founding(),
            ev(
                "DocumentAdopted",
                document="programme",
                title="Programme 2013-2015",
                kind="programme",
                adopted_on="2012-06-07",
                in_force="2013-01-01/2015-12-31",
            ),
            ev("AgreementSigned", document="agri", title="Agreement on Agriculture", signed_on="2010-06"),
            ev("AgreementSigned", document="charter", title="Charter", signed_on="2002-06-07"),
            ev("DocumentEnteredIntoForce", document="charter", effective="2003-09-19"),
        ]
    )
    s = state(timeline, D(2013, 3, 1))
    assert {d["document"] for d in s["documents_adopted"]} == {"programme", "agri", "charter"}
    assert {d["document"] for d in s["documents_in_force"]} == {"programme", "charter"}
    assert [d["document"] for d in s["agreements_not_in_force"]] == ["agri"]
    assert {d["document"] for d in state(timeline, D(2016, 1, 1))["documents_in_force"]} == {"charter"}
    assert [d["document"] for d in state(timeline, D(2003, 1, 1))["agreements_not_in_force"]] == ["charter"]


def test_events_apply_in_valid_time_order_whatever_the_record_order(timeline):
    timeline.append([founding(), grant("IND", "member", "2017-06-09")])
    timeline.append([grant("IND", "observer", "2005-07-05")])  # backfilled later
    assert parties(state(timeline, D(2010, 1, 1))["observers"]) == ["IND"]
    assert "IND" in parties(state(timeline, D(2018, 1, 1))["members"])


def test_corrections_and_retractions_apply_from_their_record_time(timeline):
    timeline.append([founding(), grant("AFG", "observer", "2012-06-08")])
    target = timeline.records("org")[-1].event.id
    time.sleep(0.01)
    before_fix = timeline.records("org")[-1].recorded_at
    timeline.append(
        [
            ev(
                "EventCorrected",
                target=target,
                reason="the decision was on the 7th",
                event=grant("AFG", "observer", "2012-06-07"),
            )
        ]
    )
    assert parties(state(timeline, D(2012, 6, 7))["observers"]) == ["AFG"]
    assert state(timeline, D(2012, 6, 7))["observers"][0]["event"] == target  # names the original event
    assert parties(state(timeline, D(2012, 6, 7), known_at=before_fix)["observers"]) == []
    time.sleep(0.01)
    fixed_at = timeline.records("org")[-1].recorded_at
    timeline.append([ev("EventRetracted", target=target, reason="not a decision")])
    assert parties(state(timeline, D(2013, 1, 1))["observers"]) == []
    assert parties(state(timeline, D(2013, 1, 1), known_at=fixed_at)["observers"]) == ["AFG"]


def test_known_at_before_anything_is_empty(timeline):
    timeline.append([founding()])
    stamp = timeline.records("org")[0].recorded_at - dt.timedelta(microseconds=1)
    s = state(timeline, D(2010, 1, 1), known_at=stamp)
    assert s["name"] is None and s["founded"] is None
    assert "members" not in s  # the ladder itself is not known yet


def test_history_filters(timeline):
    timeline.append(
        [
            founding(),
            grant("AFG", "observer", "2012-06-07"),
            appoint("A", "2013-01-01/2015-12-31", nationality="AFG"),
            ev(
                "MeetingHeld",
                body="summit",
                date="2012-06-06/2012-06-07",
                host="CHN",
                participants=[{"person": "Hamid Karzai", "role": "guest", "party": "AFG"}],
            ),
        ]
    )
    types = [e.event.type for e in history(timeline.records("org"), party="AFG")]
    assert types == ["MeetingHeld", "StatusGranted", "OfficialAppointed"]
    assert [e.event.type for e in history(timeline.records("org"), office="secretary-general")] == [
        "OfficialAppointed"
    ]
    window = history(timeline.records("org"), start=D(2012, 6, 7), end=D(2012, 12, 31))
    assert [e.event.type for e in window] == ["MeetingHeld", "StatusGranted"]


def test_diff_and_replay_agree(timeline):
    timeline.append([founding(), grant("AFG", "observer", "2012-06-07"), handover("KAZ", "2010-06-11")])
    d = diff("org", timeline.records("org"), D(2012, 1, 1), D(2013, 1, 1))
    assert [(c.kind, c.subject, c.before, c.after) for c in d.changes] == [
        ("status", "AFG", None, "observer")
    ]
    steps = list(replay("org", timeline.records("org")))
    assert [s[0].event.type for s in steps] == [
        "OrganizationFounded",
        "PresidencyHandedOver",
        "StatusGranted",
    ]
    assert [(c.kind, c.subject, c.after) for c in steps[1][1]] == [("presidency", "presidency", "KAZ")]


def unknown(party, on, org="org"):
    return ev("StatusUnknown", org, party=party, effective=on)


def status_unknown(s):
    return [(u["party"], u["date"]) for u in s["uncertain"] if u["kind"] == "status_unknown"]


def everywhere(s, party):
    """The status lists of a state answer that name ``party``."""
    return [key for key in ("members", "observers", "dialogue_partners") if party in parties(s[key])]


def test_a_status_unknown_is_uncertain_never_a_status(timeline):
    timeline.append(
        [
            founding(),
            grant("AFG", "observer", "2012-06-07"),
            unknown("AFG", "2015-01-01"),
            grant("AFG", "member", "2018-06-09"),
        ]
    )
    before = state(timeline, D(2014, 12, 31))
    assert everywhere(before, "AFG") == ["observers"] and status_unknown(before) == []
    first = state(timeline, D(2015, 1, 1))  # the unknown spell ends the observer one
    assert everywhere(first, "AFG") == []
    unknown_id = timeline.records("org")[2].event.id
    assert first["uncertain"] == [
        {
            "kind": "status_unknown",
            "party": "AFG",
            "name": "Afghanistan",
            "date": "2015-01-01",
            "event": unknown_id,
        }
    ]
    assert "unknowns" not in first and "unknown" not in first
    last = state(timeline, D(2018, 6, 8))
    assert everywhere(last, "AFG") == [] and status_unknown(last) == [("AFG", "2015-01-01")]
    after = state(timeline, D(2018, 6, 9))  # and a grant ends it
    assert everywhere(after, "AFG") == ["members"] and after["uncertain"] == []


def test_a_status_unknown_with_an_imprecise_date(timeline):
    timeline.append([founding(), unknown("KAZ", "2016"), withdraw("KAZ", "2019-01-01")])
    mid = state(timeline, D(2016, 6, 1))  # a member, or no longer known: both uncertain
    assert everywhere(mid, "KAZ") == []
    assert sorted((u["kind"], u.get("status"), u["date"]) for u in mid["uncertain"]) == [
        ("status", "member", "2016"),
        ("status_unknown", None, "2016"),
    ]
    assert everywhere(state(timeline, D(2015, 12, 31)), "KAZ") == ["members"]
    late = state(timeline, D(2018, 12, 31))
    assert everywhere(late, "KAZ") == [] and status_unknown(late) == [("KAZ", "2016")]
    gone = state(timeline, D(2019, 1, 1))  # a withdrawal ends it: certainly no status
    assert everywhere(gone, "KAZ") == [] and gone["uncertain"] == []


def test_a_status_unknown_spell_in_the_facts():
    from igo_timeline.events import parse_event
    from igo_timeline.projections.facts import UNKNOWN, build_facts, status_on

    events = [
        parse_event(e)
        for e in (founding(), unknown("KAZ", "2010-01-01"), grant("KAZ", "observer", "2012-01-01"))
    ]
    facts = build_facts(events)
    spells = facts.statuses["KAZ"]
    assert [(s.status, s.unknown, s.since) for s in spells] == [
        ("member", False, "2001-06-15"),
        (UNKNOWN, True, "2010-01-01"),
        ("observer", False, "2012-01-01"),
    ]
    assert spells[0].ended_by is events[1] and spells[1].ended_by is events[2]
    assert spells[1].span.e1 == D(2011, 12, 31)
    assert status_on(facts, "KAZ", (D(2009, 1, 1), D(2009, 12, 31))) == "member"
    assert status_on(facts, "KAZ", (D(2010, 1, 1), D(2010, 1, 1))) is None
    assert status_on(facts, "KAZ", (D(2011, 3, 1), D(2011, 6, 1))) is None
    assert status_on(facts, "KAZ", (D(2012, 1, 1), D(2012, 1, 1))) == "observer"
