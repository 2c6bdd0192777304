"""The role each attendance item holds, and what its attendance attests.

The words that introduce a list (heads of observer delegations, guests of the host, heads of the members'
delegations) give its items a role and a status; heading a member's or an observer's delegation, or attending as
one of the organization's officials, is an *attestation* of that status or office on the meeting's dates, not a
grant. Kept apart from the list readers so that the one place deciding "a guest is never an observer" is small.
"""

from __future__ import annotations

import re
from typing import Any

from igo_timeline.extract.bodynames import name_goes_on, office_by_body, ranked_before
from igo_timeline.extract.context import Context
from igo_timeline.extract.names import RANK, find_parties, is_state, nationality_of, office_patterns
from igo_timeline.extract.people import Person
from igo_timeline.extract.records import Candidate
from igo_timeline.extract.text import Passage

_ROLES = [
    (
        re.compile(
            r"(?:heads?|leaders?|presidents?|representatives?)\s+of\s+(?:the\s+|an?\s+)?(?:delegations?\s+(?:from|of)\s+(?:the\s+|an?\s+)?)?(?:\w+\s+)?observer\s+(?:states?|countries|country)(?:'\s*delegations?|\s+delegations?)?"
            r"|(?:heads?\s+of\s+(?:the\s+)?)?observer\s+(?:states?|countries)'?\s*(?:delegations?)?|\bas\s+(?:an?\s+)?observers?\b"
            r"|\bobservers\s+(?:also\s+)?(?:came|attended|took\s+part|participated|joined|were\s+present|sat)\b",
            re.I,
        ),
        "head of observer state delegation",
        "observer",
    ),
    (
        re.compile(
            r"(?:heads?|leaders?|representatives?)\s+of\s+(?:the\s+)?(?:delegations?\s+(?:from|of)\s+(?:the\s+)?)?(?:\w+\s+)?dialogue\s+partners?(?:\s+(?:states|countries))?|\bas\s+dialogue\s+partners?\b",
            re.I,
        ),
        "head of dialogue partner delegation",
        "dialogue_partner",
    ),
    (
        re.compile(
            r"(?:as\s+(?:a\s+|the\s+)?)?guests?\s+of\s+(?:the\s+)?(?:host|presiding|chairing|chair)(?:ing)?\s*(?:state|country|party|side|nation)?|\bas\s+(?:an?\s+)?(?:(?:special|honou?rary|honou?red|distinguished|invited|personal)\s+)?guests?\b|\binvited\s+(?:guests?|speakers?)\b"
            # "X, Prime Minister of Y, special guest of the Authority, attended": a guest of the sitting itself
            r"|\b(?:special|distinguished|honou?red|invited)\s+guests?\s+of\b|\bguests?\s+of\s+honou?r\b"
            # "Guests of the summit include A and B": the sitting's guests, whatever the tense
            r"|\b(?:special\s+)?guests?(?:\s+(?:of|at|to)\s+(?:the|this)\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|session|conference|gathering|sitting))?"
            r"\s+(?:also\s+)?(?:included|includes?|were|was|are|comprised|attending|present)\b|\binvited\s+by\s+the\s+(?:host|chair|presidency)\b",
            re.I,
        ),
        "guest of the host state",
        None,
    ),
    (
        re.compile(
            r"heads?\s+of\s+(?:the\s+)?(?:\w+\s+)?member\s+states(?:['’]\s*delegations?)?|heads?\s+of\s+state\s+of\s+the\s+(?:\w+\s+)?member|leaders\s+of\s+(?:the\s+)?(?:\w+\s+)?member\s+(?:states|countries)",
            re.I,
        ),
        "head of state",
        "member",
    ),
    (
        re.compile(
            r"heads?\s+of\s+(?:the\s+)?(?:other\s+)?international\s+(?:and\s+regional\s+)?organi[sz]ations",
            re.I,
        ),
        None,
        None,
    ),
]


def _named_already(name: str, participants: list[dict[str, Any]]) -> bool:
    """Whether a participant already found is the same person, named in full or in part ("Lula" and "Luiz
    Inacio Lula da Silva"): the same last word, or all of one name's words in the other's."""
    words = set(name.split())
    for entry in participants:
        other = set(entry["person"].split())
        if name.split()[-1] == entry["person"].split()[-1] or words <= other or other <= words:
            return True
    return False


def _head_role(title: str) -> str | None:
    """The role a state's title gives in a meeting's attendance: its head of state or of government, else
    the title as written (None: the person's own)."""
    # (a title in lower case, "the prime minister of Niger, X", is the same title)
    if re.search(r"\b(?:Deputy|Vice|Acting|Crown)\b", title, re.I):
        return None
    # "Prime Minister and Minister of Finance": the first of the titles a head holds with a portfolio
    title = re.sub(r"\s+and\s+(?:Minister|Secretary)\b.*$", "", title.strip(), flags=re.I | re.S)
    if re.fullmatch(r"(?:President|King|Queen|Emir|Amir|Sultan)", title.strip(), re.I):
        return "head of state"
    if re.fullmatch(r"(?:Prime\s+Minister|Premier|Chancellor)", title.strip(), re.I):
        return "head of government"
    return None


def _ROLES_AFTER(text: str, verb: re.Match[str] | None) -> bool:
    """Whether the words after the attendance verb name a role ("took part as observers")."""
    if verb is None:
        return False
    return any(rx.search(text[verb.end() :]) for rx, role, _ in _ROLES if role)


def _segments(text: str, sentence: str) -> list[tuple[str, str | None, str | None]]:
    """The attendance list cut where a role marker starts: (words, role, status attested).

    A marker's list follows it ("the heads of the observer states' delegations:
    X, Y"); a marker with nothing after it names the words before it ("X, who
    came as a guest of the host country").
    """
    marks = sorted(
        (m.start(), m.end(), role, status) for rx, role, status in _ROLES for m in rx.finditer(text)
    )
    marks = [m for k, m in enumerate(marks) if not any(o[0] <= m[0] < o[1] for o in marks[:k])]
    if not marks:
        member = re.search(
            r"\b(?:heads?|leaders?)\s+of\s+(?:the\s+)?(?:\w+\s+)?member\s+(?:states|countries)",
            sentence,
            re.I,
        )
        return [(text, "head of state", "member")] if member else [(text, None, None)]
    out: list[tuple[str, str | None, str | None]] = []
    head = text[: marks[0][0]]
    for k, (_, end, role, status) in enumerate(marks):
        stop = marks[k + 1][0] if k + 1 < len(marks) else len(text)
        words = text[end:stop]
        before = head if k == 0 else (out[-1][0] if out else "")
        if not re.search(r"[A-Z][a-z]", words) and before.strip(" ,."):
            # "X, Y and Z attended as observers", "..., as well as X, who came as a guest
            # of the host country": the marker names what precedes it
            tail = re.sub(r"^.*\b(?:as\s+well\s+as|while|whereas)\s+|^.*;\s*", "", before)
            if k == 0:
                head = head[: len(head) - len(tail)]
            else:
                out[-1] = (before[: len(before) - len(tail)], out[-1][1], out[-1][2])
            out.append((tail, role, status))
        else:
            out.append((words, role, status))
    if head.strip(" ,."):
        out.insert(0, (head, None, None))
    return out


def _bare_title(title: str | None) -> str:
    """A title without its article and its state ("the Prime Minister of Armenia": "Prime Minister")."""
    return re.sub(r"^the\s+|\s+of\s+.+$", "", (title or "").strip())


def _participant(person: Person, role: str | None, ctx: Context) -> dict[str, Any]:
    """The participant entry: a state's representative takes the list's role, anyone else their own."""
    if role is None or not (person.party and is_state(person.party)):
        role = person.role or "participant"
    elif (
        role == "head of state"
        and person.role
        and (
            not re.search(
                r"\b(?:President|Prime\s+Minister|Premier|Chairman|King|Emir|Sultan|Chancellor"
                # (not the "Leader of the Abc delegation": a minister heading it)
                r"|Leader(?!\s+(?:of\s+(?:the\s+|his\s+|her\s+)?)?(?:[\w-]+\s+){0,3}delegation))\b",
                person.role,
                re.I,
            )
            # "the Deputy Prime Minister", "Vice-President": a deputy heads the delegation, not the state
            or re.search(
                r"\b(?:Deputy|Vice|Acting)[\s-]+(?:President|Prime|Premier|Chair)", person.role, re.I
            )
        )
    ):
        role = person.role or "participant"  # a minister in the members' list heads a delegation, not a state
    elif role == "head of state" and _head_role(_bare_title(person.role)) == "head of government":
        # "Prime Minister of Armenia X" in the list of a heads of state's council: he heads his state's
        # government (and the delegation), as the heads of state's council's golds record a prime minister
        role = "head of government"
    # ("the Prime Minister of Abc, Commodore X Y": the rank before the name is no part of the title)
    role = re.sub(rf"\s*,\s*{RANK}\s*$", "", role)
    entry: dict[str, Any] = {"person": person.name, "role": re.sub(r"^(?:the|The)\s+", "", role)}
    if person.party:
        entry["party"] = person.party
    elif person.known and re.search(
        r"\b(?:President|Prime\s+Minister|Premier|King|Emir|Sultan|Chancellor)\b", person.role or ""
    ):
        state = nationality_of(person.name)  # a head of state the store knows: the state they head
        if state and is_state(state):
            entry["party"] = state
    return entry


def _office(role: str, ctx: Context) -> str | None:
    """The organization's office a role names (not another organization's: "of the CSTO"): by one of
    its titles, or through any name of its body ("Director of the Regional Anti-Terrorism Structure")."""
    org = ctx.org
    found = [
        (slug, m.start(), m.end())
        for slug, rx in office_patterns(org)
        if (m := rx.search(role)) and not ranked_before(role, m.start()) and not name_goes_on(role, m.end())
    ]
    found += office_by_body(role, 0, org, ctx.offices, ctx.bodies)
    for slug, start, end in found:
        parties = find_parties(role[end:] + " " + role[:start], exclude=[org])
        if any(not is_state(p.value) for p in parties):
            continue
        return slug
    return None


class _Assumed(str):
    """A status no word of the text names: the genre's first unmarked list of who attended, read as the
    member states' heads. Its attestation says so, and a store recording another status for the party is
    then no contradiction (an observer's head may stand in such a list)."""


def _attest(
    ctx: Context, passage: Passage, person: Person, entry: dict[str, Any], status: str | None
) -> list[Candidate]:
    """What attending says: a close name to review; a status or an office held on the meeting's dates.

    A person neither known nor close to a known one is a new identity: the
    entry carries the name as written and nothing blocks.
    """
    out: list[Candidate] = []
    if not person.known and person.closest:
        near = ", ".join(person.closest)
        out.append(
            Candidate(
                "unresolved",
                {**entry, "source": ctx.source(passage)},
                note=f"close name {person.written!r}: may be {near} (--accept-candidates takes the closest)",
                kind="close-name",
                closest=person.closest,
            )
        )
    if ctx.meeting is None:
        return out
    date = ctx.meeting.date
    office = _office(person.role, ctx) if entry["role"] == person.role else None
    src = ctx.source(passage)
    if status and person.party and is_state(person.party):
        event = {
            "type": "StatusGranted",
            "org": ctx.org,
            "party": person.party,
            "status": status,
            "effective": date,
            "source": src,
        }
        note = f"{person.name} attended as {entry['role']} of {person.party}: evidence of {status!r} status on {date}"
        if isinstance(status, _Assumed):
            note += (
                " (assumed: the text names no status; its first list of who attended is read as the members')"
            )
        kind = "assumed-status" if isinstance(status, _Assumed) else None
        out.append(Candidate("attestation", {**event, "status": str(status)}, note=note, kind=kind))
    elif office:
        event = {
            "type": "OfficialAppointed",
            "org": ctx.org,
            "office": office,
            "person": person.name,
            "term": date,
            "source": src,
        }
        out.append(
            Candidate(
                "attestation", event, note=f"{person.name} attended as {person.role}: in office on {date}"
            )
        )
    return out
