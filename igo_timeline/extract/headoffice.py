"""The head of the organization appointed, told without "as <office>": a back-off of the appointments reader.

The genre's reports of a new head of an organization often name the office apart from the act: "X was
elected on Thursday to lead the organization for the next four years" under a headline "X elected
Secretary-General of the XTU"; "the Assembly confirmed the appointment of X as the head of the Northern
Development Programme" before "X was nominated for NDP Administrator"; "the Secretary-General appointed X to
run the Grain Programme" and later "the WGP executive director"; "X today began her four-year mandate as
Director-General"; "member countries reappointed Secretary General X". This stage reads, for a text whose
readers found no appointment, the act in the lede with its person, and takes the office from the words
that name the organization's head in the text (the title written with the organization's name, or
possessed by it), else from the act's own words.

Background is no act: a sentence of the past perfect, of another year than the text's, or in a relative
clause ("X, who was first elected in 2011, ...") is passed over.
"""

from __future__ import annotations

import re
from collections import Counter

from igo_timeline.extract.context import Context
from igo_timeline.extract.dates import find_dates
from igo_timeline.extract.records import Candidate
from igo_timeline.extract.text import Passage

# the titles of an organization's head
_TITLE = (
    r"(?:Secretary[\s-]+General|Director[\s-]+General|Executive\s+Director|Executive\s+Secretary"
    r"|Administrator|Managing\s+Director|Commissioner[\s-]+General|High\s+Commissioner|President"
    r"|Chief\s+Executive\s+Officer|Director|Chairperson|Chairman|Chair)"
)
_HEAD_TITLE = re.compile(rf"(?<![\w-])(?i:{_TITLE})(?![\w-])")
_NOT_HEAD = re.compile(r"(?i:deputy|assistant|vice|acting|interim|former|regional|associate)[\s-]+$")
# the lowercase particles inside a person's name ("Jose Graziano da Silva")
_PARTICLES = frozenset("da de del dos das do van von der bin al el la le di du".split())
# a person's name: capitalized words (particles between them), two to five
_NAME = rf"(?:[A-Z][\w'’.-]+(?:\s+(?:{'|'.join(sorted(_PARTICLES))})){{0,2}}\s+){{1,4}}[A-Z][\w'’-]+"
_VERB = (
    r"(?:appointed|re-?appointed|elected|re-?elected|chose|picked|selected|named|confirmed|designated"
    r"|(?:approved|confirmed|endorsed)\s+the\s+(?:appointment|nomination|election|selection)\s+of)"
)
_WHEN = r"(?:\s+(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\s+today|\s+yesterday)?"
_TO_LEAD = (
    r"(?:to\s+(?:lead|run|head|direct|helm)\s+(?P<led>[^,.;]{2,90}?)(?=\s+(?:for|from|until|at|in|on|after|,)\b|[,.;]|$)"
    r"|as\s+(?:the\s+)?(?:new\s+|next\s+)?(?:head|chief|leader)\s+of\s+(?P<of>[^,.;]{2,90}?)(?=\s+(?:for|from|until|at|in|on|after)\b|[,.;]|$))"
)
# "appointed X to run the WGP", "confirmed the appointment of Ruritania's X as the head of the NDP"
_ACTIVE_LEAD = re.compile(
    rf"\b{_VERB}\s+(?P<who>(?!(?:on|this|last|today|yesterday)\b)[^,;]{{3,120}}?)\s*,?\s+{_TO_LEAD}"
)
# "X, the current Deputy ..., was elected on Thursday to lead the organization"
_PASSIVE_LEAD = re.compile(
    rf"(?P<who>{_NAME})(?:\s*,[^,]{{2,120}},)?\s+(?:was|has\s+been|is)\s+(?:\w+ly\s+)?"
    rf"(?:appointed|re-?appointed|elected|re-?elected|chosen|picked|selected|named|confirmed|designated){_WHEN}\s+{_TO_LEAD}"
)
# "reappointed Secretary General X", "re-elected Director-General X"
_TITLE_FIRST = re.compile(
    rf"\b(?:appointed|re-?appointed|elected|re-?elected|confirmed|named|chose|picked)\s+(?:(?:the|its|their)\s+)?"
    rf"(?:incumbent\s+|sitting\s+)?(?P<title>{_TITLE}),?\s+(?P<who>{_NAME})"
)
# "X today starts a second four-year term as Director-General", "X began her mandate as", "X has assumed
# office as the new Secretary-General"
_TAKES_OFFICE = re.compile(
    rf"(?P<who>{_NAME})(?:\s+of\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?(?:\s*,[^,]{{2,120}},)?\s+(?:today\s+|on\s+\w+\s+)?"
    r"(?:(?:has|had|have)\s+(?:today\s+)?)?(?:(?:starts|started|begins|began|assumes|assumed|took\s+up|takes\s+up|took\s+over|takes\s+over|entered\s+upon)"
    r"\s+(?:(?:his|her|a|the|their)\s+)?(?:[\w-]+\s+){0,3}(?:term|mandate|duties|duty|office|post|functions|tenure)"
    # "X has taken charge as the 13th Secretary General", "X started work as Secretary-General on Tuesday"
    r"(?:\s+of\s+office)?|(?:took|takes|taken|taking)\s+charge|(?:started|starts|began|begins)\s+(?:work|working))"
    rf"\s+as\s+(?:the\s+)?(?:[\w'’-]+['’]s\s+)?(?:(?:new|first|next|\w+th|\w+st|\w+nd|\w+rd)\s+)?"
    rf"(?:(?:woman|female|African|Asian)\s+)?(?P<title>{_TITLE})"
)
# "X today became Chief Executive Officer of the Xyz", "X has become the Secretary-General of the Xyz"
_BECAME = re.compile(
    rf"(?P<who>{_NAME})(?:\s+of\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?\s+(?:today\s+|on\s+\w+\s+)?"
    rf"(?:became|has\s+become|becomes)\s+(?:the\s+)?(?:new\s+)?(?P<title>{_TITLE})(?=\s+of\b)"
)
# "a ceremony to mark the start of the term of its new Secretary-General, Kazakhstan's X": the new head named
# after the title, the term begun
_TERM_OF_NEW = re.compile(
    r"\b(?:start|beginning|inauguration|opening)\s+of\s+the\s+(?:term|mandate|tenure)\s+of\s+(?:its|the\s+\w+['’]s)\s+new\s+"
    rf"(?P<title>{_TITLE}),\s+(?P<who>(?:[A-Z][\w-]+['’]s\s+)?{_NAME})"
)
# the office taken just now, told in the perfect: "X has taken charge as", "X has assumed office as"
_JUST_TAKEN = re.compile(r"\b(?:has|have)\s+(?:taken|assumed|started|begun|entered|took|become)\b")
_BACKGROUND = re.compile(
    r"\bhad\s+(?:been\s+)?\w+ed\b|\b(?:who|whom|which)\s+(?:was|had|has)\b|\bfirst\s+(?:elected|appointed)\b"
    r"|\bin\s+(?:19|20)\d\d\b(?!\s*[-–]\s*(?:19|20)\d\d)",
    re.I,
)
_LEDE = 6


def head_appointments(ctx: Context, sentences: list[Passage], found: list[Candidate]) -> list[Candidate]:
    """The appointment of the organization's head the lede tells in one of the shapes above, when the
    readers found none in the text."""
    from igo_timeline.extract.appointments import _appointment, _term

    if any(c.type == "OfficialAppointed" for c in found):
        return []
    titles = _head_office(ctx)
    for n, passage in enumerate(sentences[:_LEDE]):
        text = passage.norm
        read = _act(ctx, text, titles)
        if read is None:
            continue
        slug, who, end = read
        name = person_at_end(who)
        if name is None:
            continue
        term, why = _term(text, end, ctx.near)
        if term is None and text.find(name) >= 0:
            # "X took up his post as Secretary-General on January 1": the verb before the office is the cue
            term, why = _term(text, text.find(name) + len(name), ctx.near)
        told_in: Passage | None = None
        taken = _TAKES_OFFICE.search(text) or _BECAME.search(text)
        if taken is not None and ("today" in text or _JUST_TAKEN.search(text)):
            # today is the first day; "has taken charge as ...": the day may be told after (``term_told_after``)
            # (any other term not told, or open, is looked for after the act by ``_appointment`` itself)
            term, why, told_in = term_told_after(ctx, sentences, n, name, term, why, today="today" in text)
        first = text.find(name)
        at = first if first >= 0 else None
        return _appointment(ctx, passage, slug, name, end, at, term, told_in, why, close_open=True)
    return []


def term_told_after(
    ctx: Context,
    sentences: list[Passage],
    n: int,
    name: str,
    term: str | None,
    why: str | None,
    today: bool = False,
) -> tuple[str | None, str | None, Passage | None]:
    """The term of an appointment told in sentence ``n`` without one (or open), from the sentences after it
    that tell of the person ("His new mandate runs from 31 July 2015 to July 2019", "the new one is to run
    from 1 December 2017", "to serve as president for five years, starting on July 1, 2012"): a closed term
    of this year or later, else a first day and a length told apart (:func:`_composed_term`); else the
    term as it was. A term that begins more than a year before the text's day is another one
    (``backrefs._new_term``)."""
    from igo_timeline.extract.backrefs import _new_term
    from igo_timeline.extract.terms import _LENGTH, _START_CUE_ANY, _term

    about = _told_of(sentences[n + 1 : n + 12], name)
    composed, composed_why = _composed_term(ctx, [sentences[n].norm, *(a.norm for a in about[:5])], today)
    told = next((a for a in about[:5] if _START_CUE_ANY.search(a.norm) or _LENGTH.search(a.norm)), None)
    if composed is not None and not _new_term(composed, ctx.near):
        composed = None  # "In 2026 X was elected for the term from 1 March 2026": recalled, not this one
    if composed is not None and not composed.endswith("/.."):  # a first day and a length: to the day
        return composed, composed_why, told
    for ahead in about:
        later, later_why = _term(ahead.norm, 0, ctx.near)
        if later is not None and not later.endswith("/..") and _new_term(later, ctx.near):
            return later, later_why, ahead
    if composed is not None and term is None:
        return composed, composed_why, told
    return term, why, None


_PREDECESSOR = re.compile(
    r"\b(?:stepped\s+down|steps\s+down|resign\w*|vacant|predecessor|outgoing|retir\w+|expires?|expired|ends|ended"
    r"|replac\w+|succeed\w*|who)\b",
    re.I,
)


# a sentence opening with a capitalized name, its own subject ("Quorvane won ...", "Lantern needed ...")
_ANOTHER_SUBJECT = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*(?:,|\s+[a-z])")
_SENTENCE_OPENER = re.compile(
    r"(?:The|A|An|He|She|His|Her|It|Its|This|That|These|Those|In|On|At|After|Before|During|Under|As|According"
    r"|Mr|Mrs|Ms|Dr|Prof|When|While|With|Since|Until|For|From|By|Born|Member|Delegates)\b"
)


def _told_of(sentences: list[Passage], name: str) -> list[Passage]:
    """The sentences that tell of the person: their surname, an act's "him" or "her", or a pronoun or the
    term opening a sentence after one that tells of them (a sentence about another person between breaks
    the chain: "She will serve a five-year term" after "Quorvane won ..." is Quorvane's, not the deputy's;
    "The 60-year-old Briton was the only candidate" does not)."""
    out: list[Passage] = []
    chained = True  # the act's own sentence is before the first
    # the surname, first or last ("Zhao Houlin" is "Zhao"; "Jim Yong Kim" is "Kim")
    names = [w for w in (name.split()[0], name.split()[-1]) if len(w) >= 3 and w not in _PARTICLES]
    for s in sentences:
        words = s.norm
        if any(re.search(rf"\b{re.escape(w)}\b", words) for w in names) or re.search(
            r"\b(?:appointed|elected|chose|named)\s+(?:him|her)\b", words
        ):
            out.append(s)
            chained = True
        elif chained and _refers_back(words):
            out.append(s)
        elif _ANOTHER_SUBJECT.match(words) and not _SENTENCE_OPENER.match(words):
            chained = False  # "Quorvane won on the first ballot": another person the sentence is about
    return out


def _refers_back(words: str) -> bool:
    """Whether a sentence opens on the one just appointed: a singular pronoun or a noun standing for them
    (``backrefs._BACKREF_OPENING``: "He", "Her", "The new chief") or their term ("The four-year
    appointment")."""
    from igo_timeline.extract.backrefs import _BACKREF_OPENING

    if _PLURAL_OPENING.match(words):
        return False  # "They also approved the Strategy for 2022-2026": those who appointed, not the one
    return bool(_BACKREF_OPENING.match(words) or _TERM_OPENING.match(words))


_TERM_OPENING = re.compile(r"The\s+(?:new\s+|[\w-]+-year\s+)?(?:term|mandate|one|appointment)\b")
_PLURAL_OPENING = re.compile(r"(?:[A-Z][^,]{0,60},\s+)?(?:They|Their)\b")


def _composed_term(ctx: Context, said: list[str], today: bool) -> tuple[str | None, str | None]:
    """A term from its first day and its length told apart, in the act's sentence and those after it that
    tell of the person ("The four-year appointment begins on 2 May"): the parts as :func:`terms.term_grammar`
    reads them, a predecessor's day left out; for a mandate begun "today", the dateline's day and the length
    the words give. (None, None) without a first day; else the term and why its year is the one read, if
    it was not written."""
    from igo_timeline.extract.terms import _NUMBERS, _plus_years, new_length, term_grammar

    own = [words for k, words in enumerate(said) if k == 0 or not _predecessors_day(words, ctx.anchor.year)]
    term, why = term_grammar(" ".join(own), ctx.near)
    if term is not None or not today or ctx.anchor.day is None:
        return term, why
    first = ctx.anchor.day.isoformat()  # "X today began her four-year mandate"
    length = next((m for words in own if (m := new_length(words))), None)
    n = next((g for g in length.group("n", "n2", "n3") if g), "").casefold() if length else ""
    years = 1 if n == "a" else _NUMBERS.get(n) or (int(n) if n.isdigit() else None)
    last = _plus_years(first, years) if years else None
    return f"{first}/{last or '..'}", None


def _predecessors_day(words: str, year: int | None) -> bool:
    """Whether a sentence's first date is a predecessor's ("stepped down with effect from October 31", "will
    replace Y, who took office on 1 March"): the predecessor's words before it (a day without its year is
    read in ``year``)."""
    dates = find_dates(words, year)
    return bool(dates) and _PREDECESSOR.search(words[: dates[0].start]) is not None


def _act(ctx: Context, text: str, titles: Counter[str]) -> tuple[str, str, int] | None:
    """(office slug, the words naming the person, where the act's words end) of the act a sentence tells;
    ``titles`` are the head's titles the text writes with the organization's name (:func:`_head_office`)."""
    head = titles.most_common(1)[0][0] if titles else None
    for rx in (_TAKES_OFFICE, _BECAME, _TITLE_FIRST, _PASSIVE_LEAD, _ACTIVE_LEAD, _TERM_OF_NEW):
        m = rx.search(text)
        if m is None:
            continue
        background = _BACKGROUND.search(text[: m.start("who")] + text[m.start() : m.end()])
        if rx is _BECAME and not re.search(r"\btoday\b", text):
            continue  # "X has become the Secretary-General": the day it began is not told here
        if background and not (rx in (_TAKES_OFFICE, _BECAME) and re.search(r"\btoday\b", text)):
            continue  # "X, who was first elected in 2011, ..." (but "today began her mandate")
        title = m.groupdict().get("title")
        if title and _NOT_HEAD.search(text[: m.start("title")]):
            continue  # a deputy's title
        if title:
            if rx is _TITLE_FIRST and (
                _slug(title) not in titles or re.match(r"[^.;]{0,80}?\s+as\s", text[m.end() :])
            ):
                continue  # "elected President X of Y as Chairperson": a head of state's title, the office after
            return _slug(title), m.group("who"), m.end()
        led = m.group("led") or m.group("of")
        if head is None or not _is_the_organization(ctx, led):
            continue
        return head, m.group("who"), m.end()
    return None


def _head_office(ctx: Context) -> Counter[str]:
    """The title the text gives the organization's head: written with its name or abbreviation ("NDP
    Administrator", "Secretary-General of the XTU", "the WGP executive director", "the CCO's
    Director-General", "its Director-General"), counted; a deputy's, a state's or a body's title is none."""
    from igo_timeline.extract.lede import _names_org_by_name

    counts: Counter[str] = Counter()
    text = ctx.doc.text
    for m in _HEAD_TITLE.finditer(text):
        if _NOT_HEAD.search(text[max(0, m.start() - 20) : m.start()]):
            continue
        before = text[max(0, m.start() - 60) : m.start()]
        after = text[m.end() : m.end() + 90]
        owner = re.search(
            r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,6})(?:['’]s)?\s+(?:(?:new|next|first)\s+)?$", before
        )
        of = re.match(
            r"\s+of\s+(?:the\s+)?([A-Z][\w-]*(?:\s+(?:of|for|and|the|on)?\s*[A-Z(][\w)-]*){0,8})", after
        )
        possessed = re.search(
            r"\b(?:its|the\s+(?:organi[sz]ation|agency|union|bank|fund|programme|institution)['’]s)\s+"
            r"(?:(?:new|next|first)\s+)?$",
            before,
        )
        if (
            possessed
            or (owner and _names_org_by_name(ctx, owner.group(1)))
            or (of and _names_org_by_name(ctx, of.group(1)))
        ):
            counts[_slug(m.group())] += 1
    return counts


def _is_the_organization(ctx: Context, words: str) -> bool:
    """Whether the words the act leads name the organization: its name or abbreviation, or its common noun
    ("the organization", "the agency", "the Rome-based agency")."""
    from igo_timeline.extract.lede import _names_org_by_name

    return _names_org_by_name(ctx, words) or bool(
        re.fullmatch(
            r"(?:the|its)\s+(?:[\w-]+\s+){0,2}(?:organi[sz]ation|agency|union|body|institution|bank|fund|programme"
            r"|program|secretariat)",
            words.strip(),
            re.I,
        )
    )


def person_at_end(words: str) -> str | None:
    """The person's name at the end of the words of the act's object ("former provincial governor Tomas
    Brandt" -> "Tomas Brandt", "Ruritania's Karl Weiss" -> "Karl Weiss"); None when there is none."""
    words = re.sub(r"^(?:the\s+)?(?:appointment|nomination|election|selection)\s+of\s+", "", words.strip())
    words = words.split(",")[0].strip()
    tokens = words.split()
    cut = 0
    for i, token in enumerate(tokens):
        if token in _PARTICLES and 0 < i < len(tokens) - 1:
            continue  # "Jose Graziano da Silva"
        if (
            not token[:1].isupper()
            or token.endswith(("'s", "’s"))
            or re.fullmatch(
                r"(?:Governor|President|Minister|Secretary|General|Director|Ambassador|Prime|Chancellor|Mayor"
                r"|Senator|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Deputy|Executive|Administrator|Commissioner|Former)",
                token,
            )
        ):
            cut = i + 1
    name = tokens[cut:]
    while name and name[0] in _PARTICLES:
        name = name[1:]
    if len(name) < 2 or len(name) > 5:
        return None
    return " ".join(name)


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")
