"""Attendance (helper `att13`, issue 14): the back-off reader of titled mentions (extract/mentions.py).

Where no attendance pattern reads a sentence, a person named with a title and a state in any order ("Ruritanian
President X", "President X of Y", "X, Prime Minister of Y", "Y's X") is a participant when the clause carries
evidence of taking part (a verb of gathering or attending, an act only someone at the sitting does, the
sitting named as where they acted), and no participant when it tells a future, an absence, a stand-in, an
election, or names them as someone thanked, succeeded or represented. Every sentence is invented (invented
persons; the states are real only where the party is what is tested): no sentence of a real text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from igo_timeline.extract.mentions import clauses, titled_mentions, took_part
from tests.conftest import meeting_people

_OPENING = "The Ninth Summit of the Lake Union was held in Kisumu, Kenya, on 4 June 2022.\n\n"


# -- titled mentions in any order ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "who"),
    [
        ("Ugandan President Grace Nakato", ("Grace Nakato", "UGA")),
        ("Uganda's Deputy Prime Minister Grace Nakato", ("Grace Nakato", "UGA")),
        ("President Grace Nakato of Uganda", ("Grace Nakato", "UGA")),
        ("the President of Uganda, Grace Nakato", ("Grace Nakato", "UGA")),
        ("Grace Nakato, Uganda's Minister of Trade and Industry", ("Grace Nakato", "UGA")),
        ("Uganda's Grace Nakato", ("Grace Nakato", "UGA")),
        ("Egyptian President Karim al-Masri", ("Karim al-Masri", "EGY")),
    ],
    ids=["adjective-title", "possessive-title", "title-name-of", "title-of-comma-name", "name-comma-title",
         "possessive-name", "lower-case-particle"],
)  # fmt: skip
def test_a_titled_mention_is_read_in_any_order(words: str, who: tuple[str, str]) -> None:
    found = titled_mentions(f"On Monday {words} arrived.", "xyz")
    assert [(m.person.name, m.person.party) for m in found] == [who]


def test_a_list_of_titled_mentions_gives_each_one() -> None:
    sentence = (
        "It gathered President Otieno Wafula of Kenya, Prime Minister Grace Nakato of Uganda and President "
        "Asha Mwinyi of Trinidad and Tobago."
    )
    assert [(m.person.name, m.person.party) for m in titled_mentions(sentence, "xyz")] == [
        ("Otieno Wafula", "KEN"),
        ("Grace Nakato", "UGA"),
        ("Asha Mwinyi", "TTO"),
    ]


@pytest.mark.parametrize(
    "sentence",
    ["Delegates flew to Russia's Nizhny Novgorod for the talks.", "The Kenyan Foreign Ministry issued a note.",
     "The summit was held under the theme of Lake Unity and Trade."],
    ids=["a-city", "a-ministry", "no-person"],
)  # fmt: skip
def test_what_names_no_titled_person_gives_no_mention(sentence: str) -> None:
    assert titled_mentions(sentence, "xyz") == []


# -- evidence of taking part, in the mention's own clause -----------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The two-day meeting gathered President Otieno Wafula of Kenya, Prime Minister Grace Nakato of Uganda and "
        "President Asha Mwinyi of Tanzania under the theme of shared waters.",
        "The summit brought together Kenyan President Otieno Wafula, Ugandan Prime Minister Grace Nakato and "
        "Tanzanian President Asha Mwinyi.",
        "Kenya's Otieno Wafula, Uganda's Grace Nakato and Tanzania's Asha Mwinyi travelled to Kisumu for the "
        "summit.",
        "The host received President Otieno Wafula of Kenya, Prime Minister Grace Nakato of Uganda and President "
        "Asha Mwinyi of Tanzania for the meeting of leaders.",
    ],
    ids=["gathered", "brought-together", "travelled-for", "received-for"],
)
def test_who_a_gathering_verb_names_attended(body: str) -> None:
    assert {("Otieno Wafula", "KEN"), ("Grace Nakato", "UGA"), ("Asha Mwinyi", "TZA")} <= meeting_people(
        _OPENING + body + "\n"
    )


@pytest.mark.parametrize(
    "body",
    [
        "At the closing sitting Kenyan President Otieno Wafula passed the bloc's rotating chairmanship to Ugandan "
        "President Grace Nakato.",
        "Ugandan President Grace Nakato used the Kisumu summit to propose a common fisheries fund.",
        "Ugandan President Grace Nakato told the gathering that the lake needed a common fisheries fund.",
        "Ugandan President Grace Nakato began her speech by thanking the host.",
    ],
    ids=["handover-receiver", "used-the-summit", "told-the-gathering", "her-speech"],
)
def test_who_acts_at_the_sitting_attended(body: str) -> None:
    assert ("Grace Nakato", "UGA") in meeting_people(_OPENING + body + "\n")


@pytest.mark.parametrize(
    "body",
    [
        "Ugandan President Grace Nakato will host the next summit in Entebbe.",
        "Ugandan President Grace Nakato did not attend the summit and sent her deputy.",
        "Ugandan President Grace Nakato was represented at the summit by her foreign minister.",
        "The leaders thanked the summit's host and expressed gratitude to Ugandan President Grace Nakato for "
        "chairing the previous session.",
        "Kenyan President Otieno Wafula took over the chairmanship of the bloc, succeeding Ugandan President Grace "
        "Nakato.",
        "The summit elected Ugandan President Grace Nakato as the Union's new Executive Secretary.",
        "Former Ugandan President Grace Nakato addressed the summit.",
        "Ugandan President Grace Nakato spoke by telephone with the host at the summit's opening.",
    ],
    ids=["future", "absent", "represented", "thanked", "succeeded", "elected", "former", "telephone"],
)
def test_who_the_clause_does_not_put_at_the_sitting_is_no_participant(body: str) -> None:
    assert ("Grace Nakato", "UGA") not in meeting_people(_OPENING + body + "\n")


def test_an_official_of_the_organization_is_left_to_the_patterns() -> None:
    sentence = "The session was chaired by the Union's Commissioner for Trade, Amani Kiprono of Kenya."
    assert not any(took_part(sentence, m) for m in titled_mentions(sentence, "xyz"))


def test_what_someone_said_puts_no_one_at_the_sitting() -> None:
    sentence = "The host said that Ugandan President Grace Nakato had backed the fund."
    assert not any(took_part(c, m) for _, c in clauses(sentence) for m in titled_mentions(c, "xyz"))


def test_the_back_off_adds_no_one_the_patterns_found_under_a_shorter_name() -> None:
    body = (
        "Taking part were President Otieno Wafula of Kenya and President Grace Nakato of Uganda.\n\n"
        "The summit brought together Wafula and Uganda's Grace Nakato.\n"
    )
    names = [p for p, _ in meeting_people(_OPENING + body)]
    assert sorted(names) == ["Grace Nakato", "Otieno Wafula"]


# -- laws ---------------------------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "President ",
                "Prime Minister ",
                " of Kenya",
                "Uganda's ",
                " and ",
                "gathered ",
                "Grace ",
                "Nakato",
                "al-",
                ", ",
                ". ",
                "Otieno ",
                "the ",
                "'s ",
                "Wafula ",
            ]
        ),
        max_size=20,
    ).map("".join)
)
def test_titled_mentions_never_raise_and_spans_are_in_the_sentence(sentence: str) -> None:
    for m in titled_mentions(sentence, "xyz"):
        assert 0 <= m.start < m.end <= len(sentence)
        assert m.person.party and len(m.person.name.split()) >= 2


def test_the_back_off_keeps_every_quote_a_slice_of_the_text() -> None:
    from igo_timeline.extract import extract

    text = (
        _OPENING
        + "The summit brought together Kenyan President Otieno Wafula and Ugandan President Grace Nakato.\n"
    )
    for cand in extract(text, "xyz", "t"):
        for src in [cand.event.get("source"), *cand.event.get("more_sources", [])]:
            if isinstance(src, dict) and "start" in src:
                assert text[src["start"] : src["end"]] == src["quote"]


# -- a list of names, each followed by its titles -------------------------------------------------------------

_MINISTERS = (
    "The Ninth Meeting of the Council of Foreign Ministers of the Lake Union was held in Kisumu, Kenya, on 4 June "
    "2022.\n\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "The meeting was attended by Amani Kiprono, Secretary General of the Union, Otieno Wafula, Foreign Minister "
        "of the Republic of Kenya, Grace Nakato, Deputy Prime Minister and Foreign Minister of the Republic of "
        "Uganda, Asha Mwinyi, Foreign Minister of the United Republic of Tanzania, and other heads of delegations.",
        "Taking part were Otieno Wafula, Minister of Foreign Affairs and Trade of Kenya, Grace Nakato, deputy Prime "
        "Minister and Minister of Foreign Affairs of Uganda, and Asha Mwinyi, Minister of Foreign Affairs of "
        "Tanzania.",
        "Present were Otieno Wafula, Foreign Minister of Kenya, Grace Nakato, First Deputy Prime Minister, Minister "
        "for Foreign Affairs of Uganda and Asha Mwinyi, Foreign Minister of Tanzania.",
    ],
    ids=["and-inside-a-title", "lower-case-deputy", "two-titles-one-name"],
)
def test_each_name_takes_the_titles_after_it(body: str) -> None:
    people = meeting_people(_MINISTERS + body + "\n")
    assert {("Otieno Wafula", "KEN"), ("Grace Nakato", "UGA"), ("Asha Mwinyi", "TZA")} <= people
    assert not {p for p in people if p[0] in ("Otieno Wafula", "Grace Nakato", "Asha Mwinyi")} - {
        ("Otieno Wafula", "KEN"),
        ("Grace Nakato", "UGA"),
        ("Asha Mwinyi", "TZA"),
    }


def test_a_list_of_titled_names_without_appositions_is_read_as_before() -> None:
    body = (
        "Taking part were President Otieno Wafula of Kenya, President Grace Nakato of Uganda and Asha Mwinyi."
    )
    people = meeting_people(_OPENING + body + "\n")
    assert {("Otieno Wafula", "KEN"), ("Grace Nakato", "UGA")} <= people


# -- a state's delegate named without the state: the subject that sent them, and the gapped clause ------------


@pytest.mark.parametrize(
    ("body", "who"),
    [
        (
            "Montserrat sent its Minister of Trade, Otieno Wafula, and Suriname its Vice President, Grace Nakato.",
            {("Otieno Wafula", "MSR"), ("Grace Nakato", "SUR")},
        ),
        (
            "Togo was represented by Foreign Minister Otieno Wafula, and Mali by Prime Minister Grace Nakato.",
            {("Otieno Wafula", "TGO"), ("Grace Nakato", "MLI")},
        ),
        (
            "Kenya was represented at the summit by its Foreign Minister, Otieno Wafula.",
            {("Otieno Wafula", "KEN")},
        ),
    ],
    ids=["sent-its-gapped", "represented-by-gapped", "represented-at-the-summit-by-its"],
)
def test_a_delegate_takes_the_state_that_sent_them(body: str, who: set[tuple[str, str]]) -> None:
    assert who <= meeting_people(_OPENING + body + "\n")


@pytest.mark.parametrize(
    "body",
    [
        "Ugandan President Grace Nakato sent her deputy to the summit.",
        "Togo will be represented by Foreign Minister Otieno Wafula, and Mali by Prime Minister Grace Nakato.",
        "The host represented President Grace Nakato of Uganda in her stead.",
    ],
    ids=["the-sender", "future-gapped", "represented-in-her-stead"],
)
def test_who_sent_or_was_represented_is_no_participant(body: str) -> None:
    assert not {p for p in meeting_people(_OPENING + body + "\n") if p[0] == "Grace Nakato"}


# -- the lines of a list whose intro tells who attended; an arrival ------------------------------------------


def test_the_lines_under_an_attendance_intro_are_participants() -> None:
    body = (
        "Among the heads of delegation at the summit:\n"
        "- Kenya's President Otieno Wafula, accompanied by Foreign Minister Amani Kiprono of Kenya;\n"
        "- Uganda's Deputy Prime Minister Grace Nakato, with Trade Minister Halima Odhiambo of Uganda.\n"
    )
    people = meeting_people(_OPENING + body)
    assert {("Otieno Wafula", "KEN"), ("Grace Nakato", "UGA"), ("Halima Odhiambo", "UGA")} <= people


def test_the_lines_under_an_intro_of_topics_are_no_participants() -> None:
    body = (
        "The leaders discussed the following reports:\n"
        "- the review by President Otieno Wafula of Kenya of the fisheries fund;\n"
        "- the plan for a common market.\n"
    )
    assert ("Otieno Wafula", "KEN") not in meeting_people(_OPENING + body)


@pytest.mark.parametrize(
    "body",
    [
        "Prime Minister of Uganda Grace Nakato and President of Tanzania Asha Mwinyi arrived in succession.",
        "Ugandan Prime Minister Grace Nakato and Tanzanian President Asha Mwinyi arrived on Friday morning.",
    ],
    ids=["title-of-state-name", "adjective-title"],
)
def test_who_arrived_attended(body: str) -> None:
    assert {("Grace Nakato", "UGA"), ("Asha Mwinyi", "TZA")} <= meeting_people(_OPENING + body + "\n")


def test_who_is_expected_to_arrive_or_arrived_at_a_deal_is_no_participant() -> None:
    body = (
        "Ugandan Prime Minister Grace Nakato is expected to arrive on Saturday. Kenyan President Otieno Wafula and "
        "Tanzania arrived at a compromise on fishing quotas."
    )
    people = meeting_people(_OPENING + body + "\n")
    assert ("Grace Nakato", "UGA") not in people
    assert ("Otieno Wafula", "KEN") not in people


# -- "since the previous meeting" is a span of time up to this sitting --------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Union Secretary General Amani Kiprono reported to the summit on the work done since the previous summit "
        "in Arusha.",
        "Ugandan President Grace Nakato told the gathering about the progress made since the last meeting.",
    ],
    ids=["official-reported", "head-told"],
)
def test_a_report_on_the_time_since_the_previous_meeting_is_an_act_at_this_one(body: str) -> None:
    people = {p for p, _ in meeting_people(_OPENING + body + "\n")}
    assert people & {"Amani Kiprono", "Grace Nakato"}


def test_an_act_at_the_previous_meeting_is_no_attendance_at_this_one() -> None:
    body = "Ugandan President Grace Nakato addressed the previous summit in Arusha."
    assert ("Grace Nakato", "UGA") not in meeting_people(_OPENING + body + "\n")
