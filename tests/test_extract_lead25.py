"""The lead's work of the twenty-fifth session: a sitting read as the store's one body of the same sitters, and the
learned choice of the sentence that tells a sitting held (``extract/sitting_model.py``). Invented texts."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from igo_timeline.extract import Context, Document, _names, extract, find_anchor
from igo_timeline.extract import sitting_model as sm
from igo_timeline.extract.meeting_canon import sitters as _sitters


def _bodies(
    text: str, org: str, store: dict[str, tuple[str, ...]], published: str = "2031-05-05"
) -> list[str]:
    return [
        c.event["body"]
        for c in extract(text, org, "t", bodies=store, published=published)
        if c.type == "MeetingHeld" and c.to_json()["record"] == "event"
    ]


_SUMMIT = (
    "ARDENTOWN, 5 May 2031 -- The 12th summit of the Xylo Yard Zone was held in Ardentown today under the "
    "chairmanship of the President of Kenya.\n"
)
_MINISTERS = (
    "ARDENTOWN, 5 May 2031 -- The 30th Ministerial Meeting of the Xylo Yard Zone was held in Ardentown on "
    "5 May 2031.\n"
)


# --- the store's one body of the same sitters: a user who recorded the body once is not asked again per wording
@pytest.mark.parametrize("store_body", ["authority", "council-of-heads-of-state", "supreme-council"])
def test_a_summit_is_the_stores_one_body_of_the_heads_of_state(store_body: str) -> None:
    store = {store_body: (store_body,), "council-of-ministers": ("council-of-ministers",)}
    assert _bodies(_SUMMIT, "xyz", store) == [store_body]


def test_a_summit_stays_a_summit_where_the_store_holds_two_bodies_of_the_heads_of_state() -> None:
    store = {"authority": ("authority",), "east-asia-summit": ("east-asia-summit",)}
    assert _bodies(_SUMMIT, "xyz", store) == ["summit"]


def test_a_summit_is_no_sitting_of_the_heads_of_government() -> None:
    store = {"council-of-heads-of-government": ("council-of-heads-of-government",)}
    assert _bodies(_SUMMIT, "xyz", store) == ["summit"]


def test_a_ministerial_meeting_is_the_stores_council_of_ministers() -> None:
    store = {"council-of-ministers": ("council-of-ministers",), "summit": ("summit",)}
    assert _bodies(_MINISTERS, "xyz", store) == ["council-of-ministers"]


def test_without_a_store_the_body_is_read_as_the_text_names_it() -> None:
    assert _bodies(_SUMMIT, "xyz", {}) == ["summit"]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("summit", "assembly-of-heads-of-state-and-government"),
        ("summit", "council-summit-level"),
        ("leaders-meeting", "council-of-heads-of-state"),
        ("heads-of-government-meeting", "council-of-heads-of-government"),
        ("prime-ministers-meeting", "council-of-heads-of-government"),
        ("council-of-ministers-of-foreign-affairs", "foreign-ministers-meeting"),
        ("ministerial-meeting", "council-of-ministers"),
        ("transportation-ministers", "transport-ministers-meeting"),
        ("defense-ministers", "council-of-defence-ministers"),
        ("committee-of-senior-officials", "senior-officials-meeting"),
    ],
)
def test_one_body_of_the_same_sitters_in_two_spellings(one: str, other: str) -> None:
    assert _sitters(one) == _sitters(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("council-of-heads-of-state", "council-of-heads-of-government"),
        ("summit", "council-of-foreign-ministers"),
        ("council-of-foreign-ministers", "council-of-ministers"),
        ("council-of-defence-ministers", "council-of-foreign-ministers"),
        ("transport-ministers-meeting", "health-ministers-meeting"),
        ("senior-officials-meeting", "council-of-ministers"),
        ("general-assembly", "executive-council"),
    ],
)
def test_bodies_of_other_sitters_differ(one: str, other: str) -> None:
    assert _sitters(one) != _sitters(other)


# the words that tell who sits or name a sitting, not a sector
_NOT_A_SECTOR = {
    *(
        "foreign",
        "prime",
        "government",
        "heads",
        "state",
        "summit",
        "leaders",
        "leader",
        "supreme",
        "authority",
    ),
    *("presidents", "presidential", "affairs", "level", "session", "sitting", "council", "meeting", "for"),
    *("conference", "committee", "ministers", "minister", "ministerial", "the", "and", "of"),
}
_SECTOR = st.text(alphabet=string.ascii_lowercase, min_size=4, max_size=10).filter(
    lambda w: w not in _NOT_A_SECTOR
)


@given(_SECTOR)
def test_the_ministers_of_a_sector_are_one_body_in_every_spelling(sector: str) -> None:
    spellings = [
        f"council-of-{sector}-ministers",
        f"{sector}-ministers-meeting",
        f"meeting-of-{sector}-ministers",
        f"conference-of-ministers-of-{sector}",
    ]
    assert len({_sitters(s) for s in spellings}) == 1
    assert _sitters(f"{sector}-ministers-meeting") != _sitters("council-of-ministers")


# --- the learned choice of the sentence (sitting_model.py)
_WORDS = {w.split(":", 1)[1] for w in sm.model()["weights"] if w.startswith("w:")}  # type: ignore[union-attr]


def _ctx(text: str, org: str = "xyz", published: str | None = "2031-05-05") -> Context:
    ctx = Context(Document(text), org, "t", (), _names(None))
    ctx.anchor = find_anchor(text, published)
    return ctx


def test_the_stored_model_is_a_logistic_model_with_a_threshold() -> None:
    model = sm.model()
    assert isinstance(model["bias"], float)
    assert 0.0 < model["threshold"] < 1.0  # type: ignore[operator]
    assert len(model["weights"]) > 100  # type: ignore[arg-type]
    # no organization's own name carries weight: a word is kept only when texts of several organizations use it
    assert "w:sco" not in model["weights"] and "w:asean" not in model["weights"]  # type: ignore[operator]


def test_the_sentence_that_tells_the_sitting_held_scores_best() -> None:
    text = (
        "Xyz ministers look to deeper ties\n\n"
        "ARDENTOWN, 5 May 2031 -- Foreign ministers of the Xyz met in Ardentown on Monday to review trade.\n\n"
        "The organization was founded in 1998 and has eight member states.\n\n"
        "Its next summit will be held in Belltown in October.\n"
    )
    ctx = _ctx(text)
    best = sm.scored(ctx)[0]
    assert "met in Ardentown" in best[2].norm
    assert best[0] > sm.scored(ctx)[-1][0]


# (an organization named as a word of the sentence itself, "monday", is another case: the word is read as its name)
_SENTENCE = {"ardentown", "may", "foreign", "ministers", "of", "the", "met", "in", "on", "monday", "xyz"}


@given(
    st.text(alphabet=string.ascii_lowercase, min_size=3, max_size=6).filter(
        lambda w: w not in _WORDS and w not in _SENTENCE
    )
)
def test_an_organizations_name_does_not_change_a_sentences_score(org: str) -> None:
    # the organization's own name is one token whatever the organization (no weight learned for one of them)
    text = f"ARDENTOWN, 5 May 2031 -- Foreign ministers of the {org.upper()} met in Ardentown on Monday.\n"
    base = "ARDENTOWN, 5 May 2031 -- Foreign ministers of the XYZ met in Ardentown on Monday.\n"
    one, other = _ctx(text, org), _ctx(base, "xyz")
    assert sm.scored(one)[0][0] == pytest.approx(sm.scored(other)[0][0]), org


@given(st.lists(st.sampled_from(["w:met", "w:held", "cue:held", "pos:1", "headline", "w:next", "x:unknown"])))
def test_a_score_is_a_probability_and_rises_with_a_positive_feature(feats: list[str]) -> None:
    p = sm.score(feats)
    assert 0.0 <= p <= 1.0
    assert sm.score([*feats, "cue:held"]) >= p or "cue:held" in feats


def test_the_learned_reading_needs_a_body_and_a_day() -> None:
    dated = _ctx("LUSAKA, 5 May 2031 -- The Council of Ministers of the Xyz met in Lusaka today.\n")
    reading = sm._reading(dated, dated.doc.sentences[0])
    assert reading is not None
    _, body, date, town = reading
    assert body == "council-of-ministers" and date is not None and date.edtf == "2031-05-05"
    assert town == "Lusaka"
    undated = _ctx("The Council of Ministers of the Xyz met in Ardentown today.\n", published=None)
    assert sm._reading(undated, undated.doc.sentences[0]) is None
    bodiless = _ctx("ARDENTOWN, 5 May 2031 -- Delegates met in Ardentown today.\n")
    assert sm._reading(bodiless, bodiless.doc.sentences[0]) is None


# --- a list of states each followed by its delegate ("from the Republic of A, H.E. X, the Republic of B, ...")
def _who(text: str, org: str = "xyz") -> list[tuple[str, str | None, str | None]]:
    (held,) = [c.event for c in extract(text, org, "t", published="2031-05-05") if c.type == "MeetingHeld"]
    return [(p["person"], p.get("party"), p.get("role")) for p in held.get("participants", [])]


_COUNCIL = (
    "LUSAKA, 5 May 2031 -- The Council of Ministers of the Xyz held its 40th session in Lusaka today.\n\n"
)


@pytest.mark.parametrize(
    "listed",
    [
        "ministers and envoys from the Republic of Kenya, H.E. Wanjiru Otieno, the Republic of Uganda, "
        "H.E. Okot Lamwaka and the Republic of Zambia, H.E. Chanda Mwale",
        "delegations of Kenya, Mr Wanjiru Otieno, Uganda, Dr Okot Lamwaka, and Zambia, Hon. Chanda Mwale",
    ],
)
def test_each_state_of_the_list_is_its_delegates(listed: str) -> None:
    who = _who(_COUNCIL + f"The session was attended by {listed}.\n")
    assert {(p, s) for p, s, _ in who} == {
        ("Wanjiru Otieno", "KEN"),
        ("Okot Lamwaka", "UGA"),
        ("Chanda Mwale", "ZMB"),
    }


def test_a_titled_person_added_after_the_last_state_is_no_delegate_of_it() -> None:
    who = _who(
        _COUNCIL + "The session was attended by the Republic of Kenya, H.E. Wanjiru Otieno, the Republic of "
        "Zambia, H.E. Chanda Mwale and the Executive Secretary of the Xyz, Dr Lucas Mabote.\n"
    )
    assert ("Chanda Mwale", "ZMB") in {(p, s) for p, s, _ in who}
    assert ("Lucas Mabote", None) in {(p, s) for p, s, _ in who}


def test_a_state_and_a_styled_person_once_is_no_such_list() -> None:
    # one state then one person: nothing says the person is that state's ("Zambia, Dr X" could be an aside)
    from igo_timeline.extract.listitems import _state_then_styled

    once = "Kenya, Uganda and Zambia, Dr Lucas Mabote"
    assert _state_then_styled(once) == once


@pytest.mark.parametrize(
    ("opening", "role"),
    [
        (_COUNCIL, "head of delegation"),
        ("LUSAKA, 5 May 2031 -- The Xyz summit was held in Lusaka today.\n\n", "head of state"),
    ],
)
def test_the_unmarked_list_of_a_ministers_sitting_is_of_heads_of_delegation(opening: str, role: str) -> None:
    who = _who(opening + "The meeting was attended by Wanjiru Otieno of Kenya and Okot Lamwaka of Uganda.\n")
    assert {r for _, _, r in who} == {role}


def test_the_learned_reading_takes_the_body_of_who_sat() -> None:
    # the ministers met to prepare a summit: their sitting, not the summit (sitters.py, shared with the patterns)
    ctx = _ctx(
        "LUSAKA, 5 May 2031 -- Foreign ministers of the Xyz met in Lusaka today to finalise the agenda of the "
        "summit of their leaders.\n"
    )
    reading = sm._reading(ctx, ctx.doc.sentences[0])
    assert reading is not None
    assert reading[1] == "foreign-ministers-meeting"


# --- a long text is read in time about proportional to its length: the latest day a text writes is read once,
# not once a clause (a text of 3,000 sentences without a dated dateline took 66 s, now under a second)
def test_the_whole_text_is_searched_for_its_latest_day_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from igo_timeline.extract import dates

    text = "The ministers met. " * 400 + "They met again on 5 May 2031."
    real = dates.find_dates
    whole: list[int] = []

    def counting(phrase: str, *args: object, **kwargs: object) -> list[dates.DateMatch]:
        if len(phrase) >= len(text) * 0.9:
            whole.append(1)
        return real(phrase, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(dates, "find_dates", counting)
    extract(text, "xyz", "t")
    assert 1 <= len(whole) <= 3
