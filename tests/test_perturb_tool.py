"""The perturbation functions of ``tests/heldout/perturb.py`` (pure functions; the harness itself is not run)."""

from __future__ import annotations

import importlib.util
import random
import re
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parent / "heldout" / "perturb.py"
sys.path.insert(0, str(_PATH.parent))
_spec = importlib.util.spec_from_file_location("perturb_tool", _PATH)
assert _spec and _spec.loader
perturb = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(perturb)

TEXT = (
    "Leaders meet in Almaty\n\n"
    "ALMATY, June 13 (Reuters) - The Council of Heads of State of the Collective Security Treaty "
    "Organization (CSTO) was held in Almaty on 13 June 2019 under the chairmanship of President "
    "Jomo Balasanyan. Secretary General Yuri Tkachenko took part.\n\n"
    "The leaders adopted a declaration on collective security. Tkachenko said the CSTO would meet again.\n\n"
    "The next session will be held in Minsk.\n\n"
    "Almaty hosted the first session of the body in 1992.\n"
)
GOLD = [
    {
        "type": "MeetingHeld",
        "org": "csto",
        "body": "collective-security-council",
        "date": "2019-06-13",
        "place": "Almaty",
        "chair": {"person": "Jomo Balasanyan", "party": "ARM"},
        "participants": [{"person": "Jomo Balasanyan", "party": "ARM"}, {"person": "Yuri Tkachenko"}],
        "source": {
            "quote": "was held in Almaty on 13 June 2019 under the chairmanship of President Jomo Balasanyan"
        },
        "more_sources": [
            {"quote": "ALMATY, June 13 (Reuters)"},
            {"quote": "Secretary General Yuri Tkachenko took part."},
        ],
        "_id": 0,
    },
    {
        "type": "DocumentAdopted",
        "org": "csto",
        "title": "declaration on collective security",
        "adopted_on": "2019-06-13",
        "source": {"quote": "The leaders adopted a declaration on collective security."},
        "_id": 1,
    },
]
PUBLISHED = "2019-06-13"


def quotes(gold):
    return [s["quote"] for g in gold for s in [g.get("source"), *(g.get("more_sources") or [])] if s]


@pytest.mark.parametrize("kind", sorted(perturb.PERTURBATIONS))
def test_each_perturbation_keeps_gold_quotes_exact(kind):
    res = perturb.PERTURBATIONS[kind](TEXT, [dict(g) for g in GOLD], random.Random(1), PUBLISHED)
    assert res is not None, kind
    text, gold = res
    assert text != TEXT
    assert all(q in text for q in quotes(gold))
    assert [g["_id"] for g in gold] == [0, 1]


def test_input_gold_not_changed():
    before = repr(GOLD)
    for fn in perturb.PERTURBATIONS.values():
        fn(TEXT, GOLD, random.Random(3), PUBLISHED)
    assert repr(GOLD) == before


def test_city_swapped_everywhere():
    for seed in range(5):
        text, gold = perturb.perturb_city(TEXT, GOLD, random.Random(seed), PUBLISHED)
        new = gold[0]["place"]
        assert new != "Almaty"
        assert not re.search(r"almaty", text, re.I)
        assert text.count(new) == 3 and text.count(new.upper()) == 1
        assert new in gold[0]["source"]["quote"]
        entry = perturb.gazetteer()["by_name"][new][0]
        assert entry["countrycode"] != "KZ" and entry["population"] > 200_000


def test_city_host_adjusted_or_skipped():
    gold = [dict(GOLD[0], host="KAZ"), GOLD[1]]
    text, new = perturb.perturb_city(TEXT, gold, random.Random(0), PUBLISHED)
    assert new[0]["host"] not in ("KAZ", None)
    # the text names the state otherwise than through the city: not applicable
    named = TEXT.replace("took part.", "took part in Kazakhstan.")
    assert perturb.perturb_city(named, gold, random.Random(0), PUBLISHED) is None


def test_city_not_in_text_is_none():
    gold = [dict(GOLD[0], place="Bishkek")]
    assert perturb.perturb_city(TEXT, gold, random.Random(0), PUBLISHED) is None


def test_dateformat_rewrites_the_meeting_date():
    text, gold = perturb.perturb_dateformat(TEXT, GOLD, random.Random(0), PUBLISHED)
    assert "13 June 2019" not in text
    assert "June 13, 2019" in text or "13.06.2019" in text
    assert gold[0]["date"] == "2019-06-13"
    ranged = TEXT.replace("on 13 June 2019", "on 13-14 June 2019")
    gold2 = [dict(GOLD[0], date="2019-06-13/2019-06-14", source={"quote": "The Council"})]
    text2, _ = perturb.perturb_dateformat(ranged, gold2, random.Random(0), PUBLISHED)
    assert "June 13-14, 2019" in text2
    assert (
        perturb.perturb_dateformat(
            TEXT.replace("on 13 June 2019", "today"), GOLD, random.Random(0), PUBLISHED
        )
        is None
    )


def test_dateline_styles():
    seen = set()
    for seed in range(10):
        text, gold = perturb.perturb_dateline(TEXT, GOLD, random.Random(seed), PUBLISHED)
        seen.add(
            "13 June 2019 -" in text and "dated" or text.split("\n\n")[1].startswith("The Council") and "none"
        )
        assert len(gold[0]["more_sources"]) == 1  # the dateline's own quote dropped, the item kept
    assert seen == {"dated", "none"}
    dated = TEXT.replace("ALMATY, June 13 (Reuters) -", "Almaty, 13 June 2019 -")
    text, _ = perturb.perturb_dateline(dated, GOLD[1:], random.Random(0), "2019-06-14")
    assert re.search(r"Almaty, June 13 \(\w+\) - The Council", text)
    assert (
        perturb.perturb_dateline("No dateline here.\n\nJust text.", GOLD[1:], random.Random(0), PUBLISHED)
        is None
    )


def test_person_renamed_in_text_and_gold():
    for seed in range(6):
        text, gold = perturb.perturb_person(TEXT, GOLD, random.Random(seed), PUBLISHED)
        # the chair is named once only, so either person can be chosen; the other stays
        names = [p["person"] for p in gold[0]["participants"]]
        changed = [n for n in names if n not in ("Jomo Balasanyan", "Yuri Tkachenko")]
        assert len(changed) == 1
        given, surname = changed[0].split()
        assert changed[0] in text
        if "Yuri Tkachenko" not in names:
            assert "Tkachenko" not in text and f"{surname} said" in text
        else:
            assert gold[0]["chair"]["person"] == changed[0]


def test_person_chair_named_other_ways_is_not_chosen():
    text = TEXT.replace("Tkachenko said", "Balasanyan said")
    for seed in range(6):
        _, gold = perturb.perturb_person(text, GOLD, random.Random(seed), PUBLISHED)
        assert gold[0]["chair"]["person"] == "Jomo Balasanyan"


def test_verb_swapped_in_quotes():
    text, gold = perturb.perturb_verb(TEXT, GOLD, random.Random(0), PUBLISHED)
    assert "was held in Almaty" not in text and "The leaders approved a declaration" in text
    assert "The next session will be held in Minsk." in text  # outside the gold's quotes
    assert gold[1]["source"]["quote"] == "The leaders approved a declaration on collective security."


def test_order_keeps_lede_and_swaps_pairs():
    text, gold = perturb.perturb_order(TEXT, GOLD, random.Random(0), PUBLISHED)
    paras = text.rstrip().split("\n\n")
    old = TEXT.rstrip().split("\n\n")
    assert paras[:2] == old[:2] and paras[2:4] == [old[3], old[2]]
    assert perturb.perturb_order("A\n\nB\n\nC", GOLD, random.Random(0), PUBLISHED) is None


def test_org_first_occurrence_only():
    text = "CSTO leaders meet\n\n" + TEXT
    new, _ = perturb.perturb_org(text, GOLD, random.Random(0), PUBLISHED)
    assert new.startswith("Collective Security Treaty Organization leaders meet")
    assert new.count("CSTO") == text.count("CSTO") - 1
    assert perturb.perturb_org(TEXT.replace(" (CSTO)", ""), GOLD, random.Random(0), PUBLISHED) is None


def test_initials_fit():
    assert perturb._initials_fit("ASEAN", "Association of Southeast Asian Nations".split())
    assert perturb._initials_fit("CSTO", "Collective Security Treaty Organization".split())
    assert not perturb._initials_fit("CSTO", "Council of Foreign Ministers".split())


def test_map_span_refuses_straddling_edits():
    edits = [(5, 10, "xy")]
    assert perturb.map_span(0, 5, edits) == (0, 5)
    assert perturb.map_span(0, 12, edits) == (0, 9)
    assert perturb.map_span(7, 12, edits) is None
