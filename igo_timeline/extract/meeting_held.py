"""The words that tell a sitting held, and the blockers that tell it is not the one reported.

Split out of meeting.py (a pure move): the held verbs ("was held", "took place", "met", "opened"),
the cues of another sitting (next, previous, ahead of, will), of background (last year, since its
founding), of things held that are not meetings (elections, press conferences), the people who met
(leaders, foreign ministers) and ``_elsewhen``, the test that a date in a sentence is not the
sitting's. Every finder of a meeting (meeting.py, lede.py, sittings.py, attendance) reads them, so
they live below all of them.
"""

from __future__ import annotations

import datetime as dt
import re

from igo_timeline.extract.clauses import _other_organization
from igo_timeline.extract.context import Context
from igo_timeline.extract.dates import MONTH, WEEKDAY, find_dates

# ... or with no time of its own in the sentence, the present progressive of a dated report ("The capital is hosting
# a meeting of the Xyz Council of Defence Ministers."): the sitting under way on the report's day (not "is hosting
# the summit on 25 May", "next week", "from Monday", "later this year": a plan)
_NO_TIME_OF_ITS_OWN = (
    r"|(?![^.;]*?\b(?:from|until|till|between|next|later|tomorrow|soon|early|late|mid|\d{1,4}"
    rf"|{MONTH}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|{WEEKDAY}"
    r"|week|month|year|will|would|expected|scheduled|planned|due|set)\b)"
)

_HELD = re.compile(
    r"\b(?:was|were|has been|had been|is being|are being)\s+(?:held|convened|opened|hosted|organi[sz]ed)\b"
    r"|\btook place\b|\bis taking place\b|\btakes place\b"
    # "as part of the two-day summit taking place in X and Y": the sitting under way as the text is told
    r"|\b(?:summit|meeting|session|conference|congress|assembly)\s+(?:now\s+)?(?:taking\s+place|under\s?way)\b|\bkicked off\b|\bgot under\s?way\b|\bopened\b"
    r"|\b(?:started|began|begins|commenced)\b|\bran\s+from\b|\bruns\s+from\b|\bmet\b|\bgathered\b|\bassembled\b|\bcame\s+together\b|\bconverged\s+on\b|\bconvened\b|\bhosted\b|\bheld\b"
    r"|\bwrapped up\b|\bconcluded\b|\bclosed\b|\bended\b|\b(?:is|was)\s+under\s?way\b"
    # "The Council's meeting is currently under way": the adverb tells now (not when the sentence goes on to
    # another sitting's time: "..., as they prepare for the summit, which will be held on 17 August")
    r"|\b(?:is|was)\s+(?:currently|now|still|already)\s+under\s?way\b(?![^.;]*?\b(?:will|would|to\s+be|scheduled|due|next)\b)"
    r"|\bwas the venue\b|\bplayed host\b"
    # "At the Forum Foreign Ministers Meeting (FFMM) today, Ministers discussed ...": the sitting the sentence is set
    # at, on the day told right after its name
    r"|^At\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,10}?(?-i:Meeting|Summit|Session|Conference)(?:\s*\([A-Z]{2,8}\))?"
    r"\s+(?:today|yesterday|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?=\s*,)"
    # "The summit has entered its second day Friday": the sitting under way, its first day days before
    r"|\b(?:has\s+|have\s+)?entered\s+(?:its|their)\s+(?:second|third|fourth|fifth|final|last|closing)\s+day\b"
    # "The host's prime minister welcomed his counterparts to Abc on 30 January for a session of the Xyz Council":
    # the host receiving those who sit, for the sitting
    r"|\b(?:welcomed|received|greeted)\b(?=[^.;]*?\bfor\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:summit|meeting|session|sitting|talks|conference)\b)"
    r"|\b(?:opens|meets|convenes|gathers|sits)\s+(?:today|here|this\s+\w+|on\s+\w+|in|at)\b"  # "opens today in the capital"
    # told while it sits: "The heads of state are meeting today in Yalta", "The Council is meeting here", "Leaders
    # are holding their summit in X today", "The capital is hosting the session today": the day of the telling
    # named in the clause (not "are meeting next week", "are meeting on 25 September")
    r"|\b(?:is|are)\s+(?:(?:meeting|gathering|convening|sitting|assembled|in\s+session)\b"
    r"|(?:holding|hosting)\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?:summit|meeting|session|sitting|talks|conference)\b)"
    r"(?=[^.;]*?\b(?:today|now|here|this\s+(?:morning|afternoon|evening))\b" + _NO_TIME_OF_ITS_OWN + r")"
    # "Bishkek is hosting today a sitting of the Xyz Council": the day right after the verb
    r"|\b(?:is|are)\s+(?:holding|hosting)\s+today\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:summit|meeting|session|sitting|talks|conference)\b"
    r"|\b(?:ends|closes|concludes)\s+(?:today|here|this\s+\w+)\b"  # "the three-week Congress, which ends today"
    # a declaration's own present, dated: "We, the Heads of State ..., are meeting in Abc on 14 December 2031"
    r"|\bare\s+meeting\s+(?:here\s+)?in\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+on\s+(?=\S*\s*\d|\w+\s+\d)"
    # "We, the Ministers of A, B and C, on 15 May 2031 in Abc, at the 4th Xyz Ministers of Transport Meeting, ...":
    # a declaration's signatories at the sitting they name, with no verb of their own
    r"|^We,?\s+the\s+(?-i:[A-Z])(?![^;]*\b(?:will|shall|next)\b)[^;]{0,400}?,\s+(?:at|during)\s+the\s+"
    r"(?:[\w'’-]+\s+){0,10}?(?-i:Meeting|Summit|Session|Conference)\b"
    # "The summit came to a close on Thursday", "drew to an end", "wound up", "adjourned"; a headline's "Summit
    # ends in Honiara"
    r"|\b(?:came|comes|drew|draws|was\s+brought|were\s+brought)\s+to\s+(?:a\s+|an\s+)?(?:(?:successful|formal|peaceful|quiet|triumphant|fruitful)\s+)?(?:close|end)\b|\bwound\s+up\b|\badjourned\b"
    r"|\b(?:ends|closes|concludes|opens)\s+in\s+(?-i:[A-Z])"
    # "The defence ministers sat down on Monday for their first meeting", "... sat down to talks in X"
    r"|\bsat\s+down\b(?=[^.;]{0,40}?\b(?:for|to)\s+(?:(?:their|its|the|an?)\s+)?(?:[\w'’-]+\s+){0,6}?"
    r"(?:meeting|talks|session|summit|sitting)\b)"
    r"|\bsat\s+(?:for\s+(?:\w+\s+)?(?:days?|weeks?)|in\s+(?:plenary|session)|from|until)\b"  # "The Council sat for two days"
    # "The 48th Leaders Meeting, which sat in Apia from Wednesday to Friday": a town, then its days
    r"|\bsat\s+(?:in|at)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?=(?:from|on|between|until|for|this|last)\b)"
    # "Leaders suspended Syria early on Thursday, at the close of an extraordinary summit in the holy city"
    r"|\b(?:at|on|by)\s+the\s+(?:close|end|closing|conclusion|opening|start)\s+of\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?:summit|meeting|session|conference|congress|assembly|sitting|(?-i:Council|Committee|Forum))\b"
    # "Closing its 46th session in Paris on Friday, the X elected ...", "Wrapping up a two-day summit, leaders ..."
    r"|^(?:Closing|Concluding|Wrapping\s+up|Ending|Opening|Winding\s+up)\s+(?:its|their|a|an|the)\s"
    r"|^On\s+the\s+(?:last|final|first|closing|opening|second|third)\s+day\s+of\s+(?:its|their|the)\s"
    # "In its last plenary session, the Xyz Assembly approved ...": the body's act at
    # its sitting
    r"|(?:^|(?<=[—–]))\s*In\s+(?:its|their)\s+(?:[\w'’-]+\s+){0,5}?(?:session|sitting|meeting)\s*,\s+the\s+(?-i:[A-Z])[^.;]{0,120}?\b(?:approved|adopted|decided|agreed|elected|resolved|admitted)\b"
    # "Leaders agreed on Tuesday ..., on the first day of the 43rd ASEAN Summit": an act on a day of the sitting
    r"|(?P<onday>\bon\s+the\s+(?:last|final|first|closing|opening|second|third)\s+day\s+of\s+(?:its|their|the)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:summit|meeting|session|conference|congress|assembly)\b)"
    r"|\b(?:was|were)\s+(?:chaired|presided)\b"
    # "The Xyz customs chiefs' 5th meeting in Pune on 2-3 May was attended by 30 members": who sat tells it held
    r"|\b(?:was|were)\s+attended\s+by\b"
    # "X on Tuesday chaired a meeting of the foreign ministers' council", "presided over the 30th session of the
    # Council": the sitting its chair held
    r"|\b(?:chaired|co-chaired|presided\s+over)\s+(?=(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:meeting|session|summit|sitting|conference)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?-i:[A-Z]|(?:[\w'’-]+\s+){0,3}(?:council|committee|ministers|heads|leaders)\b))"
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
    # "..., at the group's fiftieth meeting": a body by its common noun, its numbered sitting as the scene
    r"|\bat\s+the\s+(?:group|council|committee|commission|board|bloc|assembly)['’]s\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|sitting)\b"
    # "Held on Friday under the chair's leadership, the meeting saw ...": a fronted participle of the sitting held
    r"|^(?:Held|Convened|Hosted)\s+(?:on|in|at|from|via|by|under|over|this|last|yesterday|today)\b(?=[^.;]*,\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:meeting|summit|session|sitting|talks|conference)\b)"
    # "At their summit in Lusaka on Monday, the leaders adopted ...", "During the opening session of the Xyz
    # Summit in Lome on Sunday, 30 states signed ...": the meeting as the scene of what they did
    r"|^(?:At|During)\s+(?![^.;]*\b(?:will|shall|next\s+(?:week|month|year))\b)(?:their|its|the|an?)\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|session|sitting)\s+(?:in|on|at|of)\s+(?:the\s+)?(?-i:[A-Z])"
    # "At the 12th Council of Ministers of the XYZ in Lima on Monday, ministers adopted ...": a named body
    r"|^(?:At|During)\s+(?![^.;]*\b(?:will|shall|next\s+(?:week|month|year))\b)(?:the|an?)\s+(?:[\w'’-]+\s+){0,3}?(?:(?-i:[A-Z])|(?:council|assembly|conference|committee|ministerial)\b)[^;]{0,200}?\s(?:in|on|from)\s"
    # "Delegations of 14 states attended the 5th Conference of ...": attending a meeting tells it was held
    r"|\b(?:attended|took\s+part\s+in|participated\s+in|partook\s+(?:\w+\s+)?in)\s+(?:the|an?|its|their)\s"
    # "X took part yesterday in Moscow in a session of the Council": the day and the town between verb and sitting
    r"|\b(?:took\s+part|participated)\s+(?:(?:today|yesterday|on\s+\w+day|in\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?),?\s+){1,2}"
    r"in\s+(?:the|an?|its|their)\s+(?:[\w'’-]+\s+){0,6}?(?:summit|meeting|session|sitting|conference|(?-i:[A-Z]))"
    # "Minister X represented Ruritania at the 25th Xyz Defence Ministers' Meeting today": a delegate at a sitting
    r"|\brepresented\s+(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}|(?:his|her|their|the)\s+country)\s+at\s+(?:the|an?|its|their)\s"
    r"(?=(?:[\w'’-]+\s+){0,6}?(?:summit|meeting|session|sitting|conference|(?-i:[A-Z])))"
    # "Member states attending the 84th World Health Assembly in Geneva adopted ...": a participle of attending
    r"|\b(?:attending|taking\s+part\s+in|participating\s+in)\s+(?:the|an?|its|their)\s+(?:[\w'’-]+\s+){0,6}?(?-i:Congress|Conference|Assembly|Summit|Council|Meeting|Session|summit|session)\b"
    # "At the 10th Conference of ..., meeting in the Timorese capital, the leaders ...": a participle after the body
    r"|,\s+(?:meeting|gathering|convening|sitting|assembled)\s+(?:(?:today|yesterday|this\s+\w+|on\s+\w+day)\s+)?(?:in|at|on|for|by|via)\b"
    # "decided to grant it the status at a meeting of the X", "was decided by the X at a session on Monday"
    # "Leaders of the XYZ discussed security at a summit in Minsk on November 23": deliberation at a sitting too
    # (no relative clause or infinitive between: "reviewed the drafts that the leaders are to sign at the summit")
    r"|\b(?:discussed|considered|reviewed|debated|examined|exchanged\s+views)\b(?=(?:(?!\b(?:that|which|who|to|will|would|shall)\b)[^.;])*?\bat\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:meeting|session|summit|sitting)\b)"
    r"|\b(?:decided|agreed|resolved|adopted|approved|appointed|elected|re-elected|chose|selected|nominated|admitted|suspended)\b(?=[^.;]*?\b(?:at|during|in)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:meeting|session|summit|sitting)\b)"
    # "The leaders took the decision at the session of the Council in Ashgabat on Wednesday"
    r"|\b(?:took|made|reached)\s+(?:the|a|this|that|their|its)\s+(?:\w+\s+)?decisions?\b(?=[^.;]*?\b(?:at|during)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:meeting|session|summit|sitting)\b)"
    # "The decision was taken at a meeting of the Council in the capital": the passive
    r"|\bdecisions?\s+(?:was|were)\s+(?:taken|made|reached)\s+(?=(?:at|during)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:meeting|session|summit|sitting)\b)"
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
    # ("chaired a meeting, via videoconference, of the Council": a short aside between the sitting and its body)
    # (a state that chaired a sitting of the members' defence ministers, named in lower case)
    r"|(?<!\bwill\s)(?<!\bto\s)\b(?:chaired|co-chaired|presided\s+over)\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?:meeting|session|summit|sitting)(?:,\s+[^,.;]{1,40},)?\s+of\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])|(?:[\w-]+\s+){0,2}(?:ministers|heads\s+of\s+(?:state|government)|leaders|presidents|prime\s+ministers)\s+of\s+(?:the\s+)?(?-i:[A-Z]))"
    # "X presided over the 57th ASEAN Foreign Ministers' Meeting": a sitting the text names by its capitalized title
    r"|(?<!\bwill\s)(?<!\bto\s)\b(?:chaired|co-chaired|presided\s+over)\s+(?:the|its|their)\s+(?:\d+(?:st|nd|rd|th)\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){1,6}?(?-i:Meeting|Session|Summit|Sitting|Conference|Congress|Assembly|Retreat)\b"
    r"|\b(?:voted|elected|appointed|approved|adopted)\s+(?:(?:him|her|them|it)\s+)?(?=(?:during|at)\s+the\s+(?:[\w-]+\s+){0,2}(?:session|sitting)\s+of\s+(?:the\s+)?(?-i:[A-Z]))"
    # "The decision was taken at the Senior Officials' Meeting of the Union on 6 February": an act done at a
    # sitting the text names (a capitalized meeting noun), whatever day words follow
    r"|\b(?:was|were)\s+(?:made|taken|reached|approved|adopted|agreed)\s+(?:\w+ly\s+)?(?=(?:at|during)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,4}(?-i:Meeting|Session|Summit|Sitting|Congress|Conference|Assembly)\b"
    # a decision taken at the Ministerial Council in <town> on <days>: a council named with
    # the town and the days it sat
    r"|(?:at|during)\s+the\s+(?:[\w'’-]+\s+){0,4}(?-i:Council)\s+in\s+(?-i:[A-Z])[^.;]{0,40}?\bon\s+\d)"
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


# a sitting still to come or a habit, told in the present: "the Assembly, which meets in December next year",
# "the Conference meets once a year", "it convenes every two years" (the words after the verb tell it; the
# modal forms, "is due to be held in May", are read with the other futures below)
_TO_COME_WORDS = (
    r"\b(?:meets|convenes|sits|gathers)\s+(?:[^.;]{0,40}?\bnext\s+(?:year|month|week)\b"
    r"|(?:only\s+)?(?:once|twice|three\s+times)\s+(?:a|per|every)\s+\w+|every\s+(?:\w+\s+)?(?:years?|months?)\b"
    r"|annually\b|biennially\b|(?:normally|usually|regularly)\b)"
)
_TO_COME = re.compile(_TO_COME_WORDS, re.I)


_NOT_THIS = re.compile(
    r"\b(?:next|previous|last|forthcoming|upcoming|preceding|prior|following)\s+(?:\w+\s+)?(?:meeting|summit|session|sitting)\b"
    r"|\b(?:will|shall|would|is\s+to|are\s+to|is\s+expected|are\s+expected|is\s+scheduled|is\s+set)\b"
    # a preview told in the past: "X was set to take up the post at the summit in Y on Wednesday"
    r"|\b(?:was|were)\s+(?:set|due|scheduled|expected)\s+to\b"
    r"|\b(?:is|are)\s+due\s+to\s+(?:be\s+(?:held|hosted|convened)|meet|convene|open|take\s+place|gather|sit|host|hold)\b"
    r"|"
    + _TO_COME_WORDS
    + r"|\b(?:preparations?\s+for|ahead\s+of|run-up\s+to|eve\s+of|prior\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:meeting|summit|session)",
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


# the thing held, begun or ended, told just before the verb, is no sitting: "in a vote held at the agency's
# seat", "after the general election held in May", "The ballot took place on Friday", "soon after the war
# began", "a mandate that began in 2020", "when nominations closed", "a ceremony held at the hall" (not "the
# session began": a sitting's noun is no such thing; nor "the summit's opening ceremony was held": the sitting's)
_NOT_A_SITTING_BEFORE = re.compile(
    r"\b(?:votes?|voting|ballots?|balloting|elections?|polls?|referend(?:um|a|ums)|invasion|war|conflict"
    r"|occupation|coup|crisis|fighting|hostilities|terms?|mandates?|tenure|career|nominations?|candidatures?"
    r"|candidacies|campaign|(?<!opening\s)(?<!closing\s)(?<!inaugural\s)ceremon(?:y|ies))"
    r"(?:\s+(?:that|which))?(?:\s+(?:was|were|had|has|have)(?:\s+(?:been|already|just))*)?\s*$",
    re.I,
)
_HOLD_OR_SPAN_VERB = re.compile(
    r"(?:(?:was|were|has\s+been|had\s+been|is\s+being|are\s+being)\s+)?"
    r"(?:held|took\s+place|takes\s+place|began|begins|started|commenced|opened|ended|closed|concluded)\b",
    re.I,
)
# ... unless the clause puts it at a sitting it names ("the vote was held during the Assembly's session"): the
# scene is a sitting, read as such
_AT_A_SITTING = re.compile(
    r"[^.;,]*?\b(?:at|during)\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:session|meeting|summit|sitting|conference|congress|assembly)\b",
    re.I,
)
# "he held a range of senior posts", "Kazakhstan, which held the rotating chairmanship": an office held, no
# sitting (no preposition between: "held at the head office" is a sitting's place)
_HELD_A_POST = re.compile(
    r"held\s+(?:(?!(?:at|in|on|by|from|during|for|with|under|via|over|since|until|after|before|behind)\b)"
    r"[\w'’-]+\s+){0,4}?(?:posts?|positions?|offices?|roles?|portfolios?|ranks?|jobs?|seats?|citizenship"
    r"|presidency|chairmanship|chair)\b",
    re.I,
)


def not_a_sitting_held(text: str, verb: re.Match[str]) -> bool:
    """Whether the verb of holding (or of beginning, ending) tells something held that is no sitting: the
    noun just before it (a vote, an election, a war, a term) or the office it holds ("held senior posts")."""
    if _HELD_A_POST.match(text, verb.start()):
        return True
    if not _HOLD_OR_SPAN_VERB.fullmatch(verb.group()):
        return False
    return bool(_NOT_A_SITTING_BEFORE.search(text[: verb.start()])) and not _AT_A_SITTING.match(
        text, verb.end()
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


_ORDINAL_MEETING = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|\w+teenth|\w+tieth|twenty[-\s]\w+|\w+th)\s+(?:[A-Z][\w-]*\s+){0,2}(?:meeting|session|sitting|summit)s?\b",
    re.I,
)


_LEADERS_MEETING = re.compile(
    r"\b(?:presidents|leaders|heads\s+of\s+state(?:\s+and\s+government)?)"
    # "the presidents of Armenia, Kazakhstan, Kyrgyzstan and Russia gathered in St. Petersburg": their states
    r"(?:\s+of\s+(?-i:(?:the\s+)?[A-Z][\w'’-]*(?:(?:,\s*|\s+and\s+|\s+)(?:the\s+)?[A-Z][\w'’-]*){0,12}))?"
    r"\s+(?:meeting|gathered|gathering)\s+(?:in|at)\b",
    re.I,
)


# "the Arab foreign ministers meeting in Cairo", "foreign ministers of the bloc, meeting at its seat": the foreign
# ministers told sitting by a participle, as _LEADERS_MEETING tells the leaders (their council, not the summit)
_MINISTERS_MEETING = re.compile(
    r"\b(?P<who>(?:foreign\s+ministers|ministers\s+(?:of|for)\s+foreign\s+affairs)"
    r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for)\s+)?(?:the\s+)?[A-Z][\w'’-]*){0,8}))?)"
    r",?\s+meeting\s+(?:in|at)\s+(?-i:[A-Z])",
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


_VIRTUAL = re.compile(
    r"\b(?:videoconference|video\s?conference|video\s+link|online|virtual(?:ly)?|remotely)\b", re.I
)


def _past_year_only(ctx: Context, text: str) -> bool:
    """Whether a sentence dates what it tells only by a year before the text's own ("a convention adopted by
    the General Assembly in 1982"): background, not the sitting reported."""
    if ctx.anchor.year is None:
        return False
    dates = find_dates(text, ctx.anchor.year)
    if any(d.kind.rstrip("?") in ("day", "days", "month") for d in dates) or _DAY_WORD.search(text):
        return False
    if any(
        d.kind.rstrip("?") == "year"
        and int(d.edtf[:4]) < ctx.anchor.year
        # "in 1982", "at the 2015 summit" (a year as the sitting's adjective), not "since 2018"
        and re.search(r"\b(?:in|the|its|their)\s+$", text[max(0, d.start - 6) : d.start])
        for d in dates
    ):
        return True
    # a closed span of years before the text's own ("ambassador from 2012 to 2013, serving as vice-president of
    # the 68th session", "foreign minister between 2012 and 2016", "in 2010-2012", "(2007-2010)"): a career
    # told as background; not a term named by "for" ("the budget for 2019-2020"), nor one reaching the text's year
    for m in _CLOSED_YEARS.finditer(text):
        if int(m.group("end")) < ctx.anchor.year:
            return True
    return False


_CLOSED_YEARS = re.compile(
    r"(?:\b(?:from|between)\s+(?:19|20)\d\d\s+(?:to|and|until|till|through)\s+"
    r"|(?:\b(?:in|during)\s+|\()(?:19|20)\d\d\s*[-–—/]\s*)(?P<end>(?:19|20)\d\d)\b",
    re.I,
)


_DAY_WORD = re.compile(rf"\b(?:today|yesterday|tonight|(?:on\s+)?{WEEKDAY})\b")


def _elsewhen(ctx: Context, text: str, *, spans: bool = False) -> bool:
    """Whether a sentence dates what it tells away from the text's own day (a month or more off); with ``spans``,
    a date after "since" starts a span that reaches the text's day and is no other day (the sitting's sentence
    only: an attendance sentence that tells a span since a past summit is about someone's past)."""
    if ctx.anchor.day is None:
        return False
    near: int | None = None  # where the first day near the text's own is told
    for d in find_dates(text):
        if d.kind not in ("day", "days", "month"):
            continue
        if spans and _SINCE_BEFORE.search(text[max(0, d.start - 60) : d.start]):
            continue  # "their first regular one since the summit of June 2009": a span's start, not this day
        first = d.edtf.split("/")[0]
        day = dt.date.fromisoformat(first + ("-15" if d.kind == "month" else ""))
        if abs((day - ctx.anchor.day).days) <= 31:
            near = d.start if near is None else near
            continue
        if near is not None and _ANOTHER_SITTINGS_DAY.search(text[near : d.start]):
            # "The committee met in X on 27 June to prepare the Ministerial Council in Y on 11 November": the day of
            # the sitting named after the one held, its day told first
            continue
        return True
    return False


# a sitting named (with its place) right before a day: the day is that sitting's
_ANOTHER_SITTINGS_DAY = re.compile(
    r"\b(?:meeting|session|summit|conference|council|forum|ministerial)\b(?:\s+(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
    r"[,\s]*(?:on|in|from|scheduled\s+for|set\s+for|due\s+on)?\s*$",
    re.I,
)


# a second act of those who met, coordinated after the sitting's verb ("met in X on Friday and agreed that their
# next session will take place in Y", "..., and it was decided that ..."): what it tells is no part of the
# sitting's own words, and it opens the clause of the sitting to come (nextmeeting.py); not a passive of another
# agent ("approved by the Council at its session and endorsed by the leaders at their summit in December 2019")
COORDINATED_ACT = re.compile(
    r",?\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?:it\s+was\s+)?(?:agreed|decided|announced|said|resolved"
    r"|confirmed|accepted|endorsed|welcomed|approved|noted|chose|set)\b(?!\s+by\b)|;"
    # "..., and the next meeting will be held in Y in April 2012": a clause on the sitting to come
    r"|,?\s+and\s+(?:the|their|its)\s+next\s+(?:\w+\s+)?(?:meeting|summit|session|sitting)\b"
    # "..., and the ministers said they would meet again": a new subject's act (session 28)
    r"|,\s+and\s+(?:the\s+(?:\w+\s+){0,2}|they\s+|he\s+|she\s+)(?:also\s+)?(?:agreed|decided|announced|said|resolved"
    r"|confirmed|stated|noted)\b"
)


# a sitting some took part in, named as another organization's: "taking part in the CICA's anniversary summit",
# "attended the EU summit"
_ORGS_SITTING = re.compile(
    r"\b(?:participat\w*|taking\s+part|took\s+part|attend\w*)\s+(?:in\s+|at\s+)?(?:the\s+)?"
    r"(?:(?P<o>[A-Z][A-Za-z]{1,7})['’]s|(?P<a>[A-Z]{2,7}))\s+(?:[\w-]+\s+){0,2}(?:summit|meeting|session|conference)\b"
)


def _another_orgs_sitting(ctx: Context, text: str) -> bool:
    """Whether the sitting a sentence tells some took part in is another organization's ("for participating in the
    CICA's anniversary summit"); a sitting named otherwise ("ahead of the UN General Assembly session") is not read
    here."""
    named = [m.group("o") or m.group("a") for m in _ORGS_SITTING.finditer(text)]
    return bool(named) and all(_other_organization(ctx, n) for n in named)
