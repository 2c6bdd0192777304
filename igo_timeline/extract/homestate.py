"""The state of a person the text titles with a bare national office, from where the text was filed.

A state's own press (its news agency, a ministry's release, a paper of its capital) names its own officials
without their state: "NEW DELHI: External Affairs Minister X attended ...", "ISLAMABAD: Prime Minister Y will
lead the delegation", "YEREVAN, ... Prime Minister Z opened ...", while the same page gives every foreign
official a state ("his Chinese counterpart W", "Russian Foreign Minister V"). So a person whose only title is
a state's office ("Prime Minister", "Foreign Secretary", "President of the Republic"), given no state anywhere
in the text, is of the state whose capital heads the text's dateline. Not so when the sentences naming the
person name another state (the person may be that state's: "King M was represented by Head of Government X,
at the head of a Moroccan delegation"), nor for an organization's own officials (a title naming a body:
"President of the Commission"), whose office no state holds.
"""

from __future__ import annotations

import re

from igo_timeline.extract.context import Context
from igo_timeline.extract.names import find_parties, is_state
from igo_timeline.extract.places import capital_of, city

# a state's own office, named bare: the whole role, nothing of a body after it
_NATIONAL_OFFICE = re.compile(
    r"(?:(?:Deputy|Vice|Acting|First|Interim)[\s-]+)*(?:President(?:\s+of\s+the\s+Republic)?|Prime\s+Minister"
    r"|Head\s+of\s+(?:State|Government)|King|Queen|Sultan|Emir|Amir|Chancellor|Premier|Crown\s+Prince"
    r"|State\s+Councill?or(?:\s+and\s+Foreign\s+Minister)?"
    r"|(?:Foreign|External\s+Affairs|Defen[cs]e|Finance|Trade|Economy|Economic|Interior|Home|Justice|Health|Energy"
    r"|Agriculture|Education)\s+(?:Minister|Secretary)"
    r"|Minister\s+(?:of|for)\s+(?:Foreign|External)\s+Affairs)",
    re.I,
)

# a dateline a line opens with: "NEW DELHI:", "YEREVAN, MAY 8, ARMENPRESS.", "Islamabad (APP) -", "Dhaka, May 3"
_DATELINE_CITY = re.compile(
    r"^\s*(?P<city>[A-Z][A-Za-z'’.-]+(?:\s[A-Z][A-Za-z'’.-]+){0,2}?)\s*(?::\s|,\s|\s\(|\s[-–—]\s)", re.M
)


def filed_from(ctx: Context) -> tuple[str, str] | None:
    """(the dateline's words, the state) when the text's dateline is a state's capital; None otherwise (no
    dateline, a town that is no capital: a venue's town names no publisher's state)."""
    words = ctx.dateline
    places = [ctx.anchor.place] if ctx.anchor.place else []
    if not places:
        head = ctx.doc.text[:400]
        line = _DATELINE_CITY.search(head)
        if line is None or head[: line.start()].strip().count("\n") > 2:
            return None
        places, words = [line.group("city")], line.group()
    for place in places:
        found = city(place.title() if place.isupper() else place)
        if found is not None and capital_of(found[1]) == found[0]:
            return words, found[1]
    return None


def home_state(ctx: Context, name: str, role: str | None) -> str | None:
    """The state of ``name``, titled only ``role`` (a bare national office), from the text's dateline; None
    when the role is no such office, the dateline no capital, or a sentence naming the person names another
    state."""
    if not role or not _NATIONAL_OFFICE.fullmatch(role.strip(" ,")):
        return None
    filed = filed_from(ctx)
    if filed is None:
        return None
    words, state = filed
    for passage in ctx.doc.sentences:
        if name not in passage.quote:
            continue
        told = passage.quote.replace(words, " " * len(words)) if words else passage.quote
        if any(is_state(p.value) and p.value != state for p in find_parties(told, exclude=[ctx.org])):
            return None
    return state
