"""What every pattern shares: the document, the organization, the meeting found.

Decisions take effect on the meeting's last day unless the text says
otherwise, marked inferred (the bundled chronicle's convention). When the
meeting was not recognized, a decision still comes out, as an ``unresolved``
record whose date is missing: no pattern depends on another being found.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from igo_timeline.extract.anchor import Anchor
from igo_timeline.extract.dates import WEEKDAY, DateMatch, dates_near, find_dates, weekday_disagreements
from igo_timeline.extract.records import Candidate, source
from igo_timeline.extract.text import ITEM_MARK, Document, Passage

# the verbs of an act a meeting decides; a later sentence with the same verb tells of the same sitting
_ACT_VERB = re.compile(
    r"\b(elected|appointed|agreed|decided|granted|admitted|readmitted|approved|endorsed|confirmed|signed|adopted)\b",
    re.I,
)


# the chair's passing, however worded: one act ("became the chairperson ... on Saturday. The handover took
# place at the opening ... The outgoing chairperson passed the chairmanship to ...")
_HANDOVER = re.compile(
    r"\b(?:hand(?:ed|s)?\s+over|handover|passed\s+(?:the\s+)?(?:chairmanship|presidency|chair)|took\s+over\s+(?:the\s+)?(?:chairmanship|presidency|chair)"
    r"|became\s+(?:the\s+)?(?:new\s+)?chair\w*|takes\s+(?:over\s+)?the\s+(?:\w+\s+)?chair)\b",
    re.I,
)


def _acts(words: str) -> set[str]:
    found = {v.lower() for v in _ACT_VERB.findall(words)}
    if _HANDOVER.search(words):
        found.add("handover")
    return found


_THAT_DAY = re.compile(r"\b(?:that|the\s+same)\s+day\b|\b(?:on|at)\s+(?:the\s+same|that)\s+occasion\b", re.I)
_ANAPHORA = re.compile(
    r"(?:In\s+it|In\s+(?:the|that|this)\s+(?:declaration|document|communiqu\w+|statement)|It|They|(?:The|This)\s+(?:declaration|document|decision))\b"
)


@dataclass(frozen=True)
class Meeting:
    """The meeting the communiqué reports: its body and dates, as found."""

    body: str
    date: str  # EDTF
    last_day: str  # EDTF of the last day (or the date when coarser)


# an act done at a meeting's opening sitting ("At the inaugural session, ...", "at the opening ceremony")
_AT_THE_OPENING = re.compile(
    r"\b(?:at|during|in)\s+(?:the|its|their)\s+(?:inaugural|opening)\s+(?:session|sitting|ceremony|plenary)\b"
    r"|\b(?:At|at)\s+(?:the|its|their)\s+opening\b(?!\s+of\s+(?:the|a)\s+(?:new|second|third|last|closing))",
    re.I,
)


# how far before the text's own day a day written in full with its year is still the act's (a report of 18
# January on a membership granted on 6 January); further back, the words tell history
STATED_WINDOW_DAYS = 62


@dataclass
class Context:
    doc: Document
    org: str
    document: str
    known_persons: tuple[str, ...] = ()
    bodies: dict[str, tuple[str, ...]] = field(default_factory=dict)  # the store's bodies: slug -> names
    meeting: Meeting | None = None
    anchor: Anchor = field(default_factory=Anchor)
    offices: dict[str, tuple[str, ...]] = field(default_factory=dict)  # the store's offices: slug -> names

    @property
    def sentences(self) -> list[Passage]:
        """The sentences of the text's body: a headline above the dateline, or a first line
        without a full stop above the text, states no decision of its own."""
        all_ = self.doc.sentences
        if self.anchor.end:
            return [p for p in all_ if p.start >= self.anchor.start]
        if (
            len(all_) > 2
            and not all_[0].quote.rstrip().endswith((".", ":", ";"))
            and "\n" in self.doc.text[all_[0].end : all_[1].start]
        ):
            return all_[1:]
        return all_

    @property
    def year(self) -> int | None:
        """The year a date written without one is read in: the meeting's, else the dateline's."""
        if self.meeting is not None:
            return int(self.meeting.last_day[:4])
        return self.anchor.year

    @property
    def dateline(self) -> str:
        """The dateline's words, spaces normalized ("" when the text has none)."""
        return " ".join(self.doc.text[self.anchor.start : self.anchor.end].split())

    def without_dateline(self, words: str) -> str:
        """``words`` with the dateline blanked (same length): its state names where the report was
        filed, never a party to what the sentence tells."""
        line = self.dateline
        return words.replace(line, " " * len(line)) if line else words

    def source(self, passage: Passage, **kw: Any) -> dict[str, Any]:
        return source(self.doc, self.document, passage, **kw)

    @property
    def near(self) -> dt.date | None:
        """The text's own day (its dateline's, else the meeting's last day): what relative words count from."""
        if self.anchor.day is not None:
            return self.anchor.day
        if self.meeting is not None and len(self.meeting.last_day) >= 10:
            return dt.date.fromisoformat(self.meeting.last_day[:10])
        return None

    def dates(self, words: str) -> list[DateMatch]:
        """The date phrases of ``words`` read around the text's day (:func:`dates.dates_near`): "in March" to
        come is next March, "later this year" a year, "on Friday" by its clause's tense; without a day, what
        the year alone reads."""
        near = self.near
        return dates_near(words, near) if near is not None else find_dates(words, self.year)

    def dated_long_before(self, words: str) -> bool:
        """Whether the words date what they tell with a full day and its year further back than
        :meth:`stated_day` takes a day as the act's ("On January 1, 2024, A joined B" in a report of October
        2024): history told as background, not the text's news."""
        near = self.near
        if near is None:
            return False
        days = [
            d
            for d in find_dates(words)
            if d.kind == "day" and re.search(r"\b\d{4}\b", words[d.start : d.end])
        ]
        return any((near - dt.date.fromisoformat(d.edtf)).days > STATED_WINDOW_DAYS for d in days)

    def stated_day(self, words: str) -> str | None:
        """A day the words state for what they tell ("on Monday", "on 14 September"), near the text's own day;
        a weekday written with a day that is not that weekday yields to the day."""
        near = self.near
        dateline = self.dateline
        if dateline:
            words = words.replace(dateline, " ")  # the dateline's day is the report's, not the decision's
        if near is None:  # no day of the text's own: only a day written in full ("on 17 June 2008")
            full = [d.edtf for d in find_dates(words) if d.kind == "day"]
            return full[0] if len(set(full)) == 1 else None
        days = [d for d in self.dates(words) if d.kind.rstrip("?") == "day"]
        # a day near the text's own; or one written with its year in the weeks before it ("was granted full
        # membership on January 6, 2025" in a report of 18 January): the words state it for what they tell
        found = [
            d.edtf
            for d in days
            if abs((dt.date.fromisoformat(d.edtf) - near).days) <= 10
            or (
                re.search(r"\b\d{4}\b", words[d.start : d.end])
                and 0 <= (near - dt.date.fromisoformat(d.edtf)).days <= STATED_WINDOW_DAYS
            )
        ]
        if (
            not found
            and self.meeting is not None
            and re.search(r"\bat\s+(?:the|its)\s+opening\b", words, re.I)
        ):
            first = self.meeting.date.split("/")[0]
            return first if len(first) == 10 else None  # "At the opening, X handed over ...": the first day
        return found[0] if found else None

    def _carried_day(self, passage: Passage, words: str) -> tuple[str, str] | None:
        """The day a nearby earlier sentence states for the same act: "elected X on Monday as ... Y was
        elected Deputy ..." (the second election is Monday's too, not the meeting's last day)."""
        sentences = self.sentences
        before = [s for s in sentences if s.end <= passage.start][-3:]
        item = next((s for s in sentences if s.start <= passage.start < s.end), None)
        if item is not None and re.match(rf"\s*{ITEM_MARK}\s", item.norm):
            # "On Friday the leaders approved the following: / - the treaty ... / - a resolution ...": an item
            # of a list is dated by the day its lead-in states (the items between it and the lead-in skipped)
            lead = next(
                (
                    s
                    for s in reversed([s for s in sentences if s.end <= item.start][-30:])
                    if not re.match(rf"\s*{ITEM_MARK}\s", s.norm)
                ),
                None,
            )
            if lead is not None and lead.norm.rstrip().endswith(":"):
                day = self.stated_day(lead.norm)
                if day is not None:
                    return day, " ".join(lead.norm.split()[:8]) + " ..."
        # "In it they created ...", "They also agreed ...": the act of the sentence before, on its day
        text, back = words, list(reversed(before))
        while back and _ANAPHORA.match(text.lstrip()):
            day = self.stated_day(back[0].norm)
            if day is not None:
                return day, " ".join(back[0].norm.split()[:8]) + " ..."
            text, back = back[0].norm, back[1:]
        verbs = _acts(words)
        if not verbs:
            return None
        for earlier in reversed(before):
            if verbs & _acts(earlier.norm):
                day = self.stated_day(earlier.norm)
                if day is not None:
                    return day, " ".join(earlier.norm.split()[:8]) + " ..."
        return None

    def _lede_day(self) -> str | None:
        """The day the first sentence of the body states for its news, told as done and within a week before
        the dateline's day ("NIAMEY, July 7 -- The leaders ... on Saturday"); None when it states none."""
        anchor = self.anchor.day
        body = [p for p in self.sentences if p.end > self.anchor.end and re.search(r"[.!?]\s*$", p.quote)]
        if anchor is None or not body:
            return None
        words = body[0].norm
        if re.search(r"\b(?:will|shall|is\s+to|are\s+to|due\s+to)\b", words):
            return None
        day = self.stated_day(words)
        if day is None or len(day) != 10:
            return None
        gap = (anchor - dt.date.fromisoformat(day)).days
        return day if 0 < gap <= 7 else None

    def decision(
        self,
        event: dict[str, Any],
        field_name: str,
        passage: Passage,
        *,
        decided: bool = True,
        words: str | None = None,
    ) -> Candidate:
        """A decision dated to the day its words state, else the meeting's last day (inferred), else the
        dateline's day (inferred), else unresolved."""
        event = {"type": event["type"], "org": self.org, **event}
        if words and passage.start < self.anchor.end:
            # "MOSCOW. April 29 (Agency) - The presidents, meeting on Monday, appointed X": the dateline's day is
            # the report's, not the act's (the anchor gives it when the sentence states none)
            dateline = " ".join(self.doc.text[passage.start : self.anchor.end].split())
            if (
                dateline
                and words.startswith(dateline)
                and self.stated_day(words[len(dateline) :]) is not None
            ):
                words = words[len(dateline) :]
        if words and self.meeting is not None:
            # "The African Union announced on Tuesday that X has been suspended": the day of the announcement,
            # not of the act, when the text tells a meeting that took it before
            told = re.sub(
                # ("said in a statement on Wednesday": the statement's day too)
                rf"\b(?:announced|said|reported|confirmed|posted|published)(?:\s+in\s+(?:a|an|its|their)\s+"
                rf"(?:\w+\s+)?(?:statement|communiqu[eé]|release|note))?\s+(?:late\s+|early\s+)?on\s+{WEEKDAY}\b",
                " ",
                words,
            )
            day = self.stated_day(words)
            if told != words and day is not None and self.meeting.last_day[:10] < day:
                words = told
            elif told != words and self.stated_day(told) is not None:
                # "..., meeting in Dushanbe on Monday, appointed X ..., an official said on Tuesday": the act's
                # own day, told beside the day it was reported
                words = told
        stated = self.stated_day(words) if words else None
        if stated is None and self.meeting is None and _THAT_DAY.search(words or passage.norm):
            # "Signing the new treaty that day were ...", "signed on the same occasion": the day of the
            # sentence before that states one
            for before in [p for p in self.sentences if p.end <= passage.start][-3:][::-1]:
                stated = self.stated_day(before.norm)
                if stated is not None:
                    break
        carried = None
        if stated is None and (self.meeting is None or "/" in self.meeting.date):
            carried = self._carried_day(passage, words or passage.norm)
        if carried is not None:
            day, earlier = carried
            note = f"The day an earlier sentence states for the same act ({earlier!r})."
            dated = {**event, field_name: day}
            if decided and field_name != "decided_on":
                dated.setdefault("decided_on", day)
            return Candidate("event", {**dated, "source": self.source(passage, inferred=True, note=note)})
        if stated is not None:
            dated = {**event, field_name: stated}
            if decided and field_name != "decided_on":
                dated.setdefault("decided_on", stated)
            notes = weekday_disagreements(words or "", self.near) if self.near else []
            if self.anchor.year_inferred and self.anchor.day is not None:
                notes.append(f"the dateline's year {self.anchor.year} is inferred: {self.anchor.year_why}")
            if notes:
                src = self.source(passage, inferred=self.anchor.year_inferred, note="; ".join(notes))
                return Candidate("event", {**dated, "source": src})
            return Candidate("event", {**dated, "source": self.source(passage)})
        lede = self._lede_day() if self.meeting is None and self.anchor.day is not None else None
        if lede is not None:
            # no meeting recognised, and the lede tells its news on a day of its own ("turned their alliance
            # into a confederation on Saturday"): the news's day, not the report's
            note = f"The meeting was not recognised; {field_name} is the day the text's lede tells ({lede})."
            dated = {**event, field_name: lede}
            if decided and field_name != "decided_on":
                dated.setdefault("decided_on", lede)
            return Candidate("event", {**dated, "source": self.source(passage, inferred=True, note=note)})
        if self.meeting is None and self.anchor.day is not None:
            day = self.anchor.day.isoformat()
            note = (
                f"The meeting was not recognised; {field_name} is the day of the text's dateline ({day})"
                + (f", its year inferred ({self.anchor.year_why})" if self.anchor.year_inferred else "")
                + "."
            )
            dated = {**event, field_name: day}
            if decided and field_name != "decided_on":
                dated.setdefault("decided_on", day)
            return Candidate("event", {**dated, "source": self.source(passage, inferred=True, note=note)})
        if self.meeting is None and self.anchor.period:
            # "Bangkok, October 2016" and no meeting recognised: the month, never a made-up day
            month = self.anchor.period
            note = (
                f"The meeting was not recognised; {field_name} is the month of the text's dateline ({month})."
            )
            dated = {**event, field_name: month}
            if decided and field_name != "decided_on":
                dated.setdefault("decided_on", month)
            return Candidate("event", {**dated, "source": self.source(passage, inferred=True, note=note)})
        if self.meeting is None:
            src = self.source(passage)
            return Candidate(
                "unresolved",
                {**event, "source": src},
                note=f"date unresolved: no day of the meeting is known (not recognized, or its year not stated: give --published), so {field_name} is unknown",
                kind="date-unresolved",
            )
        assert self.meeting is not None
        day = self.meeting.last_day
        note = (
            f"The text dates the meeting {self.meeting.date}, not the decision; "
            f"{field_name} is the meeting's last day."
        )
        if "/" in self.meeting.date and _AT_THE_OPENING.search(words or passage.norm):
            # "At the inaugural session, X handed the presidency to Y": the act of the meeting's first day
            day = self.meeting.date.split("/")[0]
            note = (
                f"The text dates the meeting {self.meeting.date} and the act at its opening; "
                f"{field_name} is the meeting's first day."
            )
        dated = {**event, field_name: day}
        if decided and field_name != "decided_on":
            dated.setdefault("decided_on", day)
        return Candidate("event", {**dated, "source": self.source(passage, inferred=True, note=note)})
