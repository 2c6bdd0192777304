"""The meeting a communiqué reports: body, place, dates, host, chair, who attended.

Openings vary ("On 6-7 June 2012, the Meeting of ... was held in Beijing",
"The heads of state ... met in Astana on June 14-15, 2011", "... took place on
15 and 16 June 2009 in Yekaterinburg"); the title block "(Beijing, 6-7 June
2012)" is a fallback for the place and the dates. Attendance sentences are
read item by item, each item's role taken from the words that introduce it
(heads of observer delegations, guests of the host, the organization's
officials, other organizations); heading a member's or an observer's
delegation, or attending as an official, is an *attestation* of that status or
office on the meeting's dates, not a grant.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from igo_timeline.events.parties import party_name as state_name
from igo_timeline.extract.check import overlaps
from igo_timeline.extract.context import Context, Meeting
from igo_timeline.extract.dates import WEEKDAY, DateMatch, find_dates, relative_days
from igo_timeline.extract.names import (
    SITTING_KIND,
    find_parties,
    is_state,
    names_another,
    org_bodies,
    own_body,
    resolve_body,
    spells_slug,
    summit_of,
)
from igo_timeline.extract.places import UPPER, capital_of, city, own_city_name
from igo_timeline.extract.records import Candidate
from igo_timeline.extract.sittings import attended_after, companion_meetings, coreferent_body, governing_act
from igo_timeline.extract.text import Passage, is_byline

_HELD = re.compile(
    r"\b(?:was|were|has been|had been|is being|are being)\s+(?:held|convened|opened|hosted|organi[sz]ed)\b"
    r"|\btook place\b|\bis taking place\b|\btakes place\b|\bkicked off\b|\bgot under\s?way\b|\bopened\b"
    r"|\b(?:started|began|begins|commenced)\b|\bran\s+from\b|\bruns\s+from\b|\bmet\b|\bgathered\b|\bassembled\b|\bcame\s+together\b|\bconverged\s+on\b|\bconvened\b|\bhosted\b|\bheld\b"
    r"|\bwrapped up\b|\bconcluded\b|\bclosed\b|\bended\b|\bis under\s?way\b|\bwas under\s?way\b|\bwas the venue\b|\bplayed host\b"
    r"|\b(?:opens|meets|convenes|gathers|sits)\s+(?:today|here|this\s+\w+|on\s+\w+|in|at)\b"  # "opens today in the capital"
    r"|\b(?:ends|closes|concludes)\s+(?:today|here|this\s+\w+)\b"  # "the three-week Congress, which ends today"
    # "The summit came to a close on Thursday", "drew to an end", "wound up", "adjourned"; a headline's "Summit
    # ends in Honiara"
    r"|\b(?:came|comes|drew|draws|was\s+brought|were\s+brought)\s+to\s+(?:a\s+|an\s+)?(?:(?:successful|formal|peaceful|quiet|triumphant|fruitful)\s+)?(?:close|end)\b|\bwound\s+up\b|\badjourned\b"
    r"|\b(?:ends|closes|concludes|opens)\s+in\s+(?-i:[A-Z])"
    r"|\bsat\s+(?:for\s+(?:\w+\s+)?(?:days?|weeks?)|in\s+(?:plenary|session)|from|until)\b"  # "The Council sat for two days"
    # "Leaders suspended Syria early on Thursday, at the close of an extraordinary summit in the holy city"
    r"|\b(?:at|on|by)\s+the\s+(?:close|end|closing|conclusion|opening|start)\s+of\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?:summit|meeting|session|conference|congress|assembly|sitting)\b"
    # "Closing its 46th session in Paris on Friday, the X elected ...", "Wrapping up a two-day summit, leaders ..."
    r"|^(?:Closing|Concluding|Wrapping\s+up|Ending|Opening|Winding\s+up)\s+(?:its|their|a|an|the)\s"
    r"|^On\s+the\s+(?:last|final|first|closing|opening|second|third)\s+day\s+of\s+(?:its|their|the)\s"
    # "Leaders agreed on Tuesday ..., on the first day of the 43rd ASEAN Summit": an act on a day of the sitting
    r"|(?P<onday>\bon\s+the\s+(?:last|final|first|closing|opening|second|third)\s+day\s+of\s+(?:its|their|the)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:summit|meeting|session|conference|congress|assembly)\b)"
    r"|\b(?:was|were)\s+(?:chaired|presided)\b"
    # "He made the statement at the session of the CIS Heads of State Council in Minsk on 10 October", "said in his
    # speech during the session of the Council": what was said at a sitting tells the sitting
    r"|\b(?:said|stated|noted|stressed|remarked|declared|told\s+\w+|made\s+(?:the|this|a|his|her)\s+(?:statement|remarks?|speech)"
    r"|in\s+(?:his|her|their)\s+(?:speech|remarks|address))\b"
    r"(?=[^.;]{0,60}?\b(?:at|during)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:meeting|session|summit|sitting)\s+of\s+(?:the\s+)?(?-i:[A-Z]))"
    # "..., X was quoted as saying at Friday's session of the Council in Minsk": a sitting named by the day it sat
    # (after "at", "during", "after": the sitting as the scene of what was said, not "ahead of Thursday's meeting")
    r"|(?:(?<=\bat\s)|(?<=\bduring\s)|(?<=\bafter\s))(?P<dayof>\b(?:today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|session|sitting)\s+(?:of|in|at)\b)"
    r"|^(?:Meeting|Gathering|Convening|Sitting)\s+(?:on|in|at|for)\b"  # "Meeting on Wednesday, the Council resolved"
    # "At their summit in Lusaka on Monday, the leaders adopted ...": the meeting as the scene of what they did
    r"|^At\s+(?:their|its|the|an?)\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|session|sitting)\s+(?:in|on|at|of)\s+(?:the\s+)?(?-i:[A-Z])"
    # "At the 12th Council of Ministers of the XYZ in Lima on Monday, ministers adopted ...": a named body
    r"|^At\s+(?:the|an?)\s+(?:[\w'’-]+\s+){0,3}?(?:(?-i:[A-Z])|(?:council|assembly|conference|committee|ministerial)\b)[^;]{0,200}?\s(?:in|on|from)\s"
    # "Delegations of 14 states attended the 5th Conference of ...": attending a meeting tells it was held
    r"|\b(?:attended|took\s+part\s+in|participated\s+in)\s+(?:the|an?|its|their)\s"
    # "Member states attending the 84th World Health Assembly in Geneva adopted ...": a participle of attending
    r"|\b(?:attending|taking\s+part\s+in|participating\s+in)\s+(?:the|an?|its|their)\s+(?:[\w'’-]+\s+){0,6}?(?-i:Congress|Conference|Assembly|Summit|Council|Meeting|Session|summit|session)\b"
    # "At the 10th Conference of ..., meeting in the Timorese capital, the leaders ...": a participle after the body
    r"|,\s+(?:meeting|gathering|convening|sitting|assembled)\s+(?:(?:today|yesterday|this\s+\w+|on\s+\w+day)\s+)?(?:in|at|on|for|by|via)\b"
    # "decided to grant it the status at a meeting of the X", "was decided by the X at a session on Monday"
    # "Leaders of the XYZ discussed security at a summit in Minsk on November 23": deliberation at a sitting too
    # (no relative clause or infinitive between: "reviewed the drafts that the leaders are to sign at the summit")
    r"|\b(?:discussed|considered|reviewed|debated|examined|exchanged\s+views)\b(?=(?:(?!\b(?:that|which|who|to|will|would|shall)\b)[^.;])*?\bat\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:meeting|session|summit|sitting)\b)"
    r"|\b(?:decided|agreed|resolved|adopted|approved|appointed|elected|re-elected|chose|selected|nominated|admitted|suspended)\b(?=[^.;]*?\b(?:at|during)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:meeting|session|summit|sitting)\b)"
    # "The leaders took the decision at the session of the Council in Ashgabat on Wednesday"
    r"|\b(?:took|made|reached)\s+(?:the|a|this|that|their|its)\s+(?:\w+\s+)?decisions?\b(?=[^.;]*?\b(?:at|during)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:meeting|session|summit|sitting)\b)"
    # "X on Friday signed the protocol at a session of the Council in Minsk": a signing at a sitting tells the sitting
    # (not a participle of history: "The charter, signed in 2001 at a summit in Shanghai, ...")
    r"|(?<!,\s)\b(?:signed|inked|endorsed)\b(?=(?:(?!\bin\s+(?:1[89]|20)\d{2}\b)[^.;])*?\bat\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:meeting|session|summit|sitting)\b)"
    # "The decision was made today at the session of the council", "voted during the morning session of the X
    # Conference": an act done at a sitting tells the sitting
    r"|\b(?:was|were)\s+(?:made|taken|reached)\s+(?:today|yesterday|on\s+\w+day)\s+(?=(?:at|during)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:meeting|session|summit|sitting)\b)"
    # "The decision was taken at the summit of the CIS heads of state in Ashgabat on Wednesday": the act's sitting,
    # where the clause puts it in a town or on a day
    r"|\b(?:was|were)\s+(?:made|taken|reached)\s+(?=(?:at|during)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:meeting|session|summit|sitting)\b[^.;]*?\b(?:in\s+(?-i:[A-Z])|on\s+\w+day\b|today\b|yesterday\b))"
    # "President X chaired a meeting of the CIS Council of Heads of State in Ashgabat": who chaired it tells it held
    r"|(?<!\bwill\s)(?<!\bto\s)\b(?:chaired|co-chaired|presided\s+over)\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?:meeting|session|summit|sitting)\s+of\s+(?:the\s+)?(?-i:[A-Z])"
    r"|\b(?:voted|elected|appointed|approved|adopted)\s+(?:(?:him|her|them|it)\s+)?(?=(?:during|at)\s+the\s+(?:[\w-]+\s+){0,2}(?:session|sitting)\s+of\s+(?:the\s+)?(?-i:[A-Z]))"
    # "The decision was taken at the Senior Officials' Meeting of the Union on 6 February": an act done at a
    # sitting the text names (a capitalized meeting noun), whatever day words follow
    r"|\b(?:was|were)\s+(?:made|taken|reached|approved|adopted|agreed)\s+(?:\w+ly\s+)?(?=(?:at|during)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,4}(?-i:Meeting|Session|Summit|Sitting|Congress|Conference|Assembly)\b)"
    # "Houngbo was elected by the ILO Governing Body", "was approved by the Board of Governors": a decision
    # whose agent is a named body (a body decides when it sits)
    r"|(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)\b(?:was|were|has\s+been|have\s+been)\s+(?:(?:unanimously|formally|duly)\s+)?(?:elected|re-elected|appointed|approved|adopted|chosen|admitted|confirmed|endorsed|nominated|selected|named)"
    r"(?:\s+[^.;]{0,80}?)?\s+by\s+(?:the|its|their)\s+(?=(?:(?-i:[A-Z])[\w'’-]*\s+(?:of\s+(?:the\s+)?)?){0,5}(?-i:Council|Assembly|Conference|Congress|Body|Board|Authority|Summit|Committee)\b)"
    # "The World Weather Congress today appointed X", "A special session of the General Conference ... on Monday
    # approved ...": a body that exists only when it sits, acting on a day, sat that day
    r"|(?:^|(?<=[-–—]\s))(?P<sitting>(?:The|A|An)\s+(?:[\w'’-]+\s+){0,8}?(?-i:Congress|Conference|Assembly|Summit)\b[^,;]{0,90}?)\s(?:today|yesterday|on\s+\w+day)\s+"
    r"(?:appointed|elected|re-elected|approved|adopted|decided|agreed|voted|admitted|suspended|endorsed|confirmed)\b"
    # "The XYZ Governing Body elected X as Director-General on Friday": a body deciding on a day it names sat then
    # (not a Council: a standing council decides between sittings too, as the golds of the AU's PSC have it)
    r"|(?:^|(?<=[-–—]\s))(?P<decider>(?-i:The)\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,6}(?-i:Congress|Conference|Assembly|Summit|Board|Body|Authority|Committee)"
    r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z])[\w'’-]*){0,6})?)"
    r"\s+(?:(?:unanimously|formally)\s+)?(?:appointed|elected|re-elected|approved|adopted|decided|agreed|voted|admitted|suspended|endorsed|confirmed|chose|nominated|selected|named)\b"
    rf"(?=[^.;,]*?\b(?:today|yesterday|on\s+{WEEKDAY}|on\s+\d{{1,2}}\s+(?-i:[A-Z])[a-z]+|on\s+(?-i:[A-Z])[a-z]+\s+\d{{1,2}})\b)",
    re.I,
)
_NOT_THIS = re.compile(
    r"\b(?:next|previous|last|forthcoming|upcoming|preceding|prior|following)\s+(?:\w+\s+)?(?:meeting|summit|session|sitting)\b"
    r"|\b(?:will|shall|would|is\s+to|are\s+to|is\s+expected|are\s+expected|is\s+scheduled|is\s+set)\b"
    # a preview told in the past: "X was set to take up the post at the summit in Y on Wednesday"
    r"|\b(?:was|were)\s+(?:set|due|scheduled|expected)\s+to\b"
    r"|\b(?:preparations?\s+for|ahead\s+of|run-up\s+to|eve\s+of|prior\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:meeting|summit|session)",
    re.I,
)
# a meeting told as the organization's history: "their leaders first met at a summit in Russia last year"
_BACKGROUND = re.compile(
    r"\b(?:last|previous|past)\s+(?:year|month|spring|summer|autumn|fall|winter)\b|\b(?:years?|months?|decades?)\s+(?:ago|earlier|before)\b"
    r"|\bfirst\s+(?:met|gathered|convened)\b|\bsince\s+(?:its|their)\s+(?:first|founding)\b",
    re.I,
)
# "the first summit they have held since forming the alliance ten months ago": a "since" phrase dates the
# founding, not the meeting
_HELD_NO_MEETING = re.compile(
    r"(?i:held|hosted)\s+(?:(?:its|their|the|a|an|free|general|legislative|presidential|parliamentary|local|fresh|new"
    r"|national|snap|democratic|credible|first|joint|bilateral|separate)\s+){0,3}"
    r"(?i:elections?|polls?|referend\w+|votes?|ballots?|press\s+conferences?|news\s+conferences?|ceremon\w+"
    r"|minutes?\s+of\s+silence|rall(?:y|ies)|protests?|celebrations?|parades?|dinners?|receptions?|exercises?|drills?)\b"
)
# "the elections that Fiji held on 17 September": the thing held told before the verb
_HELD_OBJECT_BEFORE = re.compile(
    r"\b(?i:elections?|polls?|referend\w+|votes?|ballots?|press\s+conferences?|ceremon\w+)\s+(?:that|which)\s+"
    r"(?:[\w'’-]+\s+){0,3}(?:held|hosted|organi[sz]ed)\b"
)
_DATE_ONLY = re.compile(
    r"\W*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
    r"(?:,?\s+\d{4})?\W*"
)
_HAD_BEFORE = re.compile(r"\b(?:where|when|which|who|that)\s+(?:[\w'’-]+\s+){0,4}?had\s+(?:\w+ly\s+)?$")
# "The Council had agreed at a meeting in X to ...": a main clause in the past perfect tells what came before
_HAD_JUST_BEFORE = re.compile(r"\bhad\s+(?:\w+ly\s+)?$")
_BODY_ACTED = re.compile(
    r"(?:The|Its|the|its)\s+(?:board|council|assembly|committee|conference|summit|authority|congress|leaders)\b"
    r"(?:,[^,]{0,120},)?\s+(?:\w+ly\s+)?(?:reached|took|made|decided|chose|elected|adopted|approved|agreed|voted"
    r"|appointed|selected|endorsed|confirmed)\b",
    re.I,
)
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whose|where)\b")
# "since" and the words up to a date in the same clause: the date starts a span that reaches the sitting told
_SINCE_BEFORE = re.compile(r"\bsince\b[^,;.]*$", re.I)
_SINCE_AGO = re.compile(r"\bsince\s+[^,;.]*?\b(?:ago|earlier|before)\b", re.I)
_OTHER_MEETING = re.compile(
    r"\b(?:next|previous|last|forthcoming|upcoming|preceding|prior|following)\s+(?:\w+\s+)?(?:meeting|summit|session|sitting)\b"
    r"|\b(?:will|shall|would|is\s+to|are\s+to)\s+(?:meet|be\s+held|take\s+place|convene|gather)\b",
    re.I,
)
_AHEAD = re.compile(
    r"\b(?:preparations?\s+for|ahead\s+of|run-up\s+to|eve\s+of|prior\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:meeting|summit|session)",
    re.I,
)
_MEETING_OF = re.compile(
    r"\b(?:meeting|session|sitting|summit)\s+of\s+(?:the\s+)?(?:\w+(?:'s|’s)\s+)?(?P<of>[A-Z(][^.;:]*)", re.I
)
_ORDINAL_MEETING = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|\w+teenth|\w+tieth|twenty[-\s]\w+|\w+th)\s+(?:[A-Z][\w-]*\s+){0,2}(?:meeting|session|sitting|summit)s?\b",
    re.I,
)
# a summit of people, not of a body: "Summit of (the) EAC Heads of State", "summit of the bloc's leaders"
_OF_PEOPLE = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){0,4}?(?:(?i:heads?\s+of\s+(?:state|government))|[Ll]eaders)\b(?!\s+(?:Council|Assembly|Conference)\b)"
)
# the heads themselves after "Meeting of": "the EAC Heads of State", "Heads of State and Government of the Union"
# (not their Council, Assembly or Conference, a body of its own)
_HEADS_OF = re.compile(
    # "a closed-door meeting of the five leaders": the leaders themselves, no other's ("of ASEAN and Japan")
    r"(?:(?i:the)\s+)?(?:(?i:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?(?i:leaders)\b(?!\s+of\b|['’])|"
    r"(?:(?i:the)\s+)?(?:(?!(?i:council|conference|assembly|authority|college|summit|of|the)\b)[A-Z][\w'’-]*\s+){0,3}?"
    r"(?i:heads\s+of\s+(?:state|government))(?:\s+and\s+(?:of\s+)?(?i:government))?\b"
    r"(?!\s+(?:Council|Assembly|Conference|Authority|Summit|Meeting)\b)"
)
_LEADERS_MEETING = re.compile(
    r"\b(?:presidents|leaders|heads\s+of\s+state(?:\s+and\s+government)?)"
    # "the presidents of Armenia, Kazakhstan, Kyrgyzstan and Russia gathered in St. Petersburg": their states
    r"(?:\s+of\s+(?-i:(?:the\s+)?[A-Z][\w'’-]*(?:(?:,\s*|\s+and\s+|\s+)(?:the\s+)?[A-Z][\w'’-]*){0,12}))?"
    r"\s+(?:meeting|gathered|gathering)\s+(?:in|at)\b",
    re.I,
)
_MINISTERS_MET = re.compile(
    # "Foreign ministers gathered in ...", "The foreign ministers of the member states of the Collective Security
    # Treaty Organization met in ...", "Ministers of foreign affairs of the ten member countries convened ...":
    # the subject's "of" phrase may name the organization in full
    r"\b(?:foreign\s+ministers|ministers\s+(?:of|for)\s+foreign\s+affairs)\b"
    r"(?=(?:.{0,60}?|\s+of\s+(?:the\s+)?[^.;:]{0,110}?\s)\b(?:gathered|met|convened|held)\b"
    # "Foreign ministers of the 22 member states on Thursday chose X as secretary-general at a session in Cairo":
    # a decision taken at their sitting
    r"|[^.;:]{0,200}?\b(?:chose|elected|appointed|named|adopted|approved|decided|agreed)\b[^.;:]{0,160}?"
    r"\b(?:at|during)\s+(?:a|an|their|the)\s+(?:[\w-]+\s+){0,2}?(?:session|meeting|sitting)\b)"
    r"|\b(?:session|meeting)\s+of\s+(?:the\s+)?[\w'’ ]{0,30}?\bcouncil\s+at\s+(?:the\s+)?ministerial\s+level\b",
    re.I,
)
_COUNCIL_OF = re.compile(r"\bCouncil\s+of\s+(?:the\s+)?[A-Z][^.;:,]*")
# "the Permanent Council of La Francophonie": a body's head with its qualifier, then "of"
_QUALIFIED_OF = re.compile(
    r"\b(?:[A-Z][\w'’-]*\s+){1,3}(?:Council|Assembly|Committee|Commission|Conference|Congress|Board|Body|Authority)\s+of\s+(?:the\s+)?[A-Z][^.;:,]*"
)
_SUMMIT = re.compile(r"\bsummits?\b", re.I)
# the generic bodies a report may name in lower case ("the bloc's council of ministers", "a ministerial meeting")
_LOWER_BODY = re.compile(
    r"\b(?P<body>[Mm]inisterial\s+(?:meeting|conference|council)|council\s+of\s+(?:foreign\s+)?ministers"
    r"|executive\s+council|general\s+assembly)\b"  # in lower case: "the UN General Assembly" is another's
)
_NAMED_BODY = re.compile(
    r"\b(?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?|and\s+)?){0,5}(?:Assembly|Council|Conference|Commission|Committee|Forum|Parliament|Congress|Board|Authority|Body)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w'’-]*){0,5})?"
)
_COUNCIL = re.compile(r"(?P<name>(?:[A-Z][\w’']*\s+(?:of\s+|and\s+)?){1,5}Council)\b")
_VIRTUAL = re.compile(
    r"\b(?:videoconference|video\s?conference|video\s+link|online|virtual(?:ly)?|remotely)\b", re.I
)
_TITLE_PLACE = re.compile(r"\(\s*(?P<place>[A-Z][\w .'’-]*?)\s*,\s*(?P<rest>[^()]*)\)")
# a lowercase particle inside a place's name: "Dar es Salaam", "Rio de Janeiro", "Bandar Seri Begawan"
_PARTICLE = r"(?:(?:es|el|al|de|da|du|la|di|del|dos|das|do|ul|as|an)\s+){0,2}"  # "Ciudad de la Paz"
_IN_PLACE = re.compile(
    rf"\b(?:in|at)\s+(?:the\s+(?:city|capital)\s+of\s+|(?:the\s+)?(?:\w+\s+)?(?:capital|city)\s+|the\s+\w+\s+city\s+of\s+)?(?P<place>[{UPPER}][\w'’‘ʻ.-]*(?:[ -]{_PARTICLE}[{UPPER}][\w'’‘ʻ.-]*)*)"
)
_HOSTED = re.compile(
    rf"(?P<place>[A-Z][\w'’.-]*(?:[ -]{_PARTICLE}[A-Z][\w'’.-]*)*)\s+(?:hosted|played\s+host|was\s+the\s+venue)\b"
)
_CITY_OF = re.compile(
    rf"\b(?:city|capital|town|island|isle|resort|port)\s+of\s+(?P<place>[A-Z][\w'’.-]*(?:[ -]{_PARTICLE}[A-Z][\w'’.-]*)*)"
)
_CAPITAL = re.compile(
    r"\b(?:the\s+)?(?P<adj>[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,2})\s+capital\b|\bcapital\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w'’ ]+)"
)
_HERE = re.compile(r"\b(?:here|(?:in\s+)?this\s+(?:[\w-]+\s+){0,4}(?:city|capital|town))\b", re.I)
_ACTING_HOST = re.compile(
    r"(?P<who>[A-Z][\w' ]+?)(?:,[^,]*,)?\s+(?:acting|acted|serving)\s+as\s+(?:the\s+)?host\b"
)


def _past_year_only(ctx: Context, text: str) -> bool:
    """Whether a sentence dates what it tells only by a year before the text's own ("a convention adopted by
    the General Assembly in 1982"): background, not the sitting reported."""
    if ctx.anchor.year is None:
        return False
    dates = find_dates(text, ctx.anchor.year)
    if any(d.kind.rstrip("?") in ("day", "days", "month") for d in dates) or _DAY_WORD.search(text):
        return False
    return any(
        d.kind.rstrip("?") == "year"
        and int(d.edtf[:4]) < ctx.anchor.year
        and re.search(r"\bin\s+$", text[max(0, d.start - 4) : d.start])  # "in 1982", not "since 2018"
        for d in dates
    )


_DAY_WORD = re.compile(rf"\b(?:today|yesterday|tonight|(?:on\s+)?{WEEKDAY})\b")


def _elsewhen(ctx: Context, text: str, *, spans: bool = False) -> bool:
    """Whether a sentence dates what it tells away from the text's own day (a month or more off); with ``spans``,
    a date after "since" starts a span that reaches the text's day and is no other day (the sitting's sentence
    only: an attendance sentence that tells a span since a past summit is about someone's past)."""
    if ctx.anchor.day is None:
        return False
    for d in find_dates(text):
        if d.kind not in ("day", "days", "month"):
            continue
        if spans and _SINCE_BEFORE.search(text[max(0, d.start - 60) : d.start]):
            continue  # "their first regular one since the summit of June 2009": a span's start, not this day
        first = d.edtf.split("/")[0]
        day = dt.date.fromisoformat(first + ("-15" if d.kind == "month" else ""))
        if abs((day - ctx.anchor.day).days) > 31:
            return True
    return False


def _of_another(after: str, ctx: Context) -> bool:
    """ "... of the Andean Trade Pact" right after a body's name: another's body of that name."""
    return bool(re.match(r"\s*of\b", after)) and names_another(after, ctx.org)


def _qualifier(text: str, start: int) -> str:
    """The capitalized words right before ``start`` ("APEC" in "the APEC Summit"), a sentence's first word
    left out unless an abbreviation ("Twelve summits took place")."""
    # whole words only: "12TH ORDINARY Summit" has no word "TH"
    found = re.search(rf"((?:(?<![\w'’-])[A-Z][\w'’-]*\s+{_PARTICLE})+)$", text[:start])
    if found is None:
        return ""
    words = found.group(1)
    first = words.split()[0]
    if re.search(r"(?:^|[.!?:;\"“])\s*$", text[: found.start(1)]) and not first.isupper():
        words = words[len(first) :]
    return words


def _anothers_summit(text: str, start: int, ctx: Context) -> str | None:
    """ "the APEC Summit" read for ASEAN: another organization's summit, by the capitalized words before it
    (for an organization of the body table), as those words and "summit"; else None."""
    qualifier = _qualifier(text, start)
    if not qualifier.strip() or not names_another(qualifier, ctx.org):
        return None
    return re.sub(r"[^a-z0-9]+", "-", f"{qualifier} summit".casefold()).strip("-")


def _prefixes(phrase: str, ctx: Context) -> str | None:
    words = phrase.split()
    for n in range(min(len(words), 14), 0, -1):
        body = resolve_body(" ".join(words[:n]).rstrip(",)"), ctx.bodies, ctx.org)
        if body and _of_another(" ".join(words[n:]), ctx):
            return None  # "the Supreme Council of the Andean Trade Pact": another's body of that name
        if body:
            return body
    return None


_THEIR_BODY = re.compile(
    r"\b(?P<people>heads\s+of\s+state(?:\s+and\s+(?:of\s+)?government)?|heads\s+of\s+government|foreign\s+ministers"
    r"|ministers\s+of\s+foreign\s+affairs|defen[cs]e\s+ministers|finance\s+ministers|ministers)\b"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][^.;]*?)?[^.;]*?\b(?:of|in|at|held)\s+their\s+(?:[\w'’-]+\s+){0,2}?(?P<head>council|conference|assembly|meeting|session)\b",
    re.I,
)


def _their_body(text: str) -> tuple[str, int] | None:
    """ "The foreign ministers held the eleventh meeting of their council", "Heads of state ... met ... for
    the 22nd ordinary session of their Conference": the body named by who sits in it."""
    m = _THEIR_BODY.search(text)
    if m is None:
        return None
    # "heads of state and of government": one council of "heads of state and government"
    people = " ".join(m.group("people").casefold().replace("and of government", "and government").split())
    people = {"ministers of foreign affairs": "foreign ministers"}.get(people, people)
    head = m.group("head").casefold()
    if head in (
        "meeting",
        "session",
    ):  # "The ministers had held their 48th extraordinary meeting": their council
        if "ministers" not in people:
            return None  # the heads' own meeting is the summit
        head = "council"
    return f"{head}-of-{people.replace(' ', '-')}", m.start()


def _body_in(text: str, ctx: Context) -> tuple[str, int] | None:
    """(body slug, where) of the meeting a sentence names: "meeting of the X", "the X Council", "the SCO summit".
    An organization that is itself a council (an "Arctic" or "Nordic" Council) sits as the text calls it:
    "the 13th meeting of the XYZ Council", "the session was held" with no summit, leaders or heads of state
    named is a meeting or a session of it ("Ministerial meeting" -> ministerial-meeting), not its summit."""
    text = _org_name_before_body_blanked(text, ctx)
    # "met on the sidelines of the 69th session of the UN General Assembly": the gathering it met beside is
    # another's sitting, not the meeting's body (blanked, the offsets kept)
    text = _SIDELINES.sub(lambda m: " " * len(m.group()), text)
    found = _body_named_in(text, ctx)
    if (
        found is not None
        and (found[0] == _summit_slug(ctx) or (found[0] == "council" and ctx.org.endswith("-council")))
        and found[0] not in org_bodies(ctx.org)  # the GCC's Supreme Council is a body of its own, and sits
        and _is_a_council(ctx)
        and not _NOT_A_SUMMIT_GUARD.search(text)
    ):
        sitting = _SITTING_NOUN.search(text)
        if sitting:
            kind = sitting.group("kind")
            noun = sitting.group("noun").casefold()
            if kind is None and noun == "meeting":
                # "the 14th meeting of the XYZ Council": a council of states meets, as such, at the level of its
                # ministers (its senior officials' sittings are named so); a "session" keeps its bare name
                kind = "ministerial"
            return (f"{kind.casefold()}-" if kind else "") + noun, found[1]
    return found


_PURPOSE = re.compile(
    r"(?:\b(?:in\s+order\s+)?to\s+(?:(?:plan|prepare)(?:\s+for)?|pave\s+the\s+way\s+for|lay\s+the\s+groundwork\s+for"
    r"|set\s+the\s+agenda\s+(?:of|for)|finali[sz]e\s+(?:the\s+)?(?:agenda|documents)\s+(?:of|for))"
    r"|\bin\s+preparation\s+for|\bpreparing\s+for|\bpaving\s+the\s+way\s+for|\blooking\s+ahead\s+to)"
    r"\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,4}?(?:summit|meeting|session)\b[^,;.]*",
    re.I,
)
_MEETING_NOUN = re.compile(r"\b(?:summit|meeting|session|conference|sitting)\b", re.I)
_SIDELINES = re.compile(r"\b(?:on|in|at)\s+the\s+(?:sidelines|margins?|fringes?)\s+of\b[^,;.]*", re.I)
_INITIALS_BEFORE_NAME = re.compile(r"(?<=[a-z])\s\((?P<abbr>[A-Z][A-Za-z-]{1,9})\)(?=\s+[A-Z][a-z])")


def _org_name_before_body_blanked(text: str, ctx: Context) -> str:
    """ "the Collective Security Treaty Organization (CSTO) Collective Security Council": an organization named
    with its initials right before a body's name is no part of the body's name; its words and initials are
    blanked (offsets hold). The name is the capitalized words before the brackets whose initials the
    bracket spells ("Mekong-Lancang Cooperation (MLC)"), or all of them when the initials are the
    organization's own slug ("Eurasian Economic Union (EAEU)")."""
    for m in reversed(list(_INITIALS_BEFORE_NAME.finditer(text))):
        before = re.search(
            r"((?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|the)\s+)*){0,7}[A-Z][\w'’-]*)$", text[: m.start()]
        )
        if before is None:
            continue
        words = re.findall(r"[A-Z][\w'’-]*", before.group(1))
        start = next(
            (k for k in range(len(words)) if spells_slug(" ".join(words[k:]), m.group("abbr"))), None
        )
        if start is None and m.group("abbr").casefold() == ctx.org.casefold():
            start = 0
        if start is None:
            continue
        first = before.start(1) + before.group(1).find(words[start])
        text = text[:first] + " " * (m.end() - first) + text[m.end() :]
    return text


# who sits at a summit, or the word itself: then the organization's sitting is its summit
_NOT_A_SUMMIT_GUARD = re.compile(
    r"\b(?:summits?|leaders|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers|kings?|emirs?)\b",
    re.I,
)
_SITTING_NOUN = re.compile(r"\b(?:(?P<kind>ministerial|plenary)\s+)?(?P<noun>meeting|session)\b", re.I)


def _led_by_another(before: str, ctx: Context) -> bool:
    """Whether the words just before a body's name (its last four) name another organization: "The CICA" in
    "The CICA Meeting of Ministers of Foreign Affairs"."""
    return names_another(" ".join(before.split()[-4:]), ctx.org)


def _anothers_ministers(subject: str, ctx: Context) -> bool:
    """Whether the ministers' sitting is another organization's: "The CICA Meeting of Ministers of Foreign
    Affairs met ..." read for BRICS names CICA and not BRICS (a state named is no other organization)."""
    return names_another(subject, ctx.org) and not _names_own_org(subject, ctx)


def _is_a_council(ctx: Context) -> bool:
    """Whether the organization's own name is a council's ("Arctic Council", by its slug or as the text
    defines it)."""
    return ctx.org.endswith("-council") or any(n.endswith(" council") for n in _defined_names(ctx))


# "BRICS countries kicked off their foreign ministers meeting", "the bloc opened its defence ministers' session":
# the sitting named by who sits in it, after "its"/"their", in lower case
_ITS_PEOPLE_SITTING = re.compile(
    r"\b(?:held|hosted|convened|opened|closed|concluded|ended|began|started|kicked\s+off|wrapped\s+up|wound\s+up)\s+"
    r"(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?P<people>foreign\s+ministers|ministers\s+of\s+foreign\s+affairs"
    r"|defen[cs]e\s+ministers|heads\s+of\s+government|prime\s+ministers)['’]?\s+(?P<head>meeting|session|council)\b"
)


def _foreign_ministers_body(ctx: Context) -> str:
    """The foreign ministers' body: the table's or store's council of them, else their meeting (BRICS has no
    council), else a council of foreign ministers as most organizations name it."""
    for name in ("Council of Foreign Ministers", "Foreign Ministers Meeting"):
        slug = resolve_body(name, ctx.bodies, ctx.org)
        if slug:
            return slug
    return "council-of-foreign-ministers"


def _its_people_sitting(text: str, ctx: Context) -> tuple[str, int] | None:
    """(body, where) of "... held its foreign ministers meeting": the body by the people's name."""
    m = _ITS_PEOPLE_SITTING.search(text)
    if m is None:
        return None
    people = " ".join(m.group("people").split()).replace("ministers of foreign affairs", "foreign ministers")
    named = resolve_body(f"{people.title()} {m.group('head').title()}", ctx.bodies, ctx.org)
    if named:
        return named, m.start()
    if people == "foreign ministers":
        return _foreign_ministers_body(ctx), m.start()
    if people in ("heads of government", "prime ministers"):
        return _government_heads_body(ctx), m.start()
    return f"council-of-{people.replace(' ', '-')}", m.start()


def _body_named_in(text: str, ctx: Context) -> tuple[str, int] | None:
    sitting = _its_people_sitting(text, ctx)
    if sitting:
        return sitting
    theirs = _their_body(text)
    if (
        theirs
    ):  # "... session of their Conference": the body of those who sit, under the store's or table's slug
        return resolve_body(theirs[0].replace("-", " "), ctx.bodies, ctx.org) or theirs[0], theirs[1]
    heads = _THEIR_BODY.search(text)
    if heads and re.match(r"heads\s+of", heads.group("people"), re.I):
        # "The Heads of Government of X held their 50th Regular Meeting": the heads' own sitting, their body
        alone = re.fullmatch(r"heads\s+of\s+government", " ".join(heads.group("people").split()), re.I)
        return (_government_heads_body(ctx) if alone else _summit_slug(ctx)), heads.start()
    officials = _SENIOR_OFFICIALS.search(text)
    if (
        officials
    ):  # "Senior officials of the XYZ met in Singapore on Monday to prepare the summit": their meeting
        return "senior-officials-meeting", officials.start()
    lower = _LOWER_BODY.search(text)
    if (
        lower
        and not re.search(
            r"\b(?:Council|Assembly|Conference|Authority|Summit|Meeting|Session|Committee|Commission|Board)\b|\bsummit\b",
            re.sub(r"^\W*(?:Meeting|Gathering|Convening|Sitting)\b", "", text[: lower.start()]),
        )
    ):  # "a 21st ordinary ministerial meeting of the XYZ", "the XYZ council of ministers": a body named in lower
        # case before any other is that body, never the organization's summit
        return re.sub(r"\W+", "-", lower.group("body").casefold()), lower.start()
    for m in _MEETING_OF.finditer(text):
        if not m.group().casefold().startswith("summit") and _HEADS_OF.match(m.group("of")):
            # "the 23rd Extra-Ordinary Meeting of the EAC Heads of State", "a special session of the Heads of
            # State and Government": the heads' sitting is the organization's summit (its Council of Heads of
            # State where the text names one)
            kind = re.sub(r"\bextra-ordinary\b", "extraordinary", _qualifier(text, m.start()), flags=re.I)
            if re.fullmatch(rf"(?:(?:{SITTING_KIND})\s*)*", kind.strip(), re.I):
                return _summit_slug(
                    ctx
                ), m.start()  # "the 23rd Extra-Ordinary Meeting": which sitting, no name
            return _anothers_summit(text, m.start(), ctx) or _summit_slug(ctx), m.start()
        qualified = re.search(r"((?:[A-Z][\w'’-]*\s+(?:of\s+|and\s+)?){1,5})$", text[: m.start()])
        of_own = re.match(r"(?:the\s+)?(?P<own>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,6})", m.group("of"))
        if (
            qualified
            and m.group()[:1].isupper()
            and not m.group().casefold().startswith("summit")  # "Leaders' Summit of the XYZ" is its summit
            and of_own
            and (
                _names_own_org(of_own.group("own"), ctx)
                # "the Senior Officials' Meeting of the Union": the organization by its generic noun
                or re.fullmatch(
                    r"Union|Organi[sz]ation|Group|Bloc|Community|Association|Alliance", of_own.group("own")
                )
            )
            and not re.fullmatch(r"(?:The|A|An)\s+", qualified.group(1))
        ):  # "the 22nd Heads of Government Meeting of the XYZ": the meeting's own name, the org left out
            noun = m.group().split()[0]
            slug = _generic_body(f"{qualified.group(1).strip()} {noun}", ctx)
            if slug and slug not in ("meeting", "session"):
                return slug, m.start()
        if m.group().casefold().startswith("summit") and _OF_PEOPLE.match(m.group("of")):
            return _anothers_summit(text, m.start(), ctx) or _summit_slug(
                ctx
            ), m.start()  # "Summit of SADC Heads of State and Government": a summit
        body = _prefixes(m.group("of"), ctx)
        if body and names_another(_qualifier(text, m.start()), ctx.org):
            continue  # "the CARICOM Regular Meeting of the Conference of ..." read for ECCAS: another's meeting
        if body:
            return body, m.start()
        name = re.match(
            r"(?:[A-Z][\w'’-]*(?:\s+(?:of|for|and|on|in|the)\b)*\s+){2,12}?(?:[A-Z][\w'’-]*)(?=\s+(?:closed|opened|ended|began|was|held|in|on|at)\b|\s*[,.;(]|$)",
            m.group("of"),
        )
        if (
            m.group().casefold().startswith("summit")
            and name
            and not re.search(
                r"\b(?:Council|Assembly|Committee|Commission|Conference|Authority|Heads?|Ministers?|Leaders|Parliament|Court)\b",
                name.group(),
            )
            and not find_parties(name.group())
        ):  # "the sixth summit of the Bay of Bengal Initiative for ...": an organization's name, its summit
            return _summit_slug(ctx), m.start()
    for m in _COUNCIL_OF.finditer(text):
        body = _prefixes(m.group(), ctx)
        if body and names_another(_qualifier(text, m.start()), ctx.org):
            continue  # "the SADC Council of Ministers" read for IGAD: another's council
        if body:
            return body, m.start()
    own = re.search(
        r"\b(?:held|holds|convened|hosted|opened|closed)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:summit|meeting\s+of\s+heads\s+of\s+state)\b"
        r"|\bheads\s+of\s+state\b.*?\b(?:their|its)\s+(?:Council|summit)\b",
        text,
        re.I,
    )
    if own:  # "The Organization of Turkic States held its ninth summit", "... session of their Council"
        return _summit_slug(ctx), own.start()
    for m in _COUNCIL.finditer(text):
        words = m.group("name").split()
        for k in range(len(words)):  # "The Heads of State Council": the longest tail that names a body
            body = resolve_body(" ".join(words[k:]), ctx.bodies, ctx.org)
            # the words before the body's own name: "OAS" in "The OAS Permanent Council" (whose longest tail
            # already resolves, the words before it tolerated)
            named_from = (
                next(
                    (
                        j
                        for j in range(len(words) - 1, k - 1, -1)
                        if resolve_body(" ".join(words[j:]), ctx.bodies, ctx.org) == body
                    ),
                    k,
                )
                if body
                else k
            )
            if body and (
                names_another(" ".join(words[:named_from]), ctx.org) or _of_another(text[m.end() :], ctx)
            ):
                break  # "the EAEU Supreme Council", "the Supreme Council of the Andean ..." read for the GCC
            if body:
                return body, m.start()
    for rx, group in ((_MEETING_OF, "of"), (_QUALIFIED_OF, 0), (_COUNCIL_OF, 0), (_COUNCIL, "name")):
        for m in rx.finditer(text):  # a body no table knows: its name as written, the organization's left out
            if _led_by_another(text[: m.start()], ctx) and not _names_own_org(m.group(group), ctx):
                continue  # "The CICA Meeting of Ministers of Foreign Affairs" read for BRICS: CICA's
            slug = _generic_body(m.group(group), ctx)
            if slug and (slug != "council" or _names_own_org(m.group(group), ctx)):
                return slug, m.start()  # "the IOM Council": the organization's council
    named = _NAMED_MEETING.search(text)
    if named:  # "the Commonwealth Heads of Government Meeting that was formally opened ...": a meeting's name
        # "the 70th OECS Authority Meeting": a body's head noun before "Meeting" names the body, not the meeting
        phrase = named.group()
        bodied = re.match(rf"(?P<body>.*\b(?:{_BODY_HEADS}))\s+Meeting$", phrase)
        slug = _generic_body(bodied.group("body") if bodied else phrase, ctx)
        if slug:
            return slug, named.start()
    summit = _SUMMIT.search(text)
    if summit:
        return _anothers_summit(text, summit.start(), ctx) or _summit_slug(ctx), summit.start()
    named = re.search(
        r"\b(?:in|at|At|of|by|for|to|hosted|held|convened|opened|closed|concluded|attended|attending|ended|began|started|wrapped\s+up|wound\s+up|kicked\s+off)\s+(?:a|an|the|its|their)\s+(?P<body>(?:(?:\d+(?:st|nd|rd|th)|[A-Z][\w'’-]*|\w+-(?:day|week|month|long))\s+){0,6}(?:Council|Assembly|Conference|Congress|Authority|Board(?:\s+of\s+Governors)?|Governing\s+Body|Committee))\b",
        text,
    )
    if (
        named is None
    ):  # "At its 40th session in Lima on Monday, the XYZ General Assembly adopted ...": the subject
        named = re.search(
            r"^(?:At|Closing|Concluding|Wrapping\s+up|Ending|Opening|On\s+the\s+\w+\s+day\s+of)\s+(?:its|their)\s+[^;]+?,\s+(?P<body>the\s+(?:[A-Z][\w'’-]*\s+){0,6}(?:Council|Assembly|Conference|Congress|Authority|Board|Body|Committee))\b",
            text,
        )
    if named and any(is_state(p.value) for p in find_parties(named.group("body"))):
        named = (
            None  # "blocked by the Paraguayan Congress": a state's parliament, no body of the organization
        )
    if named:  # "Meeting in a Special Council in Geneva": the body the meeting sits as; "hosted the 12th
        # Conference of Heads of State and Government of the XYZ on 5 May": its name runs on after "of"
        slug = _generic_body(text[named.start("body") :], ctx)
        if slug:
            return slug, named.start()
    return None


_SENIOR_OFFICIALS = re.compile(
    r"^(?:The\s+)?[Ss]enior\s+officials\b(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,6}?)?\s+(?:met|gathered|convened|held|opened|closed|concluded|wrapped\s+up|wound\s+up)\b"
    r"|\b[Ss]enior\s+[Oo]fficials['’]?\s+[Mm]eeting\b"
)


def _names_own_org(phrase: str, ctx: Context) -> bool:
    """Whether a phrase names the organization itself: its abbreviation or the words of its name in full."""
    words = set(re.findall(r"[A-Z][\w'’-]*", phrase))
    if any(a in words for a in _abbreviations(ctx)) or spells_slug(phrase, ctx.org):
        return True
    if "-" in ctx.org and re.search(
        rf"(?:^|-){re.escape(ctx.org)}$", re.sub(r"[^a-z0-9]+", "-", phrase.casefold()).strip("-")
    ):
        return True  # "the Pacific Alliance" for pacific-alliance: a slug made of the name's words
    spelled = _spelled_name_words(ctx)
    own = {w.casefold() for w in words} - {"council", "the"}
    return bool(own) and own <= spelled


_BODY_HEADS = "Authority|Council|Assembly|Conference|Committee|Board|Commission|Group|Congress|Parliament"
_NAMED_MEETING = re.compile(r"\b(?:[A-Z][\w'’-]*\s+(?:of\s+|and\s+)?){1,6}Meeting\b(?!\s+of\b)")


# an organization of states by its name: "Commonwealth of Independent States", "Cooperation Council of Turkic
# Speaking States", "Association of Southeast Asian Nations" (not "Council of Heads of State")
_ORG_OF_STATES = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:of\s+|for\s+|on\s+|and\s+)?(?:the\s+)?)*?(?:of|for)\s+(?:the\s+)?(?!Heads\b|Member\b|Foreign\b)(?:[A-Z][\w'’-]*\s+){1,4}(?:States|Nations|Countries)$"
)
_GENERIC_HEADS = {
    "council",
    "assembly",
    "summit",
    "conference",
    "authority",
    "meeting",
    "session",
    "committee",
}


def _own_words(ctx: Context) -> set[str]:
    """The words of the organization's own name and its abbreviation ("Eurasian", "Economic", "EAEU")."""
    name = state_name(ctx.org)
    words = {ctx.org.upper(), ctx.org.capitalize()}  # "GCC"; "Commonwealth", "Mercosur" (named by their slug)
    if name and name != ctx.org:
        words |= {
            w
            for w in re.findall(r"[A-Z][\w'’-]*", name)
            if not re.fullmatch(
                r"Union|Organi[sz]ation|Commonwealth|Association|Community|Conference|Treaty", w
            )
        }
    return words


def _generic_body(phrase: str, ctx: Context) -> str | None:
    """A body no table knows, by its words, the organization's own name left out: "Assembly of the Union"
    and "Assembly of Heads of State and Government" -> assembly ("Conference of Heads of State and
    Government" keeps its words, as the golds of every organization so named do); "Supreme Eurasian Economic Council" (of the
    Eurasian Economic Union) -> supreme-council; "Collective Security Council of the CSTO" ->
    collective-security-council; a summit of the organization itself -> its summit."""
    whole = phrase
    phrase = re.split(
        r"\s+(?:was|were|has|had|is|took|kicked|in|on|at|via|under|held|opened|started|began|met|meets|concluded"
        r"|ended|closed|wrapped|gathered|convened|elected|decided|adopted|agreed|approved|better|also|known|will|would|shall"
        r"|that|which|who|where|when|meeting|meetings|session|summit|sitting|here|there|today|yesterday|this|last|next"
        r"|voted|brought|turned|accepted|met|combined|with|by|via|through|during|after|before|to|opens|closes|ends|meets"
        r"|begins|starts|convenes)\b|\s+and\s+(?=[a-z])|[,;]|\.(?=\s|$)",
        phrase,
    )[0]
    if re.fullmatch(
        r"(?:the\s+)?(?:group|bloc|organi[sz]ation|association|alliance|union|grouping|forum)",
        phrase.strip(),
        re.I,
    ):
        return _summit_slug(ctx)  # "the sixth summit of the group": the organization's own summit
    named = re.match(r"^(?:the\s+)?[A-Z][^()]{2,120}?\(\s*(?P<abbr>[A-Z]{2,8})\s*\)", whole.strip())
    body_of = re.match(
        r"^(?:the\s+)?(?:[A-Z][\w-]*\s+)*?(?:Council|Assembly|Authority|Summit|Meeting|Session|Committee|Commission|Conference|Congress|Board(?:\s+of\s+Governors)?|Body|Parliament|Court)\s+of\s+(?:the\s+)?",
        whole.strip(),
    )
    if named and named.group("abbr").casefold() == ctx.org.casefold() and not body_of:
        return _summit_slug(
            ctx
        )  # "the summit of the Conference on ... in Asia (CICA)": the organization itself
    phrase = re.sub(r"\([^)]*\)", " ", phrase)
    # a name is capitalized words joined by particles: a lowercase word right after a capitalized one ends it
    # ("the Authority of Heads of State and Government got under way", "the Council of Ministers from 3 to 4
    # May", "Special Meeting of the XYZ Authority hosted by ..."); "Council of heads of state" keeps its words
    cut = re.search(r"\b[A-Z][\w'’-]*\s+(?!(?:of|and|for|on|the|de|la|du|des|et|in)\b)[a-z]", phrase)
    if cut:
        phrase = phrase[: cut.start() + len(cut.group().split()[0])]
    owner = re.match(
        r"^\s*(?:the\s+)?(?P<owner>(?:[A-Z][\w-]*\s+(?:of\s+)?){0,4}[A-Z][\w-]*)['’]s\s+(?=[A-Z])", phrase
    )
    if owner and not any(is_state(p.value) for p in find_parties(owner.group("owner"))):
        phrase = phrase[owner.end() :]  # "the Council of Europe's Committee of Ministers": the owner's body
    if _ORG_OF_STATES.match(" ".join(phrase.split())):
        return _summit_slug(ctx)  # "the summit of the Cooperation Council of Turkic Speaking States"
    for party in reversed(find_parties(phrase)):
        if not is_state(party.value) and not (
            org_bodies(ctx.org) and names_another(phrase[party.start : party.end], ctx.org)
        ):
            phrase = phrase[: party.start] + " " + phrase[party.end :]  # (another organization of the body
            # table's keeps its name: "the EAEU Supreme Council" read for the GCC is not the GCC's)
    phrase = re.sub(
        r"\s+of\s+(?:the\s+)?(?:Union|Organi[sz]ation|Commonwealth|Association|Community|Bloc|Group)\b.*$|\s+of(?:\s+the)?\s*$",
        "",
        phrase.strip(),
    )
    # "... Heads of State and Government of the organisation", "... of the bloc": the organization by its
    # common noun in lower case is the organization itself, no part of the body's name
    phrase = re.sub(
        r"\s+of\s+(?:the|this|our)\s+(?:organi[sz]ation|bloc|grouping|union|community|group)$", "", phrase
    )
    # "Council of Ministers of the member states of the X": whose ministers is no part of the name
    phrase = re.sub(
        r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:member\s+(?:states|countries)|members)\b.*$", "", phrase
    )
    phrase = _own_name_left_out(phrase.strip(), ctx)
    phrase = re.sub(r"^(?:The|the|An|an|A|a|its|their|his|her)\s+", "", phrase.strip())
    # "Special Council", "Tenth Conference", "22nd Ordinary Session": the sitting's kind and number are no
    # part of the body's name
    phrase = re.sub(rf"^(?:(?:{SITTING_KIND})\s+)+(?=[A-Z])", "", phrase, flags=re.I)
    if phrase.split() and phrase.split()[0] in _abbreviations(ctx) and len(phrase.split()) > 1:
        phrase = " ".join(phrase.split()[1:])  # "ECOWAS Authority of ...": the organization's abbreviation
    # "Assembly of Heads of State and Government" -> assembly ("Council of Heads of State" keeps its words)
    phrase = re.sub(
        r"^(?P<head>Assembly|Authority|Summit)\s+of\s+(?:the\s+)?Heads\s+of\s+State(?:\s+and\s+Government)?$",
        r"\g<head>",
        phrase,
    )
    words = phrase.split()
    own = _own_words(ctx)
    kept = [w for w in words if w not in own]
    if kept != words and (len(kept) >= 2 or (kept and kept[0].casefold() not in _GENERIC_HEADS)):
        words = (
            kept  # "ECOWAS Authority" -> authority; "Supreme Eurasian Economic Council" -> supreme-council
        )
    if [w.casefold() for w in words] in (["council"], ["summit"]) and phrase != " ".join(words):
        words = phrase.split()
    slug = re.sub(r"[^a-z0-9]+", "-", " ".join(words).casefold()).strip("-")
    # the organization's own name after "of" leaves the "of" behind: "the Authority of Heads of State and
    # Government of ECOWAS" is its Authority
    slug = re.sub(r"-of(?:-the)?$", "", slug)
    if slug in ("their-council", "its-council") or slug == "council" and phrase.strip() == whole.strip():
        return (
            None  # "their Council": the text's words name no body of their own (but "Council of <the org>")
        )
    own_names = {state_name(ctx.org), *_defined_names(ctx)}
    initials = "".join(w[0] for w in words if w[:1].isupper())
    if len(words) >= 2 and initials.casefold() == ctx.org.casefold():
        return _summit_slug(ctx)  # "Pacific Islands Forum leaders closed ...": the organization's own summit
    if slug and slug in {re.sub(r"[^a-z0-9]+", "-", n.casefold()).strip("-") for n in own_names}:
        return _summit_slug(ctx)  # "the heads of government of the Northern Rivers Council met": its summit
    return own_body(slug, ctx.org, ctx.bodies) if slug else None  # as the organization's body table calls it


def _own_name_left_out(phrase: str, ctx: Context) -> str:
    """ "Supreme Council of the Gulf Cooperation Council" (of the GCC) -> "Supreme Council": a trailing "of
    (the) X" whose capitalized words' initials spell the organization's abbreviation, or that is its name."""
    m = re.search(
        r"\s+of\s+(?:the\s+)?(?P<name>(?:[A-Z][\w'’-]*)(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w'’-]*)*)$",
        phrase,
    )
    if not m or m.start() == 0:
        return phrase
    name = m.group("name")
    initials = "".join(w[0] for w in name.split() if w[0].isupper())
    own = state_name(ctx.org)
    if (
        initials.casefold() == ctx.org.casefold()
        or name.casefold() == own.casefold()
        or name in _abbreviations(ctx)
    ):
        return phrase[: m.start()]  # "... of the Gulf Cooperation Council", "... of the GCC"
    defined = _defined_names(ctx)
    if name.casefold() in defined or (
        len(name.split()) >= 2 and any(d.startswith(name.casefold() + " ") for d in defined)
    ):  # "... of the Caribbean Community (CARICOM)", or the first words of it
        return phrase[: m.start()]
    words = {w.casefold() for w in name.split()} - _PARTICLES
    if words and words <= _spelled_name_words(ctx):
        return phrase[: m.start()]  # "Permanent Council of La Francophonie" in a text naming the OIF in full
    return phrase


_PARTICLES = {"of", "the", "and", "for", "de", "la", "le", "les", "du", "des", "et", "on", "in"}


@lru_cache(maxsize=64)
def _spelled_in(text: str, org: str) -> frozenset[str]:
    """The words of the names the text gives the organization in full: a run of words whose initials, the
    particles aside, spell its abbreviation ("Organisation internationale de la Francophonie" for oif)."""
    abbr = org.casefold()
    out: set[str] = set()
    for m in re.finditer(r"(?=\b(?P<run>[A-Z][\w'’-]*(?:[ \t]+\w[\w'’-]*){1,9}))", text):
        words = m.group("run").split()
        for j in range(len(words), 1, -1):
            run = [w for w in words[:j] if w.casefold() not in _PARTICLES]
            if run and "".join(w[0] for w in run).casefold() == abbr and words[j - 1][0].isupper():
                out |= {w.casefold() for w in run}
                break
    return frozenset(out)


@lru_cache(maxsize=64)
def _abbreviations_in(text: str, org: str) -> tuple[str, ...]:
    """The organization's abbreviation, and those the text defines that spell it with a letter left out
    ("IDB" for isdb): the first letters agree and one is the other with letters dropped, in order."""
    slug = org.upper()
    out = [slug]
    for m in re.finditer(r"\(\s*([A-Z]{2,8})\s*[)/]", text):
        a = m.group(1)
        short, long_ = sorted((a, slug), key=len)
        it = iter(long_)
        if a not in out and a[0] == slug[0] and len(long_) - len(short) <= 2 and all(c in it for c in short):
            out.append(a)
    return tuple(out)


@lru_cache(maxsize=64)
def _defined_in(text: str, org: str) -> frozenset[str]:
    """The organization's names as the text defines them: "the Caribbean Community (CARICOM)" for caricom."""
    abbr = "|".join(re.escape(a) for a in _abbreviations_in(text, org))
    return frozenset(
        {
            " ".join(words[i:]).casefold()
            for m in re.finditer(
                rf"(?P<name>[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+|for\s+|the\s+)*[A-Z][\w'’-]*)*)\s*\(\s*(?:{abbr})(?:\s*/\s*[A-Z]{{2,8}})?\s*\)",
                text,
            )
            for words in [m.group("name").split()]
            for i in range(len(words))
            if words[i][0].isupper()
        }
    )


def _spelled_name_words(ctx: Context) -> frozenset[str]:
    return _spelled_in(ctx.doc.text, ctx.org)


def _abbreviations(ctx: Context) -> tuple[str, ...]:
    return _abbreviations_in(ctx.doc.text, ctx.org)


def _defined_names(ctx: Context) -> frozenset[str]:
    return _defined_in(ctx.doc.text, ctx.org)


_HELD_CLAUSE = re.compile(
    r"\b(?:after|at|during|following)\s+(?:the\s+)?(?:(?:Council|Assembly|Summit|council|assembly)['’]s\s+|its\s+|their\s+)?"
    r"(?:regular\s+|ordinary\s+|extraordinary\s+)?(?:session|meeting|summit|sitting)\s+(?:in|at)\s+(?:the\s+)?[A-Z\w]"
)


def _body_named_before(ctx: Context, sentences: list[Passage], passage: Passage) -> str | None:
    """The body a sentence before this one names ("The African Union's Peace and Security Council decided
    ... The council met ...")."""
    for earlier in reversed(sentences[: sentences.index(passage)]):
        text = re.sub(r"(?<=\w)['’]s\b", "", earlier.norm)  # "the African Union's Peace and ..."
        found = _body_in(text, ctx)
        if found is None:
            named = _NAMED_BODY.search(text)
            slug = _generic_body(named.group(), ctx) if named else None
            found = (slug, 0) if slug else None
        if found:
            return found[0]
    return None


def _summit_slug(ctx: Context) -> str:
    """The slug of the organization's summit: the text's own "Council of Heads of State" when it names one,
    else what the tables call a summit, else ``summit``; as the organization's body table calls it
    (names.summit_of: "summit" is asean-summit for ASEAN)."""
    return summit_of(_summit_words(ctx), ctx.org, ctx.bodies)


def _summit_words(ctx: Context) -> str:
    if re.search(r"\bCouncil\s+of\s+(?:the\s+)?Heads\s+of\s+State\b", ctx.doc.text):
        return resolve_body("Council of Heads of State", ctx.bodies, ctx.org) or "council-of-heads-of-state"
    if re.search(
        rf"\bAuthority\s+of\s+(?:the\s+)?Heads\s+of\s+State\b|\b{re.escape(ctx.org.upper())}\s+Authority\b",
        ctx.doc.text,
    ):  # "the chair of the COMESA Authority": the summit is the organization's Authority
        return resolve_body("Authority", ctx.bodies, ctx.org) or "authority"
    heads = re.search(
        r"\b(?P<head>College|Conference|Assembly)\s+of\s+(?:the\s+)?Heads\s+of\s+State(?P<gov>\s+and\s+(?:of\s+)?Government)?\b",
        ctx.doc.text,
    )
    if heads:  # "the rules of procedure of the College of Heads of State": the summit is that body
        if heads.group("head") == "Assembly":
            return resolve_body("Assembly", ctx.bodies, ctx.org) or "assembly"
        words = f"{heads.group('head')} of Heads of State" + (" and Government" if heads.group("gov") else "")
        return resolve_body(words, ctx.bodies, ctx.org) or re.sub(r"\W+", "-", words.casefold())
    if re.search(r"\b(?:leaders['’]\s+meeting|Leaders['’]?\s+Meeting)\b", ctx.doc.text):
        return "leaders-meeting"  # "the forum's first in-person leaders' meeting": the summit's own name
    return resolve_body("summit", ctx.bodies, ctx.org) or "summit"


_SAT_ON = re.compile(
    r"\b(?:held|met|convened|sat|took\s+place|was\s+in\s+session|ended|closed|concluded|wrapped\s+up|wound\s+up)\s+"
    # "ended their fourth annual summit in New Delhi on 29 March": the sitting the verb governs, then its day
    r"(?:(?:its|their|the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:summit|meeting|session|conference|sitting)\s+)?"
    r"(?:in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+)?(?:on|from)\s+(?:\w+day,?\s+)?(?:the\s+)?$"
)


_OPENED_ON = re.compile(r"\b(?:opened|opens|began|begins|started|starts|convened)\s+(?:on\s+)?$", re.I)
_CLOSES_ON = re.compile(
    r"^\s*,?\s*(?:and\s+)?(?:it\s+)?(?:closes|closed|ends|ended|concludes|concluded|will\s+(?:close|end|conclude)"
    r"|is\s+to\s+(?:close|end)|runs\s+until|ran\s+until|lasts\s+until)\s+(?:on\s+)?$",
    re.I,
)


def _opened_and_closes(dates: list[DateMatch], text: str) -> list[DateMatch]:
    """ "The Congress opened on 9 August and closes on 27 August": the two days are one span."""
    out: list[DateMatch] = []
    for a, b in zip(dates, dates[1:], strict=False):
        if (
            a.kind.rstrip("?") == b.kind.rstrip("?") == "day"
            and _OPENED_ON.search(text[max(0, a.start - 30) : a.start])
            and _CLOSES_ON.match(text[a.end : b.start])
            and a.edtf < b.edtf
        ):
            kind = "days?" if a.kind.endswith("?") or b.kind.endswith("?") else "days"
            out.append(DateMatch(a.start, b.end, f"{a.edtf}/{b.edtf}", kind))
    return out


_N_DAYS_FROM = re.compile(
    r"\b(?:over|for|in)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days\s+(?:from|starting(?:\s+on)?|beginning(?:\s+on)?)\s+$",
    re.I,
)
_NUMBER = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _days_from(dates: list[DateMatch], text: str) -> list[DateMatch]:
    """ "held in Lima over three days from 17 November": the span of those days."""
    out: list[DateMatch] = []
    for d in dates:
        m = _N_DAYS_FROM.search(text[max(0, d.start - 40) : d.start])
        if m and d.kind.rstrip("?") == "day" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.edtf):
            n = _NUMBER.get(m.group("n").casefold()) or int(m.group("n"))
            if 1 < n <= 31:
                last = dt.date.fromisoformat(d.edtf) + dt.timedelta(days=n - 1)
                start = d.start - (len(text[max(0, d.start - 40) : d.start]) - m.start())
                out.append(DateMatch(start, d.end, f"{d.edtf}/{last.isoformat()}", "days" + d.kind[3:]))
    return out


def _span_days(d: DateMatch) -> int:
    first, last = d.edtf.split("/")[0], d.edtf.split("/")[-1]
    if len(first) != 10 or len(last) != 10:
        return 0
    return (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days


# no sitting of the genre runs longer (a postal congress: three weeks); "with effect from 7 June 2024 until 25 April
# 2026" is a term, "from 2023 to 2025" a programme
_LONGEST_SITTING = 31


def _meeting_dates(ctx: Context, text: str) -> DateMatch | None:
    dates = [
        d
        for d in find_dates(text, ctx.anchor.year)
        if d.kind.rstrip("?") in ("day", "days") and _span_days(d) <= _LONGEST_SITTING
    ]
    spans = _opened_and_closes(dates, text) + _days_from(dates, text)
    if spans:
        dates = spans + [d for d in dates if not any(s.start <= d.start < s.end for s in spans)]
    # "with the measure applying from November 16": the day something takes effect is not the meeting's
    dates = [
        d for d in dates
        if d.kind.rstrip("?") == "days"
        or not re.search(rf"\b(?:from|until|till|as\s+of|effective|beginning|starting)\s+(?:{WEEKDAY},?\s+)?$", text[max(0, d.start - 32) : d.start])
    ]  # fmt: skip
    if ctx.anchor.day is not None:  # a day far from the text's own is another event's ("from 1 January 2024")
        dates = [
            d
            for d in dates
            if abs((dt.date.fromisoformat(d.edtf.split("/")[0]) - ctx.anchor.day).days) <= 10
            # "which ran from 23 September to 3 October" in a report of 8 October: a span ending near the report
            or (
                "/" in d.edtf
                and -10 <= (ctx.anchor.day - dt.date.fromisoformat(d.edtf.split("/")[-1])).days <= 10
                and (
                    dt.date.fromisoformat(d.edtf.split("/")[-1]) - dt.date.fromisoformat(d.edtf.split("/")[0])
                ).days
                <= 31
            )
            # "the session of the General Conference, held on 29 and 30 June" in a report of 11 July: a day a
            # verb of sitting governs is the sitting's, up to a month before the report
            or (
                _SAT_ON.search(text[max(0, d.start - 80) : d.start]) is not None
                # not a sitting told in a relative clause ("the Conference, which at its 22nd session, held on
                # 25 March, ..."): background to what the report tells
                and not re.search(r"\b(?:which|who|whose)\b", text[: d.start])
                and 0 <= (ctx.anchor.day - dt.date.fromisoformat(d.edtf.split("/")[-1])).days <= 31
            )
        ]
    if not dates and ctx.anchor.day is not None:
        dates = [  # each weekday by its clause's tense; "runs until Tuesday" tells its end, not its day
            d
            for d in relative_days(text, ctx.anchor.day)
            if not re.search(r"\b(?:until|till|through)\s+$", text[max(0, d.start - 12) : d.start])
        ]
    spans = [d for d in dates if "/" in d.edtf]
    if dates and "/" not in dates[0].edtf:  # "ended on Thursday after meetings from Tuesday to Thursday"
        holding = [s for s in spans if s.edtf.split("/")[0] <= dates[0].edtf <= s.edtf.split("/")[-1]]
        if holding:
            return holding[0]
    if dates and "/" not in dates[0].edtf and len(dates[0].edtf) == 10:
        # "released the statement on Sunday, a day after the leaders met in Manila": the sitting is the clause
        # after, that many days before the day named (or after it: "two days before the summit closed")
        d = dates[0]
        shift = _DAYS_AFTER.match(text, d.end)
        if shift and _HELD.search(shift.group("rest")) and not _HELD.search(text[: d.start]):
            n = _NUMBER.get(shift.group("n").lower()) or (
                1 if shift.group("n").lower() in ("a", "one") else 0
            )
            if n:
                day = dt.date.fromisoformat(d.edtf) + dt.timedelta(
                    days=-n if shift.group("dir") == "after" else n
                )
                return DateMatch(d.start, d.end, day.isoformat(), d.kind)
    return dates[0] if dates else None


_DAYS_AFTER = re.compile(
    r"\s*,?\s*(?P<n>a|one|two|three|four|five)\s+days?\s+(?P<dir>after|before)\b(?P<rest>[^.;]*)", re.I
)


# a body's slug that names only a sitting ("meeting", "forty-second-regular-meeting", "ordinary-session"), and
# the bodies of heads a "summit" may be the sitting of
SITTING_ONLY = re.compile(rf"(?:(?:{SITTING_KIND})-){{0,3}}(?:meeting|session|sitting)", re.I)
HEADS_BODY = re.compile(r"heads-of-(?:state|government)|leaders|supreme|summit")


def _body_the_next_names(
    ctx: Context, sentences: list[Passage], opening: Passage, body: str, date: DateMatch | None
) -> tuple[str, Passage, DateMatch | None] | None:
    """A headline's or a lede's sitting named only by its noun ("Leaders conclude Forty-Second Regular Meeting",
    "Summit closes in Maseru") is the sitting of the body the next sentences name as held on the same days
    ("The Supreme Council of the XYZ met in Maseru on 17 August"); a summit is never a council of ministers'."""
    summit = body == _summit_slug(ctx)
    if not SITTING_ONLY.fullmatch(body) and not summit:
        return None
    k = sentences.index(opening)
    for other in sentences[k + 1 : k + 4]:
        if (
            not _HELD.search(other.norm)
            or _NOT_THIS.search(other.norm)
            or _AHEAD.search(other.norm)
            or _BACKGROUND.search(other.norm)
            or _elsewhen(ctx, other.norm)
            or _past_year_only(ctx, other.norm)
        ):
            continue
        named = _body_in(other.norm, ctx)
        if named is None or named[0] == body or SITTING_ONLY.fullmatch(named[0]):
            continue
        if summit and not HEADS_BODY.search(named[0]):
            continue
        when = _meeting_dates(ctx, other.norm)
        if date is not None and when is not None and not overlaps(date.edtf, when.edtf):
            continue
        return named[0], other, when
    return None


# people, not a body, as a meeting's subject: "Leaders of the 12-nation XYZ bloc", "The heads of the member states
# of the Russian-led XYZ (ABC)", "Presidents of the Union"
_PEOPLE_SUBJECT = re.compile(
    r"(?:The\s+|the\s+|Its\s+|its\s+)?(?:[A-Z][\w'’-]*\s+){0,4}"
    r"(?i:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|heads\s+of\s+(?:the\s+)?member\s+states|presidents"
    r"|prime\s+ministers|premiers)"
    r"(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,9}?(?:\s*\([A-Z][A-Za-z-]{1,9}\)(?:\s+[\w'’-]+){0,2})?)?"
)
# the heads of government alone (not "heads of state and government"): their own council where the organization
# has one ("The prime ministers of the CIS met in Minsk": its Council of Heads of Government)
_GOVERNMENT_HEADS = re.compile(
    r"^(?:\S+\s+){0,5}?(?i:heads\s+of\s+government|prime\s+ministers|premiers)\b(?!\s+and\b)", re.I
)
# "The heads of government of the XYZ, which unites four states, met in ...": a relative clause or apposition
# closing the subject is no part of it
_SUBJECT_CLAUSE = re.compile(r",\s+(?:which|who|whose|that|an?\s+|the\s+)[^;]*$")


def _government_heads_body(ctx: Context) -> str:
    """The body the heads of government sit in: the table's or store's council, conference or meeting of
    heads of government; an organization the body table does not know sits so as a council (as the golds of
    the SCO, the CIS and GUAM name it); one the table knows without such a body meets at its summit."""
    for name in (
        "Council of Heads of Government",
        "Conference of Heads of Government",
        "Heads of Government Meeting",
    ):
        slug = resolve_body(name, ctx.bodies, ctx.org)
        if slug:
            return slug
    return _summit_slug(ctx) if org_bodies(ctx.org) else "council-of-heads-of-government"


def find_meeting(ctx: Context, *, acts: bool = False) -> list[Candidate]:
    """The meeting itself (a MeetingHeld), and sets ``ctx.meeting``; the attendance goes in it."""
    sentences = ctx.doc.sentences
    opening: Passage | None = None
    date: DateMatch | None = None
    body = place = None
    around: list[Passage] = []
    named_elsewhere: bool | None = None
    for passage in sentences[:14]:
        text = passage.norm
        if passage.start < ctx.anchor.end:  # the dateline is no part of the sentence
            text = passage.text[ctx.anchor.end : passage.end]
            text = " ".join(text.split())
        verb = _HELD.search(text) or _ORDINAL_MEETING.search(text)
        if verb is not None and (
            _HELD_NO_MEETING.match(text, verb.start()) or _HELD_OBJECT_BEFORE.search(text[: verb.end()])
        ):
            # "... which had been barred after a coup and held elections in May": what was held is no meeting
            verb = _ORDINAL_MEETING.search(text)
        # "The foreign ministers met in X to prepare the summit in September": the sitting a purpose clause
        # names is one to come, not the body that met (blanked, the offsets kept)
        purposeless = _PURPOSE.sub(lambda x: " " * len(x.group()), text)
        found = _body_in(purposeless, ctx)
        decider = verb.groupdict().get("decider") if verb is not None else None
        if verb is not None and re.search(r"\sby\s+(?:the|its|their)\s+$", verb.group()):
            agent = re.match(
                r"(?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?)?){0,5}\w+(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*){1,6})?",
                text[verb.end() :],
            )
            decider = agent.group() if agent else None  # "was adopted by the UN General Assembly": the agent
        if decider and [p for p in find_parties(decider, exclude=[ctx.org]) if p.value != ctx.org]:
            continue  # "The French National Assembly approved ...", "The UN General Assembly adopted ...": another's
        if decider:  # "The XYZ General Assembly elected five members of the Council": the subject's body
            named = _NAMED_BODY.search(decider)
            slug = resolve_body(re.sub(r"^(?:The|the)\s+", "", decider), ctx.bodies, ctx.org) or (
                _generic_body(named.group(), ctx) if named else None
            )
            if slug:
                found = (slug, 0)
        if found is None and verb is not None:  # "The heads of state of the member states ... met in ..."
            subject = re.sub(r"^(?:On\s+)?[^,]*\d{4},\s*", "", text[: verb.start()]).strip(" ,")
            # what a dateline the anchor did not read leaves before the lede ("Astana. NEWSWIRE - ",
            # "NEWSWIRE -- "), and an attribution ("According to the Kremlin, "), is no part of the subject
            subject = re.sub(
                r"^(?:(?:[A-Z][\w.'’]*[\s,.]*){1,4}(?:\([^)]{1,30}\)\s*)?(?:--|—|–|-)\s+)?"
                r"(?:According\s+to\s+[^,]{1,60},\s*)?",
                "",
                subject,
            )
            if verb.groupdict().get("sitting") or verb.groupdict().get(
                "decider"
            ):  # "The World Weather Congress today appointed ...": its subject
                subject = verb.group("sitting") or verb.group("decider")
            slug = resolve_body(re.sub(r"^(?:The|the)\s+", "", subject), ctx.bodies, ctx.org)
            # "Leaders of the Pacific Islands Forum closed ...", "The heads of government of the XYZ, which unites
            # four states, met ...": the people who met, their subject's closing clause left out
            bare_subject = _SUBJECT_CLAUSE.sub("", subject).strip(" ,")
            people = _PEOPLE_SUBJECT.fullmatch(subject) or _PEOPLE_SUBJECT.fullmatch(bare_subject)
            # (the organization's own abbreviation is no state of that name: "GUAM" is not Guam)
            named_states = [
                p
                for p in find_parties(bare_subject)
                if bare_subject[p.start : p.end].casefold() != ctx.org.casefold()
            ]
            if people and named_states and all(is_state(p.value) for p in named_states):
                people = None  # "The prime ministers of India and Pakistan met in ...": those states' meeting
            named = _NAMED_BODY.search(subject) if slug is None and not people else None
            if named:  # "The Assembly of the African Union met in ...": a body no table knows, by its words
                slug = _generic_body(named.group(), ctx)
            if (
                slug is None
                and people
                and re.search(
                    r"\b(?:talks|summit|meeting|session|met|gathered|convened)\b",
                    text[verb.start() : verb.end() + 40],
                )
            ):
                # "The leaders closed two days of talks in Accra": the organization's summit; its heads of
                # government alone: their own body
                slug = _government_heads_body(ctx) if _GOVERNMENT_HEADS.match(subject) else _summit_slug(ctx)
            if slug is None and re.search(
                r"\b(?:the|its|their)\s+(?:council|assembly|conference|committee|authority|board)['’]s\s+(?:[\w-]+\s+){0,2}(?:meeting|session|sitting)\b"
                # "The decision was made today at the session of the council": the body in lower case, named before
                r"|\b(?:meeting|session|sitting)\s+of\s+(?:the|its|their)\s+(?-i:council|assembly|conference|committee|authority|board)\b",
                text,
                re.I,
            ):  # "The ruling came out of the council's 854th meeting": the body named before
                slug = _body_named_before(ctx, sentences, passage)
            if slug is None and re.match(
                r"^(?:The|Its|the|its)\s+(?:council|assembly|summit|conference|authority)$", subject, re.I
            ):
                slug = _body_named_before(
                    ctx, sentences, passage
                )  # "The council met on ...": the one named before
            found = (slug, 0) if slug else None
        if acts and (verb is None or found is None):  # a governing body's act (sittings.py)
            act = governing_act(text, ctx)
            if act is not None:
                verb, found, text = act
        leaders = _LEADERS_MEETING.search(text)
        if leaders and named_elsewhere is None:  # a body the text names elsewhere is the meeting's
            named_elsewhere = any(
                (b := _body_in(other.norm, ctx)) is not None and b[0] != _summit_slug(ctx)
                for other in sentences[:14]
            )
        if (
            found is None
            and leaders
            and not named_elsewhere
            and not _NOT_THIS.search(text[: leaders.end() + 40])
        ):
            # "Mercosur presidents meeting in this western Argentine city on Friday suspended ...": a summit
            verb, found = verb or leaders, (_summit_slug(ctx), leaders.start())
        ministers = _MINISTERS_MET.search(text)
        if (
            found is None
            and verb is not None
            and ministers
            and not _SUMMIT.search(purposeless)
            and not _anothers_ministers(text[: verb.end()], ctx)
        ):
            # "Arab foreign ministers gathered in an extraordinary session", "a session of the League's
            # council at ministerial level": the organization's council of foreign ministers
            found = (_foreign_ministers_body(ctx), ministers.start())
        clause = _HELD_CLAUSE.search(text)
        if found and clause and _NOT_THIS.search(text[: clause.start()]):
            # "The Council will meet next in Yerevan, ... told reporters after the Council's session in the
            # Tajik capital on Thursday": the meeting held is the one the clause tells of
            text, verb = text[clause.start() :], clause
        # a sitting named by its day ("at Friday's session of the Council") is told by its own words, whatever
        # a reported clause before it says of the future ("X will chair the CIS in 2015, Y said at ...")
        said_before = text[verb.start() : verb.end()] if verb and verb.groupdict().get("dayof") else None
        if verb and verb.groupdict().get("onday"):
            # "agreed on Tuesday that X will chair the bloc in 2026, on the first day of the summit": the main clause
            # and the sitting's words, not the reported clause ("will sign it on the first day of the summit next
            # year" is a sitting to come)
            said_before = re.split(r"\bthat\b", text[: verb.start()], maxsplit=1)[0] + verb.group()
            if re.search(r"\bnext\s+(?:year|month|week)\b", text[verb.end() :], re.I):
                said_before += " next meeting"
        if (
            not verb
            or not found
            or _NOT_THIS.search(said_before if said_before is not None else text[: verb.end()])
            or _OTHER_MEETING.search(text[verb.end() : verb.end() + 80])
            or _AHEAD.search(text)
        ):  # a modal after the verb tells the meeting's end ("opens today and will close on Wednesday")
            continue
        # the verb's own clause: a relative clause after it tells of something else ("held in X on Tuesday, after
        # hearing the report of the panel, which was set up last year")
        own_clause = text[: verb.end()] + _RELATIVE_CLAUSE.split(text[verb.end() :], maxsplit=1)[0]
        if _BACKGROUND.search(_SINCE_AGO.sub("", own_clause)) and not re.search(
            r"\b(?:today|this\s+week)\b", text, re.I
        ):
            continue  # the organization's history, not the meeting reported
        if _elsewhen(ctx, text, spans=True) or _past_year_only(ctx, text):
            continue  # "... opened for them in September 2021 at their Dushanbe summit": another meeting
        if _HAD_BEFORE.search(text[: verb.start()]) or _HAD_JUST_BEFORE.search(text[: verb.start()]):
            # "X passed it on in Brussels, where the prime ministers had gathered for the European Council": a
            # sitting told in a relative clause of the past perfect is the scene of something else, unless the
            # main clause tells it held ("The Summit, which the leaders had opened on 10 November, ended ...")
            later = next(
                (v for v in _HELD.finditer(text, verb.end()) if not _HAD_BEFORE.search(text[: v.start()])),
                None,
            )
            if later is None:
                continue
        body = found[0]
        opening, date = passage, _meeting_dates(ctx, text)
        if (
            date is None
            and ctx.anchor.day is not None
            and any(d.kind.rstrip("?") in ("day", "days") for d in find_dates(text, ctx.anchor.year))
        ):
            opening = None  # "the Conference, which at its 22nd session, held ... on 25 March": a meeting weeks before
            continue
        if date is None:  # "... met in Minsk." and the day in the next sentence
            for nxt in sentences[sentences.index(passage) + 1 : sentences.index(passage) + 3]:
                if ctx.anchor.day is not None and (
                    not (_HELD.search(nxt.norm) or _BODY_ACTED.match(nxt.norm))
                    or re.search(r"\bhad\b", nxt.norm)
                ):
                    continue  # with a dateline, only a sentence telling the meeting itself dates it (or the body
                    # acting: "The board, which represents ..., reached its decision on Friday")
                date = _meeting_dates(ctx, nxt.norm) if not _NOT_THIS.search(nxt.norm) else None
                if date:
                    break
            k = sentences.index(passage)
            lede = sentences[k - 1] if k > 0 else None
            if (
                lede is not None
                and k > 1
                and not find_dates(lede.norm, ctx.anchor.year)
                and find_dates(sentences[k - 2].norm)
                and re.match(r"(?:The|This|That)\s+[\w-]+\s+(?:took\s+place|was\s+held|came)\b", text)
            ):
                # "X took the oath on Friday, 7 June 2024 ... She is the first woman to hold the post. The
                # swearing-in took place during the Meeting of ...": the act the lede dated, a sentence between
                lede = sentences[k - 2]
            if date is None and lede is not None and lede.end > ctx.anchor.end:
                # "The OAS suspended Honduras late on Saturday. Meeting in a special session ..., member states
                # resolved to suspend ...": the sentence before tells the day of what the meeting did (its words
                # after the dateline; without a dateline's day, only a day written with its year)
                words = " ".join(ctx.doc.text[max(lede.start, ctx.anchor.end) : lede.end].split())
                if (
                    not re.search(r"\b(?:had|will|would)\b", words)
                    and not _NOT_THIS.search(words)
                    and not _DATE_ONLY.fullmatch(
                        words
                    )  # "August 21": a date line, the text's day, tells no act
                    and not _HELD_NO_MEETING.search(words)
                    and not _HELD_OBJECT_BEFORE.search(
                        words
                    )  # "the elections that Fiji held on 17 September"
                ):
                    date = _meeting_dates(ctx, words)
                    if date is not None and ctx.anchor.day is None and not re.search(r"\b\d{4}\b", words):
                        date = None
        place = _place(ctx, text)
        k = sentences.index(passage)
        # the sentences next to it, a byline or a date line between them not counted ("Headline / By X, Nov 12,
        # 2011 / The summit concluded ... in Addu"), and the headline above it when the text opens with it
        told = [s for s in sentences if not is_byline(s)]
        j = sum(1 for s in told if s.start < passage.start)  # the passage's place among them
        around = told[max(0, j - 2) : j + 2]
        if j > 0 and told[0] not in around and told[0].end <= passage.start and j <= 4:
            around.append(told[0])
        for other in around:
            if place is None and other is not passage and not _NOT_THIS.search(other.norm):
                near_place = _place(ctx, other.norm, here=False)
                if (
                    near_place
                    and _state_of(near_place)
                    and not _MEETING_NOUN.search(other.norm)
                    and not _HOSTED.search(other.norm)
                ):
                    continue  # "... in protest at the intervention in Somalia": a state a sentence beside names
                    # without the meeting is no host
                place = near_place
        # a headline or a lede that names no town (or only its state: "ECO summit in Azerbaijan"), then a
        # sentence that tells the sitting held ("... was held on 3-4 July 2025 in Khankendi, Azerbaijan")
        for other in told[j + 1 : j + 9] if place is None or _state_of(place) else ():
            if (
                _HELD.search(other.norm)
                and _MEETING_NOUN.search(other.norm)
                and not _NOT_THIS.search(other.norm)
            ):
                sitting = _body_in(other.norm, ctx)
                if (
                    sitting is not None
                    and sitting[0] not in (body, _summit_slug(ctx))
                    and not SITTING_ONLY.fullmatch(sitting[0])
                ):
                    continue  # "the Council of Foreign Ministers, which met in Jeddah": another body's sitting
                town = _place(ctx, other.norm, here=False)
                if town is not None and not _state_of(town):
                    place = town
                    around.append(other)  # where its state is read too ("Khankendi, Azerbaijan")
                    if date is None and not _BACKGROUND.search(other.norm):
                        date = _meeting_dates(ctx, other.norm)  # "The summit took place on 17 August in X"
                    break
        if (
            place is None
            and not _VIRTUAL.search(text)
            and ctx.anchor.place
            and (
                city(ctx.anchor.place)
                or (ctx.anchor.region and _state_of(ctx.anchor.region.title()))
                # "CHOLPON-ATA, 3 September 2018 -- The summit got under way today at the cultural centre": a town
                # the gazetteer lacks, where the reporter is on the day the meeting sits ("today", "here")
                or (
                    not find_parties(ctx.anchor.place)
                    and re.search(r"\b(?:today|here|this\s+(?:morning|afternoon|evening))\b", text, re.I)
                )
            )
        ):
            place = (
                ctx.anchor.place
            )  # a report datelined where the meeting is (a town the gazetteer lacks, by
            # the state its dateline names: "The VILLAGE of BURABAY /KAZAKHSTAN/")
        break
    if opening is not None and body is not None:
        told_by = _body_the_next_names(ctx, sentences, opening, body, date)
        if told_by is not None:  # the sentence that names the body tells the meeting (its quote, its persons)
            body, opening, when_told = told_by
            date = when_told or date
            place = place or _place(ctx, opening.norm)
    title = sentences[0] if sentences else None
    if title is not None and (opening is None or place is None or date is None):
        m = _TITLE_PLACE.search(title.norm)
        if m and find_dates(m.group("rest")):
            place = place or m.group("place")
            if opening is None:
                title_date = find_dates(m.group("rest"))[0]
                body = resolve_body(title.norm[: m.start()].strip(" *"), ctx.bodies, ctx.org)
                if body:
                    opening, date = title, title_date
            elif date is None:
                date = find_dates(m.group("rest"))[0]
    if opening is None or body is None:  # none held: a body's act (sittings.py), else the lede's evidence
        if not acts:
            return find_meeting(ctx, acts=True)
        from igo_timeline.extract.lede import lede_meeting  # the back-off stage reads this module's helpers

        backoff = lede_meeting(ctx)
        if backoff is None:
            return []
        opening, body, date, place = backoff
    body = coreferent_body(ctx, body)  # "the Board" is the text's "Executive Board" (sittings.py)
    if opening is not None:
        date = _widen(ctx, sentences, opening, date, body)
        date = _stage_days(ctx, sentences, opening, body, date)
        date = _own_day(ctx, sentences, opening, date)
    inferred = None
    when: str | None = None
    unresolved = ""
    if date is None:
        if ctx.anchor.day is None:
            # a meeting whose day no year supports: held back as date-unresolved, with what else it says
            unresolved = "date unresolved: the text states no year for the meeting's day (give --published)"
        else:
            when = ctx.anchor.day.isoformat()
            inferred = f"the text names no day for the meeting; {when} is the day of its dateline"
    else:
        when = date.edtf
        if date.kind.endswith("?"):
            inferred = (
                "the day is written without a year (or relative to the dateline): the year is the dateline's"
                + (f" ({ctx.anchor.year_why})" if ctx.anchor.year_inferred and ctx.anchor.year_why else "")
            )
    place = _dateline_town(ctx, place, opening)
    region = ctx.anchor.region
    if place and region and ctx.anchor.place and place.casefold() == region.casefold():
        place = (
            f"{ctx.anchor.place}, {region}"  # "BENAULIM, Goa" and "in the state of Goa": the dateline's town
        )
    event: dict[str, Any] = {"type": "MeetingHeld", "org": ctx.org, "body": body}
    if when is not None:
        ctx.meeting = Meeting(body, when, when.split("/")[-1])
        event["date"] = when
    name = _meeting_name(opening.norm)
    if name:
        event["name"] = name
    if place:
        event["place"] = place
        host = find_parties(place, exclude=[ctx.org])
        if host and host[0].start > 0 and city(place):
            host = []  # "Port of Spain": a city whose name holds a state's
        if host and is_state(host[0].value):
            event["host"] = host[0].value
            if not _city_state(
                place, host[0].value
            ):  # "in Singapore", "in Djibouti": the city is the state's
                event.pop("place")
            there = city(ctx.anchor.place, prefer=[host[0].value]) if ctx.anchor.place else None
            in_state = bool(
                ctx.anchor.place
                and ctx.anchor.region
                and not there
                and _state_of(ctx.anchor.region.title()) == host[0].value
            )  # a town the gazetteer lacks, in the state its dateline names ("BURABAY /KAZAKHSTAN/")
            if (
                "place" not in event
                and (
                    there
                    and there[1] == host[0].value
                    or in_state
                    or _capital_short(ctx, place, host[0].value)
                )
                and not _VIRTUAL.search(opening.norm)
            ):
                event["place"] = (
                    ctx.anchor.place
                )  # "Zambia played host to the summit" under a LUSAKA dateline
        else:
            near = [
                p.value
                for p in find_parties(f"{opening.norm} {ctx.anchor.region or ''}", exclude=[ctx.org])
                if is_state(p.value)
            ]
            gazetteer = city(place, prefer=near)  # "in Victoria, Seychelles": the city of the state named
            if gazetteer:
                event["host"] = gazetteer[1]
            elif ctx.anchor.region and ctx.anchor.place and place.casefold() == ctx.anchor.place.casefold():
                # "AL-ULA, Saudi Arabia --" and the meeting there: the dateline's state hosts it
                hosts = [p.value for p in find_parties(ctx.anchor.region) if is_state(p.value)]
                if hosts:
                    event["host"] = hosts[0]
    if place and "place" not in event and event.get("host") and not _VIRTUAL.search(opening.norm):
        # "The Forum's meeting came to a close in Tonga" and "..., who arrived in Nuku'alofa on Tuesday": the
        # one town of the host state the text names is the meeting's (none when it names two)
        towns = _towns_of(ctx, event["host"])
        if len(towns) == 1:
            event["place"] = towns.pop()
    if "host" not in event and place:
        for said in [opening, *around]:  # "in Djibloho, Equatorial Guinea", "in the Addu city in Maldives"
            beside = next(
                (
                    b
                    for rx in (_PLACE_STATE, _PLACE_IN_STATE)
                    for b in rx.finditer(said.norm)
                    if b.group("place") == place
                ),
                None,
            )
            named_state = _state_of(beside.group("state")) if beside else None
            if named_state:
                event["host"] = named_state
                break
    acting = _ACTING_HOST.search(opening.norm)
    if "host" not in event and acting:
        who = [p for p in find_parties(acting.group("who"), exclude=[ctx.org]) if is_state(p.value)]
        if who:
            event["host"] = who[-1].value
    if "host" not in event:
        hosted = re.search(
            r"\b(?:hosted|chaired|presided over)\s+by\s+(?:the\s+)?(?P<who>[A-Z][^,.;]*)", opening.norm
        )
        if hosted:
            who = [p for p in find_parties(hosted.group("who"), exclude=[ctx.org]) if is_state(p.value)]
            if who:
                event["host"] = who[0].value
    if "host" not in event and place and not city(place):
        # a town the gazetteer lacks ("gathered in Gabala"), and the sentence beside it names the state that
        # hosted ("President X of Azerbaijan hosted the meeting")
        for said in around:
            states = [
                p.value
                for h in _HOSTED.finditer(said.norm)
                for p in find_parties(h.group("place"), exclude=[ctx.org])
                if is_state(p.value)
            ]
            if len(set(states)) == 1:
                event["host"] = states[0]
                break
    more: list[dict[str, Any]] = []
    # the attendance module imports this module's helpers: imported here, not at the top
    from igo_timeline.extract.attendance import _attendance, _chair, _jointly

    co_chairs = _jointly(ctx, more)
    chair = co_chairs[0] if co_chairs else _chair(ctx, more)
    if chair:
        event["chair"] = chair
        if "host" not in event and chair.get("party") and not _OFFICIAL.search(chair.get("role", "")):
            event["host"] = chair["party"]  # the genre's chair is the host's head of state
    out: list[Candidate] = []
    others = _other_meetings(ctx, sentences, opening, body, when) if when is not None else []
    if when is not None:  # a council ahead of the summit, the summit after it, a retreat (sittings.py)
        others += companion_meetings(ctx, sentences, opening, body, when, others)
        others = [(p, coreferent_body(ctx, b), d) for p, b, d in others]
    after = attended_after(sentences, others)  # "It was attended by ...": the meeting told just before
    skip = frozenset(p.start for p, _, _ in others).union(*after.values())
    participants = _attendance(ctx, opening, more, out, skip=skip, host=event.get("host"))
    if chair and "party" not in chair and event.get("host") and not _OFFICIAL.search(chair.get("role", "")):
        chair["party"] = event["host"]  # the genre's chair is the host's head of state (not an official)
    for co_chair in co_chairs[1:]:  # the other co-chair attended too
        if not any(p["person"] == co_chair["person"] for p in participants):
            participants.append({k: v for k, v in co_chair.items() if k in ("person", "role", "party")})
    if chair and not any(p["person"] == chair["person"] for p in participants):
        # a state's chair is its head unless the chair's own office says otherwise ("the Deputy Chairman of ...")
        head = (
            chair.get("party")
            and is_state(chair["party"])
            and not re.search(r"\b(?:Deputy|Vice|Minister|Ambassador|Envoy|Representative)\b", chair["role"])
        )
        entry = {"person": chair["person"], "role": "head of state" if head else chair["role"]}
        participants.insert(0, {**entry, **({"party": chair["party"]} if chair.get("party") else {})})
    for entry in [*participants, *([chair] if chair else [])]:
        entry["person"] = _full_name(ctx, entry["person"])
    unique: dict[str, dict[str, Any]] = {}
    for entry in participants:
        unique.setdefault(entry["person"], entry)
    participants = list(unique.values())
    event["participants"] = participants
    quoted = opening
    if opening.start < ctx.anchor.end < opening.end:  # the dateline is no part of what the sentence says
        rest = Passage(ctx.doc.text, ctx.anchor.end, opening.end)
        quoted = rest.sub(0, len(rest.norm))
    event["source"] = ctx.source(quoted, inferred=bool(inferred), note=inferred)
    if more:
        event["more_sources"] = more
    if when is None:
        return [Candidate("unresolved", event, note=unresolved, kind="date-unresolved"), *out]
    main = ctx.meeting
    second: list[Candidate] = []
    for passage, other_body, other_date in others:
        second.extend(
            _second_meeting(
                ctx, passage, other_body, other_date, event, after.get(passage.start, frozenset())
            )
        )
    ctx.meeting = main
    return [Candidate("event", event), *second, *out]


def _far_day(ctx: Context, d: DateMatch) -> bool:
    """Whether a day a sentence states is over ten days from the text's own (another sitting's), or unknown."""
    if d.kind.rstrip("?") not in ("day", "days"):
        return False
    if ctx.anchor.day is None:
        return True
    first = dt.date.fromisoformat(d.edtf.split("/")[0][:10])
    return abs((first - ctx.anchor.day).days) > 10


def _dateline_town(ctx: Context, place: str | None, opening: Passage) -> str | None:
    """The most specific town of the sitting: "ended a summit in Cornwall" under a CARBIS BAY dateline, and
    "held ... at Carbis Bay" in the lede, is the dateline's town; a region (no town the gazetteer knows there)
    or a gazetteer's namesake in another state ("Cornwall" of Canada under an English dateline) gives way to
    the town the dateline names and the lede puts the sitting in."""
    town = ctx.anchor.place
    if not place or not town or town.casefold() in place.casefold() or _state_of(place):
        return place  # (the place may name the town more fully: "Addu City" under an ADDU dateline)
    if _VIRTUAL.search(opening.norm):
        return place
    sat_there = re.compile(
        r"\b(?:held|met|meeting|gathered|convened|took\s+place|summit|session|hosted|opened|ended)\b[^.;]{0,80}?"
        rf"\b(?:in|at)\s+{re.escape(town)}\b",
        re.I,
    )
    told = [
        s.norm
        for s in ctx.doc.sentences[:8]
        if s.end > ctx.anchor.end
        and sat_there.search(s.norm)
        # the sentence tells this sitting, not another ("followed an extraordinary session held in X on 23
        # December, at which the leaders had ..."): no other time, no past perfect, no history
        and not (_NOT_THIS.search(s.norm) or _BACKGROUND.search(s.norm) or re.search(r"\bhad\b", s.norm))
        and not any(_far_day(ctx, d) for d in find_dates(s.norm, ctx.anchor.year))
    ]
    if not told:
        return place
    there, home = city(place), city(town)
    if there is None or home is None or there[1] != home[1]:
        return town
    return place


def _other_meetings(
    ctx: Context, sentences: list[Passage], opening: Passage, body: str, when: str
) -> list[tuple[Passage, str, DateMatch]]:
    """Other meetings the text reports held, each in a sentence of its own with its own calendar day ("The
    foreign ministers held the eleventh meeting of their council over the same two days, May 22 and 23"):
    another body, a main-clause verb of holding (not "which met on Tuesday", not "had met"), not a meeting
    to come or of the past."""
    found: list[tuple[Passage, str, DateMatch]] = []
    for passage in sentences[:40]:
        text = passage.norm
        if passage is opening or passage.start < ctx.anchor.end:
            continue
        stages = _stages(ctx, text, int(when[:4]) if when[:4].isdigit() else None)
        if (
            stages
        ):  # "the Executive Council on 28-29 June, and the Assembly on 1-2 July": each body's own days
            seen = {b for _, b, _ in found}
            for slug, days in stages:
                if slug not in (body, *seen):
                    found.append((passage, slug, days))
                    seen.add(slug)
            continue
        preceded = _PRECEDED_BY.search(text)
        if (
            preceded is not None
        ):  # "The summit was preceded by a meeting of the Council of Ministers on 13 August"
            found += _preceding(ctx, passage, text[preceded.end() :], body, when)
            continue
        verb = _HELD.search(text)
        relative = _BODY_WHICH_MET.search(text)
        if relative is not None and find_parties(relative.group("body"), exclude=[ctx.org]):
            relative = None  # "the Council of the European Union, which met in Brussels": another's body
        if relative is not None:  # "... by the XYZ Council of Ministers, which met in Lima on 3 May"
            verb = relative
        elif verb is None or re.search(
            r"\b(?:which|that|who|whom|where)\s+(?:\w+\s+)?$", text[: verb.start()]
        ):
            continue
        if _NOT_THIS.search(text[: verb.end()]) or _OTHER_MEETING.search(text[verb.end() : verb.end() + 80]):
            continue
        if _BACKGROUND.search(text) or _elsewhen(ctx, text):
            continue
        date = _own_date(ctx, text, when)
        if date is None:
            continue
        named = _body_in(text, ctx)
        if relative is not None:  # the body the relative clause tells of, not another the sentence names
            own = _generic_body(relative.group("body"), ctx)
            named = (resolve_body(own.replace("-", " "), ctx.bodies, ctx.org) or own, 0) if own else None
        if named is None and _MINISTERS_MET.search(text):  # "Foreign ministers met on Sunday in Lusaka"
            slug = (
                resolve_body("Council of Foreign Ministers", ctx.bodies, ctx.org)
                or "council-of-foreign-ministers"
            )
            named = (slug, 0)
        if named is None or named[0] == body or named[0] == _summit_slug(ctx):
            continue
        known = named[0] in ctx.bodies or resolve_body(named[0].replace("-", " "), ctx.bodies, ctx.org)
        if (
            not known
            and relative is None
            and not re.search(
                r"-of-(?:[a-z]+-)*(?:ministers|heads|officials|governors|representatives|state)\b", named[0]
            )
        ):
            continue  # "the summit of the Conference on Interaction ...": another organization's, or no body's name
        found.append((passage, named[0], date))
    return found


# a named body, then a relative clause telling that it sat: "the XYZ Council of Foreign Ministers, which met in
# Jeddah on 29 May", "its Executive Board, which convened on Tuesday" (a main clause's "which met" is another's)
_BODY_WHICH_MET = re.compile(
    r"(?P<body>(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){0,6}"
    r"(?-i:Council|Assembly|Conference|Congress|Committee|Commission|Board|Body|Authority|Meeting)"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*)+)?),\s+which\s+(?:had\s+)?(?:met|convened|gathered|sat|was\s+held)\s+(?:\w+\s+)?(?:in|at)\s+(?-i:[A-Z])"
)  # its own place told: "which met on Tuesday" alone only situates the preparation (not a sitting reported)


# "The summit was preceded by a meeting of senior officials on 26-27 February and by the 22nd meeting of the
# Council of Ministers on 28 February": the meetings held before it, each with its own day
_PRECEDED_BY = re.compile(
    r"^(?:The|the|It|Its|This)\b[^,;]{0,80}?\b(?:was|were|had\s+been|has\s+been)\s+preceded\s+by\s+", re.I
)


def _stages(ctx: Context, text: str, year: int | None = None) -> list[tuple[str, DateMatch]]:
    """The bodies a sentence lists each with days of its own ("the Permanent Representatives Committee met on
    25-26 June, the Executive Council on 28-29 June, and the Assembly on 1-2 July"): (slug, days) each, when
    two or more bodies are so listed; a body's days are the one date after its name, before the next's."""
    year = year or ctx.anchor.year or ctx.year
    out: list[tuple[str, DateMatch]] = []
    for chunk in re.split(r",\s+(?:and\s+)?|;\s*|:\s*|\s+and\s+(?=(?:the|its)\s)", text):
        days = [d for d in find_dates(chunk, year) if d.kind.rstrip("?") in ("day", "days")]
        if len(days) != 1:
            continue
        named = _NAMED_BODY.search(chunk[: days[0].start])
        if named is None or find_parties(named.group(), exclude=[ctx.org]):
            continue
        told = _body_in(chunk[: days[0].start], ctx)
        slug = (
            told[0]
            if told
            else resolve_body(named.group(), ctx.bodies, ctx.org) or _generic_body(named.group(), ctx)
        )
        if slug:
            out.append((slug, days[0]))
    return out if len({s for s, _ in out}) >= 2 else []


def _stage_days(
    ctx: Context, sentences: list[Passage], opening: Passage, body: str, date: DateMatch | None
) -> DateMatch | None:
    """The meeting's own days when a sentence after its opening lists the bodies that sat in turn within its
    span ("The summit ran in three stages: ..."): its body's days there."""
    if date is None or "/" not in date.edtf:
        return date
    first, last = date.edtf.split("/")
    k = sentences.index(opening)
    for other in sentences[k : k + 6]:
        for slug, days in _stages(ctx, other.norm, int(first[:4])):
            start, end = days.edtf.split("/")[0], days.edtf.split("/")[-1]
            if slug == body and first <= start and end <= last and (start, end) != (first, last):
                return DateMatch(date.start, date.end, days.edtf, days.kind)
    return date


def _days_between(earlier: str, later: str) -> int | None:
    if not (re.fullmatch(r"\d{4}-\d{2}-\d{2}", earlier) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", later)):
        return None
    return (dt.date.fromisoformat(later) - dt.date.fromisoformat(earlier)).days


def _preceding(
    ctx: Context, passage: Passage, items: str, body: str, when: str
) -> list[tuple[Passage, str, DateMatch]]:
    """The meetings a "preceded by" list names, each item a body's sitting with a day of its own within the
    week before the main meeting (a sitting of no body the organization has, or of officials unnamed, left)."""
    out: list[tuple[Passage, str, DateMatch]] = []
    for item in re.split(
        r",?\s+and\s+(?:by\s+)?(?=(?:a|an|the|its)\s)|;\s*|,\s+(?:by\s+)?(?=(?:a|an|the|its)\s)", items
    ):
        if _NOT_THIS.search(item) or _elsewhen(ctx, item):
            continue
        date = _own_date(ctx, item, when)
        named = _body_in(item, ctx)
        if date is None or named is None or named[0] in (body, _summit_slug(ctx)):
            continue
        gap = _days_between(date.edtf.split("/")[0], when.split("/")[0])
        if gap is None or not 0 < gap <= 7:
            continue  # a sitting within the week before the meeting's first day
        known = named[0] in ctx.bodies or resolve_body(named[0].replace("-", " "), ctx.bodies, ctx.org)
        if not known and not re.search(
            r"-of-(?:[a-z]+-)*(?:ministers|heads|governors|representatives)\b", named[0]
        ):
            continue
        if _SENIOR_OFFICIALS.search(item) or find_parties(item[: named[1]], exclude=[ctx.org]):
            continue
        out.append((passage, named[0], date))
    return out


def _own_date(ctx: Context, text: str, when: str) -> DateMatch | None:
    """A second meeting's own day: a calendar day, a weekday of the report's week ("met on Sunday"), or "earlier
    in the day" (the main meeting's first day); within the week up to the main meeting's end."""
    year = ctx.anchor.year or ctx.year
    days = [d for d in find_dates(text, year) if d.kind.rstrip("?") in ("day", "days")]
    date = _meeting_dates(ctx, text) if days else None
    if date is not None and date.edtf.split("/")[0] in {d.edtf.split("/")[0] for d in days}:
        return date
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", when.split("/")[0]):
        # a day told beside the main meeting's is read in its year (or the year before, across a new year),
        # within the week before its end ("the council, which met in Jeddah on 29 May" beside a summit of 31
        # May 2019 under a dateline without a year)
        end = dt.date.fromisoformat(when.split("/")[-1])
        for year_of in (end.year, end.year - 1):  # "on 31 December" before a meeting of 2 January
            for d in find_dates(text, year_of):
                if d.kind.rstrip("?") in ("day", "days") and re.fullmatch(
                    r"\d{4}-\d{2}-\d{2}", d.edtf.split("/")[0]
                ):
                    if 0 <= (end - dt.date.fromisoformat(d.edtf.split("/")[0])).days <= 7:
                        return d
    first, last = when.split("/")[0], when.split("/")[-1]
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", first) or ctx.anchor.day is None:
        return None
    same = re.search(
        r"\b(?:earlier|later)\s+(?:in|on)\s+the\s+(?:same\s+)?day\b|\bthe\s+same\s+day\b", text, re.I
    )
    if same:
        return DateMatch(same.start(), same.end(), first, "day?")
    end = dt.date.fromisoformat(last)
    for d in relative_days(text, min(end, ctx.anchor.day)):
        start = dt.date.fromisoformat(d.edtf.split("/")[0])
        if 0 <= (end - start).days <= 7:
            return d
    return None


def _second_meeting(
    ctx: Context,
    passage: Passage,
    body: str,
    date: DateMatch,
    main: dict[str, Any],
    also: frozenset[int] = frozenset(),
) -> list[Candidate]:
    """The MeetingHeld of another meeting of the text, with the persons its own sentence names; its place
    is the one the sentence names, else the main meeting's ("over the same two days")."""
    event: dict[str, Any] = {"type": "MeetingHeld", "org": ctx.org, "body": body, "date": date.edtf}
    place = _place(ctx, passage.norm, here=False)
    if place and place != main.get("place"):
        event["place"] = place
        found = city(place)
        if found:
            event["host"] = found[1]
    else:
        event.update({k: main[k] for k in ("place", "host") if k in main})
    ctx.meeting = Meeting(body, date.edtf, date.edtf.split("/")[-1])
    out: list[Candidate] = []
    more: list[dict[str, Any]] = []
    from igo_timeline.extract.attendance import _attendance

    event["participants"] = _attendance(ctx, passage, more, out, only=frozenset({passage.start}) | also)
    event["source"] = ctx.source(passage)
    if date.kind.endswith("?"):
        event["source"]["inferred"] = True
        event["source"]["note"] = "the day is written without a year: the year is the dateline's"
    return [Candidate("event", event), *out]


_ABOUT_IT = re.compile(
    r"\b(?:summit|meeting|session|gathering|talks|sitting|conference|congress|council|assembly)\b", re.I
)
_RAN = re.compile(
    r"\b(?:ran|runs|run|lasted|lasts|last|continued|continues|continue|was\s+held|were\s+held|took\s+place|held|hosted|met|convened)\b",
    re.I,
)


_ITSELF = re.compile(r"\b(?:itself|proper)\s+(?:met|was\s+held|took\s+place|convened|sat)\b", re.I)
# "a two-day summit", "ended ... after three days of talks": the meeting's length
_N_DAYS = re.compile(
    r"\b(?P<n>two|three|four|2|3|4)(?:[-\s]day\b|\s+days\s+of\s+(?:talks|meetings?|deliberations?|discussions?"
    r"|debates?|work|sessions?|negotiations|consultations))",
    re.I,
)
_HOSTED_THEM = re.compile(
    r"\b(?:hosted|welcomed|received)\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:leaders|heads\s+of\s+(?:state|government)"
    r"|delegations|presidents|prime\s+ministers)\b"
)
_SPAN_FIRST = re.compile(r"^\W*(?:From|Between|Over)\b")  # "From 4 to 6 June, the summit ..."
_ENDED = re.compile(
    r"\b(?:concluded|closed|ended|wrapped\s+up|wound\s+up|finished|wrapping\s+up|winding\s+up)\b", re.I
)
_BEGAN = re.compile(r"\b(?:opened|began|started|kicked\s+off|opening)\b", re.I)


def _widen(
    ctx: Context, sentences: list[Passage], opening: Passage, date: DateMatch | None, body: str | None = None
) -> DateMatch | None:
    """The meeting's days from the sentences about it: "ran from 22 to 24 August", "runs until Tuesday",
    "opened on 30 January", "concluded a two-day meeting on Friday"."""
    year = ctx.anchor.year or ctx.year
    k = sentences.index(opening)
    first = last = None
    if date is not None:
        first, last = date.edtf.split("/")[0], date.edtf.split("/")[-1]
    elif ctx.anchor.day is not None:
        first = last = ctx.anchor.day.isoformat()
    if first is None:
        return date
    if re.search(
        r"\b(?:one|single|1)[-\s]day\s+(?:summit|meeting|session|conference|sitting)\b", opening.norm, re.I
    ):
        return date  # "held a one-day summit ... on Friday": its day, not the preparatory work's

    def near(day: str, window: int = 7) -> bool:
        return (
            abs((dt.date.fromisoformat(day[:10]) - dt.date.fromisoformat((first or day)[:10])).days) <= window
        )

    def days_in(words: str, future: bool = False, window: int = 7) -> list[str]:
        found = [d.edtf for d in find_dates(words, year) if d.kind.rstrip("?") == "day"]
        if not found and ctx.anchor.day is not None:
            found = [
                d.edtf
                for d in relative_days(words, ctx.anchor.day, future=future)
                if d.kind.rstrip("?") == "day"  # "from Friday to Sunday": a span, not the day it ends
            ]
        return [d for d in found if near(d, window)]

    began = False
    for other in sentences[k : k + 12]:
        text = other.norm
        if _ENDED.search(text) and _ABOUT_IT.search(text):
            began = False
        if re.search(r"\b(?:next|previous|last\s+year)\b", text, re.I):
            continue
        held = _HELD.search(text) if body is not None else None
        # "The Thirty-Ninth Pacific Islands Forum met in Niue on 19-20 August": the body itself told sitting, or
        # the organization, whose sitting is its summit (where its verb is)
        its_own = (
            held.start()
            if held
            and (
                (_body_in(text, ctx) or ("", 0))[0] == body
                or (
                    body == _summit_slug(ctx)
                    and _names_own_org(
                        re.sub(
                            rf"\b(?:{SITTING_KIND})\b|^\W*\d+\.\s*", " ", text[: held.start()], flags=re.I
                        ),
                        ctx,
                    )
                )
            )
            else None
        )
        if (
            its_own is None
            and held
            and (body == _summit_slug(ctx) or HEADS_BODY.search(body or ""))
            and _PEOPLE_SUBJECT.match(text[: held.start()].strip())
        ):
            its_own = (
                held.start()
            )  # "The heads of government met from Friday to Saturday": the summit's own days
        if not _ABOUT_IT.search(text) and its_own is None and not _HOSTED_THEM.search(text):
            continue
        spans = [
            d
            for d in find_dates(text, year)
            if d.kind.rstrip("?") == "days"
            and near(d.edtf.split("/")[0])
            and _span_days(d) <= _LONGEST_SITTING
        ]
        if not spans and ctx.anchor.day is not None:  # "held from Monday to Thursday"
            spans = [
                d
                for d in relative_days(text, ctx.anchor.day)
                if d.kind == "days?" and near(d.edtf.split("/")[0])
            ]
        # a span is the meeting's own when the meeting is what the clause tells of before it ("The summit ran
        # from 4 to 6 June"), not a person's stay ("X was in the city from 4 to 6 June for the summit")
        spans = [
            d
            for d in spans
            if _ABOUT_IT.search(text[: d.start])
            or _SPAN_FIRST.match(text)
            or (its_own and its_own < d.start)
            or _HOSTED_THEM.search(
                text[: d.start]
            )  # "his country having hosted the leaders from 26 to 30 August"
        ]
        ran = [
            d
            for d in spans
            if date is None
            or any(d.edtf.split("/")[0] <= x <= d.edtf.split("/")[-1] for x in (first, last or first))
        ]  # a day the opening states lies within the span it ran: "preparatory meetings were held from 22 to 24
        # June" is not the summit held "today", 26 June
        if other is not opening and _TWO_MEETINGS.search(text):
            continue  # "The Summit and related meetings were held from 25 to 28 April": their days together, not
            # the summit's, which the opening states ("came to a close on 28 April")
        if ran and _RAN.search(text) and other is not opening:
            return ran[0]
        holding = [
            d for d in spans if d.edtf.split("/")[0] <= first and (last or first) <= d.edtf.split("/")[-1]
        ]
        if holding and other is not opening:
            return holding[0]  # "The ministerial meeting, which Thailand hosted from 8 to 10 March 2016"
        proper = _ITSELF.search(text)
        if proper and other is not opening and first < (last or first):
            # "The Summit itself met on Thursday, 31 October" after "the Summit and the ministers' meeting took
            # place from 28 to 31 October": the meeting's own day
            own = days_in(text[proper.end() :])
            if own and first <= own[0] <= (last or first):
                return DateMatch(0, 0, own[0], "day")
        ended = _ENDED.search(text)
        if ended and ctx.anchor.day is not None:  # "... and the two-day meeting closed today"
            ends = days_in(re.split(r"[.;]", text[ended.end() :])[0])
            if ends and ends[0] > (last or first):
                last = ends[0]
        until = re.search(r"\b(?:until|till|through)\s+(?P<when>[^.;]+)", text) or re.search(
            r"\b(?:will\s+(?:close|end|conclude|run\s+until)|is\s+to\s+(?:close|end))\s+(?:on\s+)?(?P<when>[^.;,]+)",
            text,
        )  # "opens today in the capital and will close on Wednesday"
        if until and (
            _RAN.search(text) or _IN_SESSION.search(text) or until.group().startswith(("will", "is"))
        ):
            ends = days_in(
                until.group("when"), future=bool(re.search(r"\bruns\b|\bwill\b|\bis\s+to\b", text))
            )
            if ends and ends[0] > first:
                last = ends[0]
        opened = re.search(r"\b(?:opened|began|started)\s+(?:on\s+)?(?P<when>[^.;,]+)", text)
        if opened and re.search(
            r"\b(?:programme|program|banquet|dinner|reception|concert|arriv)", text, re.I
        ):
            opened = None  # the social programme around a meeting is not the meeting
        begun_on = None  # the day a "began on" clause gives: the first of the meeting's days
        if opened:
            # the day the verb's own clause states, not one of a clause within it ("opened with a minute of
            # silence for the victims of the earthquake that struck on 28 March")
            when = re.split(r"\b(?:that|which|who|whose|where|for|after|since)\b", opened.group("when"))[0]
            # "The Congress opened on 9 August and closes on 27 August": the body itself opened, a day written in
            # full, up to the longest sitting before
            itself = re.match(
                r"(?:The|Its)\s+(?:[\w'’-]+\s+){0,3}?(?:Congress|Conference|Assembly|Session|Summit|Meeting|Council)\s+opened\b",
                text,
            )
            window = _LONGEST_SITTING if itself and find_dates(when, year) else 7
            began = began or bool(days_in(when, window=window))
            starts = days_in(when, window=window)
            if starts and starts[0] < (last or first):
                first = starts[0]
            begun_on = starts[0] if starts else None
        length = _N_DAYS.search(text)
        if length and first == last:
            n = {"two": 2, "three": 3, "four": 4}.get(length.group("n").lower()) or int(length.group("n"))
            day = dt.date.fromisoformat(first)
            # "The summit opened on Tuesday ... The two-day summit is the first since 2019": the opening tells the
            # first day, a later sentence the length
            opened_first = (
                other is not opening and _BEGAN.search(opening.norm) and not _ENDED.search(opening.norm)
            )
            if begun_on == first or ((_BEGAN.search(text) or opened_first) and not _ENDED.search(text)):
                # "ended on Wednesday, after two days of talks that began on December 4": from the first day
                last = (day + dt.timedelta(days=n - 1)).isoformat()
            elif _ENDED.search(text):
                first = (day - dt.timedelta(days=n - 1)).isoformat()
    if began and first == last and ctx.anchor.day is not None:
        # "The summit opened on 30 January" in a report dated 31 January: it runs to the report's day
        gap = (ctx.anchor.day - dt.date.fromisoformat(first)).days
        if 0 < gap <= 3:
            last = ctx.anchor.day.isoformat()
    if first < (last or first):
        start, end = (date.start, date.end) if date else (0, 0)
        return DateMatch(start, end, f"{first}/{last}", "days?")
    return date


# "The Conference opened on Saturday and is meeting in Rome until 7 July", "the Assembly, in session until
# Friday", "the Congress sits until 27 August": a sitting that goes on to the day named
_IN_SESSION = re.compile(
    r"\b(?:(?:is|are)\s+(?:meeting|sitting|convening|in\s+session)|in\s+session|sits|goes\s+on|remains\s+in\s+session)\b",
    re.I,
)
# "The 23rd Summit ... and the meeting of its ministers of foreign affairs took place ... from 28 to 31
# October": one sentence tells two meetings, their days together
_TWO_MEETINGS = re.compile(
    r"\b(?:and|as\s+well\s+as)\s+(?:the\s+|a\s+|its\s+)?(?:[\w'’-]+\s+){0,4}?(?:meetings?|sessions?|councils?|conferences?)\b"
    r"(?=[^.;]*\b(?:took\s+place|were\s+held|was\s+held|met|ran|convened)\b)",
    re.I,
)
_ITSELF = re.compile(
    r"^(?:The|the)\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|session|council|assembly|conference|authority)"
    r"(?:\s+itself|\s+proper)?\s+(?:met|was\s+held|took\s+place|convened|sat|opened)\b",
    re.I,
)


def _own_day(
    ctx: Context, sentences: list[Passage], opening: Passage, date: DateMatch | None
) -> DateMatch | None:
    """The meeting's own days when its opening tells two meetings' days together: a later sentence with
    the meeting itself as subject ("The Summit itself met on Thursday, 31 October") and a day inside the
    joint span."""
    if date is None or "/" not in date.edtf or not _TWO_MEETINGS.search(opening.norm):
        return date
    first, last = date.edtf.split("/")
    k = sentences.index(opening)
    for other in sentences[k + 1 : k + 4]:
        if not _ITSELF.match(other.norm) or _NOT_THIS.search(other.norm):
            continue
        own = _meeting_dates(ctx, other.norm)
        if own and first <= own.edtf.split("/")[0] and own.edtf.split("/")[-1] <= last:
            return own
    return date


_SMALL_WORDS = frozenset("in at of the on and for to from by with under as a an".split())


def _place(ctx: Context, text: str, here: bool = True) -> str | None:
    """Where a meeting sentence puts the meeting: a city of the gazetteer (or a state); None when virtual.

    A sentence in capitals ("WAS HELD IN ARUSHA, UNITED REPUBLIC OF TANZANIA") is read in title case, its
    small words in lower case. A state found first ("Zambia hosted the summit ... in Lusaka") gives way to a
    city of that state the same sentence names."""
    if sum(c.isupper() for c in text) > 3 * max(1, sum(c.islower() for c in text)):
        text = re.sub(
            r"[^\W\d_]+",
            lambda w: w.group().lower() if w.group().lower() in _SMALL_WORDS else w.group().title(),
            text,
        )
        found = _place_in(ctx, text, here)
        return found
    found = _place_in(ctx, text, here)
    state = _state_of(found) if found else None
    if found and state and not _city_state(found, state):
        for m in _IN_PLACE.finditer(text):
            words = _city(m.group("place")).split()
            for n in range(min(len(words), 4), 0, -1):
                phrase = " ".join(words[:n]).strip(" ,.")
                there = city(phrase, prefer=[state])
                if there and there[1] == state and not find_parties(phrase):
                    return phrase
    return found


def _place_in(ctx: Context, text: str, here: bool = True) -> str | None:
    capital = re.search(
        r"\bcapital\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w'’]*(?:\s+(?:of\s+)?[A-Z][\w'’]*)*)", text
    )
    if capital:  # "the capital of the Republic of Kazakhstan played host": the gazetteer's capital
        found = find_parties(capital.group("state"))
        if found and is_state(found[0].value):
            # "in Cape Town, the legislative capital of South Africa": an apposition that tells of the city
            # named before it (a state may have more than one capital), not the gazetteer's capital
            apposed = re.search(
                rf"\b(?:in|at)\s+(?P<c>[{UPPER}][\w'’.-]*(?:[ -]{_PARTICLE}[{UPPER}][\w'’.-]*){{0,3}}),\s+"
                r"(?:the|its|a)\s+(?:[\w-]+\s+){0,2}$",
                text[: capital.start()],
            )
            there = city(apposed.group("c"), prefer=[found[0].value]) if apposed else None
            if apposed and there and there[1] == found[0].value:
                return apposed.group("c")
        if found and is_state(found[0].value) and capital_of(found[0].value):
            return capital_of(found[0].value)
    for m in _PLACE_IN_STATE.finditer(text):
        place = m.group("place")
        whole = re.sub(r"^(?:in|at)\s+(?:the\s+)?", "", m.group())
        named = next(
            (w for w in (" ".join(whole.split()[:k]) for k in range(len(whole.split()), 2, -1)) if city(w)),
            None,
        )
        if named:
            return named  # "in Port of Spain": a city whose name holds "of" and a state's name
        if (
            _state_of(m.group("state"))
            and not find_parties(place)
            and not [p for p in find_parties(f"{place} of {m.group('state')}") if p.start == 0]
            and place.split()[-1] not in _NOT_A_TOWN
        ):
            return place  # "in the Addu city in Maldives", "in Kulhudhuffushi of the Maldives": a town the
            # gazetteer lacks, by the state it lies in
    for rx in (_HOSTED, _CITY_OF):
        for m in rx.finditer(text):
            words = m.group("place").split()
            for n in range(len(words), 0, -1):  # "The coastal city of Qingdao": the last words name it
                phrase = " ".join(words[-n:]).strip(" ,.")
                if city(phrase) or any(is_state(p.value) for p in find_parties(phrase)):
                    return phrase
                if rx is _CITY_OF and ctx.anchor.place and phrase.casefold() == ctx.anchor.place.casefold():
                    return phrase  # "in the historic city of Al-Ula" under an AL-ULA dateline: no gazetteer needed
    owned = _STATES_TOWN.search(text)
    if (
        owned
        and _state_of(owned.group("state"))
        and not find_parties(owned.group("place"))
        and not any(
            w in _NOT_A_TOWN or w in _NOT_A_TOWN_WORD for w in re.split(r"[ -]", owned.group("place"))
        )
    ):  # "in Russia's Nizhny Novgorod", "at Indonesia's Labuan Bajo": the town the state's possessive names (not
        # "in China's Shandong Province": a region)
        return owned.group("place")
    outside = re.search(
        r"\b(?:at|in)\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*,\s*(?:just\s+)?(?:outside|near|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?[A-Z\w]",
        text,
    )
    if outside and not find_parties(outside.group("place")):
        return outside.group("place")  # "at Ezulwini, outside the Swazi capital": a place the gazetteer lacks
    capital = _CAPITAL.search(text)
    if capital:  # "in the Kyrgyz capital": the gazetteer's capital of that state
        found = find_parties(capital.group("adj") or capital.group("state") or "")
        if found and is_state(found[0].value):
            named_after = re.match(
                rf"\s*,?\s*(?P<c>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ -]{_PARTICLE}[A-Z][\w'’.-]*){{0,3}})",
                text[capital.end() :],
            )
            if named_after:  # "in the Ivorian capital, Yamoussoukro": the city the text names, in that state
                words = named_after.group("c").split()
                for n in range(len(words), 0, -1):
                    there = city(" ".join(words[:n]).strip(" ,."), prefer=[found[0].value])
                    if there and there[1] == found[0].value:
                        return " ".join(words[:n]).strip(" ,.")
            there = city(ctx.anchor.place, prefer=[found[0].value]) if ctx.anchor.place else None
            if there and there[1] == found[0].value:
                # "BUJUMBURA, Nov. 30 -- ... in the Burundian capital": the dateline's city of that state (the
                # gazetteer's capital is today's: Gitega since 2019)
                return ctx.anchor.place
            named = capital_of(found[0].value)
            if named:
                return named
    beside = _PLACE_STATE.search(text)
    if beside and not city(beside.group("place")) and _state_of(beside.group("state")):
        return beside.group(
            "place"
        )  # "in Djibloho, Equatorial Guinea": a town the gazetteer lacks, by its state
    resort = re.search(
        r"\b(?:in|at)\s+the\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:resort(?:\s+(?:area|town|city))?|village|township|oasis)\b",
        text,
    )
    if (
        resort
        and not find_parties(resort.group("place"))
        and resort.group("place").split()[-1] not in _NOT_A_TOWN
    ):
        return resort.group(
            "place"
        )  # "in the Burabay resort area of Akmola region": a town the gazetteer lacks
    for m in _IN_PLACE.finditer(text):
        if re.search(
            r"\b(?:situation|crisis|conflict|developments|events|coup|elections?|transition)\s+$",
            text[: m.start()],
        ):
            continue  # "met on the situation in Gabon": what it discussed, not where
        if re.match(r"\s*\(\s*[A-Z]{2,8}\s*\)", text[m.end() :]) or re.match(
            r"(?:Asia|Africa|Europe|Eurasia|America|Americas|Oceania|the\s+Pacific)\b", m.group("place")
        ):
            continue  # "Measures in Asia (CICA)": a name's words; a continent is no meeting's place
        words = _city(m.group("place")).split()
        for n in range(min(len(words), 5), 0, -1):  # "Bandar Seri Begawan", "Ciudad de la Paz"
            phrase = " ".join(words[:n]).strip(" ,.")
            if find_dates(phrase) or phrase in ("The", "This"):
                continue
            if n < len(words) and city(phrase) and not own_city_name(phrase):
                continue  # "at Madinat Jumeirah": the first word of a longer name is a city's only by another name
            if city(phrase) or any(is_state(p.value) for p in find_parties(phrase)):
                return phrase
    town = _unlisted_town(ctx, text)
    if town is not None:
        return town
    for m in _TOWN_REGION.finditer(text):
        # "gathered in Nusa Dua, Bali, on Friday": a town the gazetteer lacks, then the region or island it
        # lies in (no state, no party: "in Djibloho, Equatorial Guinea" is read above)
        words = re.split(r"[ -]", f"{m.group('place')} {m.group('region')}")
        if not find_parties(m.group()) and not any(w in _NOT_A_TOWN or w in _NOT_A_TOWN_WORD for w in words):
            return m.group("place")
    if here and _HERE.search(text) and ctx.anchor.place:
        return ctx.anchor.place
    if _VIRTUAL.search(text):
        return None
    return None


# "met in Nusa Dua, Bali, on Friday": a town, then its region, after a sitting's verb
_TOWN_REGION = re.compile(
    r"\b(?:met|meet|meeting|gathered|convened|assembled|held|took\s+place|opened|closed|ended|concluded|summit|session)"
    rf"\s+(?:in|at)\s+(?P<place>[{UPPER}][\w'’.-]*(?:[ -][{UPPER}][\w'’.-]*)?),\s+"
    rf"(?P<region>[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+)?)(?=\s*(?:[,.;]|$|\s(?:on|for|from|this|to|at|under|with)\b))"
)
# "in Russia's Nizhny Novgorod": a state's possessive, then its town (a common noun after it is no town:
# "in Kazakhstan's capital", "in Egypt's Red Sea resort of X" is read by _CITY_OF)
_STATES_TOWN = re.compile(
    rf"\b(?:in|at)\s+(?P<state>[{UPPER}][\w.-]*(?:\s+[{UPPER}][\w.-]*){{0,2}})['’]s\s+"
    rf"(?P<place>[{UPPER}][\w'’.-]*(?:[ -]{_PARTICLE}[{UPPER}][\w'’.-]*){{0,3}})"
    # "at Russia's Black Sea resort of Sochi": a descriptor, the town after it (read by _CITY_OF)
    r"(?![\w'’.-]|\s+(?:resort|city|port|town|island|capital|region|province|coast|village|area|oasis|district|state)\b)"
)
# "at the Sandals Resort in Buccament", "at the Ruh Ordo Cultural Center in Cholpon-Ata": a venue, then its town
_VENUE_IN = re.compile(
    r"\bat\s+the\s+(?:[A-Z][\w'’.-]*\s+){1,5}(?:Resort|Hotel|Cent(?:re|er)|Palace|Hall|Complex|Guesthouse|Residence"
    r"|Stadium|Arena|Villa|Lodge)\s+in\s+(?P<place>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)\b"
)
# "gathered in Gabala on 7 October", "met in Cholpon-Ata for their summit": a sitting's verb, then "in" a name
_SAT_IN = re.compile(
    r"\b(?:met|meet|meeting|gathered|convened|assembled|held|took\s+place|opened|kicked\s+off|closed|ended|concluded"
    r"|wrapped\s+up|wound\s+up)\b[^.;]{0,60}?\bin\s+(?P<place>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)"
    r"(?=\s*(?:,|\.|;|$|\s(?:on|for|from|this|last|to|at|after|under|with)\b))"
)
_NOT_A_TOWN_WORD = frozenset(
    "Plenary Camera Closed Open Extraordinary Ordinary Special Emergency Regular Informal Formal January February"
    " March April May June July August September October November December Monday Tuesday Wednesday Thursday"
    " Friday Saturday Sunday Person Parallel Brief Private Public Full".split()
)


def _unlisted_town(ctx: Context, text: str) -> str | None:
    """A town the gazetteer lacks, where the sentence holds the meeting: after a named venue ("at the Sandals
    Resort in Buccament"), or after a sitting's verb ("gathered in Gabala on 7 October") when the text names the
    town again or names a document or meeting after it ("the Gabala Declaration"). Never a state, an
    organization or a body's word ("met in Plenary", "met in Extraordinary Session")."""
    candidates = [(m, True) for m in _VENUE_IN.finditer(text)] + [(m, False) for m in _SAT_IN.finditer(text)]
    for m, venue in candidates:
        place = m.group("place")
        words = re.split(r"[ -]", place)
        if (
            find_parties(place)
            or any(w in _NOT_A_TOWN or w in _NOT_A_TOWN_WORD for w in words)
            or place.isupper()
            or resolve_body(place, ctx.bodies, ctx.org)
        ):
            continue
        if venue:
            return place
        again = len(re.findall(rf"\b{re.escape(place)}\b", ctx.doc.text)) >= 2
        named_for = re.search(
            rf"\b{re.escape(place)}\s+(?:Declaration|Statement|Communiqu[eé]|Summit|Consensus|Process|Agreement|Accord)\b",
            ctx.doc.text,
        )
        if again or named_for:
            return place
    return None


_PLACE_STATE = re.compile(
    rf"\b(?:in|at)\s+(?P<place>[A-Z][\w'’.-]*(?:[ -]{_PARTICLE}[A-Z][\w'’.-]*){{0,2}}),\s+(?P<state>[A-Z][\w'’-]*(?:\s+(?:and\s+|of\s+|the\s+)*[A-Z][\w'’-]*){{0,3}})(?=\s*[,.;]|\s+(?:on|in|from|at|for|last|this)\b)"
)


_PLACE_IN_STATE = re.compile(
    rf"\b(?:in|at)\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]*(?:[ -]{_PARTICLE}[A-Z][\w'’.-]*){{0,2}})"
    r"(?:\s+(?:city|town|atoll|island|resort))?\s+(?:in|of)\s+(?:the\s+)?"
    r"(?P<state>[A-Z][\w'’-]*(?:\s+(?:and\s+|of\s+|the\s+)*[A-Z][\w'’-]*){0,3})(?=\s*[,.;]|\s+(?:on|in|from|at|for|last|this|after|with|to)\b|\s*$)"
)
# the heads of institutions and of the meeting itself: "at the University of Ghana" is no town of Ghana
_NOT_A_TOWN = frozenset(
    "University Embassy Ministry Parliament Bank Office Secretariat Government President Presidency Republic Kingdom"
    " Commission Council Assembly Hall Centre Center Palace Hotel House Museum School Institute College Academy"
    " Court Union Summit Conference Forum Heads Head State States Minister Ministers People Federation Authority"
    " Committee Board Session Meeting Capital Capitals Leaders Leader Chair Chairman Chairperson Province Region"
    " District Prefecture County Governorate Ministers' Foreign Affairs Commonwealth Emirate Emirates Sultanate"
    " Principality Duchy Confederation Territory Territories Dominion Nation Nations Country Islands Embassy".split()
)


def _state_of(words: str) -> str | None:
    """The state a phrase names whole ("Equatorial Guinea"), or None."""
    found = find_parties(words)
    if (
        len(found) == 1
        and is_state(found[0].value)
        and found[0].start == 0
        and found[0].end >= len(words) - 1
    ):
        return found[0].value
    return None


def _towns_of(ctx: Context, state: str) -> set[str]:
    """The towns of a state the gazetteer knows that the text names after "in" or "at"."""
    towns: set[str] = set()
    for m in _IN_PLACE.finditer(ctx.doc.text):
        words = _city(m.group("place")).split()
        for n in range(min(len(words), 4), 0, -1):
            phrase = " ".join(words[:n]).strip(" ,.")
            there = city(phrase, prefer=[state])
            if there and not find_parties(phrase):
                if there[1] == state:
                    towns.add(phrase)
                break
    return towns


def _city_state(place: str, state: str) -> bool:
    """A state whose capital bears its name ("Singapore", "Djibouti", "Luxembourg"): a meeting "in" it is
    in that city (not so "in Kuwait": its capital is Kuwait City)."""
    capital = capital_of(state)
    return capital is not None and capital.casefold() == place.strip().casefold()


def _capital_short(ctx: Context, place: str, state: str) -> bool:
    """A dateline that names the capital by its state's name ("KUWAIT, Dec 1 (KUNA) --", "PANAMA, May 3 --"),
    as agencies write Kuwait City or Panama City, over a meeting "in Kuwait": the capital is the meeting's town."""
    capital = capital_of(state)
    anchor = (ctx.anchor.place or "").casefold()
    return bool(
        capital
        and anchor == place.strip().casefold()
        and capital.casefold().startswith(f"{anchor} ")
        and capital.casefold().endswith(" city")
    )


def _city(place: str) -> str:
    return re.sub(r"\s+(?:on|in|from)$", "", place).strip(" .,;")


# an official of an organization, who represents no state
_OFFICIAL = re.compile(
    r"\b(?:Secretary[\s-]+General|Executive\s+Secretary|Secretary|Director[\s-]+General|Commissioner|Commission|Secretariat"
    r"|High\s+Representative|Special\s+Representative|Ombudsman|Registrar)\b",
    re.I,
)
_NOT_A_FORENAME = re.compile(
    r"(?:President|Prime|Minister|Mrs?|Ms|Dr|King|Queen|Emir|Sultan|Sheikh|Chair\w*|Secretary|General|Vice|Deputy|"
    r"Ambassador|Senator|The|And|Of|Former|Acting|Interim|Foreign|Premier|Chancellor|Governor|Prince|Princess)$"
)


def _full_name(ctx: Context, name: str) -> str:
    """A person named short ("Mrs Johnson Sirleaf") by the one fuller form the text gives ("Liberian
    President Ellen Johnson Sirleaf")."""
    if len(name.split()) > 2 or name in ctx.known_persons:
        return name
    if not re.search(rf"\b(?:Mrs|Mr|Ms|Madam|Mme)\.?\s+{re.escape(name)}\b", ctx.doc.text):
        return name  # only a name written short after an honorific is someone named more fully elsewhere
    fuller = {
        m.group(1)
        for m in re.finditer(rf"\b([A-Z][\w'’-]+)\s+{re.escape(name)}\b", ctx.doc.text)
        if not _NOT_A_FORENAME.match(m.group(1)) and not find_parties(m.group(1))
    }
    return f"{fuller.pop()} {name}" if len(fuller) == 1 else name


def _meeting_name(sentence: str) -> str | None:
    m = re.search(
        r"\b(?:the\s+)?((?:Meeting|Session|Summit)\s+of\s+the\s+.*?)(?:\s+\([A-Z]{2,6}\))?\s+(?:was|were|took|has)\b",
        sentence,
    )
    return m.group(1) if m else None
