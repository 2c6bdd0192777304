"""Whether a later sentence speaks of the person just elected.

A term or an office is often told in the next sentence ("Her term runs from
..."; "Mr X will serve until ..."). These helpers compare names, titles and
back-references, so that such a sentence is given to the person it names and
not to another one elected in the same paragraph.
"""

from __future__ import annotations

import datetime as dt
import re

from igo_timeline.extract.context import Context
from igo_timeline.extract.dates import WEEKDAY, find_dates
from igo_timeline.extract.names import find_parties
from igo_timeline.extract.offices import MONTHS
from igo_timeline.extract.text import Passage

# adverbs between the auxiliary and the verb, or after the verb: "was today appointed", "has now been named"
_ADVERBS_AT_END = re.compile(
    r"(?:\s+(?:today|yesterday|tonight|now|also|formally|officially|unanimously|duly|finally|overwhelmingly|narrowly"
    rf"|(?:on|this|last)\s+{WEEKDAY}|by\s+acclamation|by\s+consensus))+\s*$",
    re.I,
)
_TITLES = {
    "Professor",
    "Prof",
    "Dr",
    "Mr",
    "Ms",
    "Mrs",
    "President",
    "Minister",
    "Ambassador",
    "Secretary",
    "General",
    "Sir",
}


# capitalized only as a sentence's first word, before a surname: "Previously Tasmagambetov also served ..."
_OPENING_WORDS = {
    "Previously", "Formerly", "Earlier", "Later", "Currently", "Recently", "Subsequently", "Meanwhile", "Also",
    "Then", "However", "Now", "Today", "Yesterday", "Separately", "Additionally", "Finally", "Since", "When",
    "While", "After", "Before", "There", "Here", "But", "And", "As",
}  # fmt: skip


def _fuller_name(ctx: Context, written: str) -> str:
    """A person named by the surname alone takes the text's one fuller name of that surname ("Marimoutou"
    after "Professor Velayoudom Marimoutou"); titles are no part of it."""
    if len(written.split()) != 1:
        return written

    def name_run(words: list[str]) -> str:
        # the words right before the surname up to the first title ("Finance Minister Christine Lagarde" ->
        # "Christine Lagarde"): a title's own words before it ("Finance") are no part of the name
        kept = [words[-1]]
        for w in reversed(words[:-1]):
            if w.rstrip(".") in _TITLES or re.search(r"['’]s$", w) or w in _OPENING_WORDS:
                # a title, a possessive ("Kenya's Veronica ..."), a sentence's first adverb ("Previously
                # Tasmagambetov served ..."): no part of the name
                break
            kept.insert(0, w)
        return " ".join(kept)

    fuller = {
        name_run(m.group().split())
        for m in re.finditer(
            rf"\b(?:[A-Z]\.\s*|[A-Z][\w'’-]+\s+){{1,3}}{re.escape(written)}\b", " ".join(ctx.doc.text.split())
        )
    }
    fuller = {f for f in fuller if len(f.split()) > 1 and not find_parties(f)}
    longest = max(fuller, key=len, default=written)
    if all(set(f.split()) <= set(longest.split()) for f in fuller):
        return longest  # "Veronica Nduva" in the headline, "Veronica Mueni Nduva" in the text: one person
    return written


def _same_person(text: str, later: str) -> bool:
    """Whether a later sentence is about a person the appointment's sentence names: it opens with that
    person's name ("Vitorino, who had led ..., was elected for a five-year mandate", "Ms. Pope ... becomes
    the first woman to lead it"), so it tells the same election, not another."""
    opening = re.match(
        r"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?(?P<name>[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)?\s*(?:,|\b(?:was|is|has|will|becomes|became)\b)",
        later,
    )
    if opening is None or opening.group("name") in ("The", "He", "She", "They", "It", "This"):
        return False
    return re.search(rf"\b{re.escape(opening.group('name'))}\b", text) is not None


_TITLE_WORDS = r"(?:Mr|Ms|Mrs|Dr|Prof|Professor|Ambassador|Judge|Justice|Sir|Dame|Dr)"
_INSTITUTION_WORDS = re.compile(
    r"^(?:The|A|An|Council|Assembly|Conference|Congress|Organi[sz]ation|Union|Fund|Agency|Authority|Bureau|Board"
    r"|Body|Secretariat|Commission|Committee|Community|International|United|Nations|General|Secretary|Secretary-General"
    r"|President|Director|Director-General|Chair|Chairman|Chairperson|Minister|Ministry|Summit|World|National|Parliament"
    r"|Republic|Government|Mr|Ms|Mrs|Dr|Prof|He|She|His|Her|They|It|Its|Once|After|When|In|On|At|By|With|Under|Since)$"
)


def _name_words(text: str) -> set[str]:
    """The words of the persons' names a sentence writes: runs of two or more capitalized words, with no
    institution's word and no state."""
    words: set[str] = set()
    for run in re.finditer(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,5}\b", text):
        tokens = run.group().split()
        if any(_INSTITUTION_WORDS.match(t) for t in tokens) or find_parties(run.group()):
            continue
        words.update(t for t in tokens if len(t) >= 2 and not re.match(MONTHS, t))
    return words


# a clause that tells someone's own term: "Professor Thomson's five-year mandate will begin on ...",
# "..., and her term starts on ...": at a sentence's or clause's opening only
_POSSESSED_TERM = re.compile(
    rf"(?:^|[,;]\s+(?:and\s+|but\s+|while\s+)?)(?:(?P<pron>[Hh]is|[Hh]er|[Tt]heir)|(?:{_TITLE_WORDS}\.?\s+)?"
    r"(?P<name>[A-Z][\w-]+)['’]s)\s+(?:[\w-]+\s+){0,3}?(?:term|mandate|tenure)\b"
)


def _possessed_term(text: str, later: str) -> int | None:
    """Where a later sentence's clause opens with the appointed person's own term (their name's possessive,
    or a pronoun's), to be read from there; None if no clause does."""
    names = _name_words(text)
    for m in _POSSESSED_TERM.finditer(later):
        if m.group("name") and m.group("name") not in names:
            continue
        return m.start()
    return None


def _names_shared(text: str, later: str, opening: bool = False) -> bool:
    """Whether a later sentence names a person of the appointment's sentence: a word of a run of two or
    more capitalized words there (no institution's word, no state), written in the later sentence ("The
    member states voted and chose Dominguez"). ``opening``: the name must be the later sentence's subject,
    first or after a leading clause ("Once that is approved, Dominguez will start ...")."""
    for w in _name_words(text):
        # the subject may carry a title: "..., Ambassador Sarwar assumed", "Professor Thomson will"
        rx = rf"(?:^|,\s+)(?:{_TITLE_WORDS}\.?\s+)?{re.escape(w)}\b" if opening else rf"\b{re.escape(w)}\b"
        if re.search(rx, later):
            return True
    return False


# what refers back to the one just appointed: a pronoun, "the new chief", "the President-elect", "the winner"
_BACKREF_OPENING = re.compile(
    r"^(?:[A-Z][^,]{0,60},\s+)?(?:(?:He|She|They|His|Her|Their)\b|The\s+(?:(?:new|next|incoming|future)\s+[\w-]+|[\w-]+-elect|winner|appointee)\b)"
    # "UNICEF said its new chief would take up her duties ...": the one appointed, in reported speech
    r"|^(?:The\s+)?(?:[\w-]+\s+){1,3}?(?:said|says|announced|added|confirmed)\s+(?:that\s+)?(?:its|the|their)\s+(?:new|next|incoming)\s+[\w-]+\b"
    # "X, who chaired the vote, announced the result and said the new secretary-general would serve ..."
    r"|^[^.;]{0,200}?\b(?:and|then)\s+(?:said|added|announced|confirmed)\s+(?:that\s+)?(?:its|the|their)\s+(?:new|next|incoming)\s+[\w-]+\b"
)
_TERM_WORDS = re.compile(
    r"\b(?:term|mandate|tenure|in\s+office|hold\s+the\s+(?:post|office|position)|takes?\s+office|takes?\s+up"
    r"|assumes?\s+(?:office|the\s+post|(?:his|her|their)\s+duties))\b",
    re.I,
)


_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[-–•*])")


def _opens_with_other(text: str, later: str, elected: str) -> bool:
    """Whether a later sentence opens with the name of another person the text tells elected (in ``elected``,
    the other appointment sentences), whom the appointment's sentence does not name ("Quorvane won ..." after
    Lantern's election told after hers)."""
    opening = re.match(r"(?P<w>[A-Z][\w'’-]+)\b", later)
    if opening is None or not re.search(rf"\b{re.escape(opening.group('w'))}\b", elected):
        return False
    if _INSTITUTION_WORDS.match(opening.group("w")) or find_parties(opening.group("w")):
        return False
    if opening.group("w") in (
        "This",
        "That",
        "These",
        "Those",
        "Delegates",
        "Members",
        "Voting",
        "According",
    ):
        return False
    return not _names_shared(text, later, opening=True)


_WHEN_MANDATE = re.compile(
    r"\btake\s+(?:up\s+)?office\s+(?:when|once|as\s+soon\s+as)\s+the\s+(?:mandate|term)s?\s+of\s+(?:the\s+)?(?P<who>[\w'’ -]{3,60}?)\s+"
    r"(?:expires?|ends?|runs?\s+out|comes?\s+to\s+an\s+end)\b",
    re.I,
)


def _when_mandate_ends(ctx: Context, later: list[Passage]) -> str | None:
    """ "The new team will take office when the mandate of the outgoing Commission expires", the text saying
    elsewhere that "the mandates of the outgoing Commission end on 8 May 2021": an open term from that day."""
    for s in later:
        m = _WHEN_MANDATE.search(s.norm)
        if m is None:
            continue
        who = re.escape(m.group("who").strip())
        ends = re.search(
            rf"\b(?:mandate|term)s?\s+of\s+(?:the\s+)?{who}\s+(?:ends?|expires?|runs?\s+out)\s+on\s+(?P<day>[^,;.]+)",
            " ".join(ctx.doc.text.split()),
            re.I,
        )
        days = [d for d in find_dates(ends.group("day")) if d.kind == "day"] if ends else []
        if days:
            return f"{days[0].edtf}/.."
    return None


def _new_term(term: str | None, near: dt.date | None) -> bool:
    """Whether a term read from a later sentence can be the one just given: it does not begin more than a
    year before the text's day ("previously ambassador from 2006 to 2012" is another post)."""
    if term is None:
        return False
    if near is None:
        return True
    return int(term[:4]) >= near.year - 1


def _refers_back(text: str, later: str) -> bool:
    """Whether a later sentence is about the one just appointed: it opens with a pronoun or a noun that
    stands for them ("The new chief will be in office from ..."), or names them as its subject."""
    return _BACKREF_OPENING.match(later) is not None or _names_shared(text, later, opening=True)
