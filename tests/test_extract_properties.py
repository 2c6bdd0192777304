"""Laws of extraction that hold for every input (hypothesis)."""

from __future__ import annotations

import datetime as dt
import re
from importlib import resources
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract
from igo_timeline.extract.dates import find_dates
from igo_timeline.extract.text import Passage, normalize

SEED = (
    resources.files("igo_timeline.data")
    .joinpath("sources", "sco-communique-2012-06-07.txt")
    .read_text("utf-8")
)
SENTENCES = [s for s in re.split(r"(?<=\.)\s+", " ".join(SEED.split())) if s]
WORDS = st.sampled_from(
    ["the", "heads", "of", "state", "decided", "to", "give", "Republic", "Kyrgyz", "status", "observer", "SCO",
     "(", ")", ",", ".", "Mr.", "June", "7", "2012", "Secretary-General", "appoint", "and", "President", "in"]
)  # fmt: skip
SPACE = st.sampled_from([" ", "  ", "\n", " \n", "\t", "\n\n"])


def _sources(candidates: list[Any]) -> list[dict[str, Any]]:
    return [s for c in candidates for s in [c.event["source"], *c.event.get("more_sources", [])]]


def _without_offsets(candidates: list[Any]) -> list[Any]:
    out = []
    for c in candidates:
        event = {k: v for k, v in c.event.items() if k not in ("source", "more_sources")}
        out.append((c.record, event))
    return out


@st.composite
def communique(draw: st.DrawFn) -> str:
    """Sentences of the seed and random words, joined by random whitespace."""
    parts = draw(
        st.lists(st.one_of(st.sampled_from(SENTENCES), WORDS, st.text(max_size=30)), min_size=1, max_size=12)
    )
    out = []
    for part in parts:
        out.append(part)
        out.append(draw(SPACE))
    return "".join(out)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(communique())
def test_every_quote_is_the_text_at_its_offsets(text: str) -> None:
    for src in _sources(extract(text, "sco", "doc")):
        assert 0 <= src["start"] < src["end"] <= len(text)
        assert text[src["start"] : src["end"]] == src["quote"]
        assert src["quote"] == src["quote"].strip()


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from([" ", "  ", "\n", " \n "]), min_size=len(SEED.split()), max_size=len(SEED.split())
    )
)
def test_line_breaks_inside_sentences_change_no_finding(spaces: list[str]) -> None:
    """Re-flowing the seed's lines (no blank line added or removed) finds the same things."""
    paragraphs = [p.split() for p in re.split(r"\n\s*\n", SEED) if p.strip()]
    it = iter(spaces)
    text = "\n\n".join("".join(w + next(it) for w in words).rstrip() for words in paragraphs)
    expected = _without_offsets(extract(SEED, "sco", "doc"))
    found = extract(text, "sco", "doc")
    assert _without_offsets(found) == expected
    for src in _sources(found):
        assert text[src["start"] : src["end"]] == src["quote"]


MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@given(
    st.dates(dt.date(1990, 1, 1), dt.date(2090, 12, 25)),
    st.integers(0, 3),
    st.sampled_from(["-", " and ", " to "]),
)
def test_european_and_us_day_ranges_agree(first: dt.date, length: int, joint: str) -> None:
    last = first + dt.timedelta(days=length)
    if last.month != first.month:
        last = first
    month = MONTHS[first.month - 1]
    days = f"{first.day}{joint}{last.day}" if last != first else f"{first.day}"
    eu = find_dates(f"held on {days} {month} {first.year} in")
    us = find_dates(f"held on {month} {days}, {first.year} in")
    want = first.isoformat() if last == first else f"{first.isoformat()}/{last.isoformat()}"
    assert [d.edtf for d in eu] == [d.edtf for d in us] == [want]


@given(st.text(max_size=200), st.data())
def test_a_passage_maps_its_normalized_spans_back(text: str, data: st.DataObject) -> None:
    passage = Passage(text, 0, len(text))
    assert normalize(passage.norm) == normalize(text)
    i = data.draw(st.integers(0, len(passage.norm)))
    j = data.draw(st.integers(i, len(passage.norm)))
    start, end = passage.raw(i, j)
    assert normalize(text[start:end]) == normalize(passage.norm[i:j])


# -- sentences survive initials; days without a year take the year given; names never block -------------

INITIAL = st.one_of(
    st.sampled_from("ABEGHIKMNSUVZ").map(lambda c: f"{c}."),
    st.sampled_from(["Ts.", "Sh.", "Kh.", "Zh.", "Yu.", "Dzh."]),
)
SURNAME = st.text(alphabet="abdegiklmnoprstuvyz", min_size=3, max_size=9).map(lambda s: s.capitalize() + "ov")


@given(initials=st.lists(INITIAL, min_size=1, max_size=2), surname=SURNAME)
def test_initials_never_end_a_sentence(initials: list[str], surname: str) -> None:
    from igo_timeline.extract.text import Document

    name = " ".join([*initials, surname])
    text = f"President {name} of Mongolia attended the meeting. The heads of state met in Bishkek."
    sentences = [p.quote for p in Document(text).sentences]
    assert sentences == [
        f"President {name} of Mongolia attended the meeting.",
        "The heads of state met in Bishkek.",
    ]


@given(day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)), us=st.booleans())
def test_a_day_without_a_year_takes_the_year_given(day: dt.date, us: bool) -> None:
    month = day.strftime("%B")
    written = f"on {month} {day.day}" if us else f"on {day.day} {month}"
    found = find_dates(written, day.year)
    assert [(d.edtf, d.kind) for d in found] == [(day.isoformat(), "day?")]
    assert find_dates(written) == []  # no year known: no day read


@given(surname=SURNAME, given_name=st.sampled_from(["Ivan", "Aigul", "Bakyt", "Timur", "Olga"]))
def test_a_new_person_never_blocks(surname: str, given_name: str) -> None:
    from igo_timeline.extract.check import NOT_BLOCKING

    text = (
        "On 6-7 June 2012, the Meeting of the Council of Heads of State was held in Beijing. "
        f"President {given_name} {surname} of the Russian Federation attended the meeting."
    )
    found = extract(text, "sco", "t")
    assert not [c for c in found if c.record == "unresolved" and c.kind not in NOT_BLOCKING]
    meeting = next(c for c in found if c.type == "MeetingHeld")
    assert {"person": f"{given_name} {surname}", "role": "head of state", "party": "RUS"} in meeting.event[
        "participants"
    ]
