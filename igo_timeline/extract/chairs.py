"""Who chaired the meeting a communiqué reports, and the state a bare title's holder speaks for.

The chair is read from the first sentences ("chaired by X", "under the chairmanship of X", "X presided"), with
the apposition that tells the chair's state; co-chairs from "co-chaired by A and B". A state's office written
bare ("President X") takes its state from the text's other mentions of the same name, which the attendance
lists use as well. Moved out of ``attendance.py`` (the meeting finder calls ``_chair`` and ``_jointly``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from igo_timeline.extract.context import Context
from igo_timeline.extract.names import STYLE, is_state, nationality_of
from igo_timeline.extract.people import Person, parse_item
from igo_timeline.extract.places import city
from igo_timeline.extract.text import DATELINE_HEAD

_CHAIR = re.compile(
    # "chaired from Ha Noi by X", "presided over remotely by X": where or how it was chaired, then by whom
    r"\b(?:chaired|presided\s+over|presided|co-chaired|hosted)\s+(?:(?:from|in|at)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s+|(?:remotely|virtually|online|jointly)\s+)?by\s+(?P<item>(?:\b[A-Z]\.(?=\s+[A-Z])|[^,;.()])+(?:\([^)]*\))?(?:\b[A-Z]\.(?=\s+[A-Z])|[^,;.])*)"
    # "under the chairmanship of the Chadian head of state, X Y": a title in apposition, then the name
    r"|\bunder\s+(?:the\s+)?(?:(?-i:[a-z]+)\s+)?(?:chairmanship|presidency|chairship)\s+of\s+(?:the\s+)?(?P<item8>(?-i:[A-Z])[\w'’-]+\s+(?:head\s+of\s+state|head\s+of\s+government|president|prime\s+minister|leader),\s+(?-i:[A-Z])[^,;.]+)"
    r"|\bunder\s+(?:the\s+)?(?:(?-i:[a-z]+)\s+)?(?:chairmanship|presidency|chairship)\s+of\s+(?P<item2>(?:\b[A-Z][a-z]?\.(?=\s)|[^,;.])+)"
    r"|^(?P<item3>.+?)\s+(?:co-chaired|chaired|presided\s+over|is\s+chairing|was\s+chairing|opened|chairs"
    # "X conducted the session": the sitting's chair (a sitting, not "conducted talks with ...", a bilateral)
    r"|conducted(?=\s+(?:the|this|its)\s+(?:[\w'’-]+\s+){0,4}?(?:meeting|session|summit|sitting)s?\b)"
    # "X then took over the presidency of the session from Y", "X assumed the chairmanship of the meeting"
    r"|(?:then\s+)?(?:took\s+over|assumed)\s+the\s+(?:presidency|chairmanship|chair)\s+of)\s+(?!(?:the\s+)?(?:previous|last|next|upcoming|past|former|following)\b)"
    # "the 57th X Foreign Ministers' Meeting", "the sessions at the centre": a name's possessive, a plural sitting
    r"(?:(?:the\s+)?(?:[\w'’-]+\s+){0,6}?(?:meeting|session|summit|sitting|talks|gathering|proceedings)s?\b|it\.?$)"
    # "Prime Minister X of A was elected Chairman of the Summit": the sitting's own chair, elected at it
    r"|^(?P<item9>.+?)\s+(?:was|were|had\s+been)\s+(?:unanimously\s+)?elected\s+(?:as\s+)?(?:the\s+)?(?:Chair(?:man|person|woman)?|President)\s+of\s+the\s+(?!next\b|following\b|upcoming\b)(?:[\w-]+\s+)?(?:Summit|Meeting|Session|Conference)\b"
    r"|^(?P<item6>.+?)\s+presided\.?$|^(?P<item4>.+?)\s+(?:was|is)\s+in\s+the\s+chair\b|\bwith\s+(?P<item5>[^,;]+?(?:,\s+[^,;]+?,)?)\s+(?:chairing|presiding|in\s+the\s+chair"
    # "with Foreign Minister X as host and chair", "with President Y as chairman": the sitting's chair by "as"
    r"|as\s+(?:(?:its|the)\s+)?(?:host\s+and\s+)?(?:chair|chairman|chairwoman|chairperson)(?![\w-]))\b"
    # "tabled by Kazakhstan's Foreign Minister X, whom the delegations had just elected ... to preside over the
    # session", "X, who was elected to chair the meeting"
    r"|(?:^|\bby\s+)(?P<item7>(?:[A-Z][\w'’.-]*\s+){1,7}[A-Z][\w'’-]*),\s+(?:whom|who)\s+[^.;]{0,80}?\b(?:elected|chosen|appointed)\b[^.;]{0,60}?\bto\s+(?:preside|chair)\b"
    # "A's Foreign Minister X, who chaired the ministers' meeting, told ...": the chair named by a relative clause
    r"|^(?P<item10>(?-i:[A-Z])[^,;]{2,150}?),\s+who\s+(?:also\s+)?(?:chaired|co-chaired|presided\s+over|was\s+chairing|is\s+chairing|chairs)\s+"
    r"(?:the|this|its)\s+(?!(?:previous|last|next|first|upcoming|past|former|following)\b)(?:[\w'’-]+\s+){0,3}?(?:meeting|session|summit|sitting|talks|conference|gathering|proceedings)\b",
    re.I,
)


# a day told between the chair's name and the verb ("X today presided over", "X on Monday chaired")
_WHEN_AFTER = re.compile(
    r"\s+(?:today|yesterday|this\s+(?:morning|afternoon|evening)|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+\w+)?)\s*$"
)


# styles and ranks written with a full stop ("H.E.", "Dr.", "Rt. Hon.", "Lt. Gen."): blanked (same length) before
# the chair is read, so that the stop ends no item
_STYLE_ABBR = re.compile(
    r"\b(?:H\.\s?E\.?|H\.\s?M\.|(?:Dr|Mr|Mrs|Ms|Prof|Lt|Gen|Rt|Hon|Amb|Engr?|Maj|Col|Brig|Capt)\.)(?=\s|,|[A-Z])"
)


# the chair's apposition: ", President of the Republic of X and (current) Chairperson of the Y"
_CHAIR_APPOSITION = re.compile(
    r"^\s*,\s+(?P<app>(?:the\s+)?(?:(?:Deputy|Vice|Acting|Interim)[\s-]+)?(?:President|Prime\s+Minister|King|Queen|Emir|Sultan"
    # "the Deputy Chairman of the Sovereignty Council of the Republic of the Sudan": a deputy of a state's council
    # the title runs to a comma or a full stop, but not the stop of "St." ("Prime Minister of St. Kitts and Nevis")
    r"|Premier|Chancellor|Head\s+of\s+State|(?:(?<=Deputy[\s-])|(?<=Vice[\s-]))Chair(?:man|woman|person)?)\b"
    r"(?:[^,;.]|(?<=\bSt)\.|(?<=\bSte)\.)*?)"
    r"(?=\s+and\s+(?:the\s+)?(?:current|outgoing|incoming|in-coming|new|acting|then)?\s*(?:representative\s+of\s+the\s+)?(?:Chair|Chairperson|Chairman|Chairwoman|President)\b"
    r"|(?<!\bSt)(?<!\bSte)\s*[,;.]|\s*$)"
)


def _chair(ctx: Context, more: list[dict[str, Any]]) -> dict[str, Any] | None:
    # "The President opened the Meeting ... The meeting was chaired by X": who chaired is named by "chaired", not by
    # "opened", in any sentence of the first; who opened it is the chair when no one is said to chair it
    return _chair_told(ctx, more, opened=False) or _chair_told(ctx, more, opened=True)


def _chair_told(ctx: Context, more: list[dict[str, Any]], *, opened: bool) -> dict[str, Any] | None:
    for passage in ctx.doc.sentences[:16]:
        # ("the Rt. Hon. X", "the Honourable X": the style whole, its article with it)
        norm = re.sub(rf"\b{STYLE}\.?(?=\s)", lambda a: " " * len(a.group()), passage.norm)
        norm = _STYLE_ABBR.sub(lambda a: " " * len(a.group()), norm)
        norm = re.sub(r"\b(U)\.([SK])\.", r"\1\2  ", norm)  # "chaired by U.S. President X": no sentence's end
        # "X opened the meeting, which is chaired by Y": who chairs it is named by "chaired", not by "opened"
        for m in sorted(
            _CHAIR.finditer(norm), key=lambda m: bool(re.search(r"\bopened\b", m.group(0), re.I))
        ):
            if not opened and re.search(r"\bopened\b", m.group(0), re.I):
                continue
            item = next(
                (
                    m.group(g)
                    for g in (
                        "item",
                        "item8",
                        "item2",
                        "item3",
                        "item4",
                        "item5",
                        "item6",
                        "item7",
                        "item9",
                        "item10",
                    )
                    if m.group(g)
                ),
                "",
            )
            item = re.sub(r"^.*\b(?:was|is|were)\s+", "", item) if m.group("item3") else item
            # "X today presided over ...", "X on Tuesday chaired ...": the day told between the chair and the verb
            item = re.sub(_WHEN_AFTER, "", item) if m.group("item3") else item
            # "TOWN, State, 25 July 2024 (Agency) - Minister X presided over ...": the dateline is no part of the chair
            item = DATELINE_HEAD.sub("", item) if m.group("item3") else item
            # "The motorcade went to the library, where President X chaired the meeting": the chair's clause only
            item = re.sub(r"^.*,\s+(?:where|when|at\s+which)\s+", "", item) if m.group("item3") else item
            item = re.sub(r",\s*(?:who|whose|which)\b.*$", "", item)
            item = re.split(
                r"\s+(?:under|at|with|who|whose|in|on|during|from|as)\s+|,\s+(?:who|whose|which)\b"
                # "chaired by Prime Minister X took place": the sentence's verb ends the chair's words
                r"|\s+(?:took|takes|was|were|is|has|had|opened|closed|met|convened|began|ended|discussed)\b",
                item,
            )[0]
            if m.group("item2"):  # "under the chairmanship of X to examine the situation"
                item = re.split(r"\s+to\s+(?=[a-z])", item)[0]
            item = " ".join(item.split())
            apposition = (
                (_CHAIR_APPOSITION.match(norm[m.end() :]) or _OFFICE_OF_STATE.match(norm[m.end() :]))
                if (m.group("item") or m.group("item2"))
                and item
                and m.group(0).rstrip().endswith(item.split()[-1])
                else None
            )
            if (
                apposition
                and (alone := parse_item(item, ctx.org, ctx.known_persons)) is not None
                and not alone.party
            ):
                # "chaired by H.E. X, President of the Republic of A and Chairperson of the Y": the name, then its
                # office, which tells the chair's state
                with_office = parse_item(f"{item}, {apposition.group('app')}", ctx.org, ctx.known_persons)
                if with_office is not None and with_office.name == alone.name and with_office.party:
                    item = f"{item}, {apposition.group('app')}"
            person = parse_item(item, ctx.org, ctx.known_persons) or _full_mention(ctx, item)
            bare = re.sub(r",\s+(?:the|a|an|its|his|her)\s+[a-z][^,]*$", "", item.rstrip(" ,"))
            if bare != item and (aside := parse_item(bare, ctx.org, ctx.known_persons)) is not None:
                # "Cameroon's President X, the outgoing chairman of the Conference, presided": the apposition aside
                # (the name's own title tells the office and the state, not "the current chair of ...")
                if person is None or aside.name == person.name:
                    person = aside
            # the apposition up to its end (the period of an initial, "A. Lukashenko", is no end)
            # (its styles with a stop blanked: "the Valdorian Prime Minister, the Rt. Hon. X Y")
            apposed = re.match(r",\s+(?P<who>(?:[^,;.]|(?<=\b[A-Z])\.)+)", norm[m.end() :])
            own_office = re.fullmatch(
                r"(?:its|their)\s+(?:current\s+)?(?:President|Chair(?:man|woman|person)?)", item.strip(), re.I
            )  # "chaired by its President, X Y", "under the chairmanship of its President, Ambassador X of A"
            if (
                person is None
                and (m.group("item") or (own_office and m.group("item2")))
                and apposed
                and (
                    _OFFICE_ONLY.fullmatch(item.strip())
                    or re.fullmatch(r"(?:the\s+)?host", item.strip(), re.I)
                    or own_office
                )
            ):
                # "chaired by the Chairman of the Council, Prime Minister of Armenia X": the office, then who
                who = re.split(
                    r"\s+(?:took|takes|was|were|is|has|had|opened|closed|met|convened|began|ended)\b",
                    apposed.group("who"),
                )[0]
                person = parse_item(who, ctx.org, ctx.known_persons)
                title = _CHAIR_APPOSITION.match(passage.norm[m.end() + apposed.end() :])
                if person is not None and not person.party and title:
                    # "... by the Chair of the Conference, the Honourable X, Prime Minister of A": the name's own
                    # apposition tells its state
                    with_office = parse_item(f"{who}, {title.group('app')}", ctx.org, ctx.known_persons)
                    if with_office is not None and with_office.name == person.name and with_office.party:
                        person = with_office
            if (
                person is None
                and (m.group("item") or m.group("item2"))
                and apposed
                and _HEAD_TITLE_OF.fullmatch(item.strip())
            ):
                # "under the chairmanship of the President of Rwanda, X, Chairperson of the Union": the title of a
                # state, then the name in apposition
                who = re.split(
                    # "..., X under the rotating presidency": the name ends where its sentence goes on
                    r"\s+(?:took|takes|was|were|is|has|had|opened|closed|met|began|ended|under|during|at|in)\b",
                    apposed.group("who"),
                )[0]
                person = parse_item(f"{who}, {item.strip()}", ctx.org, ctx.known_persons)
            if person is None and (m.group("item") or m.group("item2")):
                # any office of a state, then the name in apposition: "under the chairmanship of Ruritania's Minister
                # of Defence, Ana Berg", "chaired by the Minister for Trade of Ruritania, Mr. J. K. Berg"
                person = _office_then_name(ctx, item, norm[m.end() :])
            if person is None:
                continue
            if own_office and not person.role:
                # the organization's own officer: no state's head, and no host's by default (meeting._OFFICIAL)
                person = replace(
                    person, role=f"{own_office.group().split()[-1].capitalize()} of the organization"
                )
            more.append(ctx.source(passage))
            chair: dict[str, Any] = {"person": person.name, "role": person.role or "chair"}
            party = person.party or (nationality_of(person.name) if person.known else None)
            remote = re.search(
                r"\b(?:chairing|presiding|chaired)\b[^.;]*?\bfrom\s+(?P<city>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)",
                passage.norm,
            )
            where = city(remote.group("city")) if party is None and remote else None
            if where:
                party = where[1]  # "chairing the proceedings from New Delhi"
            if party is None and (told := _state_told_elsewhere(ctx, person.name, person.role)):
                party, chair["person"] = told
            if party:
                chair["party"] = party
            return chair
    return None


# "presided over by X, First Vice President and Foreign Minister of Panama": any office of a state in apposition
# (taken only when the name with it reads that state)
# the name in apposition after an office: ", Mr. J. K. Berg", ", Ana Berg, who ..." (the styles are blanked)
_APPOSED_NAME = re.compile(r"^\s*,\s+(?P<who>(?:[A-Z][\w'’-]*\.?\s+){0,4}[A-Z][\w'’-]+)(?=\s*(?:[,;.]|$))")


def _office_then_name(ctx: Context, office: str, after: str) -> Person | None:
    """The chair named by an office of a state and then, in apposition, by name ("the Minister of Trade of A, Mr. X",
    "A's Minister of Defence, Y"): the name alone must read as a person with no state of its own, and the name
    with the office as that person with a state's party; an office of the organization or a bare state is none."""
    apposed = _APPOSED_NAME.match(after)
    words = office.strip()
    if (
        apposed is None
        or not words
        # (the office in lower case too, as agencies write it: "Ruritania's foreign minister, Y")
        or not re.search(r"\b(?i:minister|secretary|president|premier|chancellor)\b", words)
    ):
        return None
    who = " ".join(apposed.group("who").split())
    alone = parse_item(who, ctx.org, ctx.known_persons)
    if alone is None or alone.party or alone.role:
        return None
    person = parse_item(f"{who}, {words}", ctx.org, ctx.known_persons)
    if person is None or person.name != alone.name or not person.party or not is_state(person.party):
        return None
    return person


_OFFICE_OF_STATE = re.compile(
    r"^\s*,\s+(?P<app>(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:and\s+)?){1,6}(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*"
    # ("Minister of State of the United Arab Emirates": an office of state, then its state)
    r"(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,4})(?=\s*[,;.]|\s*$)"
)


_HEAD_TITLE_OF = re.compile(
    r"(?:the\s+)?(?:President|Prime\s+Minister|King|Queen|Emir|Amir|Sultan|Chancellor|Premier|Head\s+of\s+State"
    # "the Minister of Foreign Affairs of the Republic of A, X": a minister's title of a state, then the name
    r"|(?:Deputy\s+)?(?:Foreign\s+Minister|Minister\s+(?:of|for)\s+(?:Foreign|External)\s+(?:Affairs|Relations)(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?))\s+of\s+"
    r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’-]*){0,4}"
)


# a chair named by an office alone ("the Chairman of the Council", "the current chair of the bloc")
_OFFICE_ONLY = re.compile(
    r"(?:the\s+)?(?:(?:current|incumbent|outgoing|rotating)\s+)?(?i:chairman|chairwoman|chairperson|chair|president)"
    r"(?:-in-office)?\s+of\s+(?:the\s+)?[\w'’ -]+"
)


_JOINTLY = re.compile(
    r"\b(?:chaired|presided\s+over|co-chaired)\s+jointly\s+by\s+(?P<a>.+?),?\s+and\s+(?:by\s+)?(?P<b>[^.;]+)"
    r"|\bco-chaired\s+by\s+(?P<a2>.+?),?\s+and\s+(?:by\s+)?(?P<b2>[^.;]+)"
    # the active: "A's Foreign Minister X and B's Minister Y co-chaired the session"
    r"|^(?P<a3>[A-Z][^;]+),?\s+and\s+(?P<b3>[^,;.]+?)\s+co-chaired\b"
)


def _jointly(ctx: Context, more: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Co-chairs ("chaired jointly by A, and by B, who holds the council's rotating chair"): the holder
    of the body's rotating chair first (the chair), then the other."""
    for passage in ctx.doc.sentences[:16]:
        m = _JOINTLY.search(passage.norm)
        if m is None:
            continue
        out: list[dict[str, Any]] = []
        first = m.group("a") or m.group("a2") or m.group("a3")
        # "chaired jointly by A, the EU High Representative for Foreign Affairs, B, and C": a co-chair told by
        # a title with its article, then the name, between the first and the last
        firsts = [
            re.sub(r",\s*(?=[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+\s*$)", " ", part)
            for part in re.split(r",\s+(?=the\s)", first)
        ]
        for words in (*firsts, m.group("b") or m.group("b2") or m.group("b3")):
            holds = bool(re.search(r",\s*who\s+(?:\w+\s+)?holds\s+the\s+[^,]*\bchair", words))
            words = re.sub(r",\s*(?:who|whose|which)\b.*$", "", words)
            person = parse_item(words, ctx.org, ctx.known_persons)
            if person is None:
                return []
            entry: dict[str, Any] = {"person": person.name, "role": person.role or "co-chair"}
            if (
                person.party
                and is_state(person.party)
                and not re.search(
                    rf"\b(?:{re.escape(ctx.org)}|commissioner|commission|secretary|secretariat)\b",
                    person.role,
                    re.I,
                )
            ):
                entry["party"] = person.party  # an official of the organization represents no state
            out.insert(0 if holds else len(out), entry)
        more.append(ctx.source(passage))
        return out
    return []


def _full_mention(ctx: Context, item: str) -> Person | None:
    """A surname alone ("Ramaphosa chaired the talks") read as the text's fuller mention of that person."""
    words = item.strip(" ,.").split()
    if len(words) != 1 or not words[0][:1].isupper():
        return None
    fuller = re.search(
        rf"((?:[A-Z][\w'’-]*\s+){{1,5}}){re.escape(words[0])}\b(?P<tail>\s+of\s+(?:the\s+)?[A-Z][\w ]+?(?=[,.;]|\s+(?:told|said|was|is|and)\b))?",
        ctx.doc.text,
    )
    if fuller is None:
        return None
    person = parse_item(" ".join(fuller.group().split()), ctx.org, ctx.known_persons)
    return person if person is not None and person.name.endswith(words[0]) else None


# a state's office written bare, its state told elsewhere: "President X", "Prime Minister Y", "Foreign Minister Z"
_BARE_STATE_OFFICE = re.compile(
    r"(?:(?:Deputy|Vice|Acting|First|Interim)[\s-]+)*(?:President|Prime\s+Minister|King|Queen|Sultan|Emir|Amir|Chancellor"
    r"|Premier|Crown\s+Prince|(?:Foreign|Defen[cs]e|Finance|Trade)\s+Minister|Minister\s+of\s+Foreign\s+Affairs)s?"
)


def _state_told_elsewhere(ctx: Context, name: str, role: str) -> tuple[str, str] | None:
    """The state of a person whose mention at the meeting gives a state's office bare ("Attending were Presidents
    X Y, ..."), from the text's other mentions of the same name ("Equatorial Guinea's President W X Y", "President
    X Y of A", "X Y, Prime Minister of A"): one state, and the fullest name told with it; None when none or
    several states are told."""
    if len(name.split()) < 2 or not _BARE_STATE_OFFICE.fullmatch(role.strip()):
        return None
    text = ctx.doc.text
    told: set[str] = set()
    fullest = name
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
        before = re.split(r"[.;:\n(]|,\s", text[max(0, m.start() - 80) : m.start()])[-1]
        after = re.match(
            r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+|the\s+)*[A-Z][\w'’-]*){0,4}",
            text[m.end() :],
        )
        apposed = _CHAIR_APPOSITION.match(text[m.end() :])
        if apposed and parse_item(apposed.group("app"), ctx.org, ctx.known_persons) is not None:
            apposed = None  # ", President Y of B": the next item of a list, no title of this one
        item = before + name + (after.group() if after else f", {apposed.group('app')}" if apposed else "")
        person = parse_item(item, ctx.org, ctx.known_persons)
        if (
            person is not None
            and person.party
            and is_state(person.party)
            and (person.name.endswith(name) or name.endswith(person.name))
        ):
            told.add(person.party)
            fullest = person.name if len(person.name) > len(fullest) else fullest
    return (told.pop(), fullest) if len(told) == 1 else None


# ---- a bureau elected "respectively": persons listed, then offices listed in the same order ----
#
# Summit communiqués and reports of many organizations elect a bureau in one clause: "elected A and B as
# Chairperson and Deputy Chairperson of the Organ, respectively", "A, B and C as Chair, Vice-Chair and
# Rapporteur respectively". Only the person at the bare chair's place takes the chair; a deputy, vice, incoming
# or outgoing chair, or a rapporteur, never does (they hold no turn of the chair).
_OTHER_ROLE = (
    r"(?:(?:the\s+)?(?:(?:first|second|third|1st|2nd|3rd)\s+)?(?:deputy|vice|incoming|outgoing)[\s-]*"
    r"(?:chair(?:person|man|woman)?|president)|(?:the\s+)?rapporteur)"
)
_RESPECTIVELY = re.compile(
    rf"^(?P<roles>(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_OTHER_ROLE})+)"
    r"(?:\s+of\s+(?P<body>[^;.]+?))?,?\s+respectively\b",
    re.I,
)
# where one person of the list ends and the next begins: ", and H.E. ...", " and the Right Honourable ..."
# (a title followed by "of" is the previous person's apposition: "X, President of Uganda, and ...")
_NEXT_PERSON = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?=(?:the\s+)?(?:H\.?\s?E\b|His\b|Her\b|Their\b|Right\b|Rt\b|Hon|Dr\b|Mr\b|Mrs\b|"
    r"Ms\b|Madam\b|(?:President|Prime\s+Minister|King|Queen|Emir|Sultan)\s+(?!of\b)[A-Z]))"
)


def respective_chair(text: str, words: str, o_end: int) -> tuple[str, str | None] | None:
    """The words of the person who takes the bare chair when ``words`` list several persons and the office
    that ends at ``o_end`` opens a list of offices closed by "respectively" (the chair's place is the first):
    that person's words and the body the offices are "of" (None when not told; a possessive before it dropped:
    "the Union's Organ on ..." -> "Organ on ..."). Empty words when the persons do not count as many as the
    offices (a list read wrong: no chair at all); None when the clause is no such list."""
    m = _RESPECTIVELY.match(text[o_end:])
    if m is None:
        return None
    offices = 1 + len(re.findall(_OTHER_ROLE, m.group("roles"), re.I))
    persons = _NEXT_PERSON.split(words.strip().rstrip(","))
    body = m.group("body")
    if body is not None:
        body = re.sub(r"^(?:the\s+)?(?:[\w-]+\s+){0,4}?[\w-]+['’]s?\s+(?=[A-Z])", "", body)
    if len(persons) != offices:
        return "", body
    return persons[0].strip().rstrip(","), body
