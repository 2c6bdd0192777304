"""The persons of one attendance list: the list cut into items, each item read as a titled person.

Lists come in many shapes ("Presidents A of X, B of Y", "the presidents of X and Y, A and B", "X by A, Y by B",
"Name, Title of X; Name, Title of Y", names each followed by their titles); each shape has its reader here, and
``_items`` picks among them. Moved out of ``attendance.py``, which finds the lists and their roles.
"""

from __future__ import annotations

import re
from dataclasses import replace

from igo_timeline.events.parties import party_name as state_name
from igo_timeline.extract.chairs import _BARE_STATE_OFFICE, _full_mention, _state_told_elsewhere
from igo_timeline.extract.context import Context
from igo_timeline.extract.meeting import _state_of
from igo_timeline.extract.names import (
    STYLE,
    find_parties,
    is_state,
    lookup_party,
    strip_honorifics,
    strip_style,
)
from igo_timeline.extract.people import Person, parse_item, person_like

_SPLIT = re.compile(r"(,\s*(?:and\s+)?|;\s*|\s+and\s+|\s+as well as\s+)")


_TAIL = re.compile(
    r"\s*(?:,\s*)?\b(?:(?:also|have|has|had|all)\s+)?(?:attended|took part|participated|were present|was present|were also present|delivered|joined|addressed)\b.*$"
)


_LEAD = re.compile(r"^.*?\b(?:i\.\s?e\.|namely|including)\s*|^\W+")


_RESPECTIVELY = re.compile(
    r"^(?P<title>presidents|prime\s+ministers|leaders|heads\s+of\s+state|foreign\s+ministers"
    r"|heads\s+of\s+(?:government|delegations?))\s+of\s+(?P<rest>.+)$",
    re.I,
)


_ADJ_RESPECTIVELY = re.compile(
    r"^(?P<adjs>(?:[A-Z][\w'’-]+(?:\s*,\s*|\s+and\s+))+[A-Z][\w'’-]+)\s+(?P<title>presidents|prime\s+ministers|leaders|foreign\s+ministers|premiers)\s*,\s*(?P<rest>.+)$",
    re.I,
)


def _respectively(segment: str, ctx: Context) -> tuple[list[Person], str]:
    """ "The presidents of A, B and C, X, Y and Z, and ...": the n states, then the n names, in order; so
    too "the Togolese and Beninese presidents, X and Y"."""
    adjectives = _ADJ_RESPECTIVELY.match(segment)
    if adjectives:
        adjs = [a for a in re.split(r"\s*,\s*|\s+and\s+", adjectives.group("adjs")) if a]
        codes = [lookup_party(a) for a in adjs]
        if all(c and is_state(c) for c in codes):
            segment = f"{adjectives.group('title')} of {', '.join(_list_name(c) for c in codes if c)}, {adjectives.group('rest')}"
    m = _RESPECTIVELY.match(segment)
    if m is None:
        return [], segment
    # "the premiers of A and B: Q and R": a dash or a colon between the states and the names
    rest = re.sub(r"^([^:–—]*?[A-Za-z])(?:\s+[-–—]+\s+|\s*:\s+)(?=[A-Z])", r"\1, ", m.group("rest"), count=1)
    parts = [p for p in _SPLIT.split(rest)[::2] if p.strip()]
    states: list[str] = []
    k = 0
    while k < len(parts):
        found = find_parties(parts[k].strip(), exclude=[ctx.org])
        if not (found and is_state(found[0].value) and found[0].start == 0):
            break
        states.append(found[0].value)
        k += 1
    names = parts[k : k + len(states)]
    if len(states) == 1 and len(parts) >= 4 and len(parts) % 2 == 0:
        # "the presidents of Chile, X, Colombia, Y, and Peru, Z": each state, then its own president
        pairs = [
            (find_parties(parts[i].strip(), exclude=[ctx.org]), parts[i + 1]) for i in range(0, len(parts), 2)
        ]
        if all(
            found and is_state(found[0].value) and found[0].start == 0 and not find_parties(name)
            for found, name in pairs
        ):
            states = [found[0].value for found, _ in pairs]
            names = [name for _, name in pairs]
            k = len(parts) - len(states)
    if len(states) < 2 or len(names) < len(states) or any(find_parties(n) for n in names):
        return [], segment
    title = m.group("title").rstrip("s").replace("Prime minister", "Prime Minister")
    title = re.sub(r"^(?i:heads)\s+of\s+(?:the\s+)?(?i:delegations?)$", "Head of Delegation", title)
    title = re.sub(r"^(?i:heads)\s+of\s+(?i:government)$", "Head of Government", title)
    people = []
    for state, name in zip(states, names, strict=True):
        if len(name.split()[-1]) > 3:
            name = name.rstrip(" .")  # the sentence's full stop, not an initial ("Jr.")
        person = parse_item(
            f"{title.title()} {name.strip()} of {_list_name(state)}", ctx.org, ctx.known_persons
        )
        if person is not None:
            people.append(person)
    rest = ", ".join(parts[k + len(states) :])
    return people, rest


_PLURAL_TITLE = re.compile(
    r"^(?P<title>Presidents|Vice[\s-]Presidents|Prime\s+Ministers|Foreign\s+Ministers|Deputy\s+Prime\s+Ministers|Ministers"
    r"|Premiers|Leaders|Kings|Emirs|Sultans|Ambassadors|Chancellors)\s+(?=[A-Z])"
)


_SEVERAL_TITLED = re.compile(
    r"^\s*(?:Presidents|Prime\s+Ministers|Vice[\s-]Presidents|Ministers|Premiers|Leaders)\s+[A-Z]"
    r"|\b(?:President|Prime\s+Minister|Premier|Vice[\s-]President|King|Emir|Minister)\s+[A-Z][^;]*?\s+and\s+(?:the\s+)?"
    r"(?:President|Prime\s+Minister|Premier|Vice[\s-]President|King|Emir|Minister|Foreign\s+Minister)\s+[A-Z]"
)


# "Belize, Dominica and Guyana were represented by their Ministers of Foreign Affairs, A, B and C": the
# states in the subject, then as many names after a plural title, each of its own state in order
_THEIR_TITLES = re.compile(
    r"^(?:their|the)\s+(?P<title>(?:[A-Z][\w-]*\s+)*?[A-Z][\w-]*s(?:\s+of\s+(?:[A-Z][\w-]*\s*)+?)?)\s*,\s+(?P<names>.+)$"
)


def _represented_respectively(listed: str, subject: str, ctx: Context) -> str | None:
    """ "Belize, Dominica and Guyana were represented by their Ministers of Foreign Affairs, A, B and C": the
    items as "Minister of Foreign Affairs A of Belize", ...; None unless the subject names two states at least
    and the list names as many persons after a plural title."""
    m = _THEIR_TITLES.match(listed.strip())
    if m is None:
        return None
    states = [p.value for p in find_parties(subject, exclude=[ctx.org]) if is_state(p.value)]
    names = [n.strip(" .") for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("names")) if n.strip(" .")]
    if len(states) < 2 or len(names) != len(states) or any(find_parties(n, exclude=[ctx.org]) for n in names):
        return None
    title = _singular(m.group("title"))
    return ", ".join(
        f"{title} {name} of {_list_name(state)}" for state, name in zip(states, names, strict=True)
    )


def _list_name(code: str) -> str:
    """A state's name with no comma in it, to stand in a list: "Virgin Islands, British" -> "British Virgin
    Islands", "Korea, Republic of" -> "Republic of Korea"."""
    first, sep, rest = state_name(code).partition(", ")
    return f"{rest} {first}" if sep else first


def _singular(title: str) -> str:
    """A plural title's singular, its head noun made one: "Prime Ministers" -> "Prime Minister", "Ministers of
    Foreign Affairs" -> "Minister of Foreign Affairs"."""
    head, sep, tail = " ".join(title.split()).partition(" of ")
    return head.removesuffix("s") + sep + tail


# (a lookahead, so that a failed candidate, "Minister of Foreign Affairs and Mauritius", hides no later one)
_BY_STATE = re.compile(
    r"(?=(?:^|(?<=[,;])\s*(?:and\s+)?|(?<=\s)and\s+)"
    r"(?P<state>(?:the\s+|The\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|the|and|[A-Z][\w'’.-]*)){0,5}?)\s+by\s+[A-Z])"
)


# a state and then its delegate, each after a comma: "from the Republic of A, H.E. X, the Republic of B, H.E. Y and
# ...": the state named before a styled person is the state that person stood for (read as "A by X")
_STATE_THEN_STYLED = re.compile(
    r"(?:^|(?<=,\s)|(?<=\sfrom\s)|(?<=\sof\s)|(?<=\sand\s))(?P<state>(?:the\s+|The\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|the|and|[A-Z][\w'’.-]*)){0,5}?)"
    rf",\s+(?=(?:{STYLE}|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Amb\.?|Ambassador)\s*[A-Z])"
)
# who the list's states sent, told before the first of them: "Ministers and Ambassadors from", "delegations of"
_SENT_FROM = re.compile(r"^(?:[\w'’-]+\s+){1,5}?(?:from|of)\s+(?=(?:the\s+)?[A-Z])")


def _names_a_state(phrase: str) -> bool:
    """A list's state phrase names a state ("the Republic of Kenya", "St. Lucia")."""
    return bool(_state_of(re.sub(r"^(?:the|The)\s+", "", re.sub(r"\bSt\.?\s+", "Saint ", phrase))))


def _state_then_styled(segment: str) -> str:
    """``segment`` with each "<state>, <styled person>" read as "<state> by <styled person>", when two states at
    least open such a pair (else unchanged)."""
    pairs = [m for m in _STATE_THEN_STYLED.finditer(segment) if _names_a_state(m.group("state"))]
    if len(pairs) < 2:
        return segment
    out, last = [], 0
    for m in pairs:
        out += [segment[last : m.end("state")], " by "]
        last = m.end()
    rewritten = "".join([*out, segment[last:]])
    return _SENT_FROM.sub("", rewritten) if _SENT_FROM.match(rewritten) else rewritten


# "... B by Y and the Executive Secretary of the Xyz, Z": the last state's item ends where a titled person
# (a title, a comma, the name) is added with "and"
_AND_TITLED = re.compile(
    r"(?:,?\s+and\s+|,\s+(?=the\s))(?=(?:the\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,6}?,\s+"
    rf"(?:{STYLE}|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Eng\.?|Prof\.?)\s*[A-Z])"
)


def _and_titled(chunk: str) -> list[str]:
    """The chunk of one state, and the titled person ("the Executive Secretary, Dr X") added after it, apart."""
    m = _AND_TITLED.search(chunk)
    if m and _TITLE_HEAD.search(chunk[m.end() : chunk.index(",", m.end())]):
        return [chunk[: m.start()], chunk[m.end() :]]
    return [chunk]


def _by_state_chunks(segment: str) -> list[str]:
    """The items of an ellipsis list, "A by X, Title, B by Y and C by Z", cut where a state's name and "by"
    start the next; nothing unless two states at least open an item and the first opens the segment."""
    starts = sorted(
        {m.start("state") for m in _BY_STATE.finditer(segment) if _names_a_state(m.group("state"))}
    )
    if len(starts) < 2 or starts[0] != 0:
        return []
    cuts = [*starts, len(segment)]
    return [
        segment[a:b].strip(" ,;.").removesuffix(" and").strip(" ,;")
        for a, b in zip(cuts, cuts[1:], strict=False)
    ]


# "At the invitation of the Kazakh chairmanship (CICA), the Secretary General of X, Y, took part": who invited is
# an adverbial before the subject, no item of it (nor is its state the subject's)
_INVITED_BY = re.compile(
    r"^(?:(?:At|Upon|On|Following|By)\s+(?:the\s+|an?\s+)?(?:kind\s+|personal\s+|special\s+)?invitation\s+(?:of|from|extended\s+by)\s+"
    r"(?:[^,;()]|\([^()]*\))+?,\s+)(?=(?:the\s+|The\s+)?[A-Z])"
)


# "Hon. X, Minister of Trade, who represented President Y of the Republic of Z": X was there for Z, and Y was not
_STOOD_IN = re.compile(
    r",?\s+who\s+(?:represented|was\s+representing|stood\s+in\s+for|deputi[sz]ed\s+for)\s+(?:(?:H\.\s?E\.|His|Her|Excellency|the)\s+)*"
    r"(?:President|Prime\s+Minister|King|Queen|Emir|Amir|Sultan|Head\s+of\s+State|Chancellor|Premier)\b"
    r"(?P<who>[^,;()]*?)(?:\s+of\s+(?P<state>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|the|and|[A-Z][\w'’.-]*)){0,5}))?(?=\s*(?:[;.]|$))"
)


def _stood_in_for(m: re.Match[str]) -> str:
    """The clause of a deputy: ", representing <state>" when it names the state, else nothing (the head it names
    was absent, and the clause is no title of the deputy's)."""
    state = m.group("state")
    return f", representing {state}" if state and _state_of(re.sub(r"^the\s+", "", state)) else ""


# "Azerbaijan (X Y), Belarus (Z W) and Russia (U V)": each state, then its person's name in brackets
_STATE_BRACKET_NAME = re.compile(
    r"(?P<state>\b[A-Z][\w'’.-]*(?:\s+(?:and\s+|of\s+|the\s+)*[A-Z][\w'’.-]*){0,4})\s*"
    r"\((?P<name>[A-Z][\w'’.-]+(?:\s+(?:(?:al|el|bin|ibn|de|da|van|von)\s+)?[A-Z][\w'’.-]+){1,3})\)"
)


def _state_then_name_in_brackets(segment: str) -> str:
    """A list of states, each with its person's name in brackets ("the interior ministers of Azerbaijan (X Y),
    Belarus (Z W) and Russia (U V)"), written as the items the parser reads: "X Y of Azerbaijan, Z W of Belarus
    and U V of Russia"; the words before the first state (the ministers' title) kept. Unchanged unless two items
    at least are so written, each a state's name."""
    found = list(_STATE_BRACKET_NAME.finditer(segment))
    states = []
    for m in found:
        words = re.sub(r"^(?:and|the)\s+", "", m.group("state"))
        parties = [
            p for p in find_parties(words) if is_state(p.value) and p.start == 0 and p.end >= len(words) - 1
        ]
        states.append(parties[0].value if parties else None)
    if len(found) < 2 or any(s is None for s in states):
        return segment
    # "the interior ministers of": the words before the first state name whose the persons are, no item
    lead = re.sub(
        r"(?:\b(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+s\s+)?(?:of|from)\s+(?:the\s+)?$",
        "",
        segment[: found[0].start()],
    )
    out, pos = [lead], found[0].start()
    for m in found:
        out.append(segment[pos : m.start()])
        out.append(f"{m.group('name')} of {m.group('state')}")
        pos = m.end()
    out.append(segment[pos:])
    return "".join(out)


def _items(segment: str, ctx: Context) -> list[Person]:
    segment = _LEAD.sub("", _TAIL.sub("", segment)).strip()
    segment = _INVITED_BY.sub("", segment)
    segment = re.sub(r"(,\s*|\s+)and\s+by\s+(?=\S)", r"\1and ", segment)  # "by A and by B": one list
    segment = _STOOD_IN.sub(_stood_in_for, segment)
    segment = re.sub(
        r",?\s+(?:was|were|is|are)(?:\s+also)?$", "", segment
    )  # "X, President of Y, was (in attendance)"
    segment = re.sub(r"^(?:The|the)\s+", "", segment)
    segment = re.sub(
        r"\s+among\s+(?:those|the\s+\w+)\b.*$", "", segment
    )  # "... among those around the table"
    # "Foreign Minister X (virtually)": how X took part is no part of the name
    segment = re.sub(
        r"\s*\((?:virtually|virtual|online|remotely|in\s+person|(?:by|via)\s+video(?:\s*(?:link|conference))?)\)",
        "",
        segment,
    )
    # "President of A X (A is a Xyz observer), and ...": an aside telling the state's standing is no part of the
    # item (the standing kept as the item's own word: "observer")
    segment = _state_then_name_in_brackets(segment)
    standing: dict[str, str] = {}

    def _aside(m: re.Match[str]) -> str:
        standing[m.string[: m.start()].split(",")[-1].strip()] = m.group("status")
        return ""

    segment = re.sub(
        r"\s*\((?:[A-Z][\w'’ -]*\s+)?(?:is|are|was|were)\s+(?:an?|the)\s+[^()]*?\b(?P<status>observer|guest|partner)"
        r"[^()]*\)",
        _aside,
        segment,
    )
    if standing:
        return [
            (replace(p, standing=status) if status == "observer" else replace(p, role=f"{p.role} ({status})"))
            if (status := next((v for k, v in standing.items() if p.written and p.written in k), None))
            else p
            for p in _items(segment, ctx)
        ]
    # "A, B and C, with D also at the table": D is one more item
    segment = (
        re.sub(
            r"\s+(?:also\s+)?(?:(?:at|around)\s+the\s+(?:[\w-]+\s+)?table|present|attending|in\s+attendance)\s*\.?$",
            "",
            segment,
        )
        if re.search(r",\s+with\s+[A-Z]", segment)
        else segment
    )
    segment = re.sub(r",\s+with\s+(?=[A-Z])", ", ", segment)
    # "... and Y also addressed the leaders": the adverbs left before the verb name no one
    segment = re.sub(r"(?:\s+(?:also|too|all|both|then|each|likewise|personally))+\s*$", "", segment)
    # "...; and of C, Dr Z, together with the President of D, W": one more item, in the list's own separator
    segment = re.sub(
        r",?\s+(?:together|along)\s+with\s+(?=(?:the\s+)?[A-Z])",
        "; " if segment.count(";") >= 2 else ", ",
        segment,
    )
    chunks = _by_state_chunks(_state_then_styled(segment))
    if chunks:
        # "A by X, Minister of Y, B by Z and C by W": one item a state, whatever commas its apposition holds
        found = [
            parse_item(item, ctx.org, ctx.known_persons) for chunk in chunks for item in _and_titled(chunk)
        ]
        return [p for p in found if p is not None and (p.role or p.party or p.known)]
    people, segment = _respectively(re.sub(r"^Presidents\s+of\b", "presidents of", segment), ctx)
    if segment.count(";") >= 2:
        # "Name, Title of A; Name, Title of B; and Name, Title of C": a semicolon ends each item, and the
        # commas inside an item belong to it, unless the item is itself a list of titled persons ("President
        # A and Prime Minister B of X")
        items = re.split(r";\s*(?:and\s+)?", segment.rstrip(" ."))
        for k in range(len(items) - 1, 0, -1):
            # "the Prime Minister of Freedonia; Hon. Dr. X Y; ...": a title of a state, its name after a
            # stray semicolon (a styled name alone, no title of its own): one item
            if (
                _STATE_TITLE_ONLY.fullmatch(items[k - 1].strip())
                and _BARE_NAME.match(items[k].strip())
                and "," not in items[k]
            ):
                items[k - 1 : k + 1] = [f"{items[k - 1].strip()}, {items[k].strip()}"]
        for k in range(len(items) - 1, -1, -1):
            # "the President of A, H.E. X and Prime Minister of B, Hon. Y": the last item two titled persons, "and"
            # before the second's title of its state
            joined = _AND_TITLE_OF.search(items[k])
            if joined and "," in items[k][: joined.start()] and "," in items[k][joined.end() :]:
                items[k : k + 1] = [items[k][: joined.start()], items[k][joined.end() :]]
        for item in items:
            several = _list_items(item, ctx) if _SEVERAL_TITLED.search(item) else []
            if len(several) >= 2 and all(p.role or p.party for p in several):
                people += several
                continue
            person = parse_item(_WHAT_THEY_DID.sub("", item), ctx.org, ctx.known_persons)
            if person is not None and _PLURAL_TITLE.match(person.role + " X"):
                person = replace(
                    person, role=_singular(person.role)
                )  # "the Prime Ministers of A, X; of B, Y"
            if person is not None and (person.role or person.party or person.known):
                people.append(person)
        return people
    return people + _list_items(segment, ctx)


# "A, Secretary of X, spoke on the economy; B, ...": what the item's person did is a clause after the role
_WHAT_THEY_DID = re.compile(
    r",\s+(?:who\s+|which\s+)?(?:(?:also|then|briefly|jointly|each|later|first)\s+)?(?:spoke|presented|covered|reported|briefed|addressed|delivered|gave|made|outlined"
    r"|described|summ(?:ed|arized|arised)|took|read|explained|informed|updated|set\s+out|introduced|highlighted|shared|talked|stressed"
    r"|emphasi[sz]ed|noted|said|announced|proposed|called|urged|thanked|welcomed|gave|tabled|submitted|provided)\b.*$"
)


# a state's title before "of" its state
_TITLE_OF = (
    r"(?:[Tt]he\s+)?(?:(?:Deputy|Vice|Acting)[\s-]+)?(?:President|Prime\s+Minister|Premier|Chief\s+Minister|King|Emir"
    r"|Sultan|Minister\s+of\s+Foreign\s+Affairs|Foreign\s+Minister)\s+of\s+(?:the\s+)?"
)
# a state's title with no name: "the Prime Minister of Freedonia", "The President of Suriname"
_STATE_TITLE_ONLY = re.compile(rf"{_TITLE_OF}[A-Z][\w'’.-]*(?:\s+(?:of|the|and|[A-Z][\w'’.-]*))*")
# "..., H.E. X and Prime Minister of B, ...": "and" before the next person's title of a state
_AND_TITLE_OF = re.compile(rf"\s+and\s+(?={_TITLE_OF}[A-Z])")


# a list piece that starts with a person's style or is a bare name ("H.E. X", "Mr X Y"), no title before it
_BARE_NAME = re.compile(rf"(?:(?:{STYLE}|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)+[A-Z]")


_TITLE_HEAD = re.compile(
    r"\b(?:Secretary|Minister|President|Director|Chair\w*|Ambassador|Representative|Envoy|Adviser|Advisor|Head|Commissioner"
    r"|General|Governor|Premier|King|Queen|Emir|Amir|Sultan|Prince|Chancellor|Speaker|Leader|Coordinator|Officer|Chief)\b",
    re.I,
)


def _list_items(segment: str, ctx: Context) -> list[Person]:
    """The persons of a list cut at commas and "and": a plural title is each following item's ("Presidents
    A of X, B of Y and C of Z"); a state after the last of "A and B of X" is both's; a title cut at "and"
    or a comma joins the next piece."""
    paired = _name_title_pairs(segment, ctx)
    if paired:
        return paired
    masked = segment.rstrip(" .")
    for party in find_parties(masked, exclude=[ctx.org]):  # "Sao Tome and Principe": one name, not two items
        name = masked[party.start : party.end]
        if " and " in name or "," in name:
            masked = (
                masked[: party.start]
                + name.replace(" and ", " \0and ").replace(",", "\1")
                + masked[party.end :]
            )
    parts = [p.replace(" \0and ", " and ").replace("\1", ",") for p in _SPLIT.split(masked)]
    people: list[Person] = []
    seps: list[str] = []  # the separator before each person
    pending = ""
    carried: str | None = None  # the singular of the last plural title
    for k in range(0, len(parts), 2):
        piece = parts[k]
        plural = _PLURAL_TITLE.match(piece.strip())
        if plural:
            carried = _singular(plural.group("title"))
            piece = piece.strip()[plural.end() :]
        if pending and k and parts[k - 1].startswith(";"):
            # "the leaders of A, B and C; Senior General X, ...": a semicolon ends an item, so a title left
            # pending (here a plural one of states without names) is no part of the next
            pending = ""
        text = pending + piece
        if not text.strip():
            continue
        if pending and people and _BARE_NAME.match(piece.strip()) and re.match(r"\s*the\s", pending):
            # "A, the EU High Representative for Foreign Affairs, B, and C": a title with its article, then the
            # name it introduces (an apposition before the name, not after the previous one)
            titled = parse_item(f"{pending.strip(' ,')} {piece.strip()}", ctx.org, ctx.known_persons)
            if titled is not None:
                pending = ""
                seps.append(parts[k - 1] if k else "")
                people.append(titled)
                continue
        if pending and people and _BARE_NAME.match(piece.strip()):
            # "H.E. A, National Leader of X and Chairman of Y, H.E. B, Prime Minister of Z": a title left
            # pending after a named person is that person's apposition, never the next name's
            prev = people[-1]
            if prev.party is None and not prev.role:
                titled = parse_item(f"{pending.strip(' ,')} {prev.written}", ctx.org, ctx.known_persons)
                if titled is not None and titled.party:
                    people[-1] = replace(prev, role=titled.role, party=titled.party)
            pending, text = "", piece
        person = parse_item(text, ctx.org, ctx.known_persons) or _full_mention(ctx, text)
        if (
            pending
            and re.match(r"\s*(?:the|a|an)\s", pending)
            and pending.endswith(" and ")
            and (alone := parse_item(piece, ctx.org, ctx.known_persons)) is not None
            and alone.role
            # a title of its own ("SAARC Secretary General X"), not the rest of the pending one ("... on National
            # Security and Foreign Affairs X")
            and _TITLE_HEAD.search(alone.role)
        ):
            # "the chief adviser of B's caretaker government and SAARC Secretary General X": an unnamed person,
            # then a titled one
            person = alone
        # "X, Ruritania's permanent representative to ...", "X, Ruritania's commander-in-chief": the apposition
        # names X's state (an office of it, in lower case, after the possessive)
        appos = re.match(
            r"\s*(?P<state>[A-Z][\w'’ -]+?)(?:'s|’s)\s+(?:[a-z-]+\s+){0,2}(?:representative|ambassador|envoy|delegate"
            r"|president|vice[\s-]president|prime\s+minister|(?:[a-z]+\s+)?minister|commander(?:-in-chief)?|head\s+of\s+state"
            r"|(?:army\s+|military\s+|defence\s+|defense\s+)?chief|king|emir|amir|sultan|crown\s+prince|premier|chancellor"
            r"|leader)\b",
            piece,
        )
        if (
            person is None
            and not pending
            and people
            and people[-1].party is None
            and not people[-1].known
            and k
            and parts[k - 1].strip() == ","
            and appos
            and (code := lookup_party(appos.group("state")))
            and is_state(code)
        ):
            # "Ambassador X, Ruritania's permanent representative to ...": the apposition names X's state
            people[-1] = replace(people[-1], party=code)
            continue
        if person is None or not person.role and not person.party and not person.known and not carried:
            # a title cut at "and" or a comma ("Representative ... and Head of ...",
            # "the Director of ..., Name"): join the next piece, with its separator
            pending = text + (parts[k + 1] if k + 1 < len(parts) else "")
            continue
        if carried and not person.role:
            person = replace(person, role=carried)  # "B of Y" after "Presidents A of X", and A
        elif plural is None and person.role:
            carried = None  # another title ends the plural's reach
        pending = ""
        seps.append(parts[k - 1] if k else "")
        people.append(person)
    for i in range(len(people) - 1):
        a, b = people[i], people[i + 1]
        if (
            a.party is None
            # a state's office ("President A and Prime Minister B of X": both of X), not the organization's own
            # ("Secretary General A and President B of X": A is of no state)
            and _BARE_STATE_OFFICE.fullmatch(a.role.strip())
            and b.party
            and is_state(b.party)
            and seps[i + 1].strip() == "and"
            and not a.known
        ):
            other = _state_told_elsewhere(
                ctx, a.name, a.role
            )  # another mention that tells A's own state wins
            people[i] = replace(a, party=other[0] if other else b.party)
    return _one_delegation(people)


# the offices of an organization, never a state's: no state adjective before a list reaches them
_ORG_OFFICE = re.compile(
    r"\b(?:Secretary[\s-]+General|Executive\s+Secretary|Director[\s-]+General|Commission|Secretariat|Committee)\b",
    re.I,
)


# a post in a state's government ("Interior Minister", "Federal Security Service Director", "Acting Prosecutor-General"),
# not a leader of a movement or a party ("FLNKS leader")
_GOVERNMENT_POST = re.compile(
    r"\b(?:Minister|Director|Prosecutor|Chief\s+of|Commander|Ambassador|Adviser|Advisor|Governor|Chairman\s+of\s+the\s+State)\b",
    re.I,
)


def _one_delegation(people: list[Person]) -> list[Person]:
    """ "Abc Deputy Premier A, Trade Minister B, Interior Minister C and the Border Service's
    Director D": a list of one state's delegation, the state told once before its first title, reaches the titles
    after it that name no state of their own (never an organization's office); a list naming two states is left
    as read."""
    states = {p.party for p in people if p.party}
    if len(people) < 3 or len(states) != 1 or people[0].party is None:
        return people
    state = people[0].party
    if not is_state(state):
        return people
    return [
        replace(p, party=state)
        if p.party is None and p.role and _GOVERNMENT_POST.search(p.role) and not _ORG_OFFICE.search(p.role)
        else p
        for p in people
    ]


def _name_title_pairs(segment: str, ctx: Context) -> list[Person]:
    """A list that gives each name, then its titles after commas ("A, Secretary General of the X, B, Foreign
    Minister of Y, C, Deputy Prime Minister and Foreign Minister of Z, and D, Minister of W"): each name with
    every comma piece up to the next name, so that an "and" inside a title cuts no item and no title moves to
    the next name. Nothing unless the list opens with a name and holds two names at least, each with a title."""
    masked = segment.strip().rstrip(" .")
    for party in find_parties(masked, exclude=[ctx.org]):
        name = masked[party.start : party.end]
        masked = masked[: party.start] + name.replace(",", "\1") + masked[party.end :]
    chunks: list[str] = []
    for chunk in re.split(r",\s*", masked):
        chunk = re.sub(r"^(?:and|as\s+well\s+as)\s+", "", chunk.replace("\1", ",").strip())
        head, sep, tail = chunk.rpartition(" and ")
        tail = strip_honorifics(strip_style(tail)) if sep else tail
        if sep and person_like(tail) and len(tail.split()) >= 2 and not person_like(head):
            chunks += [head, tail]  # "Prime Minister of B and Z": the title's end, then the next name
        elif chunk:
            chunks.append(chunk)
    while chunks and re.match(r"(?:other|several|all|the\s+other)\b", chunks[-1]):
        chunks.pop()  # "and other heads of delegations": no one named
    bare = [strip_honorifics(strip_style(c)) for c in chunks]  # "H.E. A B", "Dr C D": a name all the same
    is_name = [person_like(c) and 2 <= len(c.split()) <= 5 for c in bare]
    if (
        len(chunks) >= 4
        and not is_name[0]
        and is_name[1]
        and _TITLE_HEAD.search(chunks[0])
        # a title after its name is bare ("Prime Minister of X"); one with an article, or a clause after a
        # semicolon, is told before the next name ("..., A B, and the outgoing Secretary, C D, were also ...")
        and not any(
            re.match(r"the\s", c, re.I) or ";" in c
            for c, named in zip(chunks[2:], is_name[2:], strict=True)
            if not named
        )
    ):
        # "the Council's Chairman, A B, Prime Minister of X, C D, Prime Minister of Y": one title before the first
        # name, then names each with titles after them. The first name's office told twice is no item of its own;
        # read without it, the list must still give every name a title after it (a list of titles before names,
        # "the Chairman, A B, the Premier of X, C D", leaves its last name without one and is not read here)
        chunks, bare, is_name = chunks[1:], bare[1:], is_name[1:]
    if not chunks or not is_name[0] or sum(is_name) < 2:
        return []
    items: list[list[str]] = []
    for chunk, named in zip(chunks, is_name, strict=True):
        if named:
            items.append([chunk])
        else:
            items[-1].append(chunk)
    if any(len(item) < 2 for item in items):
        return []
    people = [parse_item(", ".join(item), ctx.org, ctx.known_persons) for item in items]
    if any(p is None for p in people):
        return []
    return [p for p in people if p is not None]
