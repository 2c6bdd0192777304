"""The body table of the organizations of the genre (igo_timeline/data/aliases/orgbodies.yaml): a meeting
of an organization the table knows takes the slug of its formal body ("summit" is asean-summit for ASEAN,
"Assembly" the IGAD Assembly of Heads of State and Government), a body of another organization named in
the text never takes this one's, and the store's vocabulary wins over the table. Sentences are invented.
"""

from __future__ import annotations

import re
from importlib import resources
from typing import Any

import pytest
import yaml
from conftest import extracted_sittings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from igo_timeline.extract import extract
from igo_timeline.extract.bodynames import body_names
from igo_timeline.extract.names import (
    names_another,
    org_bodies,
    org_source,
    own_body,
    resolve_body,
    summit_of,
    table,
)

ORGS: dict[str, dict[str, Any]] = table("orgbodies")["organizations"]
NAMES = [
    (org, slug, name) for org, e in ORGS.items() for slug, names in e["bodies"].items() for name in names
]


def _abbreviation(org: str) -> str:
    """The organization's shortest name that names it alone (its abbreviation, where it has one): not a common
    word such as the World Bank's "Bank" (a word alone needs two capitals, "UfM", "NAM")."""
    names = [n for n in ORGS[org]["names"] if " " in n or sum(c.isupper() for c in n) >= 2]
    return min(names or ORGS[org]["names"], key=len)


def meetings(text: str, org: str, **kw: Any) -> list[tuple[str, str | None, str | None]]:
    return extracted_sittings(extract(text, org, "invented", **kw))


# -- the table ----------------------------------------------------------------------------------------


class _Unique(yaml.SafeLoader):
    """A YAML loader that refuses a key given twice (a second body of one slug would silently replace the
    first)."""


def _no_duplicates(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
    dupes = {k for k in keys if keys.count(k) > 1}
    assert not dupes, f"keys given twice: {sorted(dupes)}"
    return loader.construct_mapping(node, deep)


_Unique.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)


def test_every_entry_has_its_source_page_and_unique_slugs() -> None:
    text = resources.files("igo_timeline.data").joinpath("aliases", "orgbodies.yaml").read_text("utf-8")
    data = yaml.load(text, Loader=_Unique)["organizations"]
    assert len(data) >= 35
    slugs = [s for org, e in data.items() for s in (org, *e.get("also", ()))]
    assert len(slugs) == len(set(slugs))
    assert "sco" not in slugs  # the SCO's bodies stay in bodies.yaml
    for org, entry in data.items():
        assert re.fullmatch(r"https?://\S+\.\S+", entry["source"]), org
        assert org_source(org) == entry["source"]
        assert entry["names"] and entry["bodies"], org
        for slug, names in entry["bodies"].items():
            assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug), (org, slug)
            assert names and len(names) == len(set(names)), (org, slug)


def test_no_name_names_two_bodies_of_one_organization() -> None:
    for org, slug, name in NAMES:
        assert resolve_body(name, None, org) == slug, (org, name)


# -- a body under any of its names --------------------------------------------------------------------


@given(
    st.sampled_from(NAMES),
    st.sampled_from(["", "the ", "the 12th ", "the extraordinary ", "The Forty-Third ", "the fourth "]),
)
def test_every_name_of_a_body_gives_its_slug(entry: tuple[str, str, str], before: str) -> None:
    org, slug, name = entry
    assert resolve_body(before + name, None, org) == slug


# names a reporter writes as one run of words (a hyphen inside a word, "at the Summit Level": the
# meeting's phrase is cut there before any table is asked; see the closing note)
PLAIN = [
    (org, slug, name)
    for org, slug, name in NAMES
    if name[:1].isupper() and len(name.split()) >= 2 and not re.search(r"\w-\w|\bat\b", name)
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(PLAIN),
    st.sampled_from(["Geneva", "Arusha", "Astana"]),
    st.sampled_from(["14 March 2019", "2 November 2021", "30 June 2016"]),
)
def test_a_sentence_naming_a_body_gives_its_meeting(
    entry: tuple[str, str, str], place: str, day: str
) -> None:
    org, slug, name = entry
    found = meetings(f"The {name} met in {place} on {day}.", org)
    assert [b for b, _, _ in found] == [slug]


def test_a_body_of_another_organization_never_gives_this_ones() -> None:
    """Every name of every body of every organization, qualified by that organization's abbreviation
    ("SADC Council of Ministers", "Commonwealth summit"), read for every other organization: none."""
    for org, _, name in NAMES:
        abbr = _abbreviation(org)
        # (as a word: "UN" is in "Council" as letters)
        phrase = name if re.search(rf"\b{re.escape(abbr)}\b", name, re.I) else f"{abbr} {name}"
        for other in ORGS:
            if other != org:
                assert resolve_body(phrase, None, other) is None, (phrase, other)


@pytest.mark.parametrize(
    ("text", "org", "not_this"),
    [
        ("The Supreme Council of the Andean Grain Board met in Quito on 3 May 2019.", "gcc", "supreme-council"),
        ("The Permanent Council of the Northern Fisheries Compact met in Vienna on 4 June 2020.", "osce",
         "permanent-council"),
        ("The Executive Board of the Alpine Water Agency met in Geneva on 5 March 2021.", "who", "executive-board"),
        # a wording no held-out text has: the meeting told in a leading participle clause
        ("Meeting in Nairobi on 2 April 2022, the Council of Ministers of the Lake Basin Commission adopted its "
         "budget.", "eac", "council-of-ministers"),
    ],
)  # fmt: skip
def test_a_sentence_naming_another_organizations_body_keeps_it_apart(
    text: str, org: str, not_this: str
) -> None:
    found = meetings(text, org)
    assert found and all(b != not_this for b, _, _ in found)
    assert not any(b in org_bodies(org) for b, _, _ in found)


def test_a_body_another_tabled_organization_owns_gives_no_meeting_of_this_one() -> None:
    """A body qualified by another organization the table knows ("the EAEU Supreme Council" read for the GCC, whose
    Supreme Council is a body of its own) is that organization's sitting: no meeting of this one at all (session
    29: until then a meeting under another slug was recorded for the GCC)."""
    assert meetings("The EAEU Supreme Council convened in Minsk on 3 May 2019.", "gcc") == []
    assert meetings("The NAM Summit opened in Baku on 25 October 2019.", "g20") == []
    # its own body in the same words is its meeting
    assert [b for b, _, _ in meetings("The GCC Supreme Council convened in Doha on 3 May 2019.", "gcc")] == [
        "supreme-council"
    ]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PLAIN), st.sampled_from(sorted(ORGS)))
def test_a_sentence_naming_a_body_of_another_organization_gives_none_of_this_ones(
    entry: tuple[str, str, str], other: str
) -> None:
    org, _, name = entry
    if other == org:
        return
    abbr = _abbreviation(org)
    # "The APEC Summit met ..." (the abbreviation as a word: "UN" is in "Council" as letters)
    phrase = name if re.search(rf"\b{re.escape(abbr)}\b", name, re.I) else f"{abbr} {name}"
    found = meetings(f"The {phrase} met in Geneva on 14 March 2019.", other)
    assert not any(b in org_bodies(other) for b, _, _ in found)


@pytest.mark.parametrize(
    ("text", "org", "body"),
    [
        ("The Johannesburg Summit of the bloc opened on 22 August 2023.", "brics", "summit"),
        ("The Saint Petersburg summit of the Eurasian Economic Union ended on 20 December 2019.", "eaeu",
         "supreme-council"),
        ("Leaders wrapped up the Dar es Salaam Summit on 17 August 2019, the Southern African Development "
         "Community said.", "sadc", "summit"),
        # a sentence's first word is no name: "Twelve summits ..."
        ("Twelve summits took place in Vientiane from 6 to 8 September 2016 under the Association of Southeast "
         "Asian Nations chair.", "asean", "asean-summit"),
    ],
)  # fmt: skip
def test_a_town_before_the_summit_names_no_other_organization(text: str, org: str, body: str) -> None:
    assert [b for b, _, _ in meetings(text, org)][:1] == [body]


def test_the_words_after_a_body_tell_whose_it_is() -> None:
    assert names_another("of the Andean Trade Pact met in Minsk", "gcc")
    assert names_another("EAEU", "gcc")
    assert not names_another("of the GCC met in Riyadh on 3 May", "gcc")
    assert not names_another("of the Gulf Cooperation Council in Riyadh", "gcc")
    assert not names_another("of the Heads of State and Government of IGAD", "igad")
    assert not names_another("The 44th Extraordinary", "gcc")
    assert not names_another("The Saint Petersburg ", "eaeu")  # a town
    assert not names_another("the Kazan BRICS ", "brics")
    assert names_another("APEC ", "asean")
    assert not names_another("of the Andean Trade Pact", "no-such-org")  # no table: nothing to tell apart


# -- the organization's summit --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "org", "body"),
    [
        ("Leaders of the Association of Southeast Asian Nations held their summit in Vientiane on 9 October 2024.",
         "asean", "asean-summit"),
        ("Heads of state of the Intergovernmental Authority on Development gathered in Djibouti on 12 June 2023 "
         "for an extraordinary summit.", "igad", "assembly-of-heads-of-state-and-government"),
        ("The summit of the West African Economic and Monetary Union took place in Abidjan on 5 December 2022.",
         "uemoa", "conference-of-heads-of-state"),
        # a wording no held-out text has: the summit as the object of a participle, its place in a clause
        ("Wrapping up a one-day summit convened on 3 March 2022 in Lusaka, the presidents of the Common Market "
         "for Eastern and Southern Africa thanked their host.", "comesa", "authority"),
    ],
)  # fmt: skip
def test_the_word_summit_is_the_organizations_formal_body(text: str, org: str, body: str) -> None:
    assert [b for b, _, _ in meetings(text, org)] == [body]


@pytest.mark.parametrize(
    ("text", "org", "body"),
    [
        ("The Sixty-fifth World Health Assembly closed in Geneva on 26 May 2012.", "who", "world-health-assembly"),
        ("The Universal Postal Congress ended in Abidjan on 27 August 2021.", "upu", "congress"),
        ("The 41st Extraordinary Assembly of IGAD Heads of State and Government was held in Entebbe on "
         "18 January 2024.", "igad", "assembly-of-heads-of-state-and-government"),
        ("Ordinary Session of the Conference of Heads of State and Government: the leaders of the Union met in "
         "Lome on 30 July 2018.", "uemoa", "conference-of-heads-of-state"),
    ],
)  # fmt: skip
def test_a_body_named_by_its_words_takes_the_tables_slug(text: str, org: str, body: str) -> None:
    assert [b for b, _, _ in meetings(text, org)][:1] == [body]


def test_summit_of_and_own_body() -> None:
    assert summit_of("summit", "asean") == "asean-summit"
    assert summit_of("leaders-meeting", "brics") == "summit"  # BRICS sits as a summit
    assert summit_of("assembly", "igad") == "assembly-of-heads-of-state-and-government"
    assert summit_of("summit", "oas") == "summit"  # the OAS has no summit of its own: the words stay
    assert summit_of("summit", "no-such-org") == "summit"
    assert summit_of("council-of-heads-of-state", "sco") == "council-of-heads-of-state"
    assert own_body("universal-postal-congress", "upu") == "congress"
    assert own_body("nato-ukraine-council", "nato") == "nato-ukraine-council"  # no table: the words stay
    assert own_body("un-general-assembly", "who") == "un-general-assembly"  # another organization's body


# -- the store's vocabulary, and the SCO --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "vocabulary", "org", "body"),
    [
        ("summit", {"summit": ("ASEAN Summit",)}, "asean", "summit"),
        ("the G20 Leaders' Summit", {"leaders-summit": ("Leaders' Summit",)}, "g20", "leaders-summit"),
        ("Supreme Council", {"highest-council": ("GCC Supreme Council",)}, "gcc", "highest-council"),
        ("summit", {"highest-council": ("GCC Supreme Council",)}, "gcc", "supreme-council"),  # the store
        # knows no body named "summit": the table's
    ],
)
def test_the_stores_vocabulary_wins_over_the_table(
    phrase: str, vocabulary: dict[str, tuple[str, ...]], org: str, body: str
) -> None:
    assert resolve_body(phrase, vocabulary, org) == body


def test_the_sco_reads_its_own_table_unchanged() -> None:
    assert resolve_body("summit", None, "sco") == "council-of-heads-of-state"
    assert resolve_body("summit") == "council-of-heads-of-state"
    assert resolve_body("SCO Summit", None, "asean") is None  # the SCO's words name no ASEAN body
    assert org_bodies("sco") == {}
    assert "council-of-heads-of-state" in body_names("sco", {})


def test_body_names_carry_the_tables_proper_names() -> None:
    names = body_names("asean", {})
    assert ["ASEAN", "Coordinating", "Council"] in names["coordinating-council"]
    assert all(["summit"] != n for ns in names.values() for n in ns)  # the generic word is no name to find
    # a name the store gives one of its bodies stays the store's
    stored = body_names("asean", {"leaders-summit": ["ASEAN Summit"]})
    assert ["ASEAN", "Summit"] in stored["leaders-summit"]
    assert ["ASEAN", "Summit"] not in stored.get("asean-summit", [])
