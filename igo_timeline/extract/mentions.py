"""A back-off reader of attendance: titled persons named in a clause that puts them at the sitting.

The attendance patterns read whole sentence shapes ("Taking part were ...", "attended by ..."); a text in a
wording none of them knows loses its participants. This reader does not depend on the sentence's shape: it
finds every *titled mention* of a person (a title and a name with a state adjacent in any order: "Kazakh
President X", "X, President of Y", "President of Y, X", "Y's Foreign Minister X", "Y's X" in a list) and keeps
those whose own clause carries *evidence of taking part* (a verb of attending or of gathering, an act only
someone at the sitting does, or the sitting named as where the person spoke), unless the clause tells another
time, a future, an absence or a stand-in. It runs after the patterns and adds only persons they did not find.
A person it has read once with a title and a state is read again where the text names them by surname alone as
the subject of such a clause ("Kenyan President X Lopez ..." then "Lopez told the leaders ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from igo_timeline.extract.context import Context
from igo_timeline.extract.dates import MONTH, WEEKDAY
from igo_timeline.extract.meeting import _OFFICIAL, _elsewhen, _state_of
from igo_timeline.extract.meeting_canon import SECTORS
from igo_timeline.extract.names import find_parties, is_state, lookup_party
from igo_timeline.extract.people import Person, parse_item
from igo_timeline.extract.places import is_city
from igo_timeline.extract.roles import _head_role
from igo_timeline.extract.text import ITEM_MARK, RELATIVE_ASIDE, SITTING_CHAIR, Passage

# the titles of a state's heads and ministers (a minister of anything: "Energy Minister", "Minister of Trade")
_TITLE = (
    r"(?:(?:Deputy|Vice|First|Acting|Interim|Crown)[\s-]+)*"
    r"(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emir|Amir|Sultan|Prince"
    # a ministry of several portfolios, listed ("Minister of Agriculture, Forestry and Fisheries": a comma inside
    # the title only where "and" closes the list, so "Minister of Trade, Jane Doe" keeps the name out of it)
    r"|Minister(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*"
    r"(?:(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)+,?\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?)?"
    r"|(?:[A-Z][a-z]+\s+){1,2}Minister|Secretary\s+of\s+State)"
)
# a person's name: capitalized words and the particles inside names
_NAME = (
    r"(?:(?:Dr|Mr|Mrs|Ms|Sheikh|Shaikh|Sir)\.?\s+)?[A-Z][\w'’.-]+"
    r"(?:\s+(?:(?:bin|ibn|al|el|de|da|do|dos|das|di|van|von|der|la|del|Al)\s+)*(?:[A-Z]|(?:al|el|ad|ul)-[A-Z])[\w'’.-]+){0,5}"
)
# a state's name, its adjective or its possessive, up to five capitalized words
_STATE = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|and\s+|the\s+)*[A-Z][\w'’.-]*){0,7}"
# a state's title as news reports write it, in lower case ("Sam X, president of Namibia")
_LOWER_TITLE = (
    r"(?:(?:deputy|vice|acting|interim)[\s-]+)?(?:president|prime\s+minister|premier|chancellor|foreign\s+minister"
    r"|king|emir|amir|sultan)"
)
_MENTION = re.compile(
    # "Niger's President X", "Belarusian President X", "President X of Y", "Georgia's Energy Minister, X"
    # (two offices joined: "Vietnam's Deputy Prime Minister and Foreign Minister, X")
    rf"(?:(?:[A-Z][\w'’.-]*\s+(?:and\s+)?){{1,3}})?\b(?:{_TITLE}\s+and\s+)?{_TITLE},?\s+{_NAME}(?:\s+of\s+{_STATE})?"
    # "President of Y, X", "Prime Minister of the Republic of Y X"
    rf"|\b{_TITLE}\s+of\s+{_STATE},?\s+{_NAME}"
    # "X, President of Y", "X, Y's Minister of Trade"
    # (not "X, Malaysian Prime Minister Y": a title with a name of its own after it is the next person's)
    rf"|\b{_NAME},\s+(?:the\s+)?(?:[A-Z][\w'’.-]*(?:\s+and\s+[A-Z][\w'’.-]*)?['’]s\s+)?{_TITLE}(?:\s+of\s+{_STATE})?"
    r"(?!\s+(?:[A-Z]\.\s*)?[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’.-]*)*\s*(?:,|\.|$|\s+(?:and|of)\s))"
    # "Sam X, president of Namibia": a news report's title in lower case, in apposition, its state after "of"
    rf"|\b{_NAME},\s+(?:the\s+)?{_LOWER_TITLE}\s+of\s+{_STATE}"
    # "Madagascar's president, Marc X": the state's possessive, a title in lower case, the name in apposition
    rf"|\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?['’]s\s+{_LOWER_TITLE},\s+{_NAME}"
    # "Uruguay's X Y", "X Y of Uruguay" (a list of a sitting's heads by their states)
    rf"|\b[A-Z][\w'’.-]*(?:\s+and\s+[A-Z][\w'’.-]*)?['’]s\s+{_NAME}"
    rf"|\b{_NAME}\s+of\s+{_STATE}"
    # "the Libyan leader, X", "Cuban leader X": a state's leader, by the state's adjective (the mention needs it)
    rf"|\b[A-Z][a-z]+\s+leader,?\s+{_NAME}"
    # "to his Slovak counterpart Peter X", "from her Ecuadorian counterpart, Y": the state's adjective before the
    # word that makes the person the peer of the one the clause is about
    rf"|\b(?:his|her|their)\s+(?:[A-Z][\w'’.-]*\s+){{1,3}}counterparts?,?\s+{_NAME}"
)
_NEXT_CONJUNCT = re.compile(rf"{_TITLE}\b|[A-Z][\w'’.-]*['’]s\s")
# words that open a sentence and are no part of a mention ("At", "Welcoming", "The")
_OPENING_WORD = re.compile(r"^(?:(?:The|A|An|At|In|On|After|Before|During|When|While|As|But|And|Also|Then|Both|Later"
                           r"|Earlier|There|Here|Meanwhile|[A-Z][a-z]+ing|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                           r"|January|February|March|April|May|June|July|August|September|October|November|December)\s+)+")  # fmt: skip


# "the Union's Commissioner for Trade, X of Kenya": the name in apposition to an office of an organization
_OFFICE_BEFORE = re.compile(
    r"\b(?:Secretary[\s-]+General|Executive\s+Secretary|Secretary|Director[\s-]+General|Commissioner|Commission"
    r"|Secretariat|Representative|Envoy|Mediator|Ambassador)\b[^,;:]*,\s*$",
    re.I,
)


@dataclass(frozen=True)
class Mention:
    """A titled person named in a sentence: where, and who."""

    start: int
    end: int
    person: Person


def titled_mentions(sentence: str, org: str, known: tuple[str, ...] = ()) -> list[Mention]:
    """The persons named with a state's title or with their state in ``sentence`` (non-overlapping, in order):
    each span read by ``parse_item``, kept when it gives a name of two words at least and a state."""
    out: list[Mention] = []
    pos = 0
    while (m := _MENTION.search(sentence, pos)) is not None:
        found = [
            Mention(m.start() + a, m.start() + b, person)
            for a, b in _conjuncts(m.group())
            if (person := _read(m.group()[a:b], org, known, sentence[: m.start() + a])) is not None
            and not _OFFICE_BEFORE.search(sentence[: m.start() + a])
        ]
        out += found
        pos = m.end() if found else m.start() + 1
    return out


# the subject state of a mention that names none: "<State> (was) represented by (its)", "<State> sent its", the
# gapped "(, and) <State> (by) its" after a first clause with the verb
_SUBJECT_STATE = re.compile(
    r"(?:^|[,;]\s*|\b(?:and|while|whereas)\s+)(?:the\s+)?(?P<state>[A-Z][\w'’.-]*(?:\s+(?:and\s+|of\s+|the\s+)*[A-Z][\w'’.-]*){0,4})"
    r"(?:['’]s\s+delegation)?\s+(?:(?:was|were|is|are)\s+(?:also\s+)?)?"
    r"(?:(?:represented|led|headed)(?:\s+at\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|session|talks|conference))?\s+by"
    r"|sent|dispatched|by|its|their)\s+(?:its\s+|their\s+|the\s+)?$"
)


def _subject_state(before: str) -> str | None:
    m = _SUBJECT_STATE.search(before)
    if m is None:
        return None
    return _state_of(re.sub(r"^St\.?\s+", "Saint ", m.group("state")))


_TITLE_ENDS = re.compile(rf"\b{_TITLE}$")


def _conjuncts(words: str) -> list[tuple[int, int]]:
    """The spans of a mention's conjuncts ("President A of B and President C of D": two), cut at "and"
    outside a state's name ("Bosnia and Herzegovina"), each without the words that open a sentence."""
    masked = words
    parties = find_parties(words)
    for party in parties:
        masked = (
            masked[: party.start]
            + words[party.start : party.end].replace(" and ", " &nd ")
            + masked[party.end :]
        )
    cuts = [
        cut
        for cut in re.finditer(r"\s+and\s+", masked)
        # a new conjunct opens with a title or a state ("and President Y", "and Uganda's Y", "and Bulgarian ...")
        # or follows one that ends with its state ("X of Brazil and Y of Uruguay"); else the "and" is inside a
        # title ("Minister of Trade and Industry")
        if (
            _NEXT_CONJUNCT.match(words, cut.end())
            or lookup_party(words[cut.end() :].split(" ", 1)[0]) is not None
            or any(p.end == cut.start() for p in parties)
        )
        # (not after a title with no name of its own: "Vietnam's Deputy Prime Minister and Foreign Minister, X" is
        # one person of two offices)
        and not _TITLE_ENDS.search(words[: cut.start()])
    ]
    out: list[tuple[int, int]] = []
    pos = 0
    for cut in [*cuts, None]:
        end = cut.start() if cut else len(words)
        lead = _OPENING_WORD.match(words[pos:end])
        out.append((pos + (lead.end() if lead else 0), end))
        pos = cut.end() if cut else end
    return out


def _read(words: str, org: str, known: tuple[str, ...], before: str = "") -> Person | None:
    """The person of a mention's words, of a state: their own, else the one the words before give as the
    subject that sent or was represented by them ("Togo was represented by Foreign Minister X", "Togo sent its
    Minister of Trade, X", "..., and Mali by its Prime Minister, Y")."""
    person = parse_item(words, org, known)
    if person is not None and not person.party and person.role and (state := _subject_state(before)):
        person = replace(person, party=state)
    if person is None or not person.party or not is_state(person.party) or len(person.name.split()) < 2:
        return None
    if any(find_parties(w) for w in person.name.split()[:1]) or is_city(person.name):
        return None  # "Brazil Lula": a state's name read as a given name; "Russia's Nizhny Novgorod": a city
    if _OFFICIAL.search(person.role):
        return None  # an official of the organization (the patterns read those): no state's delegate
    if re.fullmatch(_LOWER_TITLE, person.role):
        # a news report's title in lower case ("Madagascar's president, X"): the title as a list writes it
        person = replace(person, role=person.role.title())
    return person


# the clause a mention stands in: a sentence cut at its semicolons and its coordinated main clauses
_CLAUSE_CUT = re.compile(
    r";\s+|,\s+(?:and|but|while|whereas)\s+(?=(?:the\s+)?[A-Z])|\s+(?:but|while|whereas)\s+"
)

# what puts the persons of a clause at the sitting
_TOOK_PART = re.compile(
    r"\b(?:attended|attending|attends?|took\s+part|taking\s+part|participated|participating|(?:was|were)\s+(?:also\s+)?present"
    r"|in\s+attendance|gathered|brought\s+together|bring(?:s|ing)?\s+together|assembled|joined\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:summit|meeting|session|talks|leaders|counterparts)|(?:travell?ed|flew|came|arrived)\s+(?:to\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+)?"
    r"(?:for|to\s+attend)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:summit|meeting|session|talks|gathering)"
    r"|\barrived\b(?!\s+(?:at\s+(?:a|an|the)\s+(?:agreement|deal|consensus|decision|compromise|conclusion)))"
    r"|chaired|co-chaired|presided|hosted|host\s+of\s+the\s+(?:summit|meeting|gathering|session)|led\s+the\s+(?:[\w-]+\s+)?(?:proceedings|talks|delegation|deliberations)"
    r"|(?:opened|closed|addressed|addressing|inaugurated)\s+(?:the\s+|(?:today|yesterday|this\s+year)['’]s\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:summit|meeting|session|sitting|talks|conference|gathering|proceedings|forum)"
    # "Opening the Forum, the Prime Minister, X, spoke": the participle with its object right after it
    r"|(?:opening|closing)\s+the\s+(?:[\w-]+\s+){0,2}(?:summit|meeting|session|sitting|conference|forum)\b"
    r"|(?:handed|passed|handing|passing)\s+(?:over\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,4}(?:chairmanship|presidency|chair|baton|gavel)\b[^.;]*?\bto\b"
    r"|(?:handed|passed)\s+over\b|took\s+over\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:chairmanship|presidency|chair)"
    # "President X then took the chair": the seat taken at the sitting
    r"|(?:then\s+)?took\s+the\s+chair\b(?!\s+of\s+(?:the\s+)?(?:committee|commission|board))"
    # the handover's other side, in person: "handed it to his Slovak counterpart X", "receiving it from Y",
    # "assumed the presidency ..., receiving it from", "received the wooden gavel ... from"
    r"|(?:handed|passed|handing|passing)\s+(?:it|them)\s+(?:over\s+)?to\b"
    r"|(?:received|receiving|took\s+over|taking\s+over|assumed|assuming|accepted|accepting)\s+(?:it|the\s+(?:[\w'’-]+\s+){0,4}(?:chairmanship|presidency|chair|baton|gavel)\b[^.;]*?)\s+from\b"
    # "sat down at the table with his counterparts A of B, C of D": where the sitting's members sit
    r"|\b(?:sat|seated|sitting)\s+(?:down\s+)?(?:at|around|round)\s+the\s+(?:[\w-]+\s+){0,2}table\b"
    r"|(?:received|welcomed|greeted)\b[^.;]*?\b(?:for|to)\s+the\s+(?:[\w-]+\s+){0,3}(?:summit|meeting|session|talks|gathering)"
    r"|represented\s+by|(?:sent|dispatched)\s+(?:its|their|his|her)\s"
    # "X led the meeting from the palace, accompanied by Foreign Minister Y": beside the one who sat
    r"|accompanied\s+by|flanked\s+by"
    r"|signed\s+(?:it\s+)?(?:for|on\s+behalf\s+of)\s+[A-Z]|(?:was|were)\s+signed\s+by"
    r"|(?:told|addressed|addressing|briefed|thanked)\s+the\s+(?:[\w-]+\s+)?(?:gathering|summit|meeting|session|leaders|delegates|council|assembly|conference|plenary)"
    r"|(?:used|took)\s+the\s+(?:[\w-]+\s+){0,2}(?:summit|meeting|session|gathering)\s+to"
    r"|\b(?:at|during|on\s+the\s+sidelines\s+of)\s+(?:the|a|this|its)\s+(?:[\w'’-]+\s+){0,3}(?:summit|meeting|session|gathering|plenary|talks|conference)\b"
    # "spoke to reporters at the close of the two-day Xyz summit": its opening or close
    r"|\bat\s+the\s+(?:opening|closing|close|end|conclusion|start)\s+of\s+(?:the|this)\s+(?:[\w'’-]+\s+){0,4}"
    r"(?:summit|meeting|session|gathering|conference)\b"
    # "elected X as Chairman of the 31st AMM": the sitting's chair, chosen by those sitting
    rf"|{SITTING_CHAIR}"
    r"|\bin\s+(?:his|her)\s+(?:[\w-]+\s+)?(?:speech|address|remarks|statement)"
    r"|\bbegan\s+(?:his|her)\s+(?:[\w-]+\s+)?(?:speech|address|remarks))",
    re.I,
)
# what tells an absence or a stand-in (a word sent, not a seat taken: "addressed the assembly in a written
# statement read by his envoy")
_ABSENCE = (
    r"did\s+not|didn['’]t|not\s+attend|not\s+(?:been\s+)?(?:allowed|permitted|invited|welcome)\b|could\s+not|couldn['’]t|unable|absent|absentees?|absence|stayed\s+away|skipped"
    r"|boycott\w*|declined|instead\s+of|in\s+place\s+of|stead|message|letter|telephone|phone|video\s+link\s+from"
    r"|former|ex-|late\s+President|written\s+(?:statement|address|remarks)|(?:pre-?)?recorded|videotaped"
    r"|read\s+(?:out\s+)?by|invited"
    # "failed to show up, their envoys came instead", "missed the summit", "pulled out of the meeting" (not
    # "sent": "A sent its deputy foreign minister, X", the one sent is there)
    r"|failed\s+to\s+(?:turn\s+up|show\s+up|attend|appear|come|make\s+it)|no-shows?|missed\s+the|pulled\s+out"
    # "the accident which kept X, Prime Minister of D, away from the Conference": kept from it
    r"|kept\s+(?:[^.;]{0,80}?\s)?(?:away|from\s+(?:attending|the\s+(?:summit|meeting|session|conference)))"
)
# what tells another time, a future, an absence or a stand-in: the clause puts no one at the sitting
_NOT_THERE = re.compile(
    r"\b(?:will|shall|would|is\s+to|are\s+to|expected|scheduled|set\s+to|due\s+to|plans?\s+to|intends?\s+to"
    # (not a span of time counted back: "for his work as chair over the previous eleven months")
    r"|next|previous(?!\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:days|weeks|months|years)\b)"
    r"|last\s+(?:year|month|week)|earlier\s+this|ahead\s+of|eve\s+of|run-up|prior\s+to|before\s+the\s+(?:summit|meeting|session)"
    r"|after\s+the\s+(?:summit|meeting|session)|on\s+behalf\s+of|interview"
    r"|confirmed\s+(?:their|his|her)\s+(?:attendance|participation)|in\s+(?:19|20)\d\d|since\s+(?:19|20)\d\d"
    # an election or an appointment tells who holds an office, not who sat (the candidates need not be there)
    # (but "elected X as Chairman of the 31st meeting": the sitting's own chair, there)
    rf"|elect(?:ed|s|ion)(?![^.;]*?{SITTING_CHAIR})"
    r"|re-elected|appoint(?:ed|s|ment)|nominated|named\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?[A-Z]|chosen"
    rf"|{_ABSENCE})\b",
    re.I,
)
# a mention right after these words is someone the clause names without putting them there: a predecessor, an
# opponent, someone thanked or mourned, a former holder
NAMED_NOT_THERE = re.compile(
    r"(?:\bformer|\bex-|\blate|\bsucceeds?|\bsucceeded|\bsucceeding|\breplaces?|\breplaced|\breplacing|\bdefeating"
    r"|\bdefeated|\b(?:gratitude|thanks|tribute|condolences|appreciation|congratulations|message)\s+to)\s+(?:the\s+)?$",
    re.I,
)
# ... and, in the back-off's clauses, the object of "of", "for", "against", "about", "on behalf of", "representing"
_NOT_THIS_ONE = re.compile(
    r"(?:\bof|\bfor|\bagainst|\babout|\bbehalf\s+of|\brepresenting|\brepresented|\benvoy\s+of)\s+(?:the\s+)?$",
    re.I,
)
# "since the previous meeting in X": a span of time up to this sitting, no other sitting
_SINCE_LAST = re.compile(
    r"\b(?:since|after)\s+(?:the|its|their)\s+(?:previous|last|preceding)\s+(?:[\w-]+\s+)?(?:summit|meeting|session|sitting)\b[^,;.]*",
    re.I,
)
_STOOD_FOR = re.compile(
    r"\s*(?:,[^,]*,\s*)?(?:(?:was|were)\s+(?:\w+\s+)?represented\b|(?:instead\s+)?(?:sent|dispatched)\b)"
)
# a speech verb and "that": what follows is what was said, no act of its persons
_SAY = r"(?:said|says|announced|stated|added|noted|declared)"
_SAID_THAT = re.compile(rf"\b(?:{_SAY}|told\s+\w+)\b[^.;]{{0,60}}?\bthat\b", re.I)


# a verb of saying and its "that", the words between where (and to whom) it was said ("told a press conference at
# the closing of the summit that ..."): what follows is what was said
_SAID_AFTER = re.compile(
    rf"\b(?:{_SAY}\b(?:[^.;]{{0,100}}?\bthat\b|(?=\s+(?:the|a|an|his|her|its|their|this)\s))"
    r"|told\b[^.;]{0,100}?\bthat\b)",
    re.I,
)


def took_part(clause: str, mention: Mention) -> bool:
    """Whether ``clause`` puts the mentioned person at the sitting: evidence of taking part, and nothing that
    tells another time, an absence or a stand-in; a person named as the object of "with", "for", "of" or
    inside what someone said is not put there by it."""
    return evidence(clause, mention) is not None


# a relative clause on a person, set off by commas or closing the clause: "X, who will host the next summit,",
# "..., to Y, who holds the chair until the next meeting in 2030": it tells the person's own time (a term, a
# future office), not the time of the clause's act; an absence told in it still counts (``ABSENT``)
_PERSON_ASIDE = re.compile(r",\s*(?:who|whose)\b[^,;:.]*(?:,|$)")
# a person acting for their own state is there ("spoke on behalf of her country"), unlike a stand-in for another
_OWN_BEHALF = re.compile(
    r"\bon\s+behalf\s+of\s+(?:his|her|their|its)\s+(?:own\s+)?(?:country|government|state|nation|people|delegation)\b",
    re.I,
)
# what tells an absence or a stand-in, wherever it stands in the clause (a relative clause on a person too)
ABSENT = re.compile(rf"\b(?:{_ABSENCE})\b", re.I)
# the relative clause on a person after the act ("..., who holds it until the next meeting")
_WHO_AFTER = re.compile(r",\s*(?:who|whose)\b")
# a participle that comments on the act after it ("..., confirming that ...", "..., ending speculation that ..."):
# what it tells of is no time of the act's own
_COMMENT_AFTER = re.compile(
    r",\s*(?:confirming|dispelling|ending|putting\s+to\s+rest|belying|contradicting|defying|despite|amid)\b"
    # a second predicate of the future after the act ("took over the chairmanship on Wednesday, and will hold it
    # for twelve months"): the act stays past
    r"|,?\s+and\s+(?:will|shall|is\s+to|is\s+due\s+to)\s+(?:hold|keep|remain|serve|stay|chair|lead|host)\b"
)


def own_time(clause: str, act_end: int | None = None) -> str:
    """``clause`` without what tells the time of something else than its act: a relative clause on a person
    ("X, who will chair the next summit, attended": X's future office, not the act's future; after the act,
    the relative clause runs to the clause's end: "... passed to Y, who holds it until the next meeting, due in
    2030") and an act done for the person's own state ("spoke on behalf of his country")."""
    if act_end is not None and (tail := _WHO_AFTER.search(clause, act_end)):
        clause = clause[: tail.start()]
    # "X attended the meeting, confirming rumours that a visit would go ahead": the comment is no time of the act
    if act_end is not None and (tail := _COMMENT_AFTER.search(clause, act_end)):
        clause = clause[: tail.start()]
    return _OWN_BEHALF.sub(" ", _PERSON_ASIDE.sub(",", clause))


def evidence(clause: str, mention: Mention) -> re.Match[str] | None:
    """The words of ``clause`` that put the mentioned person at the sitting (see ``took_part``), or None."""
    before = clause[: mention.start]
    # what the person said after the name is no time of the clause's own act ("..., X, president of Y, said that
    # growth was 3.4 percent in 2000"): the clause read up to the verb of saying
    said_after = _SAID_AFTER.search(clause, mention.end)
    if said_after and _TOOK_PART.search(clause[: said_after.end()]):
        clause = clause[: said_after.end()]
    act = _TOOK_PART.search(clause)
    if (
        _NOT_THERE.search(_SINCE_LAST.sub("", own_time(clause, act.end() if act else None)))
        or ABSENT.search(clause)
        or _NOT_THIS_ONE.search(before)
        or NAMED_NOT_THERE.search(before)
    ):
        return None
    if _STOOD_FOR.match(clause[mention.end :]):
        return None  # "President X was represented by Y": X was not there
    said = _SAID_THAT.search(clause)
    if said and said.end() <= mention.start:
        clause = clause[said.end() :]  # what was said: only its own evidence counts
    host = _THE_HOST.search(before)
    if host is not None:
        return host  # "The host, Ruritanian President X, did his best to ...": the sitting's host was there
    return _TOOK_PART.search(clause)


# a person in apposition to the sitting's host ("The host, Ruritanian President X, ...", "thanked the host,
# Prime Minister Y,"); not the host of another sitting (a next or previous one is not there: ``_NOT_THERE``)
_THE_HOST = re.compile(
    r"\b(?:the|its|their)\s+host(?:\s+of\s+the\s+(?:summit|meeting|session|talks|gathering))?,\s*$",
    re.I,
)


def own_act(clause: str, mention: Mention) -> bool:
    """Whether the mentioned person's own verb, right after the name (an apposition or an adverb between), is an
    act of taking part ("X handed the chair to Y", "X, the host, opened the session") in a clause that tells no
    other time, absence or stand-in: the evidence of another's act ("Y, who spoke at the session") is not X's."""
    link = _SUBJECT_TO_VERB.match(clause, mention.end)
    return (
        link is not None and _TOOK_PART.match(clause, link.end()) is not None and took_part(clause, mention)
    )


def clauses(sentence: str) -> list[tuple[int, str]]:
    """The clauses of a sentence with their offsets."""
    out: list[tuple[int, str]] = []
    pos = 0
    for cut in _CLAUSE_CUT.finditer(sentence):
        out.append((pos, sentence[pos : cut.start()]))
        pos = cut.end()
    out.append((pos, sentence[pos:]))
    return out


def present_by_mention(
    ctx: Context, skip: frozenset[int] = frozenset(), *, sitting: str | None = None
) -> list[tuple[Passage, Person]]:
    """Every titled person whose clause puts them at the sitting, in the sentences of the meeting (``skip``:
    those of another meeting of the text)."""
    out: list[tuple[Passage, Person]] = []
    listing = False
    titled = _titled_by_surname(ctx, skip)
    for passage in ctx.sentences[:40]:
        if passage.start in skip or _elsewhen(ctx, passage.norm):
            listing = False
            continue
        if listing and (_LIST_ITEM.match(passage.norm) or _bare_item(passage.norm, ctx)):
            # a line of a list whose intro tells who attended ("Among the leaders and heads of delegation:")
            for _, clause in clauses(passage.norm):
                out += [
                    (passage, m.person)
                    for m in titled_mentions(clause, ctx.org, ctx.known_persons)
                    if not _NOT_THERE.search(clause)
                    and not NAMED_NOT_THERE.search(clause[: m.start])
                    and not _NOT_THIS_ONE.search(clause[: m.start])
                ]
            continue
        colon = passage.norm.rfind(":")
        listing = bool(
            colon >= 0
            and _LIST_INTRO.search(passage.norm[:colon])
            # the intro ends the sentence, or its first item follows it in the sentence the segmenter cut at that
            # item's period ("... in attendance were: Hon. X, Prime Minister of A." then "Hon. Y, ...")
            and (not passage.norm[colon + 1 :].strip() or _bare_item(passage.norm[colon + 1 :], ctx))
        )
        before = ""  # the clause before, whose verb a gapped clause leaves out
        for _, clause in clauses(passage.norm):
            gapped = _GAPPED.match(clause) and _GAPPING_VERB.search(before) and not _NOT_THERE.search(before)
            for mention in titled_mentions(clause, ctx.org, ctx.known_persons):
                if (
                    took_part(clause, mention)
                    or (gapped and not _NOT_THERE.search(clause))
                    or spoke_there(clause, mention.start, mention.end)
                    or there_by_default(clause, mention, sitting)
                ):
                    out.append((passage, mention.person))
            for mention in surname_mentions(clause, titled):
                if own_act(clause, mention) or spoke_there(clause, mention.start, mention.end):
                    out.append((passage, mention.person))
            before = clause
    return out


# what tells of a titled person and not of a seat taken at the sitting: another encounter (a bilateral meeting or
# visit, a call), an absence told in other words than ``ABSENT``'s (staying away, health, a promise to come, a
# withdrawal at the last minute), an office held or to come ("is the current chairman", "the incoming chair", "as
# his deputy", "confirmed as"), praise or an address sent ("thanked X for", "addressed to X"), an idea's source,
# an election, a coup, a trial
_NOT_SEATED = re.compile(
    # ("met with X", "met X", "met his counterpart": another encounter; "met in Brussels", "met at the
    # Representation": the sitting itself)
    r"\b(?:bilateral|visit(?:s|ed|ing)?|talks\s+with|met\s+(?!(?:at|in|on|for|to|under|via|by|here|there|today|yesterday|again|together|jointly)\b)|meetings?\s+with"
    r"|held\s+(?:separate\s+)?(?:talks|meetings)|call(?:s|ed)?|spoke\s+(?:by|on|with)|telling"
    r"|stay(?:s|ed|ing)?\s+away|health|medical|treatment|hospital\w*|ill|illness|vacation\w*|holiday\w*"
    r"|promised|pulled\s+out|cancel\w*|withdr[ae]w\w*"
    r"|is\s+(?:the\s+)?(?:current|incumbent)|incoming|deputy|confirm(?:s|ed|ing)?"
    r"|thank(?:s|ed|ing)?|prais\w*|commend\w*|tribute|addressed\s+to|came\s+from|initiative\s+of"
    r"|congratulat\w*|won|campaign\w*|coup|ousted|overthr\w*|died|death|funeral|arrest\w*|trial|accused|warrant"
    r"|sanction\w*|criticis\w*|criticiz\w*|opposed|since|planned|planning|at\s+home|after\s+the\s+talks"
    r"|arrived\s+at\s+(?:a|an|the)\s+(?:agreement|deal|consensus|decision|compromise|conclusion))\b",
    re.I,
)
# the person's own verb a copula: what the clause says is what they are ("X is a lawyer", "X is serving a second
# term at home"), not an act at the sitting (unless it says they are there)
_DESCRIBED_AS = re.compile(
    r"\s*,?\s*(?:is|are|was|were|has\s+been|had\s+been|remains|remained)\s+"
    r"(?!(?:also\s+)?(?:present|among|there|here|in\s+attendance|on\s+hand|at\s+the)\b)"
)


def _sector_words(words: str) -> set[str]:
    """The sectors the words name, as ``meeting_canon.SECTORS`` spells them ("defense" is defence); "External
    Affairs" is foreign affairs."""
    found = {SECTORS[w] for w in re.findall(r"[a-z]+", words.casefold()) if w in SECTORS}
    return found | ({"foreign"} if re.search(r"\bexternal\b", words, re.I) else set())


def title_fits(role: str, sitting: str) -> bool:
    """Whether a title is that of those who sit in a sitting of the class ``sitting`` (``meeting_canon.sitters``):
    a head of state or government's at a sitting of heads, the minister of the sector's at a sitting of that
    sector's ministers ("Minister of Foreign Affairs", "External Affairs Minister" at the foreign ministers')."""
    role = role.strip()
    if sitting in ("heads-of-state", "heads-of-government"):
        # any head's title at a summit, a head of government's at a council of prime ministers (``_head_role``)
        head = _head_role(role)
        return head is not None and (sitting == "heads-of-state" or head == "head of government")
    if not sitting.endswith("ministers") and "-ministers-" not in f"-{sitting}-":
        return False
    if not re.search(r"\bMinister\b", role) or re.search(r"\b(?:Prime|Deputy|Vice|State)\b", role):
        return False
    sectors = _sector_words(sitting.replace("-", " "))
    return bool(sectors) and sectors <= _sector_words(role)


def there_by_default(clause: str, mention: Mention, sitting: str | None) -> bool:
    """Whether a titled person named in the clause of a text about a sitting is at it for want of anything that
    says otherwise: the title is that of the sitting's members (``title_fits``: a president at a summit, a foreign
    minister at the foreign ministers' council), and the clause tells no other time, future, absence, stand-in,
    other encounter (a bilateral visit, a call) or what someone said. The genre names the leaders of a summit in
    clauses of every shape ("the talks opened with A, B and C around the table", "A handed over to B"); a reader
    of evidence words alone loses many of them (session 27, a rough count: of the 313 attendance misses at a
    meeting found in CHECK, VAL and session 26's second round, 185 were persons the text names outside reported
    speech and bilateral talks)."""
    if sitting is None or not title_fits(mention.person.role, sitting):
        return False
    before = clause[: mention.start]
    if (
        _NOT_THERE.search(_SINCE_LAST.sub("", own_time(clause)))
        or ABSENT.search(clause)
        or _NOT_THIS_ONE.search(before)
        or NAMED_NOT_THERE.search(before)
        or _STOOD_FOR.match(clause[mention.end :])
        or _DESCRIBED_AS.match(clause, mention.end)
        or re.search(r"\bby\s+(?:the\s+)?$", before)  # "greeted by X", "the review by X": another's act
        or _NOT_SEATED.search(clause)
        or _OTHER_OCCASION.search(clause)  # what was said to the press, in a statement, by phone
        or _REACTION.search(clause)  # "hailed the outcome", "regretted the decision"
        or not re.search(r"\b[a-z]{3,}\b", clause[: mention.start] + clause[mention.end :])
    ):
        return False  # a caption's name alone tells no act either
    said = _SAID_THAT.search(clause)
    return not (said and said.end() <= mention.start)


def _bare_item(words: str, ctx: Context) -> bool:
    """Whether a sentence is one titled person and nothing else (no verb, no clause): an item of a list whose items
    the segmenter took for sentences ("Hon. Dr. X, Prime Minister of A.")."""
    found = titled_mentions(words, ctx.org, ctx.known_persons)
    if len(found) != 1:
        return False
    rest = words[: found[0].start] + words[found[0].end :]
    return not re.search(r"\b(?-i:[a-z]){4,}\b", rest)


# the offices of an organization, in the plural too ("its previous Directors General were X of A, Y of B")
_OFFICES = re.compile(
    r"\b(?:Secretar(?:y|ies)|Directors?)[\s-]+General\b|\bExecutive\s+Secretar(?:y|ies)\b|\bCommissioners?\b",
    re.I,
)


def _titled_by_surname(ctx: Context, skip: frozenset[int]) -> dict[str, Person]:
    """The persons the text names once with a title and a state, by their surname (the name's last word):
    a surname two of them share, or one that is also a common word, a month, a state's or a town's name, is
    left out ("May", "Jordan", "Said")."""
    found: dict[str, Person | None] = {}
    for passage in ctx.sentences[:40]:
        if passage.start in skip:
            continue
        for _, clause in clauses(passage.norm):
            mentions = titled_mentions(clause, ctx.org, ctx.known_persons)
            states = {mention.person.party for mention in mentions}
            for mention in mentions:
                surname = mention.person.name.split()[-1]
                if (
                    # a state's title ("Kenyan President X") or a list of the states' persons ("the presidents:
                    # X of Kenya, Y of Ghana"), not one "X of Kenya": an organization's own official is named so
                    # ("succeeds Director-General X of Kenya") and speaks for no state
                    not (
                        re.search(rf"\b{_TITLE}\b", mention.person.role or "")
                        or (len(states) >= 2 and not _OFFICIAL.search(clause) and not _OFFICES.search(clause))
                    )
                    or len(surname) < 3
                    or not re.fullmatch(r"[A-Z][a-z'’-]+[a-z]", surname)
                    or _MONTH.fullmatch(surname)
                    or find_parties(surname)
                    or is_city(surname)
                ):
                    continue
                if surname not in found:
                    found[surname] = mention.person
                elif (other := found[surname]) is not None and other.name != mention.person.name:
                    found[surname] = None  # two persons of one surname: neither is read by it
    return {surname: person for surname, person in found.items() if person is not None}


# a subject named by surname alone, alone or with another ("Modi and Oli ..."), after an opening adjunct at most
# ("During the summit, X handed ...", "On Friday X told ...")
_SUBJECT_PLACE = re.compile(
    r"^(?:[^,;:]{1,80},\s+|(?:During|At|On|In)\s+(?:the\s+|its\s+|this\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:summit|meeting|session|sitting|ceremony|close|opening|end|talks|conference|plenary|morning|afternoon|evening"
    r"|day|\w+day)\s+)?"
    r"(?:(?:[A-Z][\w'’-]+\s+){1,3}and\s+)?$"
)


def surname_mentions(clause: str, titled: dict[str, Person]) -> list[Mention]:
    """The persons ``titled`` names (by surname) who are the subject of ``clause`` named by surname alone
    ("Lopez told the leaders ...", "At the close, Lopez handed the chair to Y"): not inside a longer name (no
    capitalized word right before or after), not where a title would stand before it."""
    out: list[Mention] = []
    for surname, person in titled.items():
        for m in re.finditer(
            rf"(?<![\w'’.-])(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?{re.escape(surname)}(?![\w'’-])", clause
        ):
            if not _SUBJECT_PLACE.match(clause[: m.start()]):
                continue
            if re.match(r"\s+(?:[A-Z]|of\b)|['’]s\b", clause[m.end() :]):
                continue  # "Lopez Obrador", "Lopez's envoy": a longer name, or someone of the person's
            out.append(Mention(m.start(), m.end(), person))
    return out


# "(and) Suriname its Vice President, Y", "(and) Mali by its Prime Minister Y": a state, then what the verb left out
# would govern
_GAPPED = re.compile(
    r"^(?:and\s+|while\s+)?(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:and\s+|of\s+|the\s+)*[A-Z][\w'’.-]*){0,4}\s+(?:by\s+)?(?:its|their)\s"
    r"|^(?:and\s+|while\s+)?(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:and\s+|of\s+|the\s+)*[A-Z][\w'’.-]*){0,4}\s+by\s+(?-i:[A-Z])"
)
_LIST_ITEM = re.compile(rf"^\s*(?:{ITEM_MARK})\s+")
# an intro that tells who took part: an attendance word, or "Among the leaders ..." (not "The leaders discussed:")
_LIST_INTRO = re.compile(
    r"\b(?:heads\s+of\s+delegations?|participants|attendees|attended|attending|present|attendance|taking\s+part"
    r"|took\s+part|participating|represented)\b|^\s*Among\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:leaders|heads|delegations|guests)\b",
    re.I,
)
_GAPPING_VERB = re.compile(r"\b(?:represented|sent|dispatched|led|headed)\b")


# what a person says or does to the others in the room, as the verb of which the person is the subject: a report
# of a sitting tells what its members said there ("Kazakh Foreign Minister X voiced concern", "Secretary-General X
# reported that ...", "the Thai Prime Minister congratulated Vietnam", "President X described the launch as ...")
_SPEECH_VERB = re.compile(
    r"(?:said|says|stated|told|noted|stressed|underlined|underscored|emphasi[sz]ed|highlighted|pointed\s+out"
    r"|called\s+(?:on|for|the|it|this|upon)|urged|appealed|proposed|suggested|recalled|reaffirmed|reiterated"
    r"|assured|argued|insisted|observed|remarked|added|warned|cautioned|described|hailed|praised|commended"
    r"|thanked|congratulated|felicitated|paid\s+(?:a\s+)?tribute|expressed|voiced|conveyed|extended"
    r"|reported|presented|outlined|set\s+out|briefed|informed|announced|declared|pledged|supported|backed"
    r"|spoke|considered|termed)\b",
    re.I,
)
# between the subject and its verb: an apposition or a relative clause set off by commas, an adverb
_SUBJECT_TO_VERB = re.compile(
    # "the Director-General, X, called on ...": the comma that closes an apposition opened before the name
    r"(?:\s*,\s*(?:[^,;:]{1,100}?)\s*,|\s*,)?\s+(?:(?:also|then|later|further|too|in\s+turn|for\s+(?:his|her)\s+part)\s+)*(?=\w)"
)
# an occasion other than the sitting's own proceedings, named next to the verb: an interview, a press conference,
# a message or a statement issued, a talk with reporters, a broadcast
_OTHER_OCCASION = re.compile(
    r"\b(?:reporters|journalists|press|media|briefing|interview|newspaper|television|TV|radio|broadcast|agency"
    r"|statement\s+(?:issued|released|posted|published)|(?:in|on|via|through)\s+(?:a|an|his|her)\s+(?:\w+\s+)?"
    r"(?:statement|message|letter|post|tweet|call|interview)|on\s+(?:Twitter|X|Facebook|social\s+media)"
    r"|phone|telephone|video\s+message|sidelines|bilateral|separately)\b",
    re.I,
)


def spoke_there(clause: str, start: int, end: int) -> bool:
    """Whether the person named at ``clause[start:end]`` is the subject of a verb of speaking or of acting on the
    others in the room, in a clause that names no other occasion, time or absence: in a report of a sitting, what
    a member's leader or minister said or did is said or done there. The words the person said (after "that",
    "saying" or the verb's object) are not read: a future in them ("would prevail") is theirs, not the clause's."""
    link = _SUBJECT_TO_VERB.match(clause, end)
    if link is None:
        return False
    verb = _SPEECH_VERB.match(clause, link.end())
    if verb is None:
        return False
    # the verb's own words up to what was said: "said on Friday at the summit that", "told reporters"
    said = re.search(r"\bthat\b|[,;:“\"]|\bsaying\b", clause[verb.end() :])
    adjunct = clause[verb.end() : verb.end() + (said.start() if said else 60)]
    own = RELATIVE_ASIDE.sub(",", clause[:start] + clause[end : link.end()]) + " " + verb.group() + adjunct
    if (
        _NOT_THERE.search(own_time(own))
        or ABSENT.search(own)
        or _OTHER_OCCASION.search(own)
        or NAMED_NOT_THERE.search(clause[:start])
    ):
        return False
    if _REACTION.search(clause[verb.start() :]) or _MONTH.search(own):
        return False  # a reaction to the outcome, or a day of its own: said from anywhere, at any time
    # what was said tells a future or another sitting ("announced that her country would take part in the next
    # session"): a preview's words; an elaboration after "saying" is the speaker's own hope, no time of the act
    content = clause[verb.end() :].split("saying", 1)[0]
    if _NOT_THERE.search(own_time(content)):
        return False
    return not _NOT_THIS_ONE.search(clause[:start])


# what was said is a reaction to the meeting's outcome ("hailed the outcome", "welcomed the decision", "said Moscow
# regretted the decision"): anyone anywhere reacts so, the sitting's members and others alike; and what was said
# tells the speaker's own absence ("announced that he would not come")
_REACTION = re.compile(
    r"\b(?:decision|outcome|result|verdict|vote|election|choice|move|step|ruling)s?\b"
    r"|\b(?:would|will|could|did)\s+not\s+(?:come|attend|travel|go|take\s+part|participate|be\s+there)\b",
    re.I,
)
_MONTH = re.compile(rf"\b(?:{MONTH}|{WEEKDAY})\b")


# "A and B were represented by their vice presidents, X and Y", "A, B and C sent their deputy foreign ministers,
# X, Y and Z", "A and B were represented by X and Y, respectively": two parallel lists, states then persons, read
# in order (with a plural title after "their", or "respectively" to say the order is the states')
_PARALLEL = re.compile(
    r"(?P<states>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:and\s+|of\s+|the\s+)*[A-Z][\w'’.-]*){0,4}"
    r"(?:\s*,\s*(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+)*[A-Z][\w'’.-]*){0,4})*"
    r",?\s+and\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+)*[A-Z][\w'’.-]*){0,4})"
    r"\s+(?:(?:were|was)\s+(?:also\s+|respectively\s+)?represented\s+(?:at\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|session)\s+)?by"
    r"|(?:also\s+)?(?:sent|dispatched))\s+"
    r"(?:(?:their|the)\s+(?P<title>[A-Za-z][\w\s-]{2,60}?)\s*,\s*)?"
    r"(?P<names>[^;:()]+?)(?P<resp>\s*,?\s+respectively)?\s*(?=[.;]|$)"
)
_PLURAL_HEAD = re.compile(
    r"(?:ministers|presidents|secretaries|premiers|ambassadors|envoys|representatives|leaders"
    r"|chancellors|advisers|advisors|officials|deputies)$",
    re.I,
)


def _conjuncts_listed(words: str) -> list[str]:
    """The items of a list written "A, B and C" (or "A, B, and C"), each stripped of spaces and stops."""
    return [n.strip(" .") for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", words) if n.strip(" .")]


def parallel_pairs(sentence: str, org: str, known: tuple[str, ...] = ()) -> list[Person]:
    """The persons of two parallel lists in ``sentence``, each with the state in the same place of the states'
    list; nothing unless the lists are as long, two at least, with a plural title or "respectively", every
    name a person's and of no state, in a clause that tells no future or absence."""
    out: list[Person] = []
    for m in _PARALLEL.finditer(sentence):
        title = m.group("title")
        if not (m.group("resp") or (title and _PLURAL_HEAD.search(title.strip()))):
            continue
        if _NOT_THERE.search(sentence[: m.start()] + m.group()):
            continue
        states = [p.value for p in find_parties(m.group("states"), exclude=[org]) if is_state(p.value)]
        names = _conjuncts_listed(m.group("names"))
        if len(states) < 2 or len(names) != len(states):
            continue
        people = []
        for state, name in zip(states, names, strict=True):
            person = parse_item(name, org, known)
            if person is None or person.party or find_parties(name) or len(person.name.split()) < 2:
                break
            role = " ".join(title.split()) if title else person.role
            if title:
                head, sep, tail = role.partition(" of ")
                role = (head[:-1] if head.lower().endswith("s") else head) + sep + tail
            people.append(replace(person, party=state, role=role or person.role))
        else:
            out += people
    return out


# the host's counterparts by their states' adjectives, then their names in the same order: "welcomed his
# Armenian, Belarusian and Kazakh counterparts, A, B and C, to the talks"
_COUNTERPARTS = re.compile(
    r"\b(?:welcomed|greeted|received|hosted|was\s+joined\s+by|joined)\s+(?:his|her|their)\s+"
    r"(?P<adjs>[A-Z][a-z]+(?:\s*,\s*[A-Z][a-z]+)*,?\s+and\s+[A-Z][a-z]+)\s+counterparts\s*,\s*"
    r"(?P<names>[^;:()]+?)\s*(?:,\s*(?:to|at|for|in)\b|[.;]|$)"
)


def counterpart_pairs(sentence: str, org: str, known: tuple[str, ...] = ()) -> list[Person]:
    """The persons the host's counterparts' adjectives and names give, pair by pair (``_COUNTERPARTS``);
    nothing unless both lists are as long and every adjective names a state and every name a person."""
    from igo_timeline.extract.reader import demonym_state

    m = _COUNTERPARTS.search(sentence)
    if m is None or _NOT_THERE.search(sentence[: m.start()] + m.group()):
        return []
    states = [demonym_state(a) for a in _conjuncts_listed(m.group("adjs"))]
    names = _conjuncts_listed(m.group("names"))
    if len(states) < 2 or len(names) != len(states) or not all(states):
        return []
    # a president's counterparts are heads of state, a prime minister's heads of government (else heads of delegation)
    host_person = parse_item(sentence[: m.start()].split(",")[-1].strip(), org, known)
    host = (_head_role(host_person.role) if host_person and host_person.role else None) or ""
    people = []
    for state, name in zip(states, names, strict=True):
        person = parse_item(name, org, known)
        if person is None or person.party or len(person.name.split()) < 2:
            return []
        people.append(replace(person, party=state, role=person.role or host or "head of delegation"))
    return people


def present_in_parallel(ctx: Context, skip: frozenset[int] = frozenset()) -> list[tuple[Passage, Person]]:
    """The persons of parallel lists (``parallel_pairs``) in the sentences of the meeting (``skip``: those of
    another meeting of the text)."""
    return [
        (passage, person)
        for passage in ctx.sentences[:40]
        if passage.start not in skip and not _elsewhen(ctx, passage.norm)
        for person in parallel_pairs(passage.norm, ctx.org, ctx.known_persons)
        + counterpart_pairs(passage.norm, ctx.org, ctx.known_persons)
    ]
