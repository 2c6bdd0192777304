"""Heads told at the sitting by their states only, named elsewhere in the text (session 33).

Reports often list who sat by office and state ("The talks were joined by the Presidents of Abc, Def and Ghi")
and name some of those heads in another sentence ("Ghi's President Q R had invited his peers"). The list puts the
state's head at the sitting; the other sentence gives the head's name. Only a head named with the same title and
state is taken (the president of a state the list names as sending its president), one per state; a state whose
head the text does not name gives no one.
"""

from __future__ import annotations

import re

from igo_timeline.extract.context import Context
from igo_timeline.extract.mentions import titled_mentions
from igo_timeline.extract.names import find_parties, is_state
from igo_timeline.extract.people import Person
from igo_timeline.extract.text import Passage

# the plural office and the states after it, put at the sitting by a verb of attending before or after it
_TITLES = r"(?P<title>Presidents|Prime\s+Ministers|Heads\s+of\s+State|Heads\s+of\s+Government|Leaders)"
_BY_STATES = re.compile(
    rf"\b(?:attended|joined)\s+by\s+the\s+{_TITLES}\s+of\s+(?P<states>[^.;:]+)"
    # ("Leaders of A, B and C took part": the sentence's subject, with or without its article)
    rf"|(?:^|\bthe\s+){_TITLES.replace('title', 'title2')}\s+of\s+(?P<states2>[^.;:]+?)\s+"
    r"(?:attended|took\s+part|participated|were\s+present|gathered|met)\b",
    re.I,
)
# the singular title a plural one stands for, as a head's mention writes it
_SINGULAR = {
    "presidents": r"President",
    "prime ministers": r"Prime\s+Minister|Premier",
    "heads of state": r"President|King|Emir|Amir|Sultan",
    "heads of government": r"Prime\s+Minister|Premier",
    "leaders": r"President|Prime\s+Minister|Premier|King|Emir|Amir|Sultan|Chancellor",
}
_FUTURE = re.compile(r"\b(?:will|shall|would|is\s+to|are\s+to|expected|scheduled)\b", re.I)


def heads_by_state(ctx: Context, skip: frozenset[int] = frozenset()) -> list[tuple[Passage, Person]]:
    """(the listing sentence, the head) for each state a plural office lists as at the sitting whose head the
    text names elsewhere with that office."""
    out: list[tuple[Passage, Person]] = []
    taken: set[str] = set()
    for passage in ctx.sentences[:40]:
        if passage.start in skip:
            continue
        m = _BY_STATES.search(passage.norm)
        if m is None or _FUTURE.search(passage.norm[: m.start()]):
            continue
        title = " ".join((m.group("title") or m.group("title2")).lower().split())
        states = [
            p.value
            for p in find_parties(m.group("states") or m.group("states2") or "", exclude=[ctx.org])
            if is_state(p.value)
        ]
        for state in states:
            if state in taken:
                continue
            head = _named_head(ctx, state, _SINGULAR[title])
            if head is not None:
                taken.add(state)
                out.append((passage, head))
    return out


def _named_head(ctx: Context, state: str, title: str) -> Person | None:
    """The one person the text names with the title (a head's) and the state, else None."""
    found: dict[str, Person] = {}
    for passage in ctx.sentences[:40]:
        for mention in titled_mentions(passage.norm, ctx.org, ctx.known_persons):
            person = mention.person
            if person.party == state and re.match(rf"(?:{title})\b", person.role or ""):
                found.setdefault(person.name, person)
    return next(iter(found.values())) if len(found) == 1 else None
