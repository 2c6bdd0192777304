"""The event vocabulary: validation, content ids, schemas."""

import json

import pytest
from conftest import SRC, appoint, ev, founding, grant

from igo_timeline.errors import RuleViolation
from igo_timeline.events import EVENT_TYPES, event_schemas, parse_event


def test_party_names_resolve_before_hashing():
    a = parse_event(grant("Turkey", "dialogue_partner", "2012-06-07"))
    b = parse_event(grant("Republic of Turkey", "dialogue_partner", "2012-06-07"))
    c = parse_event(grant("TUR", "dialogue_partner", "2012-06-07"))
    assert a.party == b.party == c.party == "TUR"
    assert a.id == b.id == c.id


def test_content_id_changes_with_content_and_ignores_key_order():
    a = parse_event(grant("AFG", "observer", "2012-06-07"))
    b = parse_event(dict(reversed(list(grant("AFG", "observer", "2012-06-07").items()))))
    c = parse_event(grant("AFG", "observer", "2012-06-08"))
    assert a.id == b.id != c.id


def test_given_id_is_kept():
    e = parse_event({**grant("AFG", "observer", "2012"), "id": "afg-observer"})
    assert e.id == "afg-observer"


def test_precision_kept():
    e = parse_event(appoint("X", "2010?/2012-12-31"))
    assert e.term == "2010?/2012-12-31"
    assert e.valid_time == "2010?/2012-12-31"


@pytest.mark.parametrize(
    ("data", "rule", "fragment"),
    [
        (grant("Narnia", "observer", "2012"), "unknown-party", "party: unknown party 'Narnia'"),
        (grant("AFG", "observer", "2012-13-01"), "invalid-date", "effective:"),
        (appoint("X", "2013"), "invalid-date", "single date where an interval"),
        ({**grant("AFG", "observer", "2012"), "colour": "red"}, "invalid-event", "colour"),
        (
            {k: v for k, v in grant("AFG", "observer", "2012").items() if k != "source"},
            "invalid-event",
            "source",
        ),
        ({**grant("AFG", "observer", "2012"), "source": {"document": "d"}}, "invalid-event", "quote"),
        ({**grant("AFG", "observer", "2012"), "type": "StatusGrnted"}, "invalid-event", "unknown type"),
        ({**grant("AFG", "observer", "2012"), "org": "Not A Slug"}, "invalid-event", "org"),
        (founding(statuses=("member", "member")), "invalid-event", "repeat"),
        (founding(statuses=("office",)), "invalid-event", "clashes"),
        ([1, 2], "invalid-event", "JSON object"),
    ],
    ids=[
        "party",
        "date",
        "interval",
        "extra-field",
        "no-source",
        "no-quote",
        "type",
        "org-slug",
        "ladder-repeat",
        "ladder-clash",
        "not-object",
    ],
)
def test_invalid_events_name_what_is_wrong(data, rule, fragment):
    with pytest.raises(RuleViolation) as info:
        parse_event(data, item=4)
    assert info.value.rule == rule
    assert fragment in str(info.value)
    assert "(item 4)" in str(info.value)
    assert "\n" not in str(info.value)


def test_every_type_has_a_json_schema():
    schemas = event_schemas()
    assert set(schemas) == {t.__name__ for t in EVENT_TYPES}
    for name, schema in schemas.items():
        assert (
            schema["properties"]["type"]["const"] == name
            or schema["properties"]["type"].get("default") == name
        )
        json.dumps(schema)


def test_round_trip_through_json():
    for data in [
        founding(),
        grant("AFG", "observer", "2012-06-07"),
        appoint("X", "2013-01-01/2015-12-31", nationality="RUS"),
        ev(
            "MeetingHeld",
            body="summit",
            date="2012-06-06/2012-06-07",
            host="CHN",
            participants=[
                {"person": "Hu Jintao", "role": "President", "party": "People's Republic of China"}
            ],
        ),
        ev("EventCorrected", target="abcd1234", reason="typo", event=grant("AFG", "observer", "2012-06-08")),
    ]:
        e = parse_event(data)
        again = parse_event(json.loads(json.dumps(e.model_dump(mode="json"))))
        assert again == e


def test_correction_must_stay_in_its_organization():
    with pytest.raises(RuleViolation, match="organization"):
        parse_event(
            ev(
                "EventCorrected",
                target="abcd",
                reason="r",
                event=grant("AFG", "observer", "2012", org="other"),
            )
        )


def test_source_is_required_but_optional_for_retractions():
    parse_event({"type": "EventRetracted", "org": "org", "target": "abcd1234", "reason": "wrong"})
    assert SRC["quote"]
