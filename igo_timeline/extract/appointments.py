"""Appointments: who was elected or appointed to which office, for which term.

Appointments name the person, the state in brackets and the office; a term in
the next sentence ("Their terms will be from ... to ...") belongs to the
persons just named. Renewals and officer lists (one officer per list item) are
read here too.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from igo_timeline.extract.backrefs import (
    _ADVERBS_AT_END,
    _BACKREF_OPENING,
    _LIST_ITEM,
    _POSSESSED_TERM,
    _TERM_WORDS,
    _fuller_name,
    _names_shared,
    _new_term,
    _opens_with_other,
    _possessed_term,
    _refers_back,
    _same_person,
    _when_mandate_ends,
)
from igo_timeline.extract.bodynames import name_goes_on, office_by_body, ranked_before
from igo_timeline.extract.clauses import _NOT_GRANTED, _other_organization, _own_name, _own_org
from igo_timeline.extract.context import Context
from igo_timeline.extract.dates import MONTH, WEEKDAY, find_dates
from igo_timeline.extract.headoffice import _told_of, head_appointments, person_at_end, term_told_after
from igo_timeline.extract.names import (
    find_parties,
    is_state,
    lookup_party,
    match_person,
    nationality_of,
    office_patterns,
    strip_honorifics,
)
from igo_timeline.extract.offices import (
    _APPOINT,
    _APPOSITION_OPENS,
    _GENERIC_OFFICE,
    _chair_of_state,
    _generic_offices,
    _office_end,
    _own_name_at_end,
    name_like,
)
from igo_timeline.extract.people import parse_item
from igo_timeline.extract.reader import ORDINAL, unreal
from igo_timeline.extract.records import Candidate
from igo_timeline.extract.terms import (
    _NUMBERS,
    _START_CUE_ANY,
    _TERM_LENGTH,
    _TERM_VERB,
    _length_years,
    _plus_years,
    _term,
    close_open_term,
    end_told_later,
    new_length,
    term_grammar,
)
from igo_timeline.extract.text import SITTING_CHAIR, Passage

# the length of an office's terms, told as its rule: "The Secretary General is elected for five years", "The
# Director-General is appointed for a four-year term"
_OFFICE_LENGTH = re.compile(
    r"^The\s+(?:[A-Z][\w-]*\s+){1,3}(?:,[^,]{0,60},\s+)?(?:is|are)\s+(?:elected|appointed|chosen|named)\b[^.;]{0,60}?"
    r"\bfor\s+(?:a\s+)?(?:(?P<n>one|two|three|four|five|six|seven|\d)[\s-]+year\s+(?:term|mandate|period)|(?P<n2>one|two|three|four|five|six|seven|\d)\s+years"
    # "for a term of five years", "for a non-renewable period of four years"
    r"|(?:(?:non-?)?renewable\s+|single\s+)?(?:term|mandate|period)\s+of\s+(?P<n3>one|two|three|four|five|six|seven|\d)\s+years)\b"
    # "Under its charter, the Secretary General's term is three years": the office's own rule
    r"|^(?:(?:According\s+to|Under)\s+[^,]{1,60},\s+)?[Tt]he\s+(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s\s+(?:term|mandate)(?:\s+of\s+office)?\s+is\s+"
    r"(?:(?P<n4>one|two|three|four|five|six|seven|\d)\s+years|(?P<n5>one|two|three|four|five|six|seven|\d)[\s-]+years?\s+long)\b"
)


_N_WORD = r"(?:one|two|three|four|five|six|seven|\d)"
# the office's rule told with its holder as the subject, in the present of a rule, with or without its source:
# "Under the fund's statutes the managing director serves a four-year term", "According to its charter, a
# secretary general serves for five years", "Each holder serves a single three-year term", "Its President is
# elected for a period of two years", "He is appointed for four years on the proposal of the Council"; not a
# bound ("no more than two terms", "at least five years") nor a past or future holder's term
_OFFICE_RULE = re.compile(
    r"^(?:(?:Under|According\s+to|By)\s+[^,;.]{1,60}?(?:rules|statutes?|charter|constitution|convention|treaty|"
    r"agreement|articles?|regulations|custom|practice|tradition|bylaws|by-laws|procedures?)\b,?\s+)?"
    r"(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Ee]ach|[Ee]very|[Tt]heir)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?P<office>(?i:president|secretary[- ]general|director[- ]general|director|chair(?:man|person|woman)?|holder|head"
    r"|commissioner|executive\s+secretary|governor|ombudsman|registrar|prosecutor|administrator))"
    r"|(?:He|She))"
    # "is elected by the Board of Governors and serves a 5-year term": the electors, then the rule
    r"(?:,[^,]{0,60},)?\s+(?:is\s+(?:elected|appointed|chosen|named|selected)\s+by\s+[^,;.]{1,60}?\s+and\s+)?"
    r"(?:serves|is\s+(?:elected|appointed|chosen|named|selected)(?:\s+to\s+serve)?)\s+"
    rf"(?:for\s+)?(?:(?:a|an)\s+)?(?:(?:single|fixed|non-?renewable|renewable|full)\s+)?"
    rf"(?:(?P<n>{_N_WORD})[\s-]+years?(?:\s+long)?(?:\s+(?:term|mandate|period)(?:\s+of\s+office)?)?"
    rf"|(?:term|mandate|period)\s+of\s+(?P<n2>{_N_WORD})\s+years)\b"
)

# the verbs of taking over an office (offices._APPOINT): what follows them up to a day is the term's start
_TAKING_OVER = re.compile(r"\bover\s+as$|\b(?:post|office|position)\s+of$|\bsucceed\b.*\bas$")


def _office_length(term: str, later: list[str], office: str | None = None) -> str | None:
    """A term with its first day only ("2030-09-18/..") ended by the length a later sentence gives the office's
    terms (``_OFFICE_LENGTH``; ``_OFFICE_RULE`` when ``office``, the appointment's slug, is given and the
    rule's holder is that office, "the holder" or "he"/"she"); None when none does."""
    for words in later:
        m = _OFFICE_LENGTH.match(words)
        rule = _OFFICE_RULE.match(words) if m is None and office is not None else None
        if rule is not None and office is not None and rule.group("office"):
            noun = re.sub(r"^chair\w*", "chair", re.sub(r"\s+|-", "-", rule.group("office").lower()))
            if noun not in ("holder", "head") and noun not in office:
                rule = None  # "The president of the court serves ..." after a secretary general's appointment
        if m is not None:
            n = next(g for g in m.group("n", "n2", "n3", "n4", "n5") if g)
        elif rule is not None:
            n = next(g for g in rule.group("n", "n2") if g)
        else:
            continue
        years = _NUMBERS.get(n.lower()) or int(n)
        first = dt.date.fromisoformat(term[:10])
        try:
            last = first.replace(year=first.year + years) - dt.timedelta(days=1)
        except ValueError:
            return None
        return f"{first.isoformat()}/{last.isoformat()}"
    return None


# "X will be the next Secretary General", "Y is to be the new Director": an office to come, an appointment only
# with a choice told of the same person right after (``_CHOSE_BACK``)
_NEXT_HOLDER = re.compile(
    r"\b(?:will\s+be|is\s+to\s+be|is\s+set\s+to\s+become|will\s+become)\s+the\s+(?:next|new)(?=\s+[A-Z])"
)
_CHOSE_BACK = re.compile(
    r"\b(?:chose|elected|appointed|picked|selected|named|confirmed|voted\s+for|endorsed)\s+(?:him|her)\b(?!\s+as\s+(?:its\s+)?(?:vice|deputy))",
)
_TERM_BACKREF = re.compile(
    r"^(?:Their|His|Her|The)\s+(?:(?:\w+|\d+)[\s-]+year\s+)?(?:terms?|mandates?)(?:\s+of\s+office)?\b|^(?:He|She|They)\s+(?:will|shall|is\s+to|are\s+to)\s+(?:take\s+office|serve|assume)"
    r"|^(?:He|She|They)\s+(?:is|was|has\s+been|are|were|have\s+been)\s+(?:elected|appointed|named)\s+for\b"
    r"|^(?:He|She|They)\s+(?:will|shall|is\s+to|are\s+to)\s+(?:start|begin|take\s+up|assume)\s+(?:work|(?:his|her|their|the)\s+(?:(?:\w+|\d+)[\s-]+year\s+)?(?:post|duties|term|mandate|functions)|office|duties)\b"
    # "The 67-year-old diplomat, a former assistant secretary general, will take office in May and serve ..."
    r"|^The\s+(?:[\w-]+\s+){0,2}(?:diplomat|official|minister|economist|lawyer|politician|candidate|appointee|secretary[- ]general)(?:,[^,]*,)?\s+(?:will|shall|is\s+to)\s+(?:take\s+office|serve|assume)",
    re.I,
)


# a second election told in its own passive clause after "and" or ";": "A has been elected Chairperson of the
# Union, and President B of Rwanda was elected Chairperson of its Organ"
_ELECTED_NEXT = (
    r"(?=(?:(?:H\.\s?E\.|Mr\.?|Ms\.?|Dr\.?)\s+)?(?:[A-Z][\w.'’-]*\s+){1,6}(?:of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4})?"
    r"(?:was|were|has\s+been|have\s+been|is)\s+(?:also\s+|unanimously\s+)?(?:re-?)?(?:elected|appointed|named|chosen|designated)\b)"
)
_SECOND_ELECTION = re.compile(rf"(?:,\s*|\s+)and\s+{_ELECTED_NEXT}|;\s*(?:and\s+)?{_ELECTED_NEXT}")


def _election_clauses(sentences: list[Passage]) -> list[Passage]:
    """The sentences, each second election told in its own passive clause split off as a passage of its own."""
    out: list[Passage] = []
    for s in sentences:
        cuts = [m for m in _SECOND_ELECTION.finditer(s.norm) if _APPOINT.search(s.norm, 0, m.start())]
        if not cuts:
            out.append(s)
            continue
        starts = [0, *(m.end() for m in cuts)]
        ends = [*(m.start() for m in cuts), len(s.norm)]
        out.extend(s.sub(a, b) for a, b in zip(starts, ends, strict=True))
    return out


def _office_of_own(ctx: Context, after: str) -> bool:
    """Whether the words after an appointing verb name an office of the organization itself by its name ("...
    as the next Executive Director of the UN Children's Fund (UNICEF)"): a parent's head appointing the head of
    one of its agencies appoints to that agency's office."""
    m = re.search(
        r"\bas\s+(?:the\s+|its\s+)?(?:new\s+|next\s+)?(?:[A-Z][\w-]*\s+){1,3}of\s+(?P<o>(?:the\s+)?[^,;.]{2,80}?)(?:\s*\((?P<a>[A-Z][\w-]{1,10})\))?(?=[,;.]|$)",
        after,
    )
    if m is None:
        # "... as the new XYZ executive director": the organization's initials before a title in lower case
        own = re.search(
            r"\bas\s+(?:the\s+|its\s+)?(?:new\s+|next\s+)?(?P<a>[A-Z][A-Za-z]{1,4}[A-Z][A-Za-z]{0,4})['’]?s?\s+[a-z]",
            after,
        )
        return bool(own and own.group("a").upper() == ctx.org.replace("-", "").upper())
    abbr = m.group("a")
    return bool(abbr and abbr.replace("-", "").upper() == ctx.org.replace("-", "").upper()) or _own_name(
        ctx, m.group("o")
    )


# mandates kept: "the mandates of A, B and C are extended until 3 September 2024", "renewed the term of X"
_RENEWED = re.compile(
    r"\b(?:the\s+)?(?:mandates?|terms?(?:\s+of\s+office)?)\s+of\s+(?P<list>[^;.]+?)\s+(?:are|is|were|was|have\s+been|has\s+been)\s+"
    r"(?:\w+\s+)?(?:extended|renewed|prolonged)\b(?:\s+(?:until|to|till|through)\s+(?P<until>[^,;.]+))?"
    r"|\b(?:extended|renewed|prolonged|extending|renewing)\s+the\s+(?:mandates?|terms?(?:\s+of\s+office)?)\s+of\s+(?P<list2>[^;.]+?)"
    r"(?:\s+(?:until|to|till|through)\s+(?P<until2>[^,;.]+))?(?=\s*[,;.]|\s+(?:until|to|till|through)\b|$)"
)


def _renewed(ctx: Context, passage: Passage) -> list[Candidate]:
    """Each official whose mandate the meeting extends or renews: an appointment from the decision's day,
    to the day stated ("until 3 September 2024"), else open."""
    text = passage.norm
    out: list[Candidate] = []
    named = tuple((slug, name) for slug, names in ctx.offices.items() for name in names)
    for m in _RENEWED.finditer(text):
        if _NOT_GRANTED.search(text[: m.start()]) and re.search(
            r"\b(?:will|would|may|could|should)\b", text[: m.start()]
        ):
            continue
        key = "list" if m.group("list") else "list2"
        a, b = m.start(key), m.end(key)
        until = m.group("until") or m.group("until2")
        # its items: "Secretary General Helga Schmid, Representative on Freedom of the Media Teresa Ribeiro and ..."
        sep = r",\s*(?:and\s+)?|\s+and\s+(?=[A-Z])"
        cuts = [a] + [a + x.end() for x in re.finditer(sep, text[a:b])]
        ends = [a + x.start() for x in re.finditer(sep, text[a:b])] + [b]
        for i_start, i_end in zip(cuts, ends, strict=True):
            item = text[i_start:i_end]
            # the name is the last two capitalized words, the title before it: "Secretary General Helga Schmid"
            name = re.search(r"(?P<n>[A-Z][\w'’.-]+\s+[A-Z][\w'’.-]+)\s*$", item)
            if name is None:
                continue
            title = re.sub(
                r"^(?:the\s+)?(?:[A-Z]{2,8}\s+|(?:Mr|Ms|Dr)\.?\s+)?", "", item[: name.start()].strip()
            )
            if not title or not _GENERIC_OFFICE.fullmatch(title):
                continue  # what stands before the name is no title: not told which office
            slug = next((sl for sl, rx in office_patterns(ctx.org, named) if rx.fullmatch(title)), None)
            generic = _generic_offices(ctx, title, 0) if slug is None else []
            slug = slug or (generic[0][0] if generic else None)
            if slug is None:
                continue
            for cand in _appointment(ctx, passage, slug, name.group("n"), i_end, i_start, None, None):
                if cand.type != "OfficialAppointed" or cand.record != "event":
                    continue
                days = [d for d in find_dates(until or "", ctx.year) if d.kind.rstrip("?") == "day"]
                event = dict(cand.event)
                decided = event.get("decided_on")
                if days and decided and days[0].edtf > decided:
                    event["term"] = f"{decided}/{days[0].edtf}"
                notes = [n for n in str(event.get("note", "")).split("; ") if n and n != "term not stated"]
                event["note"] = "; ".join([*notes, "mandate extended"])
                out.append(Candidate(cand.record, event, note=event["note"]))
    return out


def _same_date_term(ctx: Context, passage: Passage, term: str | None) -> str | None:
    """ "... is appointed Director until the same date": the "until" day of the sentence before."""
    if (
        term is None
        or not term.endswith("/..")
        or not re.search(r"\buntil\s+the\s+same\s+(?:date|day)\b", passage.norm)
    ):
        return None
    before = [p for p in ctx.sentences if p.end <= passage.start][-1:]
    said = re.search(r"\buntil\s+(?P<d>[^,;.]+)", before[0].norm) if before else None
    days = [d for d in find_dates(said.group("d"), ctx.year) if d.kind.rstrip("?") == "day"] if said else []
    return f"{term[:-3]}/{days[0].edtf}" if days and days[0].edtf > term[:10] else None


# an act told as not done a few words before its verb: "would like to see X confirmed as", "hope to elect",
# "is expected to name"
# the rest of an apposition that holds an office, up to the office given: "... of the Weather Service since 2010,
# as", "..., as its new" (the words between the office held and the one given, to the end)
_APPOSED_BEFORE_AS = re.compile(r"[^;(),]*?,\s+as\s+(?:[\w'’-]+\s+){0,3}$")

_NOT_DONE_BEFORE = re.compile(
    r"\b(?:would|could|might|should|must|(?-i:may)|(?:hopes?|hoped|wish(?:es|ed)?|wants?|wanted|intends?|plans?)\s+to"
    r"|(?:is|are|was|were)\s+(?:expected|likely|set|due|going)\s+to)\s+(?:[\w'’.-]+\s+){0,6}$",
    re.I,
)


def appointments(ctx: Context) -> list[Candidate]:
    out: list[Candidate] = []
    for passage in ctx.sentences:
        out.extend(_renewed(ctx, passage))
    sentences = _election_clauses(ctx.sentences)
    told: dict[int, str] = {}  # sentence -> the term its appointment states
    appointing = [_APPOINT.search(s.norm) is not None for s in sentences]  # once, not per appointment
    for n, passage in enumerate(sentences):
        text = passage.norm
        verbs = list(_APPOINT.finditer(text))
        if not verbs and n + 1 < len(sentences) and _CHOSE_BACK.search(sentences[n + 1].norm):
            # "X will be the next Secretary General. The Assembly chose him for the post today": the choice
            # told in the next sentence, of the one this sentence names
            verbs = list(_NEXT_HOLDER.finditer(text))[:1]
        verb = verbs[0] if verbs else None
        if not verb:
            continue
        if re.search(r"\bnamed$", verb.group()) and re.match(
            r"\s+(?:in|by)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:communiqu|list|statement|report|declaration|document|text)",
            text[verb.end() :],
            re.I,
        ):
            continue  # "The leaders named in the final communique were: X, President of Y": named as present
        if re.fullmatch(r"has\s+become", verb.group()) and not re.search(
            rf"\b(?:{MONTH}|\d{{4}})\b", text[verb.end() :]
        ):
            continue  # "X has become Secretary-General, the ministry said": a state told, no day of its own
        if re.search(r"\b(?:the|a|an)\s+[\w-]+\s+$", text[: verb.start()]) and len(verbs) > 1:
            # "X, the commissioner named for Senegal, is appointed President": the participle of an
            # apposition is no act; the finite verb after it is
            verb = verbs[1]
        if (
            _other_organization(ctx, text[: verb.start()])
            and not _own_name(ctx, text[: verb.start()])
            and not _office_of_own(ctx, text[verb.end() :])
        ):
            continue  # "The Alpine Forum elected X as its Secretary General": another organization's act
        if _NOT_DONE_BEFORE.search(text[: verb.start()]):
            continue  # "would like to see X confirmed as", "are expected to elect": not done
        offices: list[tuple[str, int, int]] = []
        named = tuple((slug, name) for slug, names in ctx.offices.items() for name in names)
        for slug, rx in office_patterns(ctx.org, named):
            for m in rx.finditer(text, verb.end()):
                if (
                    ranked_before(text, m.start())
                    or name_goes_on(text, m.end())
                    or (m.start() > 0 and text[m.start() - 1] == "-")
                ):  # "Vice-President", "Deputy-Director": another office glued to its rank
                    continue  # "Deputy Secretary-General", "... of the Council for X": another office
                if not any(o[1] < m.end() and m.start() < o[2] for o in offices):
                    offices.append((slug, m.start(), _office_end(text, m.end(), ctx.org)))
        offices.sort(key=lambda o: o[1])
        offices = [o for o in offices if o[2] > 0]
        if not offices:  # an office named through another name of its body
            through = office_by_body(text, verb.end(), ctx.org, ctx.offices, ctx.bodies)
            offices = [(s, a, _office_end(text, b, ctx.org)) for s, a, b in through]
            offices = [o for o in offices if o[2] > 0]
        if not offices:
            offices = _generic_offices(ctx, text, verb.end())
        # "... was picked as host, according to Director General X": the source's title, not the office given
        offices = [o for o in offices if not re.search(r"\baccording\s+to\b", text[verb.end() : o[1]])]
        # "appointed X, the former European Commissioner for Trade, as ... Director-General": an office held
        # before, told in an apposition, is not the one given (when another follows it)
        held_before = [
            o
            for o in offices
            if re.search(
                r",\s*(?:the\s+|a\s+|his\s+|her\s+)?(?:former|ex-|then|outgoing|current|incumbent|serving)\s*(?:[\w'’-]+\s+){0,4}$",
                text[verb.end() : o[1]],
            )
        ]
        if held_before:
            after_them = max(o[2] for o in held_before)
            rest_ = [o for o in offices if o not in held_before]
            offices = rest_ or [o for o in _generic_offices(ctx, text, after_them) if o[1] >= after_them]
        # "elected X of Ruritania, President of its weather service since 2010, as President of the Forum": an
        # office in the apposition after the person, the one given after "as" (any office held, no "former")
        offices = [
            o
            for k, o in enumerate(offices)
            if not (
                k + 1 < len(offices)
                and _APPOSITION_OPENS.fullmatch(text, verb.end(), o[1])
                and _APPOSED_BEFORE_AS.match(text, o[2], offices[k + 1][1])
            )
        ]
        # "will take over as Secretary General on 1 January": the verb of taking over is the term's start cue
        # (and "took up his post as Secretary-General on January 1 for a three-year term": the verb of taking up
        # is the cue too, with the length in the same sentence; the office's rule told apart gives no end)
        taking_over = _TAKING_OVER.search(verb.group()) or (
            _TOOK_OFFICE.search(verb.group()) and _TERM_LENGTH.search(text, verb.end())
        )
        term, term_why = _term(text, verb.start() if taking_over else verb.end(), ctx.near)
        term_passage: Passage | None = None
        if (
            term is None
            and (n - 1) in told
            and re.search(r"\bfor\s+the\s+same\s+(?:year|period|term|mandate)\b", text[verb.end() :])
        ):  # "Y was elected Vice-President for the same year": the term the sentence before states
            term = told[n - 1]
        # "X has been elected Secretary General ... for a five-year term. He will take office on 17 November
        # 2021": the length told with the election, the first day after it
        length_said: re.Match[str] | None = _TERM_LENGTH.search(text, verb.end()) if term is None else None
        window = [a for a in sentences[n + 1 : n + 24] if not _LIST_ITEM.match(a.quote)][:7]
        other_named = False  # a sentence about another one elected came between: "She ..." is no longer ours
        elected = " ".join(s.norm for k, s in enumerate(sentences) if k != n and appointing[k])
        for ahead in window:  # "Their terms will be from ...", after the list of appointments (items skipped)
            if term is not None:
                break
            pronoun = re.match(r"(?:He|She|They|His|Her|Their)\b", ahead.norm) is not None
            if _same_person(text, ahead.norm) and _TERM_LENGTH.search(ahead.norm):
                length_said = _TERM_LENGTH.search(
                    ahead.norm
                )  # "Vila ... was elected for a four-year mandate"
            possessed = _possessed_term(text, ahead.norm)
            if (
                possessed is not None
                and not (other_named and _POSSESSED_TERM.match(ahead.norm, possessed).group("pron"))  # type: ignore[union-attr]
                and (_TERM_VERB.search(ahead.norm, possessed) or _START_CUE_ANY.search(ahead.norm, possessed))
                and _new_term(_term(ahead.norm, possessed, ctx.near)[0], ctx.near)
            ):  # "..., and Professor Thomson's five-year mandate will begin on 1 January 2026"
                term, term_why = _term(ahead.norm, possessed, ctx.near)
                term_passage = ahead
                break
            if (pronoun and other_named) or not (
                _TERM_BACKREF.match(ahead.norm)
                or (
                    (_same_person(text, ahead.norm) or _refers_back(text, ahead.norm))
                    and (_TERM_VERB.search(ahead.norm) or _TERM_WORDS.search(ahead.norm))
                    and _new_term(_term(ahead.norm, 0, ctx.near)[0], ctx.near)
                )
            ):
                other_named = other_named or _opens_with_other(text, ahead.norm, elected)
            else:  # "Tedros will begin his five-year term on 1 July": the appointed person's term, told after
                term, term_why = _term(ahead.norm, 0, ctx.near)
                term_passage = ahead if term else None
                following = [a for a in sentences if a.start >= ahead.end][:1]
                if term and term.endswith("/..") and length_said is None and following:
                    # "X will take over ... on November 15. He is to serve a four-year term": the length after
                    if re.match(r"(?:He|She)\b", following[0].norm) and new_length(following[0].norm):
                        length_said = _TERM_LENGTH.search(following[0].norm)  # not "She ended her first ..."
                if term and term.endswith("/..") and length_said is not None:
                    # "He will take up the post on 1 July 2021" after the mandate's length: from, so long
                    years_ = _length_years(length_said)
                    # from its first day or month, so long ("2020-01/2021-12" for two years from January 2020)
                    first_ = term.split("/")[0]
                    end_ = _plus_years(first_, years_) if years_ and len(first_) in (7, 10) else None
                    term = f"{first_}/{end_}" if end_ else term
                month = re.search(r"\btake\s+office\s+in\s+(?P<m>[A-Z][a-z]+)\b", ahead.norm)
                whole = re.fullmatch(r"(?P<y>\d{4})-01-01/(?P<z>\d{4})-12-31", term or "")
                found = find_dates(f"{month.group('m')} {whole.group('y')}") if month and whole else []
                if whole and found and found[0].kind == "month":
                    # "will take office in May and serve for the 2025-2030 period": from that month
                    term = f"{found[0].edtf}/{whole.group('z')}"
                break
            if (
                _APPOINT.search(ahead.norm)
                and not re.match(r"\s*(?:\d{1,2}[.)]|[-–•*])", ahead.quote)
                and not re.search(
                    r"\b(?:was|were)\s+declared\s+elected\b", ahead.norm
                )  # the same election told
                and not _same_person(text, ahead.norm)
                and not _names_shared(text, ahead.norm)  # "... voted and chose X": the same election retold
            ):
                break  # another appointment's sentence: its term is its own
        if term is not None and term.endswith("/..") and len(term) == 13:
            # "... his term will begin on 18 September. ... The Secretary General is elected for five years":
            # the stated first day, the length the text gives for the office
            term = _office_length(term, [a.norm for a in sentences[n + 1 : n + 10]]) or term
        if term is not None and term.endswith("/..") and len(term) in (10, 13):
            # "He will assume office on 24 February 2025. He will serve out ... term, which runs until ...":
            # the end told in a sentence of its own about the same person, after the first day
            after = (term_passage or passage).end
            later = [a for a in sentences if a.start >= after and not _LIST_ITEM.match(a.quote)][:2]
            for ahead in later:
                if re.match(r"(?:He|She|His|Her)\b", ahead.norm) or _same_person(text, ahead.norm):
                    closed = end_told_later(term, ahead.norm, ctx.near)
                    if closed is not None:
                        term = closed
                        break
        if term is None:
            term = _when_mandate_ends(ctx, sentences[n + 1 : n + 4])
            term_why = None
        if term is None:
            wider = [a for a in sentences[n + 1 : n + 30] if not _LIST_ITEM.match(a.quote)][:12]
            for i, ahead in enumerate(wider):
                by_name = _same_person(text, ahead.norm) or _names_shared(text, ahead.norm, opening=True)
                # "Metoki, a senior vice president ..., has chaired ... He will ... serve a four-year term":
                # a pronoun right after a sentence that opens with the appointed person's name is that person
                pronoun = (
                    i > 0
                    and re.match(r"(?:He|She)\b", ahead.norm) is not None
                    and wider[i - 1].end <= ahead.start
                    and _names_shared(text, wider[i - 1].norm, opening=True)
                    and not _APPOINT.search(wider[i - 1].norm)
                )
                # "The new chief will ...", "UNICEF said its new chief would ...": a noun for the one appointed
                noun_ref = _BACKREF_OPENING.match(ahead.norm) is not None and not re.match(
                    r"(?:[A-Z][^,]{0,60},\s+)?(?:He|She|They|His|Her|Their)\b", ahead.norm
                )
                if (
                    (by_name and _TERM_VERB.search(ahead.norm))
                    or (
                        noun_ref
                        and (_TERM_VERB.search(ahead.norm) or _TERM_WORDS.search(ahead.norm))
                        and _new_term(_term(ahead.norm, 0, ctx.near)[0], ctx.near)
                    )
                    or (
                        pronoun
                        and (_TERM_VERB.search(ahead.norm) or _TERM_WORDS.search(ahead.norm))
                        and _new_term(_term(ahead.norm, 0, ctx.near)[0], ctx.near)
                    )
                ):
                    # "Tedros will begin his five-year term on 1 July 2017", other elections told between
                    term, term_why = _term(ahead.norm, 0, ctx.near)
                    term_passage = ahead if term else None
                    break
        if term is not None:
            told[n] = term
        prev = verb.end()
        for k, (slug, o_start, o_end) in enumerate(offices):
            words = text[prev:o_start]
            agent = re.match(
                r"\s*by\s+(?:the\s+)?[^;]*?(?=\s+as\s+(?:(?:the|its)\s+)?(?:(?:new|next)\s+)?$)", words
            )
            if (
                k == 0 and agent
            ):  # "X has been elected by the 57th Session of the Authority as the new": the electors
                words = words[agent.end() :]
            # "took office as the World Customs Organization's (WCO)": the organization's name is no person
            bare = re.sub(
                r"\b[\w-]+['’]s\b|\b" + ORDINAL + r"\b", "", words[: _own_name_at_end(ctx, words)], flags=re.I
            )  # "the Commission's ninth"
            if (
                k == 0
                and not re.search(
                    r"[A-Z][a-z]",
                    re.sub(
                        r"\b(?:the|new|next|as|post|position|of|for|SCO)\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
                        rf"|{MONTH}",
                        "",
                        bare,
                    ),  # "X was elected on Thursday (on 27 November, in May 2031) as the next": a day is no one's name
                )
            ):
                # "X has been appointed (as) the new Secretary-General": the person comes first
                head = text[: verb.start()]
                if passage.start < ctx.anchor.end:  # "Manila, Nov 28 (Xinhua) X will become": no dateline
                    dateline = " ".join(ctx.doc.text[passage.start : ctx.anchor.end].split())
                    if dateline and head.startswith(dateline):
                        head = " " * len(dateline) + head[len(dateline) :]
                # "X, a Tajik diplomat, was", "X, Ethiopia's former foreign minister, formally took up"
                # ("X, Director-General of the Ruritanian Weather Institute, has been": a title of another body)
                appositive = re.search(
                    r",\s*(?:a|an|the|[A-Z][\w-]*['’]s)\s+[^,]*,?\s*$|,\s*(?:a|an|the|[A-Z][\w-]*['’]s)\s+[^,]*,(?=\s)"
                    r"|,\s*(?:[A-Z][\w'’-]*\s+){1,4}(?:of|at|for|to)\s+[^,]*,(?=\s)",
                    head,
                )
                nationality_hint = ""
                if appositive:  # "Rashid Alimov, a Tajik diplomat, was appointed": the nationality in between
                    nationality_hint = " ".join(
                        t
                        for t in appositive.group().split()
                        if lookup_party(re.sub(r"['’]s$", "", t.strip(",")))
                    )
                    head = head[: appositive.start()] + head[appositive.end() :]
                parts = re.split(r"[;:]|,\s+(?=[A-Z])|\bthat\b|\s[-–—]{1,2}\s", head)
                subject = parts[-1]  # "P, Sept 29 -- X was"
                titled = (
                    re.fullmatch(
                        r"\s*(?:[Tt]he\s+)?(?P<t>President|Prime\s+Minister|King|Emir|Amir|Sultan)\s+of\s+(?P<of>[^,]+?)\s*",
                        parts[-2],
                    )
                    if len(parts) > 1
                    else None
                )
                if titled and any(is_state(p.value) for p in find_parties(titled.group("of"))):
                    # "The President of Ghana, John Mensah, was elected Chairperson": the head of that state
                    subject = f"{titled.group('t')} {subject.strip().rstrip(',')} of {titled.group('of')}"
                if re.search(r",\s*(?:who|whom|which)\b[^,]*$", subject):
                    continue  # "X, who was elected Secretary General in 2015, opened ...": told in passing
                subject = re.sub(_ADVERBS_AT_END, "", subject.strip())  # "X was today", "X has now been"
                subject = re.sub(
                    r"\s+(?:has|have|had|was|were|is|will)(?:\s+been|\s+be)?\s*$", "", subject.strip()
                )
                subject = re.sub(r"^.*?\b(?:former|current|incumbent)\s+", "", subject, flags=re.I)
                quote_from = text.find(subject.split()[0]) if subject.split() else 0
                if nationality_hint:
                    subject = f"{subject.strip()} ({nationality_hint})"
                words = subject
                out.extend(
                    _appointment(ctx, passage, slug, words, o_end, quote_from, term, term_passage, term_why)
                )
                prev = o_end
                continue
            prev = o_end
            out.extend(
                _appointment(
                    ctx, passage, slug, words, o_end, 0 if k == 0 else None, term, term_passage, term_why
                )
            )
    out += _slot_appointments(ctx, sentences, out)
    out = _joint_terms(ctx, sentences, out)
    # "elected X as Chairman of the 31st AMM", "as Chairman of the meeting": the chair of a sitting, no office
    out = [c for c in out if not (c.type == "OfficialAppointed" and _SITTING_CHAIR.search(_quoted(ctx, c)))]
    return _one_office_each(
        out + head_appointments(ctx, sentences, out)
    )  # the organization's head, the office apart (headoffice.py)


def _quoted(ctx: Context, c: Candidate) -> str:
    """The candidate's quote and the rest of its sentence (a quote may end at the office: "... as Chairman")."""
    start = int((c.event.get("source") or {}).get("start", 0))
    end = next((p.end for p in ctx.doc.sentences if p.start <= start < p.end), len(ctx.doc.text))
    return ctx.doc.text[start:end]


_SITTING_CHAIR = re.compile(SITTING_CHAIR, re.I)


def _one_office_each(found: list[Candidate]) -> list[Candidate]:
    """One appointment of a person to a term, where the text names the office twice in other words ("elected
    President of the Xyz Parliament ... the members chose him president of Xyz parliament"): the office whose
    slug holds the other's words is kept (the fuller name), the other dropped; two offices neither of whose
    words hold the other's are two appointments. The same office found twice is left to the readers after
    (``reconciled``, ``background_dropped``: which of the two sentences tells the act is theirs to say)."""

    def words(c: Candidate) -> set[str]:
        return set(str(c.event.get("office") or "").split("-"))

    def same(a: Candidate, b: Candidate) -> bool:
        return (
            a.type == b.type == "OfficialAppointed"
            and a.event.get("person") == b.event.get("person")
            and a.event.get("term") == b.event.get("term")
            and a.record == b.record
        )

    out: list[Candidate] = []
    for c in found:
        mine = words(c)
        twin = next(
            (k for k, o in enumerate(out) if same(o, c) and (words(o) < mine or mine < words(o))), None
        )
        if twin is None:
            out.append(c)
        elif words(out[twin]) < mine:
            out[twin] = c  # the fuller name of the two
    return out


# a term told once for several appointed together, in a sentence of its own: "Both men will serve a second
# five-year mandate starting on 26 May", "The two officials take office on 1 July for three years", "They
# will serve until 2031"
_JOINT = re.compile(
    r"^(?:Both(?:\s+(?:men|women|officials|of\s+them|appointees))?|The\s+two(?:\s+[a-z]+)?|They|All\s+(?:three|four|of\s+them))"
    r"\s+(?:will|shall|are\s+to|would)\s+(?:each\s+)?(?:serve|take\s+office|take\s+up|begin|start|assume|hold)\b"
)


def _joint_terms(ctx: Context, sentences: list[Passage], found: list[Candidate]) -> list[Candidate]:
    """The appointments of the sentences just before a joint term's sentence (``_JOINT``: two for "both" or
    "the two", else all), given that term where theirs was not stated; others unchanged."""
    out = list(found)
    for n, passage in enumerate(sentences):
        m = _JOINT.match(passage.norm)
        if m is None:
            continue
        term, _ = _term(passage.norm, 0, ctx.near)
        if term is None or term.endswith("/..") or not _new_term(term, ctx.near):
            continue
        start = sentences[max(0, n - 8)].start
        before = [
            k
            for k, c in enumerate(out)
            if c.type == "OfficialAppointed"
            and isinstance(c.event.get("source", {}).get("start"), int)
            and start <= c.event["source"]["start"] < passage.start
        ]
        wanted = 2 if re.match(r"Both|The\s+two", m.group()) else len(before)
        chosen = before[-wanted:] if len(before) >= wanted else []
        if not all("term not stated" in str(out[k].event.get("note", "")) for k in chosen):
            continue  # one of them has a term of its own: whose is this one?
        for k in chosen:
            cand = out[k]
            notes = [x for x in str(cand.event.get("note", "")).split("; ") if x and x != "term not stated"]
            event = {**cand.event, "term": term, "note": "; ".join(notes)}
            event["more_sources"] = [*cand.event.get("more_sources", []), ctx.source(passage)]
            if not event["note"]:
                event.pop("note")
            out[k] = Candidate(cand.record, event, note=event.get("note"))
    return out


# ---- the slot reader: the act, the one appointed and the office in one clause ----
#
# The genre tells an appointment in a few shapes, whatever the organization: "the Council appointed X (of
# Y) as (the organization's next) OFFICE", "X, <who they are>, was elected (on Friday) as the 31st OFFICE",
# "approved the nomination of X as OFFICE", "gave X a new term as OFFICE", "elected X to a second
# four-year term as OFFICE". The readers above know offices by the tables' names; this one reads the
# office by its title alone, for the sentences they left without an appointment.
_TITLE = (
    r"(?i:(?:(?:deputy|vice|assistant|under|executive)[\s-]+)?"
    r"(?:secretary[\s-]+general|director[\s-]+general|executive\s+secretary|executive\s+director"
    r"|managing\s+director|high\s+commissioner|president|chair(?:man|person|woman)?|director|registrar"
    r"|prosecutor|administrator))\b"
)
_BEFORE_TITLE = (
    r"(?:(?:the|its|their|a|an)\s+)?(?:[\w'’-]+['’]s\s+)?(?:(?!(?i:deputy|vice|assistant|under|executive)\b)[A-Z][\w-]*\s+)?"
    rf"(?:(?:new|next|incoming|{ORDINAL})\s+)?"
)
_SLOT_VERB = (
    r"(?:appointed|re-?appointed|elected|re-?elected|chose|chosen|picked|selected|named|confirmed|endorsed"
    r"|designated|(?:approved|endorsed|confirmed|supported)\s+the\s+(?:appointment|nomination|election"
    r"|candidacy|candidature)\s+of)"
)
_TO_A_TERM = r"to\s+(?:a|another|the)\s+(?:[\w-]+\s+){0,3}(?:term|mandate)(?:\s+of\s+office)?\s+as"
_SLOT_ACTIVE = re.compile(
    # (the one named may be told by a former office first: "elected former Togolese Prime Minister X as")
    rf"\b(?:{_SLOT_VERB}|gave)\s+(?P<who>(?:(?:former|ex-|outgoing|veteran)\s+)?[A-Z][^;:]{{2,140}}?)\s*,?\s+"
    rf"(?:as|{_TO_A_TERM}|a\s+(?:new|second|third|further|fresh)\s+(?:[\w-]+\s+)?(?:term|mandate)\s+as)\s+"
    rf"{_BEFORE_TITLE}(?P<title>{_TITLE})"
)
_SLOT_PASSIVE = re.compile(
    rf"(?P<who>[A-Z][^;:]{{2,140}}?)\s*,?\s+(?:was|has\s+been|had\s+been|have\s+been|is|were)\s+(?:\w+ly\s+)?"
    rf"(?:appointed|re-?appointed|elected|re-?elected|chosen|picked|selected|named|confirmed|designated)"
    rf"(?:\s+(?:on|this|last)\s+{WEEKDAY}|\s+(?:today|yesterday))?\s+(?:as\s+|{_TO_A_TERM}\s+)?"
    rf"{_BEFORE_TITLE}(?P<title>{_TITLE})"
)

# a renewal told of one whose office stands before the verb, in an apposition or as a title before the name:
# "X, the incumbent Director-General of the Organization, was reappointed for a second term", "Secretary-General
# X was re-elected on Friday": the office renewed is the one named (a first election needs its office after
# the verb: "X, the Minister of Y, was elected Secretary-General")
_RENEWED_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|da|dos|van|von|al|el|bin)){0,4}"
_RENEWED_VERB = (
    r"\s+(?:was|has\s+been|had\s+been|is|were)\s+(?:\w+ly\s+)?(?P<verb>re-?elected|re-?appointed|elected|appointed"
    rf"|confirmed|chosen)(?:\s+(?:on|this|last)\s+{WEEKDAY}|\s+(?:today|yesterday))?\b"
)
_RENEWED_APPOSED = re.compile(
    rf"(?P<who>{_RENEWED_NAME}),\s+(?:the\s+|its\s+)?(?:(?:incumbent|current|sitting|serving)\s+)?"
    rf"(?:[\w'’-]+['’]s\s+)?(?P<title>{_TITLE})(?:\s+(?:of|at)\s+(?:the\s+)?[^,;]{{1,80}}?)?,{_RENEWED_VERB}"
)
_RENEWED_TITLED = re.compile(
    rf"(?:^|(?<=[,;]\s)|(?<=\s[-–—]\s))(?:(?:the|its)\s+)?(?:[A-Z][\w-]*\s+){{0,3}}(?:(?:incumbent|current)\s+)?"
    rf"(?P<title>{_TITLE})\s+(?P<who>{_RENEWED_NAME}){_RENEWED_VERB}"
)
# the renewal itself: "for a second five-year term", "to another mandate" (or a verb that says it: "re-elected")
_RENEWAL = re.compile(
    r"\s*(?:by\s+[^,;.]{1,80}?\s+)?(?:to|for)\s+(?:a|another|the|his|her)\s+(?:second|third|fourth|fifth|new|further|fresh)?\s*"
    r"(?:(?:consecutive|successive|[\w-]+-year)\s+)*(?:term|mandate)\b"
)


def _renewal(text: str, m: re.Match[str]) -> bool:
    """Whether a ``_RENEWED_*`` match tells a renewal: a verb "re-elected" or "re-appointed", or a second (new,
    further) term told right after it."""
    verb = m.group("verb").casefold()
    if verb.startswith("re"):
        return True
    after = _RENEWAL.match(text, m.end())
    return (
        after is not None
        and re.search(r"\b(?:second|third|fourth|fifth|new|further|fresh|another)\b", after.group())
        is not None
    )


# what an organization calls itself ("the Inter-Parliamentary Union", "the World Food Programme"), against
# one of its bodies, whose president or chair is another office ("the Commission", "the Board of ...")
_ORGANIZATION_NOUN = re.compile(
    r"\b(?:Organi[sz]ation|Union|Bank|Agency|Fund|Programme|Program|Forum|Community|Alliance|Association"
    r"|Movement|League|Federation|Institute|Office|Authority)\b(?:\s*\([A-Z][\w-]+\))?\s*$"
)
_BODY_NOUN = re.compile(
    r"(?:Commission|Board|Committee|Centre|Center|Council|Assembly|Court|Parliament|Secretariat|Conference"
    r"|Bureau|Executive)\b"
)


_A_TERM_FOR = re.compile(
    r"\s+for\s+(?:a|another|the\s+next|the|a\s+further|an?\s+additional|\w+)\s+(?:[\w-]+\s+){0,3}"
    r"(?:years?|term|mandate|period)\b",
    re.I,
)


def _slot_office(ctx: Context, text: str, m: re.Match[str]) -> tuple[str, int] | None:
    """The office a slot match names (slug, where its name ends): the title's own words when it stands
    alone or names the organization ("President of the Inter-Parliamentary Union"); None when it names a
    state's office ("President of Kenya") or one of a body, another organization's or a portfolio's
    ("Chairman of the Board of ...", "Deputy Executive Secretary for Regional Integration"), whose slugs
    the readers above and the tables give."""
    end = m.end("title")
    of = re.match(r"\s+(?:of|for)\s+(?:the\s+)?(?P<x>[^,;.]{1,80})", text[end:])
    if of is not None and _A_TERM_FOR.match(text, end):
        of = None  # "as Director General for a further four years": the term, no portfolio
    bare = re.sub(r"[^a-z0-9]+", "-", m.group("title").casefold()).strip("-")
    if of is None:
        return bare, end
    x = of.group("x")
    if any(is_state(p.value) for p in find_parties(x[:40])):
        return None
    if _own_name(ctx, x) or (_ORGANIZATION_NOUN.search(x) and not _BODY_NOUN.match(x)):
        return bare, _office_end(text, end, ctx.org)
    # the name ends where the clause goes on ("chairman of the AU at the summit", "of the Arctic Forum (AF)
    # on Friday", "of the regional group XYZ in March"): the organization itself, by its own name, its
    # abbreviation last, or as the party table reads it
    name = re.split(r"\s*[(,]|\s+(?:at|in|on|during|for|from|after|with|by|until|since)\b", x)[0]
    abbr = re.search(
        rf"(?:^|\s)(?:{re.escape(ctx.org.upper().replace('-', ''))})$", name
    )  # "the bloc ECOWAS"
    if not _BODY_NOUN.search(name) and (abbr or _own_name(ctx, name) or _own_org(ctx, name)):
        return bare, _office_end(text, end, ctx.org)
    return None


def _slot_appointments(ctx: Context, sentences: list[Passage], found: list[Candidate]) -> list[Candidate]:
    """Appointments told in one of the genre's shapes (``_SLOT_ACTIVE``, ``_SLOT_PASSIVE``) in a sentence
    where the readers above found none."""
    told = [c.event.get("source", {}).get("start") for c in found if c.type == "OfficialAppointed"]
    out: list[Candidate] = []
    for n, passage in enumerate(sentences):
        if any(isinstance(t, int) and passage.start <= t < passage.end for t in told):
            continue
        text = passage.norm
        for rx in (_SLOT_ACTIVE, _SLOT_PASSIVE, _RENEWED_APPOSED, _RENEWED_TITLED):
            m = rx.search(text)
            if m is None:
                continue
            if rx in (_RENEWED_APPOSED, _RENEWED_TITLED) and not _renewal(text, m):
                continue
            head = text[: m.start("who") if rx is _SLOT_ACTIVE else m.start()]
            if (
                unreal(head)
                or _NOT_DONE_BEFORE.search(head)
                or re.search(r"\b(?:who|whom|which)\b[^,]*$", head)
            ):
                break  # "would elect X as", "X, who was elected Secretary General in 2015, said"
            if (
                _other_organization(ctx, head)
                and not _own_name(ctx, head)
                and not _own_name(ctx, text[m.end() :])
            ):
                break  # another organization's act
            office = _slot_office(ctx, text, m)
            if office is None:
                break
            slug, o_end = office
            if rx in (_RENEWED_APPOSED, _RENEWED_TITLED):
                o_end = m.end()  # the office before the name: the quote and the term run to the verb's end
            who = m.group("who")
            if who[:1].islower():  # "former Togolese Prime Minister X": the name after the offices held
                who = person_at_end(who) or who
            if rx is _SLOT_PASSIVE:
                who = re.split(r"[;:]|\s[-–—]{1,2}\s|\bthat\b", who)[-1]
                if re.search(r",\s*(?:who|whom|which)\b", who):
                    break  # "X, who was appointed Secretary General in 2027, opened ...": told in passing
            term, why = _term(text, o_end, ctx.near)
            if term is None:  # "elected X to a second four-year term as": the length told before the office
                term, why = _term(text[: m.start("title")], m.start(), ctx.near)
            told_in: Passage | None = None
            if term is None:  # "Mrs X, 68, who will replace Y in April, said ...": the first day told after
                later = [a for a in sentences[n + 1 : n + 8] if not _LIST_ITEM.match(a.quote)][:4]
                for ahead in later:
                    about = _same_person(text, ahead.norm) or _names_shared(text, ahead.norm, opening=True)
                    if (about or re.match(r"(?:He|She)\b", ahead.norm)) and _TERM_VERB.search(ahead.norm):
                        found_term, found_why = _term(ahead.norm, 0, ctx.near)
                        if found_term is not None and _new_term(found_term, ctx.near):
                            term, why, told_in = found_term, found_why, ahead
                        break
            if term is not None and term.endswith("/..") and len(term) == 13:
                term = _office_length(term, [a.norm for a in sentences[n + 1 : n + 10]]) or term
            first = text.find(who.strip())
            read = _appointment(ctx, passage, slug, who, o_end, first, term, told_in, why, close_open=True)
            if re.fullmatch(r"chair(?:man|person|woman)?", slug):
                # the organization's chair, bare: a head of state's presidency (``_chair_of_state``), else
                # nothing ("X was elected incoming chairperson": the chair, whose state the text tells elsewhere)
                read = [c for c in read if c.type == "PresidencyHandedOver"]
            out.extend(read)
            break
    return out


# a body's name ending in its head noun: who appoints, never the one appointed
_A_BODY_NAMED = re.compile(
    r"\b(?:Body|Board|Council|Committee|Assembly|Commission|Conference|Congress|Secretariat|Organi[sz]ation|Union)$"
)
# a patronymic: "Nikolayevich", "Sergeyevich", "Ivanovna"
_PATRONYMIC = re.compile(r"[a-z](?:ov|ev|yev|iev)(?:ich|na)$|[a-z]ichna$")


def _given_name_first(written: str) -> str:
    """A name written surname first, as the official lists of the CIS and its sister organizations write it
    ("Serdyukov Andrei Nikolayevich": surname, given name, patronymic), in the order it is known by
    ("Andrei Nikolayevich Serdyukov"). A name already so ordered, or without a patronymic last, is left alone."""
    parts = written.split()
    if len(parts) == 3 and _PATRONYMIC.search(parts[2]) and not _PATRONYMIC.search(parts[1]):
        return f"{parts[1]} {parts[2]} {parts[0]}"
    return written


def _stated_first_day(term: str | None, why: str | None) -> bool:
    """Whether a term's first day is written in full in the text (a year not inferred)."""
    return term is not None and why is None and re.match(r"\d{4}-\d{2}-\d{2}/", term) is not None


# a later sentence that dates the act itself: "The appointment was made on Thursday, 25 February 2021",
# "The decision was taken at the meeting of the Union on 6 February", "The vote was held on Monday"
_DECISION_DAY = re.compile(
    r"^(?:The|This|That|Their|His|Her)\s+(?:decision|appointment|election|vote|ballot|choice|nomination|selection)\b"
    r"[^.;]{0,40}?\b(?:was|were|had\s+been)\s+(?:taken|made|held|reached|cast|adopted|confirmed)\b"
)


def _decision_day_told(ctx: Context, passage: Passage) -> str | None:
    """The words of the next two sentences that date the appointment told in ``passage`` (its decision's own
    day), when one opens so."""
    later = [s for s in ctx.sentences if s.start >= passage.end][:2]
    for s in later:
        if _DECISION_DAY.match(s.norm) and ctx.stated_day(s.norm) is not None:
            return s.norm
    return None


def _appointment(
    ctx: Context,
    passage: Passage,
    office: str,
    words: str,
    o_end: int,
    first: int | None,
    term: str | None,
    term_passage: Passage | None,
    term_why: str | None = None,
    close_open: bool = False,
) -> list[Candidate]:
    """The appointment of the person ``words`` name to ``office`` told in ``passage``, its term ``term``; a
    term not told is looked for in the sentences after that tell of the person (and an open one too, with
    ``close_open``: the back-off readers' terms, whose sentences the main reader's guards did not read)."""
    text = passage.norm
    words = re.sub(r"^\s*(?:,\s*)?(?:and\s+|as\s+)?", "", words)
    words = re.sub(rf"\s+(?:on|last|this)\s+{WEEKDAY}\b", "", words)
    words = re.sub(
        rf",?\s+to\s+(?:become|be|serve\s+as)(?:\s+(?:the|a|an|its|their))?(?:\s+[\w-]+['’]s)?(?:\s+(?:new|next|{ORDINAL}))?\s*$",
        "",
        words,
    )  # "X to be the organization's next"
    words = re.sub(r",?\s+to\s+(?:head|lead|run|direct)\b.*$", "", words)  # "X to head the secretariat as"
    words = re.sub(
        r"\s+for\s+(?:a|another)\s+(?:\w+\s+)?(?:term|mandate)(?:\s+of\s+office)?(?=\s+as\b|\s*$)", "", words
    )  # "X for a second term as"
    words = re.sub(
        rf"\s+as(?:\s+(?:the|a|an|its|their))?(?:\s+[\w-]+['’]s)?(?:\s+(?:new|next|{ORDINAL}))?\s*$"
        rf"|\s+(?:the|a|an|its|their)(?:\s+[\w-]+['’]s)?(?:\s+(?:new|next|{ORDINAL}))?\s*$",
        "",
        words,
    )  # "X as the organisation's new", "X to become the alliance's next", "X as its sixth"
    words = words[: _own_name_at_end(ctx, words)]  # "X took office as the World Customs Organization's (WCO)"
    own_abbr = re.search(r"\s+(?:the\s+)?(?P<a>[A-Z][A-Z-]{1,9})\s*$", words)
    if own_abbr and own_abbr.group("a").replace("-", "").casefold() == ctx.org.replace("-", ""):
        words = words[: own_abbr.start()]  # "appointed X WCO Secretary General": the organization, no name
    chair = _chair_of_state(ctx, passage, office, words, o_end, first)
    if chair is not None:
        return chair
    after = re.match(
        r"^(?P<app>[^,]*[a-z][^,]*),\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}),?\s*$",
        words.strip(),
    )
    if after and re.search(
        r"\b(?:minister|ambassador|diplomat|envoy|official|secretary|president|director)\b",
        after.group("app"),
        re.I,
    ):
        # "Ghana's foreign minister, Shirley Ayorkor Botchwey": the name after the title, the state before
        states = [p for p in find_parties(after.group("app")) if is_state(p.value)]
        words = after.group("name") + (f" ({states[0].value})" if states else "")
    appositive = re.match(
        # (the name with its state: "Marta Okonjo of Kenya, Director of ..., as")
        r"^(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}(?:\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?)"
        r",\s+(?P<app>(?:[^,]|,(?!\s*$))+?),?\s*$",
        words.strip(),
    )
    if appositive and re.search(r"[a-z]", appositive.group("app")):
        # "Mahamoud Ali Youssouf, Djibouti's Minister of Foreign Affairs and ..., as": the name before the comma
        states = [p for p in find_parties(appositive.group("app")) if is_state(p.value)]
        words = appositive.group("name") + (f" ({states[0].value})" if states else "")
    bracket = re.search(r"\((?P<who>[^()]*)\)", words)
    nationality = None
    if bracket:
        found = find_parties(bracket.group("who"))
        nationality = found[0].value if found else None
        name_text = words[: bracket.start()]
    else:
        name_text = words
    # "Kazakhstan's Nurlan Yermekbayev", "Nurlan Yermekbayev of Kazakhstan", "former Kazakh Defense Minister N. Y."
    states = [p for p in find_parties(name_text) if is_state(p.value)]
    if states and nationality is None:
        nationality = states[-1].value
    person = (
        parse_item(name_text, ctx.org, ctx.known_persons)
        if states or re.search(r"\s", name_text.strip())
        else None
    )
    written = (
        person.written
        if person
        else strip_honorifics(
            re.sub(r"^(?:the\s+)?(?:candidacy|candidature|nomination)\s+of\s+", "", name_text.strip(" ,"))
        )
    )
    written = re.sub(
        r"^(?:(?:Mr|Ms|Mrs|Dr|Prof|Professor)\.?\s+)+", "", written
    )  # a title is no part of a name
    # an office held at home before the name: "Federal Councillor X Y", "Senator X Y", "Foreign Minister X Y"
    written = re.sub(
        r"^(?:(?:Federal|Foreign|Finance|State|Deputy|Vice|Prime)\s+)*(?:Councill?or|Senator|Chancellor|Governor|Minister"
        r"|Ambassador|Judge|Justice|Secretary)\s+(?=[A-Z][\w'’.-]+\s+[A-Z])",
        "",
        written,
    )
    if not written or not re.match(r"[^\W\d_]", written) or len(written.split()) > 6:
        return []
    if _A_BODY_NAMED.search(written):
        return []  # "The XYZ Governing Body has elected a new Director-General": the body that elects, no one
    written = _given_name_first(written)
    written = _fuller_name(ctx, written)
    if not name_like(written):
        return []  # "former Tanzanian (President ...)", "The Summit": no one's name
    kind, name, close = match_person(written, ctx.known_persons)
    closest = list(close)
    start = first if first is not None else text.find(words.strip(), 0)
    quote = passage.sub(start, o_end)
    event: dict[str, Any] = {"type": "OfficialAppointed", "office": office, "person": name or written}
    nationality = nationality or (nationality_of(name) if name else None)
    if nationality:
        event["nationality"] = nationality
    words_ = text
    told_after = _decision_day_told(ctx, passage)
    if told_after is not None and ctx.stated_day(text) is None:
        words_ = told_after  # "The appointment was made on Thursday, 25 February": the decision's own day
    if re.search(r"\b(?:the\s+same|that)\s+day\b", text):
        before_ = [p for p in ctx.sentences if p.end <= passage.start][-1:]
        words_ = (
            before_[0].norm + " " if before_ else ""
        ) + text  # "took office the same day": the day before told
    cand = ctx.decision({**event, "term": term} if term else event, "decided_on", quote, words=words_)
    if _earlier_term(text, term, term_passage, passage, cand.event.get("decided_on")):
        # "... re-elected X for a second term. X took office on 5 March 2019": the first term's day, not the
        # new one's; the new term is then read as any other (from the decision, or a later sentence)
        term, term_passage, term_why = None, None, None
        cand = ctx.decision(event, "decided_on", quote, words=words_)
    if cand.record == "unresolved" and cand.kind == "date-unresolved" and _stated_first_day(term, term_why):
        # "X has been appointed ... He will assume his duties on 1 January 2026", no day of the decision
        # anywhere: the appointment is known by its term; the day it was decided stays unknown
        cand = Candidate("event", cand.event)
    if term_passage is not None:
        cand.event["more_sources"] = [ctx.source(term_passage)]
    if term is not None and term_why and cand.record == "event":
        # a term whose year was read around the text's day is marked inferred, with the reason
        src = dict(cand.event["source"])
        src["inferred"] = True
        src["note"] = f"{src['note']}; {term_why}" if src.get("note") else term_why
        cand.event["source"] = src
    if kind == "close":
        near = ", ".join(closest)
        return [
            Candidate(
                "unresolved",
                cand.event,
                note=f"close name {written!r}: may be {near} (--accept-candidates takes the closest)",
                kind="close-name",
                closest=tuple(closest),
            )
        ]
    notes = [] if kind == "known" else ["new person"]
    if (term is None or (close_open and term.endswith("/.."))) and cand.event.get("person"):
        # no term (or, for the back-off readers, an open one): a term told of the person after (headoffice.py)
        told = ctx.sentences
        n = next((k for k, s in enumerate(told) if s.start <= passage.start < s.end), None)
        later, _, later_in = (
            term_told_after(ctx, told, n, cand.event["person"], term, None)
            if n is not None
            else (None, None, None)
        )
        if later is not None and later_in is not None and later != term:
            term = later
            cand.event["term"] = later
            cand.event["more_sources"] = [*cand.event.get("more_sources", []), ctx.source(later_in)]
    closed = _closed_by_words(ctx, passage, cand.event.get("person"), term, start_told=True)
    if closed is not None:
        term = closed
        cand.event["term"] = closed
    if term is not None and term.endswith("/..") and len(term) == 13:
        # a first day told after the appointment, the office's rule of length told after it ("Under its
        # statutes the president serves a five-year term"): from that day, so long
        rule_from = (term_passage or passage).end
        office_slug = cand.event.get("office")
        later_ = [a.norm for a in ctx.sentences if a.start >= rule_from][:8]
        ruled = _office_length(term, later_, office_slug) if isinstance(office_slug, str) else None
        if ruled is not None:
            term = ruled
            cand.event["term"] = ruled
    if term is None and cand.record == "event":
        # no term stated: in office from the decision on, the end open (the chronicle's "/..")
        decided = cand.event.get("decided_on")
        cand.event["term"] = f"{decided}/.."
        # a taking of office is the first day told ("assumed duty today ... for a four-year term"): its length
        # closes it; a vote's day is no first day of the term it gives
        took = _TOOK_OFFICE.search(passage.norm) is not None
        closed = _closed_by_words(ctx, passage, cand.event.get("person"), f"{decided}/..", start_told=took)
        if closed is not None:  # "... for a five-year term ending in 2031": from the decision, to that year
            cand.event["term"] = closed
        else:
            notes.append("term not stated")
    elif term is None:
        return [
            Candidate(
                "unresolved", cand.event, note="no term found for the appointment", kind="term-unresolved"
            )
        ]
    spanned = _years_span_start(ctx, passage, term_passage, cand.event)
    if spanned is not None:  # "elected ... for the 2031-2034 period" in May 2031: from May, not from January
        first_, first_in = spanned
        cand.event["term"] = f"{first_}/{cand.event['term'].split('/')[1]}"
        if first_in is not None:
            cand.event["more_sources"] = [*cand.event.get("more_sources", []), ctx.source(first_in)]
        elif cand.record == "event":
            src = dict(cand.event["source"])
            src["inferred"] = True
            why_ = "the term is told by its years only: it begins with the decision, in its first year"
            src["note"] = f"{src['note']}; {why_}" if src.get("note") else why_
            cand.event["source"] = src
    same = _same_date_term(ctx, passage, cand.event.get("term"))
    if same is not None:  # "appointed Director ... until the same date"
        cand = Candidate(cand.record, {**cand.event, "term": same})
        notes = [n for n in notes if n != "term not stated"]
    if notes:
        cand = Candidate(cand.record, {**cand.event, "note": "; ".join(notes)}, note="; ".join(notes))
    return [cand]


# an office taken up on the day told: "took office", "assumed duty", "takes up her duties", "was sworn in"
_TOOK_OFFICE = re.compile(
    r"\b(?:took|takes|has\s+taken|assumed|assumes|has\s+assumed)\s+(?:up\s+)?(?:(?:his|her|their|the)\s+)?"
    r"(?:duties|duty|post|functions|office)\b|\bsworn[\s-]in\b",
    re.I,
)


# a term that follows one held: "re-elected", "reappointed", "for a second term", "voted to keep X"; when the
# new one begins is not the day of the vote
_ANOTHER_TERM = re.compile(
    r"\bre-?(?:appoint|elect|nominat|confirm)\w*|\b(?:second|third|fourth|another)\s+(?:[\w-]+\s+)?(?:term|mandate)\b"
    r"|\b(?:keep|kept|retain\w*|extend\w*|renew\w*|prolong\w*)\b|,\s+(?:his|her)\s+(?:second|third|fourth)\b",
    re.I,
)


def _earlier_term(
    text: str, term: str | None, term_passage: Passage | None, passage: Passage, decided: Any
) -> bool:
    """Whether a renewal's term, read from another sentence than the renewal's own ("... was re-elected for a
    second term. She took office on 14 May 2019", "Elected to the post in March 2017, he ..."), begins more
    than half a year before the renewal was decided: that is the term held before, and the new one cannot
    begin years before it is given. Only for a renewal (``_ANOTHER_TERM`` in the appointment's sentence) whose
    decision has a day."""
    if term is None or term_passage is None or term_passage is passage or not _ANOTHER_TERM.search(text):
        return False
    if not isinstance(decided, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", decided):
        return False
    first = term.split("/")[0]
    m = re.fullmatch(r"(?P<y>\d{4})(?:-(?P<m>\d{2}))?(?:-(?P<d>\d{2}))?", first)
    if m is None:
        return False
    start = dt.date(int(m.group("y")), int(m.group("m") or 12), int(m.group("d") or 28))
    return (dt.date.fromisoformat(decided) - start).days > 183


# a first of January written out: "from 1 January 2031", "beginning January 1"
_JANUARY_FIRST = re.compile(r"\b(?:1(?:st)?\s+(?:of\s+)?January|January\s+1(?:st)?)(?!\d)", re.I)


def _years_span_start(
    ctx: Context, passage: Passage, term_passage: Passage | None, event: dict[str, Any]
) -> tuple[str, Passage | None] | None:
    """The first day of a term told by its years only ("for the 2031-2034 period", "for a four-year term, from
    2031 to 2035", "his term covers 2031-2033"), which the grammar reads from the first of January, when
    the decision falls later in that first year: the term cannot begin before it was given. The first day a
    sentence after the appointment tells of the same person ("He will take up his duties on 22 September"),
    else the day of the decision (the golds' and the chronicle's reading). None when the first of January is
    written, when the decision comes before the first year (a term for 2032-2035 decided in 2031 begins with
    its year), when the term follows one the person held (a reappointment's "2031-2036 term, his second":
    when it begins is not the vote's day) or when no day of the decision is known."""
    term, decided = str(event.get("term") or ""), str(event.get("decided_on") or "")
    span = re.fullmatch(r"(?P<y>\d{4})-01-01/(?P<z>\d{4})-12-31", term)
    if span is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", decided) or decided[:4] != span.group("y"):
        return None
    told = passage.norm + " " + (term_passage.norm if term_passage is not None else "")
    if decided <= term[:10] or _ANOTHER_TERM.search(told):
        return None
    person = event.get("person")
    n = next((k for k, s in enumerate(ctx.sentences) if s.start <= passage.start < s.end), None)
    window = ctx.sentences[n + 1 : n + 8] if n is not None else []
    if any(_JANUARY_FIRST.search(s.norm) for s in [passage, *window]):
        return None  # "Her five-year term began on 1 January 2031": the first day written
    if not isinstance(person, str):
        return decided, None
    # a sentence whose subject is the person: opening with a part of the name ("Abreu" of "Sergio Abreu
    # Bonilla"), or with a pronoun in a sentence that tells of them ("Her deputy, X, will ..." is another's)
    parts = "|".join(re.escape(w) for w in person.split() if len(w) >= 3)
    if not parts:
        return decided, None
    chained = set(_told_of(window, person))
    about = [
        s
        for s in window
        if re.match(rf"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:{parts})\b(?!['’])", s.norm)
        or (s in chained and re.match(r"(?:He|She)\b", s.norm))
    ]
    for ahead in about[:3]:
        if not (_TERM_VERB.search(ahead.norm) or _START_CUE_ANY.search(ahead.norm)):
            continue
        read, _ = term_grammar(ahead.norm, ctx.near)
        first = (read or "").split("/")[0]
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", first) and first[:4] == span.group("y") and first >= decided:
            return first, ahead  # "... for the 2031-2034 period. He will take up his duties on 2 June"
    return decided, None


_OFFICER_ITEM = re.compile(
    r"^\s*(?:[-–•*]|\d{1,2}[.)])\s*(?P<office>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})\s*:\s*(?P<who>[^;]+?)\s*[;.]?\s*$"
)


def officer_lists(ctx: Context) -> list[Candidate]:
    """A list of officers after an election's sentence ending with a colon ("The Assembly also elected its
    officers:" then "- First Vice-President: Name (State);"): each item an appointment to its office, the term
    open from the decision on unless stated."""
    out: list[Candidate] = []
    sentences = ctx.sentences
    for n, passage in enumerate(sentences):
        text = passage.norm.rstrip()
        verb = _APPOINT.search(text)
        if not (verb and text.endswith(":")) or unreal(text[: verb.start()]):
            continue
        for item in sentences[n + 1 : n + 30]:
            m = _OFFICER_ITEM.match(item.norm)
            if m is None:
                break
            office = re.sub(r"[^a-z0-9]+", "-", m.group("office").casefold()).strip("-")
            out.extend(
                _appointment(ctx, item, office, m.group("who"), m.end("who"), m.start("who"), None, None)
            )
    return out


def _closed_by_words(
    ctx: Context, passage: Passage, person: Any, term: str | None, start_told: bool
) -> str | None:
    """An open term closed by the length or last year the appointment's sentence tells, or a later sentence
    about the same person (``terms.close_open_term``): "reappointed ... for a second four-year term. Her new
    mandate will begin on 1 September": from that day, four years."""
    if term is None or not isinstance(person, str) or not term.endswith("/.."):
        return None
    n = next((k for k, s in enumerate(ctx.sentences) if s.start <= passage.start < s.end), None)
    about = _told_of(ctx.sentences[n + 1 : n + 6], person) if n is not None else []
    return close_open_term(term, passage.norm, [a.norm for a in about[:3]], start_told)
