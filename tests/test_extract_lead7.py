"""The lead's fixes of the seventh session (issue 14), each a class found on real texts tried as a new user
would (kept outside the repository); every sentence below is invented."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from importlib import resources
from typing import Any

import pycountry
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline import Timeline
from igo_timeline.extract import check, extract
from igo_timeline.extract.names import find_parties

_ONE_WORD_STATES = sorted(
    {
        (getattr(c, "common_name", None) or c.name)
        for c in pycountry.countries
        if " " not in (getattr(c, "common_name", None) or c.name) and "," not in c.name
    }
)


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.value) for f in find_parties(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The leader of the Turkish Republic of Northern Cyprus, Mr. Ozkan Demir, attended as a guest.",
        "A delegation of Northern Ireland's executive joined the forum.",
        "Officials from Southern Sudan briefed the ministers.",
        "Envoys from Eastern Ukraine were not admitted.",
    ],
)
def test_a_region_or_entity_named_after_a_state_is_not_that_state(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The President of North Macedonia spoke first.", "MKD"),
        ("South Sudan was admitted as the sixth member.", "SSD"),
        ("Delegates of South Africa and North Korea met.", "ZAF"),
        ("The Turkish Republic hosted the summit.", "TUR"),
        ("the Central African Republic was suspended", "CAF"),
        ("Western Sahara's representative", "ESH"),
    ],
)
def test_a_state_named_with_a_compass_word_is_still_found(text: str, party: str) -> None:
    assert party in [code for _, code in _found(text)]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(_ONE_WORD_STATES),
    st.sampled_from(["Northern", "Southern", "Eastern", "Western", "Upper", "Lower"]),
)
def test_a_compass_word_before_a_state_name_takes_the_state_away(name: str, compass: str) -> None:
    """For every one-word state name: "<compass> <name>" names a region, never the state itself, unless the
    whole phrase is the name of a state of its own (none of these adjectives forms one)."""
    text = f"A delegation from {compass} {name} observed the session."
    assert _found(text) == []


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_ONE_WORD_STATES))
def test_the_state_alone_is_still_found(name: str) -> None:
    text = f"A delegation from {name} observed the session."
    assert [t for t, _ in _found(text)] == [name]


# -- a date line headed by its weekday ---------------------------------------------------------------------

_BODY = "{dateline}{subject} of the Collective Security Treaty Organization met in {city} on {weekday}{tail}."
_DATELINES = ["{CITY}. NEWSWIRE - ", "{city}. Newswire - ", "{city} (NEWSWIRE) - ", "NEWSWIRE -- ", ""]
_SUBJECTS = ["The heads of state", "The leaders", "According to the host's press office, the heads of state"]
_TAILS = ["", " under the chairmanship of the host's president", " for their annual summit"]
_LINE_FORMATS = [
    lambda d: f"{d:%A}, {d.day} {d:%B %Y}",
    lambda d: f"{d:%a}, {d.day} {d:%b %Y}",
    lambda d: f"{d:%a}. {d.day} {d:%b %Y} 10:12",
    lambda d: f"{d:%A}, {d:%B} {d.day}, {d.year}",
]


@settings(max_examples=80, deadline=None)
@given(
    st.dates(min_value=dt.date(2001, 1, 1), max_value=dt.date(2030, 12, 31)),
    st.sampled_from(range(len(_LINE_FORMATS))),
    st.sampled_from(["Astana", "Minsk", "Dushanbe", "Yerevan"]),
    st.sampled_from(_DATELINES),
    st.sampled_from(_SUBJECTS),
    st.sampled_from(_TAILS),
)
def test_a_date_line_headed_by_its_weekday_dates_the_report(
    day: dt.date, fmt: int, city: str, dateline: str, subject: str, tail: str
) -> None:
    """A page's date line that starts with its weekday ("Thursday, 28 November 2024", "Thu, 28 Nov 2024")
    is a date line, not a dateline whose place is "Thursday": the lede's same weekday is that day. What a
    dateline leaves before the lede ("Astana. Newswire - ") or an attribution is no part of its subject."""
    line = dateline.format(city=city, CITY=city.upper())
    lede = _BODY.format(dateline=line, subject=subject, city=city, weekday=f"{day:%A}", tail=tail)
    text = _LINE_FORMATS[fmt](day) + "\n\n" + lede
    meetings = [c for c in extract(text, "csto", "t") if c.type == "MeetingHeld"]
    assert [(c.record, c.event.get("date"), c.event.get("place")) for c in meetings] == [
        ("event", day.isoformat(), city)
    ]


# -- no text crashes the extractor ---------------------------------------------------------------------------

_OPENINGS = [
    "The XYZ Council of Ministers",
    "The summit of the XYZ Forum",
    "Leaders of the XYZ bloc",
    "The XYZ Assembly, which the host held {span},",
    "The heads of state",
]
_VERBS = ["met in Valletta", "opened its session in Dakar", "closed", "was held in Lima", "ran", "convened"]
_WHENS = [
    "today",
    "on {wd}",
    "from {wd} to {wd2}",
    "until {wd}",
    "and will close on {wd}",
    "and will close from {wd} to {wd2}",
    "through {wd2}",
    "on {day} {month}",
    "from {day} to {day2} {month}",
    "on {wd}, {day} {month}",
    "",
]
_WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@st.composite
def _reports(draw: st.DrawFn) -> str:
    def when() -> str:
        return draw(st.sampled_from(_WHENS)).format(
            wd=draw(st.sampled_from(_WEEKDAY_NAMES)),
            wd2=draw(st.sampled_from(_WEEKDAY_NAMES)),
            day=draw(st.integers(1, 28)),
            day2=draw(st.integers(1, 31)),
            month=draw(st.sampled_from(["March", "November", "December"])),
        )

    sentences = []
    for _ in range(draw(st.integers(1, 4))):
        opening = draw(st.sampled_from(_OPENINGS)).format(span=when())
        sentences.append(f"{opening} {draw(st.sampled_from(_VERBS))} {when()}.".replace(" .", "."))
    return " ".join(sentences)


@settings(max_examples=150, deadline=None)
@given(_reports(), st.one_of(st.none(), st.dates(min_value=dt.date(2000, 1, 1)).map(dt.date.isoformat)))
def test_no_report_of_days_and_weekdays_crashes_the_extractor(text: str, published: str | None) -> None:
    """Whatever mix of days, weekdays and spans a report tells, with or without a publication day, the
    extractor returns candidates (a span where a day was expected once raised a ValueError), every quote is
    ``text[start:end]`` and every date it gives is an EDTF day or interval of days."""
    for cand in extract(text, "xyz", "t", published=published):
        src = cand.event.get("source") or {}
        if "start" in src:
            assert text[src["start"] : src["end"]] == src["quote"]
        for key in ("date", "effective"):
            value = cand.event.get(key)
            if isinstance(value, str):
                for part in value.split("/"):
                    assert part == "" or dt.date.fromisoformat(part[:10])


# -- the organization's initials inside a body's or a subject's name; a chair named by office, then who ------


def _meeting(text: str, org: str, published: str = "2022-01-10") -> dict:
    found = [c.event for c in extract(text, org, "t", published=published) if c.type == "MeetingHeld"]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "org", "body"),
    [
        (
            "An urgent session of the Collective Security Treaty Organization (CSTO) Collective Security Council "
            "took place yesterday by video link.",
            "csto",
            "collective-security-council",
        ),
        (
            "The Shanghai Cooperation Organisation (SCO) Council of Heads of Government met in Bishkek yesterday.",
            "sco",
            "council-of-heads-of-government",
        ),
        (
            "A sitting of the Eurasian Economic Union (EAEU) Supreme Eurasian Economic Council was held yesterday "
            "in Minsk.",
            "eaeu",
            "supreme-council",
        ),
        (
            "The fourth Upper Basin Water Forum (UBWF) Ministerial Council closed in Arusha yesterday.",
            "ubwf",
            "ministerial-council",
        ),
    ],
)
def test_the_organizations_initials_between_its_name_and_its_bodys_are_no_part_of_either(
    text: str, org: str, body: str
) -> None:
    assert _meeting(text, org)["body"] == body


@pytest.mark.parametrize(
    ("text", "org", "place"),
    [
        (
            "Leaders of the Collective Security Treaty Organization (CSTO) member nations gathered in Yerevan "
            "on January 9 for their yearly talks.",
            "csto",
            "Yerevan",
        ),
        (
            "Heads of state of the Shanghai Cooperation Organisation (SCO) member states met in Astana on January 9.",
            "sco",
            "Astana",
        ),
        (
            "Presidents of the Organization of Turkic States (OTS) member countries met in Shusha on January 9.",
            "ots",
            "Shusha",
        ),
    ],
)
def test_leaders_of_the_organizations_member_states_named_with_its_initials_meet(
    text: str, org: str, place: str
) -> None:
    event = _meeting(text, org)
    assert (event["date"], event["place"]) == ("2022-01-09", place)


@pytest.mark.parametrize(
    ("text", "person", "party"),
    [
        (
            "An urgent session of the CSTO Collective Security Council chaired by the Chairman of the CSTO "
            "Collective Security Council, Prime Minister of the Republic of Armenia Nikol Pashinyan took place "
            "on Monday.",
            "Nikol Pashinyan",
            "ARM",
        ),
        (
            "The CSTO Collective Security Council met on Monday, chaired by the current chair of the bloc, "
            "President of Belarus A. Lukashenko.",
            "A. Lukashenko",
            "BLR",
        ),
        (
            "The CSTO Collective Security Council met on Monday. It was chaired by the chairperson of the "
            "Council, Kazakh President Kassym-Jomart Tokayev.",
            "Kassym-Jomart Tokayev",
            "KAZ",
        ),
        (
            "A session of the CSTO Collective Security Council chaired by Prime Minister of the Republic of "
            "Armenia Nikol Pashinyan opened on Monday.",
            "Nikol Pashinyan",
            "ARM",
        ),
    ],
)
def test_a_chair_named_by_an_office_then_in_apposition_or_before_the_verb(
    text: str, person: str, party: str
) -> None:
    chair = _meeting(text, "csto").get("chair") or {}
    assert (chair.get("person"), chair.get("party")) == (person, party)


def test_a_chair_named_by_an_office_alone_is_no_person() -> None:
    text = "The CSTO Collective Security Council met on Monday, chaired by the chairperson of the Council, who opened it."
    assert "chair" not in _meeting(text, "csto")


# -- an unmarked list of who attended names no status ---------------------------------------------------------


@pytest.fixture(scope="module")
def sco_records() -> Iterator[Any]:
    chronicle = yaml.safe_load(resources.files("igo_timeline.data").joinpath("sco.yaml").read_text("utf-8"))
    with Timeline("memory:") as tl:
        tl.append(chronicle)
        yield tl.records("sco")


@pytest.mark.parametrize(
    "attending",
    [
        "The meeting was attended by President Ts. Elbegdorj of Mongolia, President Hu Jintao of the People's "
        "Republic of China and President Vladimir Putin of the Russian Federation.",
        "Taking part were Mongolian President Ts. Elbegdorj, Chinese President Hu Jintao and Russian President "
        "Vladimir Putin.",
        "President Hu Jintao of China, President Vladimir Putin of Russia and President Ts. Elbegdorj of Mongolia "
        "took part in the meeting.",
    ],
)
def test_an_observer_in_an_unmarked_list_of_who_attended_is_no_contradiction(
    sco_records: Any, attending: str
) -> None:
    """The first list of who attended, when no word of it names a status, is read as the member states'
    heads; a party the store records as an observer (Mongolia) in such a list is uncertain, not a
    contradiction, while a member's attestation agrees."""
    text = "On 6-7 June 2012, the Meeting of the Council of Heads of State was held in Beijing. " + attending
    verdicts = {
        v.candidate.event["party"]: v
        for v in check(extract(text, "sco", "t"), sco_records)
        if v.candidate.record == "attestation" and v.candidate.type == "StatusGranted"
    }
    assert verdicts["MNG"].verdict == "uncertain"
    assert "observer" in (verdicts["MNG"].detail or "")
    assert verdicts["RUS"].verdict == "agrees"


def test_an_observer_named_among_the_member_states_heads_still_contradicts(sco_records: Any) -> None:
    text = (
        "On 6-7 June 2012, the Meeting of the Council of Heads of State was held in Beijing. The heads of the "
        "SCO member states, i.e. President Ts. Elbegdorj of Mongolia and President Hu Jintao of China, "
        "attended the meeting."
    )
    verdicts = {
        v.candidate.event["party"]: v.verdict
        for v in check(extract(text, "sco", "t"), sco_records)
        if v.candidate.record == "attestation" and v.candidate.type == "StatusGranted"
    }
    assert verdicts["MNG"] == "contradicts"


# -- lists of persons: a title with "and" inside, a post's city, an institution or entity before a name -------


def _people(segment: str, org: str = "xyz") -> list[tuple[str, str | None]]:
    from igo_timeline.extract.attendance import _items
    from igo_timeline.extract.context import Context
    from igo_timeline.extract.text import Document

    ctx = Context(Document(segment), org, "t", (), {})
    return [(p.name, p.party) for p in _items(segment, ctx)]


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        (
            "H.E. Nursultan Nazarbayev, Chairman of the Security Council and First President of the Republic of "
            "Kazakhstan, H.E. Ana Ruiz Vega, Prime Minister of Peru, as well as H.E. Tomas Berg, Secretary "
            "General of the XYZ",
            [("Nursultan Nazarbayev", "KAZ"), ("Ana Ruiz Vega", "PER"), ("Tomas Berg", None)],
        ),
        (
            "H.E. Nursultan Nazarbayev, Head of the Assembly of People and Honorary Senator of Kazakhstan, "
            "H.E. Lena Okafor, President of Ghana",
            [("Nursultan Nazarbayev", "KAZ"), ("Lena Okafor", "GHA")],
        ),
        (
            "Mr. Nursultan Nazarbayev, Chairman of the Council of Elders and Founder of the Forum, Mr. Jan Novak, "
            "Prime Minister of Slovakia",
            [("Nursultan Nazarbayev", None), ("Jan Novak", "SVK")],
        ),
    ],
)
def test_a_title_left_over_after_a_named_person_is_never_the_next_names(
    segment: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _people(segment) == expected


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        ("Ambassador of Turkmenistan to Bishkek N. Golliyev", [("N. Golliyev", "TKM")]),
        (
            "Ambassador of Chile to Geneva Rosa Pinto and President of Ghana Kofi Mensah",
            [("Rosa Pinto", "CHL"), ("Kofi Mensah", "GHA")],
        ),
        ("Envoy of Norway in Nairobi Ole Dahl", [("Ole Dahl", "NOR")]),
    ],
)
def test_the_city_of_a_post_is_no_part_of_a_name(
    segment: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _people(segment) == expected


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        ("President of the Turkish Republic of Northern Cyprus Ersin Tatar", [("Ersin Tatar", None)]),
        ("Speaker of the Milli Majlis of Azerbaijan", []),
        ("the leaders spoke of the Joint Peace Keeping Brigade", []),
        (
            "Foreign Minister Ana Ruiz Vega of Peru and the head of the Regional Peace Mission",
            [("Ana Ruiz Vega", "PER")],
        ),
        (
            "Chairman of the Halk Maslakhaty of Turkmenistan and President of Ghana Kofi Mensah",
            [("Kofi Mensah", "GHA")],
        ),
    ],
)
def test_an_institution_or_an_entity_before_a_name_is_no_person_and_no_state(
    segment: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _people(segment) == expected


# -- the alias table's words win over a state's former names ---------------------------------------------------


def test_every_alias_of_the_party_table_resolves_to_its_code() -> None:
    """ "East Timor" is also pycountry's name of the former code TMP; the table's word is the state's today
    (TLS), as "Zaire" is the Democratic Republic of the Congo's: no alias loses to a former name."""
    from igo_timeline.events.parties import _norm, _table

    raw = yaml.safe_load(resources.files("igo_timeline.data").joinpath("parties.yaml").read_text("utf-8"))
    index = _table()[0]
    assert {a: index.get(_norm(a)) for a in raw["states"]} == raw["states"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders agreed to admit East Timor as the bloc's eleventh member.",
        "The leaders agreed to admit Timor Leste as the bloc's eleventh member.",
    ],
)
def test_east_timor_named_in_a_decision_is_timor_leste(sentence: str) -> None:
    assert [f.value for f in find_parties(sentence)] == ["TLS"]


# -- fitted: classes of set 14's misses, read after its blind scores were committed (invented wordings) -------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The heads of government of the XYZ signed four documents at the end of the 9th meeting of their "
            "council in Lima on 3 May 2019.",
            "council-of-heads-of-government",
        ),
        (
            "The heads of state and of government of the XYZ held the 12th session of their council in Lima on 3 "
            "May 2019.",
            "council-of-heads-of-state-and-government",
        ),
        (
            "The foreign ministers of the XYZ held the 5th meeting of their council in Lima on 3 May 2019.",
            "council-of-foreign-ministers",
        ),
    ],
)
def test_a_council_named_by_who_sits_in_it_keeps_every_word(text: str, body: str) -> None:
    assert _meeting(text, "xyz", published="2019-05-04")["body"] == body


@pytest.mark.parametrize(
    "lede",
    [
        "Geneva: The Governing Board of the Xylo Yard Zone on Tuesday selected Ana Ruiz Vega as the Zone's new "
        "Managing Director.",
        "GENEVA - The Executive Board of the Xylo Yard Zone on Tuesday appointed Ana Ruiz Vega as Managing "
        "Director of the XYZ.",
        "The Executive Board of the Xylo Yard Zone on Tuesday chose Ana Ruiz Vega as its new Managing Director.",
    ],
)
def test_a_board_of_the_organization_named_in_full_selecting_its_head_on_a_weekday(lede: str) -> None:
    """The organization named in full, whose initials are its slug, owns the board; a weekday after its name
    is no part of it; a place with a colon before the lede is no part of the subject; "Managing Director" is
    an office by its words."""
    text = "29 Jun 2011\n\n" + lede
    found = extract(text, "xyz", "t")
    meetings = [c.event for c in found if c.type == "MeetingHeld"]
    appointed = [c.event for c in found if c.type == "OfficialAppointed" and c.record == "event"]
    assert [m["date"] for m in meetings] == ["2011-06-28"]
    assert [(a["office"], a["person"]) for a in appointed] == [("managing-director", "Ana Ruiz Vega")]


def test_one_appointment_told_twice_is_one_event_with_its_stated_term() -> None:
    text = (
        "GENEVA, 29 June 2011 - The Executive Board of the XYZ on Tuesday selected Foreign Minister Ana Ruiz "
        "Vega as Managing Director of the XYZ.\n\nThe board chose Vega to serve as Managing Director for a "
        "five-year term starting on 5 July 2011."
    )
    appointed = [
        (c.event["person"], c.event["term"])
        for c in extract(text, "xyz", "t")
        if c.type == "OfficialAppointed" and c.record == "event"
    ]
    assert appointed == [("Ana Ruiz Vega", "2011-07-05/2016-07-04")]


# -- an HTML page's own publication day ------------------------------------------------------------------------

_PAGE = """<!doctype html><html><head><title>CSTO leaders meet</title>{meta}</head><body>
<h1>CSTO leaders meet in Minsk</h1>{time}
<p>MINSK, November 30 (Newswire) - The heads of state of the Collective Security Treaty Organization met in
Minsk on Thursday under the chairmanship of the host's president.</p></body></html>"""


@pytest.mark.parametrize(
    ("meta", "time", "day"),
    [
        ('<meta property="article:published_time" content="2017-11-30T18:05:00+03:00">', "", "2017-11-30"),
        ('<meta name="pubdate" content="2017-12-01">', "", "2017-12-01"),
        ("", '<p>Posted <time pubdate datetime="2017-11-30T20:00">30.11.2017</time></p>', "2017-11-30"),
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2017-11-30"}</script>',
            "",
            "2017-11-30",
        ),
        ('<meta name="DC.date.issued" content="2017-11-30">', "", "2017-11-30"),
    ],
)
def test_an_html_pages_own_publication_day(meta: str, time: str, day: str) -> None:
    from igo_timeline.extract.html import html_published

    assert html_published(_PAGE.format(meta=meta, time=time)) == day


@pytest.mark.parametrize(
    "meta",
    [
        "",
        '<meta name="date" content="yesterday">',
        '<meta name="date" content="2017-02-30">',  # no such day
        '<p><time datetime="2031-05-01">the next summit</time></p>',  # a time that is no publication mark
    ],
)
def test_a_page_that_marks_no_real_day_gives_none(meta: str) -> None:
    from igo_timeline.extract.html import html_published

    assert html_published(_PAGE.format(meta=meta, time="")) is None


def test_igo_extract_dates_a_yearless_html_page_by_its_own_publication_day(tmp_path: Any) -> None:
    """`igo extract page.html` reads the page's publication mark as `--published`: the yearless dateline's
    "Thursday" is 30 November 2017; without the mark the meeting stays date-unresolved; a given --published
    wins over the page's."""
    import json

    from click.testing import CliRunner

    from igo_timeline.cli import main

    page = tmp_path / "page.html"
    runner = CliRunner()

    def meeting(meta: str, *extra: str) -> dict[str, Any]:
        page.write_text(_PAGE.format(meta=meta, time=""), "utf-8")
        result = runner.invoke(main, ["--store", "memory:", "extract", str(page), "--org", "csto", *extra])
        assert result.exit_code == 0, result.output
        rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
        return next(r for r in rows if r["event"]["type"] == "MeetingHeld")

    marked = '<meta property="article:published_time" content="2017-11-30T18:05:00+03:00">'
    row = meeting(marked)
    assert (row["record"], row["event"]["date"]) == ("event", "2017-11-30")
    assert row["event"]["source"]["published"] == "2017-11-30"
    assert meeting("")["record"] == "unresolved"
    assert meeting(marked, "--published", "2018-12-01")["event"]["date"] == "2018-11-29"


# -- review: a headline that names no town, then the sentence that tells the sitting held ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "17th XYZ summit in Azerbaijan: a wrap-up\n\nThe 17th Summit of the XYZ took place in Khankendi, "
        "Azerbaijan, on July 4, bringing the region's leaders together.",
        "Ministry hails the Khankendi Communique of the 17th XYZ Summit\n\nThe ministry issued a statement on the "
        "communique.\n\nIt says the 17th XYZ Summit was held on 4 July in Khankendi, Azerbaijan.",
        "XYZ leaders wrap up summit\n\nLeaders of the XYZ closed their summit on July 4. The summit was held in "
        "Khankendi, Azerbaijan, under a green theme.",
    ],
)
def test_a_town_the_gazetteer_lacks_from_the_sentence_that_tells_the_sitting_held(text: str) -> None:
    event = _meeting(text, "xyz", published="2025-07-06")
    assert (event.get("place"), event.get("host"), event["date"]) == ("Khankendi", "AZE", "2025-07-04")


# -- review: procedure steps name the state next to the verb; conditions and what is still to come ------------


def _steps(text: str, org: str = "xyz") -> list[tuple[str, str]]:
    return [
        (c.event["party"], c.event.get("date", ""))
        for c in extract(text, org, "t")
        if c.type == "ProcedureStepTaken" and c.record == "event"
    ]


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        (
            "MOSCOW, 5 May 2025 - Russia welcomed the news that Georgia's parliament ratified the accession "
            "protocol on 4 May 2025.",
            [("GEO", "2025-05-04")],
        ),
        (
            "LIMA, 5 May 2025 - Observers from France noted that Peru ratified the accession treaty on 2 May 2025.",
            [("PER", "2025-05-02")],
        ),
        (
            "Paris, Tuesday 6 May 2025 - The XYZ announced today that the return of Chile has taken effect, after "
            "Santiago completed the last formality on Monday by accepting the XYZ Constitution.",
            [("CHL", "2025-05-05")],
        ),
    ],
)
def test_a_procedure_step_is_the_states_next_to_its_verb_on_the_day_its_words_state(
    text: str, steps: list[tuple[str, str]]
) -> None:
    assert _steps(text) == steps


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("It becomes a member once it has ratified the treaty.", True),
        ("They join once they have notified the depositary.", True),
        ("It becomes a member once it completes the process.", True),
        ("It became a member in 2019.", False),
    ],
)
def test_a_condition_once_the_act_is_done_in_any_tense(text: str, condition: bool) -> None:
    from igo_timeline.extract.procedure import _CONDITION

    assert bool(_CONDITION.search(text)) is condition


@pytest.mark.parametrize(
    ("text", "to_come"),
    [
        ("The Council eventually granted Fiji observer status on Monday.", False),
        ("It granted the status soon after the application arrived.", False),
        ("The Council will soon grant Fiji observer status.", True),
        ("The leaders may eventually admit Fiji.", True),
    ],
)
def test_soon_and_eventually_tell_what_is_to_come_only_with_a_future(text: str, to_come: bool) -> None:
    from igo_timeline.extract.procedure import _NOT_YET

    assert bool(_NOT_YET.search(text)) is to_come
