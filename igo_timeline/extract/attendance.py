"""Who attended the meeting a communiqué reports: the sentences that tell it, read unit by unit.

A unit is a sentence, a clause or a line of a list; the words that introduce a list ("attended by",
"Taking part were", "X was represented by") say where its items are, and the role markers in it
(``roles.py``) what each item attended as. The items themselves are read in ``listitems.py``, the
layout of lists in ``listlines.py``, the chair in ``chairs.py`` and those present by what they did in
``actors.py``. Moved out of ``meeting.py`` (the meeting finder calls ``_chair``, ``_jointly`` and
``_attendance``, imported from here).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from igo_timeline.extract.actors import _BY_MESSAGE, _actors
from igo_timeline.extract.chairs import _chair as _chair  # re-exported: meeting.py imports it from here
from igo_timeline.extract.chairs import _jointly as _jointly  # re-exported: meeting.py imports it from here
from igo_timeline.extract.chairs import _state_told_elsewhere
from igo_timeline.extract.context import Context
from igo_timeline.extract.homestate import home_state
from igo_timeline.extract.listitems import (
    _SPLIT,
    _items,
    _list_items,
    _list_name,
    _represented_respectively,
)
from igo_timeline.extract.listitems import _singular as _singular  # re-exported: tests import it from here
from igo_timeline.extract.listlines import (
    _LINE_ROLE,
    _LIST_LINE,
    _PARAGRAPH_NUMBER,
    _list_lines,
    _paired_lines,
    _pairs_across,
    _uncapped,
)
from igo_timeline.extract.meeting import _NOT_THIS, _OFFICIAL, _state_of
from igo_timeline.extract.meeting_canon import sitters
from igo_timeline.extract.mentions import ABSENT, present_by_mention, present_in_parallel
from igo_timeline.extract.names import find_parties, is_state
from igo_timeline.extract.people import Person, parse_item
from igo_timeline.extract.records import Candidate
from igo_timeline.extract.roles import (
    _ROLES,
    _ROLES_AFTER,
    _Assumed,
    _attest,
    _bare_title,
    _head_role,
    _named_already,
    _participant,
    _segments,
)
from igo_timeline.extract.stateheads import heads_by_state
from igo_timeline.extract.text import DATELINE_HEAD, ITEM_MARK, Passage

_ATTEND = re.compile(
    r"\b(?:(?:also\s+)?attended|took\s+part|take\s+part|taking\s+part|participated|partook|(?:were|was|is|are)\s+(?:also\s+)?present|in\s+attendance|joined|represented|sat|addressed|"
    # the present of a report written while the meeting goes on: "X and Y are also attending", "Z attends the summit"
    r"(?:is|are)\s+(?:also\s+)?(?:attending|participating)|(?<!\bto\s)(?<!\bnot\s)(?<!n't\s)(?:also\s+)?(?:attends?|participates?\s+in)\s+(?:the|this)\s+(?:[\w'’-]+\s+){0,3}(?:summit|meeting|session|talks|conference|gathering|sitting)|"
    # "The Secretary-General, X, also attends.": the present with no object, the clause's end right after it
    r"(?<!\bto\s)(?<!\bnot\s)(?<!n't\s)(?:also\s+)?(?:attends|participates)(?=\s*[.;])|"
    r"(?:led|headed)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:other\s+|respective\s+)?(?:[A-Z][\w'’-]*\s+){0,2}delegations?|"
    # the present of a report written while the meeting goes on: "X leads his country's delegation", "Y is leading
    # the Nepali delegation to the talks", "Z, who heads the French delegation"; a determiner after "heads" (no
    # "heads of delegation"), and no standing mission ("heads the permanent delegation")
    # ("Y is heading Niamey's delegation": a capital's possessive is the state's)
    r"(?:(?:leads|(?:is|are|was|were)\s+(?:also\s+)?leading)\s+(?:(?:the|his|her|their|its|(?-i:[A-Z])[\w-]+['’]s)\s+)?"
    r"|(?:heads|(?:is|are|was|were)\s+(?:also\s+)?heading)\s+(?:the|his|her|their|its|(?-i:[A-Z])[\w-]+['’]s)\s+)"
    r"(?!permanent\b|standing\b)(?:[\w'’-]+\s+){0,2}delegations?\b|(?:is|are)\s+(?:also\s+)?representing|served\s+as\s+(?:the\s+)?(?:Vice[\s-])?(?:Chair\w*|Rapporteur)|(?:were|was)\s+(?:also\s+)?in\s+the\s+(?:hall|room|chamber)|came(?!\s+(?:to\s+power|into\s+(?:force|effect|being|office)|to\s+an\s+end|to\s+a\s+close))|(?:were|was)\s+(?:also\s+)?connected|(?:were|was)\s+invited|(?:were|was|is|are)\s+(?:also\s+)?among\s+(?:the\s+(?:heads|leaders|participants|guests|delegates|ministers|delegations|representatives)|those\s+(?:welcomed|present|attending|received|greeted|(?:at|around)\s+the\s+(?:[\w-]+\s+)?table|in\s+attendance|in\s+the\s+(?:hall|room)))"
    r"|one\s+of\s+the\s+(?:heads|leaders|participants|delegates)\s+(?:at|in|attending)\s+the\s+(?:[\w-]+\s+)?(?:summit|meeting|session|talks)"
    # "The declaration was signed by the following:" and the signatories' lines: those who sat and signed
    r"|(?:was|were)\s+signed\s+by\s+the\s+following(?=\s*:)"
    # "X arrived in Riyadh to attend the summit", "was welcomed ... on his arrival to attend": came to it
    r"|(?:arrived|arrival)\s+(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+)?(?:to\s+attend|for\s+the\s+(?:[\w-]+\s+)?(?:summit|meeting|session|talks)"
    # "arrived in X to take part in the summit", "arrived in X for participation in the session": came to sit in it
    r"|(?:to\s+(?:take\s+part|participate)|for\s+(?:the\s+|their\s+)?participation)\s+in\s+(?:the|this|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|session|talks|conference|sitting)))\b",
    re.I,
)


# who opened, chaired or closed the sitting was at it
_CHAIRED = re.compile(
    r"\b(?:opened|chaired|co-chaired|presided\s+over|closed)\s+(?:the|its|this)\s+(?:[\w-]+\s+){0,2}"
    r"(?:session|meeting|summit|sitting|conference|debate)\s*$",
    re.I,
)


# the list follows the trigger: "attended by ...", "Other participants included ...", "brought together ..."
_LIST_AFTER = re.compile(
    r"\b(?:attended(?:\s+and\s+addressed)?\s+by|with\s+the\s+participation\s+of|(?:in|with)\s+(?:the\s+)?(?:presence|attendance)\s+of(?=\s+(?-i:[A-Z])|\s+(?:their|his|her)\s+(?:Royal\s+)?(?:Majest|Highness|Excellenc)\w*)|(?:participants|speakers|attendees|invitees)\s+(?:also\s+)?included|brought\s+together"
    # "the first summit to bring together in person the presidents of the members: A, B and C": the list after its colon
    r"|(?:brought|to\s+bring)\s+together(?:\s+in\s+person)?\s+(?:the\s+)?(?:leaders|heads|presidents|ministers)\b[^:;.]{0,60}:|represented\s+by(?:\s+their\s+\w+)?"
    r"|(?:were|was|is|are)\s+represented\s+(?:(?:at|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|session|talks|conference|sitting|forum|gathering)\s+|there\s+"
    r"|at\s+(?:the\s+)?(?:highest|ministerial|senior|head-of-state|summit)\s+level,?\s+)?by"
    r"|(?:co-chaired|chaired|opened|led|began)\s+the\s+(?:\w+\s+)?(?:talks|meeting|session|summit)\s+with|(?:were|was|is|are)\s+(?:being\s+)?led\s+by|(?:were|was|is|are)\s+(?:being\s+)?headed\s+by"
    r"|(?:were|was)\s+(?:formally\s+|officially\s+)?(?:opened|inaugurated|addressed|briefed)\s+by"
    r"|(?:welcomed|greeted|received)\s+(?:(?:\w+|all|most)\s+of\s+)?(?:his|her|their|the)\s+(?:\w+\s+)?(?:counterparts|guests|colleagues|leaders)"
    # "welcomed five of his counterparts to Libreville for the session:": where and what for, then the list
    r"(?:\s+(?:to|in|at|for)\s+[^:;.]{1,60}?)?\s*(?=:)|(?:sat|sitting|seated)\s+(?:at\s+the\s+table\s+)?(?:with\s+\w+\s+)?(?:were|was)|around\s+the\s+table\s+sat|joined\s+by(?=\s+(?-i:[A-Z]))"
    # "the host was joined for the retreat by A of B, ...": where or when they joined, then who
    r"|(?:was|were)\s+joined\s+(?:at|for|in|on|during)\s+(?:the\s+)?[^,;:.]{1,60}?\s+by(?=\s+(?-i:[A-Z]))"
    r"|(?<=present,\s)among\s+them|at\s+the\s+table\s+(?:were|was)"
    # "X hosted the leaders, among them A, B and C", "Four heads of state were present ..., among them D"
    r"|(?<=,\s)among\s+them(?:\s+(?:were|was))?(?=\s+(?-i:[A-Z]))"
    # "delegates heard A, B and C": those heard spoke at the sitting; "a meeting in restricted format between A, B"
    r"|(?:delegates|leaders|participants|heads\s+of\s+state|the\s+(?:assembly|summit|meeting|session|conference|council|plenary))\s+(?:also\s+|then\s+)?heard(?=\s+(?-i:[A-Z]))"
    # "The opening session also heard addresses by A and by B", "the leaders heard statements from A, B and C"
    r"|(?:delegates|leaders|participants|ministers|heads\s+of\s+state|the\s+(?:[\w-]+\s+)?(?:assembly|summit|meeting|session|conference|council|plenary|sitting))\s+(?:also\s+|then\s+)?heard\s+"
    r"(?:an?\s+)?(?:(?:opening|closing|keynote|welcoming|brief)\s+)?(?:addresses|address|statements?|speeches|speech|remarks|reports?|briefings?|presentations?)\s+(?:by|from)(?=\s+(?:the\s+)?(?-i:[A-Z]))"
    r"|\b(?:meeting|talks|session|sitting|summit)\s+(?:(?:in|of)\s+(?:a\s+|the\s+)?(?:restricted|narrow|expanded|extended|enlarged|broad|limited|full)\s+(?:format|composition)\s+)?between(?=\s+(?-i:[A-Z]))"
    r"|(?:also\s+)?(?:included|including)|attendance\s+(?:by|of)|(?:(?<=states)|(?<=countries)|(?<=members)|(?<=governments))\s+(?:also\s+)?sent)\s*:?\s*",
    re.I,
)


_ATTEND_FIRST = re.compile(
    r"^Among\s+them\s+(?:were|was)\s+(?=[A-Z])"
    # "The heads of delegation were Q (A), R (B) and S (C)": who headed the delegations sat at the sitting
    r"|^(?:The\s+)?heads\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+)?delegations?\s+(?:were|included)(?:\s+|\s*:\s*)(?=(?:the\s+)?(?-i:[A-Z]))"
    # "Among the heads of delegation were Albanian Foreign Minister Q, ...": some of those who headed them
    r"|^Among\s+the\s+(?:other\s+)?heads\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+)?delegations?\s+(?:were|was)(?:\s+|\s*:\s*)(?=(?:the\s+)?(?-i:[A-Z]))"
    r"|^Among\s+(?:the|its|their)\s+(?:(?:special|invited|other)\s+)?(?:guests|invitees|observers|participants|attendees)\s+(?:were|was)\s+(?=[A-Z])"
    r"|^Representing\s+(?:the\s+)?[A-Z][^,;]{0,60}?\s+(?:was|were)\s+"  # "Representing Togo was Foreign Minister X"
    # "Guests of the summit include A and B", "Invited guests at the meeting were": the sitting's own guests
    r"|^(?:The\s+)?(?:special\s+|invited\s+)?(?:guests|observers)(?:\s+(?:of|at|to)\s+(?:the|this)\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|session|conference|gathering|sitting))?"
    r"\s+(?:also\s+)?(?:were|are|included|includes?|comprised)(?:\s+|\s*:\s*)"
    # "Also at the biennial meeting were:", "At the table were X and Y"
    r"|^(?:Also\s+)?(?:at|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:meeting|summit|session|conference|talks|table|gathering)\s+(?:also\s+)?(?:were|was)(?:\s+|\s*:\s*)"  # after "Fifteen heads of state travelled to X for the meeting."
    r"|^Among\s+(?:those|the\s+(?:leaders|participants|heads\s+of\s+\w+|guests))\s+(?:(?:who\s+)?(?:taking\s+part|took\s+part|present|attending|attended|participating|participated))(?:\s+[^,;]{0,40}?)?\s+(?:were|was)\s+"
    # "Delegations came from A, B and C. Among those leading them were P, Q and R": the heads of the delegations
    r"|^Among\s+those\s+(?:who\s+)?(?:leading|heading|led|headed)\s+(?:them|the\s+delegations|delegations)\s+(?:were|was)\s+(?=[A-Z])"
    # "Not all members sent ministers. Among those who did were A; B, its title; ...": those who came
    r"|^Among\s+those\s+who\s+did(?:\s+so)?\s+(?:were|was)\s+(?=[A-Z])"
    r"|^(?:Also\s+)?(?:taking\s+part|participating|attending|present|in\s+attendance)\b.*?\b(?:were|was|are|is)(?:\s+(?:also\s+)?|\s*:\s*)"
    r"|^.{0,100}?\b(?:heads\s+of\s+(?:state|government|delegation)s?|leaders|ministers)\s+(?:who\s+)?(?:taking\s+part|took\s+part|participating|attending|present)\s*(?:were|was|are|is|included|includes?)(?:\s+|\s*:\s*)"
    # "The leaders who gathered for the summit were:", "Ministers who met in X for the session included":
    # a relative clause that puts them at the sitting, then the list
    r"|^.{0,100}?\b(?:heads\s+of\s+(?:state|government|delegation)s?|leaders|ministers|presidents|delegates|delegations|participants)"
    r"\s+(?:who|that)\s+(?:had\s+)?(?:gathered|assembled|met|convened|came|attended|took\s+part|participated|travell?ed)"
    r"(?:\s+(?:for|at|in|to)\s+[^,;:]{1,60}?)?\s+(?:were|included)(?:\s+|\s*:\s*)"
    r"|^.{0,100}?\bparticipants\s+(?:were|are|included|includes?)(?:\s+|\s*:\s*)"
    # "The leaders or envoys named in the final communique were: A, President of X; B, ...", "The heads of
    # state were:": who sat, listed after a colon (where the communique names them)
    r"|^(?:The\s+)?(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|ministers|delegations|participants|signatories)"
    r"(?:\s+(?:or|and)\s+(?:their\s+)?(?:envoys|representatives|delegates|ministers))?"
    r"(?:\s+(?:named|listed|cited)\s+(?:in|by)\s+[^,;:]{1,60}?)?\s+(?:were|included)\s*:\s*(?=[A-Z])"
    # "The talks involved the Abc Deputy Premier A, Trade Minister B and ...": who sat at them
    r"|^(?:The\s+)?(?:[\w'’-]+\s+){0,2}?(?:talks|meeting|session|summit|discussions|consultations)\s+(?:also\s+)?(?:involved|included|featured)\s+(?=(?:the\s+)?(?-i:[A-Z]))"
    # "Other representatives were: A of X, B of Y": the list after the colon
    r"|^.{0,100}?\b(?:attendees|representatives|delegates)\s+(?:were|are|included)\s*:\s*(?=[A-Z])"
    r"|^From\s+(?:the\s+)?[^,;]{0,80}?\s+(?:came|were\s+present|attended)\s+"
    r"|^.{0,120}?\b(?:taking\s+part|participating|attending|present|participants)\s*:\s*"
    # where the participants were: "Around the table (with him) were", "The leaders at the summit table were",
    # "Seated at the conference table were", "Gathered in the palace were", "Assembled for the summit were"
    r"|^(?:[^,;.]{0,60}?\s)?(?:around|round|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}table\b(?:\s+with\s+(?:him|her|them|\w+))?\s+(?:were|was|sat)(?:\s+|\s*:\s*)"
    r"|^(?:Gathered|Assembled|Seated|Convened)\s+(?:in|at|around|for|on)\s+[^,;]{1,60}?\s+(?:were|was)(?:\s+|\s*:\s*)"
    # "Among the heads of member states who attended were", "Among the heads of government in Malta were"
    r"|^Among\s+(?:those|the\s+(?:[\w'’-]+\s+){0,3}?(?:leaders|heads|participants|guests|delegates|presidents|ministers|dignitaries)(?:\s+of\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?)"
    r"\s+(?:(?:who\s+)?(?:attended|took\s+part|participated|came|were\s+present)|present|attending|participating|taking\s+part|(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]*|summit|meeting|session|talks)(?:\s+[A-Z][\w'’-]*)?)"
    r"\s+(?:were|was)(?:\s+|\s*:\s*)"
    # "Members of the Conference present were:", "The delegates attending were"
    r"|^.{0,100}?\b(?:present|attending|participating|taking\s+part|in\s+attendance)\s+(?:were|was|included)(?:\s+|\s*:\s*)"
    # "The document ... was signed by:" then its signers, line by line: those who signed at the sitting
    r"|^.{0,160}?\b(?:was|were|has\s+been|have\s+been)\s+signed\s+by\s*:\s*"
    # "Those attending the Conference were ...", "Those taking part in the talks were": the sitting between
    r"|^(?:(?:Among\s+)?[Tt]hose|Others)\s+(?:attending|present\s+at|participating\s+in|taking\s+part\s+in)\s+(?:the|this)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:conference|meeting|summit|session|talks|sitting|gathering|council|forum|assembly)"
    r"\s+(?:were|was|included)(?:\s+|\s*:\s*)",
    re.I,
)


# what makes "..., among them X" a list of who was at the meeting
_AS_ROLE = re.compile(
    r"^(?:the\s+)?(?-i:[A-Z])[^;]*?\s+as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:guests?|observers?|heads?|representatives?|members?|partners?)\b",
    re.I,
)


# the persons told before the cue that puts them at the sitting: "..., with Q and R among those attending"
_WITH_AMONG = re.compile(
    r"\bwith\s+(?P<who>(?-i:[A-Z])[^;:,]+?(?:,\s+(?-i:[A-Z])[^;:,]+?)*)\s+among\s+(?:the\s+)?"
    r"(?:participants|attendees|those\s+(?:present|attending|taking\s+part)|delegates|leaders\s+present)\b"
)


# a sitting still to come: "a further sitting is planned for May, with Q among the delegates"
_TO_COME = re.compile(
    r"\b(?:will|shall|planned|scheduled|due\s+to|expected|next|upcoming|forthcoming)\b", re.I
)


_ALONG_WITH = re.compile(
    r"^(?P<head>[^;]*?),\s+(?:along|together)\s+with\s+(?P<who>(?:the\s+)?[A-Z][^,;]*?),\s+"
    r"(?P<rest>(?:also\s+)?(?:took\s+part|attended|participated|were\s+(?:also\s+)?present)\b.*)$"
)
_AS_DID = re.compile(r",\s+as\s+did\s+(?P<who>(?:the\s+)?[A-Z][^;]*?)\s*\.?$")


# the heads the sentence's subject lists under one plural title, each with their state in brackets, meeting:
# "Prime Ministers A (Abc), B (Def) and C (Ghi) met in Brussels on Monday"
_ITEM_IN_BRACKETS = r"[A-Z][^;:,()]*?\s*\((?:the\s+)?[A-Z][^()]*\)"
_PLURAL_TITLED_MET = re.compile(
    r"^(?P<who>(?:(?:Deputy|Vice)[\s-]+)?(?:Presidents|Prime\s+Ministers|Premiers|Chancellors|(?:Foreign|[A-Z][a-z]+)\s+Ministers"
    r"|Ministers\s+of\s+[A-Z][\w\s]*?|Heads\s+of\s+(?:State|Government))\s+"
    rf"{_ITEM_IN_BRACKETS}(?:\s*,\s*{_ITEM_IN_BRACKETS})*,?\s+and\s+{_ITEM_IN_BRACKETS})"
    r"\s+(?:met|gathered|convened|sat\s+down|held\s+(?:talks|a\s+meeting))\b"
)


_OPENER = re.compile(
    r"^(?:(?:In|At)\s+(?:the\s+)?[^,]{0,40}?,\s+)?(?i:opening|chairing|closing|addressing|inaugurating|presiding\s+over|speaking\s+(?:to|at|before|during))\s+"
    # (the sitting's name and where or when it sat, up to the comma: "Closing the 66th Ordinary Session of the X
    # Authority at the presidential villa in Abuja on Sunday, ...")
    r"(?:the|this|its)\s+(?:[\w'’-]+\s+){0,4}?(?i:session|meeting|summit|proceedings|talks|sitting|gathering|conference|debate)\b[^,]{0,120},\s+"
    # "During the plenary, X proposed ...", "At the summit's opening session, X said ...": an act at the sitting
    r"|^(?:During|At|In)\s+the\s+(?:summit['’]s\s+|meeting['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:plenary|session|summit|meeting|talks|sitting|debate|opening|closing)"
    r"(?:\s+(?:session|ceremony|sitting))?,\s+"
)


# the verb of the sentence after an opener's subject ("Opening the session, X, chair of Y, said ...")
_OPENER_VERB = re.compile(
    r",?\s+(?:also\s+)?(?:said|says|welcomed|thanked|called|urged|stressed|noted|told|recalled|declared|paid|expressed"
    r"|underlined|emphasi[sz]ed|praised|announced|gave|delivered|spoke|presented|reminded|highlighted|pointed|invited"
    r"|congratulated|opened|reviewed|outlined|described|set\s+out|laid\s+out|proposed|suggested|warned|insisted|argued|appealed|asked)\b"
)


# a list item's mark, and the double dash that plain-text wires put before each line of a list ("-- A, President of B;")
_MARK = rf"(?:--|{ITEM_MARK})"
_MARKED = re.compile(rf"\s*{_MARK}\s")
# the same pronoun as the intro of a list set out below it, one person a line: "They were:"
_THEY_WERE_INTRO = re.compile(r"^(?:They|These|Those)\s+(?:were|are|included)\s*:\s*$")
# a list whose subject is a pronoun for the persons the sentence before named: "They were A of B, C and D"
_THEY_WERE = re.compile(r"^(?:They|These|Those)\s+(?:were|are|included)\s*:?\s+(?=[A-Z])")


_THEIRS = re.compile(
    r"\b(?:leaders|heads\s+of\s+(?:state|government|delegation)s?|presidents|counterparts|participants|delegations|dignitaries|guests)\b",
    re.I,
)


# the colon that opens a list of those who attended: ": X (A), Y (B)", or glued on its first item ":H.E. X"
_LIST_COLON = re.compile(r": |:(?=[A-Z])")


_AMONG_CUE = re.compile(
    r"\b(?:present|presence|hosted|attended|attending|gathered|welcomed|received|greeted|took\s+part|participated|came|arrived)\b",
    re.I,
)


# "X of A, whose country chairs the group this year, hosted ...": a relative clause is no item of the list
_RELATIVE = re.compile(r",\s+(?:whose|who|which)\b[^,;]*(?=,)")


_REPORTED = re.compile(r",?\s+(?:said|says|told|added|noted|stressed|stated|warned|argued)\b")


# the verb of a clause that names whose seat its subject took: "X attended for A", "Y took part on behalf of B"
_SEAT_VERB = re.compile(
    r"\b(?:(?:also\s+)?attended|took\s+part|participated|sat|spoke|(?:is|are|was|were)\s+(?:also\s+)?(?:attending|participating|present))"
    r"\s+(?P<prep>for|on\s+behalf\s+of)\s+(?=(?:the\s+)?[A-Z])"
)
# where a clause that leaves its verb out starts after the first: ", and ", " and ", "; ", ", while "
_GAP_CUT = re.compile(r",\s*(?:and|while|whereas)\s+|;\s*(?:and\s+)?|\s+and\s+|,\s+")


def _gapped_seats(norm: str) -> list[str]:
    """The clauses of a sentence whose verb is told once and left out after ("Premier Q attended for Ruritania and
    Premier R for Freedonia", "Q took part on behalf of A, R on behalf of B and S on behalf of C"): one sentence a
    person, each with the verb ("R attended for Freedonia."); nothing unless two clauses at least each end on a
    state's name and the left-out ones have no verb of their own."""
    verb = _SEAT_VERB.search(norm)
    if verb is None:
        return []
    subject, prep, rest = (
        norm[: verb.start()].rstrip(" ,"),
        verb.group("prep"),
        norm[verb.end() :].rstrip(" ."),
    )
    # a run of "STATE <cut> PERSON <prep> STATE ...", read from the left: the state is the shortest run of words up
    # to a cut that is a state's name (so "the Turks and Caicos Islands" is one state, not "the Turks")
    tail = rf"\s+{prep}\s+"
    clauses: list[tuple[str, str]] = []
    who, k = subject, 0
    while True:
        state = None
        for cut in [*_GAP_CUT.finditer(rest, k), None]:
            end = cut.start() if cut else len(rest)
            words = rest[k:end].strip()
            if not re.fullmatch(r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|the|and|[A-Z][\w'’.-]*)){0,6}", words):
                continue
            code = _state_of(re.sub(r"^the\s+", "", words))
            if code is None or not is_state(code):
                continue
            following = rest[cut.end() :] if cut else ""
            nxt = re.match(rf"(?P<who>(?:the\s+)?[A-Z][^,;:]*?){tail}(?=(?:the\s+)?[A-Z])", following)
            if cut is None or (nxt and not _ATTEND.search(nxt.group("who"))):
                state = (words, cut, nxt)
                break
        if state is None:
            return []
        words, cut, nxt = state
        clauses.append((who, words))
        if cut is None or nxt is None:
            break
        who, k = nxt.group("who"), cut.end() + nxt.end()
    if len(clauses) < 2:
        return []
    # each person told with the state's name after it, the form every list reads ("R of B attended"); the first
    # subject keeps what comes before it ("A sent Q, while R of B attended": Q is read as before)
    return [f"{w} of {st} attended." for w, st in clauses]


_ALSO_ATTENDED_BY = re.compile(r",\s+(?:which|that)\s+(?:was|were)\s+(?:also\s+)?attended\s+by\s+(?=[A-Z])")


def _attendance(
    ctx: Context,
    opening: Passage,
    more: list[dict[str, Any]],
    out: list[Candidate],
    *,
    skip: frozenset[int] = frozenset(),
    only: frozenset[int] | None = None,
    host: str | None = None,
    sitting: str | None = None,
) -> list[dict[str, Any]]:
    """Who attended, from the sentences about the meeting: ``skip`` the sentences (by start) that tell
    another meeting of the text; ``only`` those of this meeting (a second meeting's own sentence); ``sitting``: who sits in it
    (``meeting_canon.sitters`` of its body: ``mentions.there_by_default``)."""
    participants: list[dict[str, Any]] = []
    seen: set[str] = set()
    intro: tuple[str | None, str | None] | None = None  # the role of the list an intro opened
    first_list = only is None
    units: list[tuple[Passage, str]] = []
    lines: set[tuple[int, str]] = set()  # the units that are a line of a list the segmenter ran together
    for passage in ctx.doc.sentences[:40]:
        if passage.start in skip or only is not None and passage.start not in only:
            continue
        listed_lines = _list_lines(passage) or _paired_lines(passage.quote.split("\n"))
        if listed_lines:
            # "Angola: H.E. President A⏎Botswana: H.E. President B⏎...": one unit a line
            units += [(passage, line) for line in listed_lines]
            lines.update((passage.start, line) for line in listed_lines)
            continue
        norm = _PARAGRAPH_NUMBER.sub("", _uncapped(passage.norm))  # "4. Also present were ...": no word
        along = _ALONG_WITH.match(norm)
        if along and not _NOT_THIS.search(norm):
            # "Deputy Prime Ministers from A and B, along with Secretary General C, also took part": C is an item
            # of his own, the verb told of both
            units += [
                (passage, f"{along.group('head')} {along.group('rest')}"),
                (passage, f"{along.group('who')} {along.group('rest')}"),
            ]
            continue
        as_did = _AS_DID.search(norm)
        if as_did and _ATTEND.search(norm[: as_did.start()]) and not _NOT_THIS.search(norm):
            # "A and B joined the talks, as did Secretary General C": C did what the clause before tells
            units += [(passage, norm[: as_did.start()] + "."), (passage, f"{as_did.group('who')} attended.")]
            continue
        if _roll_call(passage, norm, ctx):
            # a sentence that is only a list of titled heads ("Premier of A Q, King of B R, Chancellor of C S."),
            # a caption or a roll call beside the meeting's own sentences, names those who sat at it
            units.append((passage, f"{norm.rstrip(' .')} attended."))
            continue
        plural = _PLURAL_TITLED_MET.match(norm)
        if plural and not _NOT_THIS.search(norm):
            # "Prime Ministers A (Abc), B (Def) and C (Ghi) met in X": they sat at it (as if "attended by" them)
            units.append((passage, f"The meeting was attended by {plural.group('who')}."))
            continue
        among = _WITH_AMONG.search(norm)
        if among and not _NOT_THIS.search(norm) and not _TO_COME.search(norm[: among.start()]):
            # "the council sat behind closed doors, with Q among the delegates": Q attended
            units.append((passage, f"{among.group('who')} attended."))
        opener = _OPENER.match(norm)
        said = _OPENER_VERB.search(norm, opener.end()) if opener else None
        # (what the speaker said may tell the future: "Speaking to the session, X said the next summit will ...")
        if opener and said and not _NOT_THIS.search(norm[: said.end()]):
            # "Opening the session, X said ...", "Chairing the summit, President Y of A called for ...": whoever
            # opened, chaired or addressed the sitting was at it
            units.append((passage, f"{norm[opener.end() : said.start()].strip(' ,')} attended."))
        gapped = _gapped_seats(norm)
        if gapped:
            # "Premier Q attended for Ruritania and Premier R for Freedonia": one unit a person, the verb told again
            units += [(passage, clause) for clause in gapped]
            continue
        relative = _ALSO_ATTENDED_BY.search(norm)
        if relative:
            # "X headed his state's delegation at the summit, which was also attended by A; B; and C": who led a
            # delegation is one clause, the list the relative clause opens another
            units += [
                (passage, norm[: relative.start()] + "."),
                (passage, f"The meeting was attended by {norm[relative.end() :]}"),
            ]
            continue
        # "A was represented by X; and B was represented by Y": the list's last clause after "; and"
        parts = re.split(
            r",\s+(?:and|while|whereas)\s+(?=(?:the\s+)?[A-Z])|;\s+(?:and\s+)?(?=(?:the\s+)?[A-Z])", norm
        )
        if len(parts) > 1 and sum(1 for part in parts if _ATTEND.search(part)) > 1:
            units += [(passage, part) for part in parts]  # "X attended as ..., and Y took part as ..."
        elif (
            len(parts) == 2
            and _ATTEND.search(parts[1])
            and not _ATTEND.search(parts[0])
            and _CHAIRED.search(parts[0])
        ):
            # "X, chair of the council, opened the session, and Y addressed it": who opened or chaired the
            # sitting is one clause, who attended it another
            units += [(passage, parts[0] + " attended"), (passage, parts[1])]
        elif (
            len(parts) == 2
            and _ATTEND.search(parts[0])
            and not _ATTEND.search(parts[1])
            and _AS_ROLE.search(parts[1])
        ):
            # "X took part as head of an observer state, and Y as an honorary guest": the verb left out
            units += [(passage, parts[0]), (passage, f"{parts[1].rstrip(' .')} attended.")]
        elif (held := _LIST_HELD.match(passage.norm)) is not None and not _ATTEND.search(held.group("list")):
            # "The X Heads of State, their Excellencies President A of B, ... and H.E. C, Vice President of D,
            # held the 17th Ordinary Summit ...": those who held the sitting attended it
            units.append((passage, f"{held.group('list')} attended the summit."))
        else:
            units.append((passage, norm))
    units, lines = _pairs_across(units, lines)
    kept: tuple[str | None, str | None] | None = None  # the intro over a marked line read as a sentence
    # the list after a colon read last: (its unit's index, its role, its status), for a list a full stop cut
    after_list: tuple[int, str | None, str | None] | None = None
    counted = 0  # the participants read before the unit before this one
    for index, (passage, text) in enumerate(units):
        if (
            index
            and len(participants) > counted
            and ";" in units[index - 1][1]
            and (after_list is None or after_list[0] != index - 1)
        ):  # the unit before read a list of its own (a heading's lines, items in a paragraph): each its own title
            after_list = (index - 1, None, None)
        counted = len(participants)
        intro, kept = intro or kept, None
        if (
            intro is not None
        ):  # "- Brazil: Represented by Foreign Minister X.": a line of the list, the state its label
            text = re.sub(
                r"^(\s*(?:[-–•*]\s+)?(?:the\s+)?[A-Z][^:]{1,40}:\s+)(?:[Rr]epresented\s+by|[Ll]ed\s+by)\s+",
                r"\1",
                text,
            )
        if intro is not None and (
            # a sentence of its own after the list ("X and Y were present as guests"); a marked line's clause
            # after its person is no such sentence ("- Crown Prince X, who headed the delegation;")
            not _ATTEND.search(_LINE_CLAUSE.sub("", text) if _MARKED.match(text) else text)
            and re.match(rf"\s*(?:{_MARK})?\s*(?:the\s+)?[A-Z]", text)
            and len(text) < 200
            and (
                text.rstrip().endswith((";", "."))
                or "\n" in passage.text[passage.end : passage.end + 2]
                or (passage.start, text) in lines
            )
        ):
            line = re.sub(rf"^\s*{_MARK}\s*", "", text).rstrip(" ;.")
            role_here = intro
            representing = _LINE_ROLE.search(line)
            if representing:
                # "- A of X and B of Y, representing the observer states": the line's own role, for each of them
                marks = [(r, st) for _, r, st in _segments(representing.group("what"), text) if r is not None]
                if marks:
                    role_here, line = marks[-1], line[: representing.start()]
            several = _list_items(line, ctx) if re.search(r"\s+and\s+", line) else []
            people_here = (
                several
                if len(several) >= 2 and all(p.role and p.party for p in several)
                else [_line_person(line, ctx)]
            )
            read = [p for p in people_here if p is not None and (p.party or p.known or p.role)]
            for person in read:
                if person.name in seen:
                    _line_party(person, participants)
                    continue
                seen.add(person.name)
                entry = _participant(person, role_here[0], ctx)
                participants.append(entry)
                more.append(ctx.source(passage))
                out.extend(_attest(ctx, passage, person, entry, role_here[1]))
            if read:
                continue
            if (passage.start, text) in lines:
                # a line of a list already known as one by its state-headed lines ("Angola: H.E. President A"), that
                # this reader cannot read ("Ruritania: H.E. the Hon. ..."): one item lost, the list goes on
                continue
            if _LIST_LINE.fullmatch(passage.quote) and "\n" in passage.text[passage.end : passage.end + 2]:
                continue  # a line of the list this reader cannot read ("Dr. the Hon. ..."): the list goes on
            if (
                _MARKED.match(text)
                and index + 1 < len(units)
                and _MARKED.match(
                    units[index + 1][0].quote
                )  # (its passage as written: the unit may drop the mark)
            ):
                continue  # a marked item this reader cannot read ("- The Keeper of the two Old Gates King
                # X, ..."), the next one marked too: one item lost, the list goes on
            if _MARKED.match(text) and text.rstrip().endswith(";"):
                kept = intro  # a marked item that a semicolon ends: read as a sentence, the list goes on after it
        intro = None
        if re.fullmatch(
            r"\s*(?:List\s+of\s+)?(?:Participants|Attendees|Delegations|Heads\s+of\s+[Dd]elegations?|Attendance)\s*:?\s*",
            text,
        ) and (
            "\n" in passage.text[passage.end : passage.end + 2]
        ):  # a heading line over the list ("Participants"), with or without its colon
            intro = (None, None)
            continue
        if text.rstrip().endswith(":") and (
            (index and _THEY_WERE_INTRO.match(text) and _THEIRS.search(units[index - 1][1]))
            or _ATTEND.search(text)
            or _LIST_AFTER.search(text)
            or _ATTEND_FIRST.match(text)
            or re.search(
                r"\b(?:participants|delegations|heads\s+of\s+delegation)\b|\b(?:were|was)\s+represented\b"
                # "Attendance was as follows:", "Other representatives were:", "The delegates attending:"
                r"|^(?:the\s+)?attendance\b|\b(?:attendees|representatives|delegates)\s+(?:were|are|included)\s*:$",
                text,
                re.I,
            )
            or any(rx.search(text) for rx, r, _ in _ROLES if r)
        ):
            tail = _segments(text, text)
            marked = [(r, st) for _, r, st in tail if r is not None]
            intro = marked[-1] if marked else (None, None)
            continue
        if (
            after_list is not None
            and after_list[0] == index - 1
            and ";" in text
            and not _ATTEND.search(text)
            # (items only, no sentence of its own: "Also present were A; B" is read as one)
            and not re.search(
                r"\b(?:were|was|is|are|present|attend\w*|includ\w*|took|participat\w*)\b", text, re.I
            )
        ):
            # "...; Z, Prime Minister of C. The Rt. Hon. Q, Prime Minister of D; R, President of E.": a list a full
            # stop cut in two goes on in the next sentence when that is items of persons with their states only
            cut_items = [
                parse_item(item, ctx.org, ctx.known_persons) for item in re.split(r";\s*", text.rstrip(" ."))
            ]
            people = [p for p in cut_items if p is not None]
            if len(people) >= 2 and len(people) == len(cut_items) and all(p.party for p in people):
                for person in people:
                    if person.name not in seen:
                        seen.add(person.name)
                        # (a list with no role of its own: a head's title gives the head's role)
                        role = after_list[1] or _head_role(_bare_title(person.role))
                        entry = _participant(person, role, ctx)
                        participants.append(entry)
                        out.extend(_attest(ctx, passage, person, entry, after_list[2]))
                more.append(ctx.source(passage))
                after_list = (index, after_list[1], after_list[2])
                continue
        told = _ATTEND.search(text)
        speech = r"\b(?:said|says|stated|added|noted|announced)\b[^.;:]{0,60}?\bthat\s"
        if told and re.search(speech, text[: told.start()]):
            continue  # "X said on Wednesday that Y was taking part": Y's act, not X's (bodies8)
        reported = _REPORTED.search(text, told.end()) if told else None
        # "X, who represented her country at the session, said he would ...": what X said is another clause
        own_clause = text[: reported.start()] if reported else text
        # "..., and Paraguay's X, who was attending his last summit.": a closing relative clause tells of the person
        # named last, not the time of the sentence's own act
        own_clause = re.sub(r",\s+(?:who|whose)\s+(?:was|were|is|had|has)\b[^,;:]*$", "", own_clause)
        if _NOT_THIS.search(own_clause) and (
            not re.search(r"\b(?:was|were|are|is)\s+(?:also\s+)?attended\b|\bAttending\b", text)
            # "The last Xyz summit took place in 2018 and was attended by ...": another sitting, the subject
            or re.match(
                r"\s*(?:The\s+)?(?:last|previous|preceding|prior|next|forthcoming|upcoming)\b", text, re.I
            )
        ):
            continue  # who will attend, or who attended another meeting
        inverted = _ATTEND_FIRST.match(text)  # "Taking part in the meeting were X and Y."
        if inverted is None and index and _THEIRS.search(units[index - 1][1]):
            inverted = _THEY_WERE.match(
                text
            )  # "X led the leaders of the members in signing. They were A, B and C."
        after = _LIST_AFTER.search(text)
        if (
            after is not None
            and after.group().casefold().startswith("among")
            and not _AMONG_CUE.search(text[: after.start()])
        ):
            after = None  # "condolences on the deaths of leaders, among them X": no one at the meeting
        if (
            after is not None
            and re.match(r"(?:also\s+)?includ", after.group(), re.I)
            and _HONOURED.search(text[: after.start()])
        ):
            after = None  # "the summit congratulated the heads of state elected this year, including X": whom it honoured
        verb = _ATTEND.search(text)
        if (
            verb is not None
            and verb.group().lower() in ("joined", "came")
            and not re.match(
                r"\s+(?:the\s+|them\s+|him\s+|her\s+)?(?:[\w-]+\s+){0,3}(?:meeting|summit|session|talks|leaders?|heads|discussions?|gathering|sitting|counterparts?|hosts?|chair(?:man|woman|person)?|president|video\s*(?:link|conference|call)|call)\b"
                r"|\s*[.,;:]|\s+(?:by|them|him|her|in\s+person|from|for\s+the|as|via|online|virtually|remotely)\b|\s+to\s+(?:the\s+)?[A-Z]"
                # "A and B joined X and Y at the table": whom they joined, where the sitting was
                r"|\s+[A-Z][^.;]{0,80}?\s+(?:at|around)\s+the\s+(?:[\w-]+\s+)?table\b",
                text[verb.end() :],
            )
        ):
            verb = None  # "thousands of people joined an opposition rally": no one joined the meeting
        if verb is not None and verb.group().lower() in ("addressed", "joined") and _BY_MESSAGE.search(text):
            verb = None  # "addressed the delegates in a video message": a message sent, not a seat taken
        if not (verb or inverted or after or _WELCOMED_TO.search(text) or _WELCOMED_ALL.search(text)):
            continue
        # (also "participated in the Summit:H.E. A, President of B": the first item glued on)
        listing = _LIST_COLON.search(text, verb.end()) if verb and not inverted else None
        colon = listing.start() if listing else -1
        if listing is not None and verb is not None and _SPLIT.search(text[colon:]):
            # "Heads of the observer states' delegations also attended the meeting: X (A), Y (B)"
            marks = [(r, st) for _, r, st in _segments(text[:colon], text) if r is not None]
            role, status = marks[-1] if marks else (None, None)
            for person in _items(text[listing.end() :], ctx):
                if person.name in seen:
                    continue
                seen.add(person.name)
                entry = _participant(person, role, ctx)
                participants.append(entry)
                out.extend(_attest(ctx, passage, person, entry, status))
            if passage is not opening:
                more.append(ctx.source(passage))
            first_list = False
            after_list = (index, role, status)
            if "\n" in passage.text[passage.end : passage.end + 2] and not text.rstrip().endswith((".", ";")):
                # the list's first item on the intro's line, the others in lines after it
                intro = (role, status)
            continue
        welcomed = _WELCOMED_TO.search(text) or _WELCOMED_ALL.search(text)
        represented_state: str | None = None  # "X, Attorney-General, represented Belize": the state of X
        if welcomed and not inverted:
            # "President X of A welcomed B, C and D to the summit": the host and those welcomed
            whom = (
                welcomed.group("list")
                or welcomed.group("peers")
                or welcomed.group("titled")
                or welcomed.group("heads")
            )
            host_words = _RELATIVE.sub("", text[: welcomed.start()]).strip()
            # "Along with the Russian leader, X is hosting A, B and C": the phrase before the host is no item
            host_words = re.sub(r"^(?:Along|Together)\s+with\s+[^,]*,\s*|\s+(?:is|was)$", "", host_words)
            listed = f"{host_words}, {whom}"
            verb, after = welcomed, None
        elif inverted:
            listed = text[inverted.end() :]
            whom = re.match(r"Representing\s+(?P<who>.+?)\s+(?:was|were)\s+$", inverted.group())
            state = _state_of(re.sub(r"^the\s+", "", whom.group("who"))) if whom else None
            if state and not [
                p for p in find_parties(re.split(r"[,;]|\s+and\s+", listed)[0]) if is_state(p.value)
            ]:
                listed = (
                    f"{_list_name(state)}'s {listed}"  # "Representing Togo was Foreign Minister X": of Togo
                )
        elif after and (
            not verb
            or after.start() <= verb.end() + 2
            or verb.start() > after.start()
            or after.group().casefold().startswith("among")  # "... were present, among them X"
        ):
            listed = text[after.end() :]
            whose = [p for p in find_parties(text[: after.start()]) if is_state(p.value)][-1:]
            respective = _represented_respectively(listed, text[: after.start()], ctx)
            if respective:
                listed = respective
            elif (
                whose
                and re.match(r"(?:its|their)\s+", listed)
                and re.search(r"represented\s+", after.group())
            ):
                # "Armenia was represented by its Acting Prime Minister X": the state's own
                listed = f"{text[whose[0].start : whose[0].end]}'s {listed.split(None, 1)[1]}"
            elif (
                whose
                and whose[0].end <= after.start()
                and (
                    re.search(r"represented\s+", after.group())
                    or re.search(r"\bdelegation\b[^,;]{0,20}$", text[: after.start()])
                    and text.rfind(" ", 0, whose[0].start) >= after.start() - 60
                    # "The delegation of the Kingdom of A to the session was headed by X": the state the
                    # delegation is of, whatever the words between it and the verb
                    or re.search(r"\b[Dd]elegation\s+of\s+(?:the\s+)?$", text[: whose[0].start])
                    and re.fullmatch(r"[^,;]{0,40}", text[whose[0].end : after.start()])
                )
            ):
                # "Tanzania was represented by Vice President X and Rwanda by Prime Minister Y", "the US delegation
                # there was led by X": the subject is the first item's state, "and <State> by" the next one's
                state = _list_name(whose[0].value)  # "the Kenyan delegation": Kenya's
                first_item = re.split(r",|\s+and\s+", listed, maxsplit=1)[0]
                if not [p for p in find_parties(first_item, exclude=[ctx.org]) if is_state(p.value)]:
                    ellipsis = re.search(
                        r"(?:,|\s+and)\s+(?:the\s+)?[A-Z][\w'’ .-]{1,40}?\s+by\s+(?=[A-Z])", listed
                    )
                    # "The Bahamas was represented by A, Belize by B": the first item in the others' shape
                    listed = f"{state} by {listed}" if ellipsis else f"{state}'s {listed}"
            listed = re.split(r",?\s+(?:accompanied|assisted|flanked|supported)\s+by\b", listed)[0]
            if re.match(r"(?:also\s+)?includ", after.group(), re.I):
                # "Several of them, including A and B, have since re-engaged with X": the sentence's verb ends the list
                listed = re.split(r",\s+(?:have|has|had|are|is|were|was|will|would|did)\b", listed)[0]
            if not _SPLIT.search(listed) and verb and 0 < verb.start() and verb.end() <= after.start():
                # "X attended, including Y": X too; not when the verb is the trigger's own ("is represented by")
                listed = text[: verb.start()] + ", " + listed
        elif verb:
            # "TOWN, State, 20 November 2024 – Minister X represented Y at ...": the dateline is no part of the subject
            listed = DATELINE_HEAD.sub("", text[: verb.start()])
            # ("X did not make the trip; Y headed the delegation": a clause of its own before the semicolon too)
            clauses = re.split(r",\s*(?:while|whereas|but|though|although|yet)\s+|;\s+", listed)
            if len(clauses) > 1 and ABSENT.search(" ".join(clauses[:-1])):
                # "A and B stayed away, while C took part": those the clause before the conjunction tells absent
                # are no part of the verb's subject ("A sent X, while B attended" keeps X: ``sent`` is read)
                listed = clauses[-1]
            whose_seat = (
                re.match(
                    r"\s+(?:the\s+)?(?P<state>[A-Z][\w'’ -]*?)\s*(?:[,.;]|\s+at\b|\s+in\b|$)",
                    text[verb.end() :],
                )
                if re.fullmatch(r"represented|(?:is|are)\s+(?:also\s+)?representing", verb.group(), re.I)
                else None
            )
            if whose_seat is None and re.fullmatch(
                r"(?:also\s+)?attended|took\s+part|participated|(?:is|are)\s+(?:also\s+)?(?:attending|participating)",
                verb.group(),
                re.I,
            ):
                # "Premier X attended for the Turks and Caicos Islands", "Y took part on behalf of Ghana": the state
                # whose seat X took (a single item with no state of its own)
                whose_seat = re.match(
                    r"\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?(?P<state>[A-Z][\w'’ -]*?)\s*(?:[,.;]|\s+at\b|\s+in\b|\s+and\b|$)",
                    text[verb.end() :],
                )
            represented_state = _state_of(whose_seat.group("state")) if whose_seat else None
            if re.match(r"in\s+attendance", verb.group(), re.I) and re.search(r"\bwith\s+", listed):
                # "under the patronage of President X and with the ministers of the members in attendance": only
                # those after "with" are in attendance
                listed = re.split(r"\bwith\s+", listed)[-1]
            led = re.match(
                r"(?:led|headed|leads|heads|(?:is|are|was|were)\s+(?:also\s+)?(?:leading|heading))\b",
                verb.group(),
            )
            states = (
                [p for p in find_parties(verb.group(), exclude=[ctx.org]) if is_state(p.value)] if led else []
            )
            if states and not [p for p in find_parties(listed, exclude=[ctx.org]) if is_state(p.value)]:
                listed = (
                    f"{_list_name(states[0].value)}'s {listed}"  # "X led the Nepalese delegation": of Nepal
                )
            along = re.search(r"\b(?:along|together)\s+with\s+(?P<rest>.+)$", text[verb.end() :])
            if along:  # "X and Y were among the participants, along with Z"
                # "Delegations of A, B and C took part, together with Secretary General Z": states or a group named
                # before the verb, no person, so only those after "together with" are read (the group is no role);
                # a list of persons before it ends at a semicolon, so no title left pending in it is Z's
                alone = not _items(listed, ctx) and not re.search(
                    r"\b(?:he|she|they|him|her)\b", listed, re.I
                )
                listed = along.group("rest") if alone else listed + "; " + along.group("rest")
        else:
            continue
        found_here = False
        segments = _segments(listed, text)
        if after is not None and listed == text[after.end() :] and re.search(r"\bsent\b", after.group()):
            # "The observer states sent X of A, Y of B": the senders' role is each item's
            marks = [(r, st) for _, r, st in _segments(text[: after.start()], text) if r is not None]
            if marks:
                segments = [(seg, *marks[-1]) for seg, _, _ in segments]
        if inverted and all(r is None for _, r, _ in segments):
            # "Attending as observers were X and Y": the intro's role is each item's
            marks = [(r, st) for _, r, st in _segments(text[: inverted.end()], text) if r is not None]
            if marks:
                segments = [(seg, *marks[-1]) for seg, _, _ in segments]
        if (
            first_list
            and all(r is None for _, r, _ in segments)
            and not _ROLES_AFTER(text, verb)
            # "Iran's delegation is led by X, Director General ...": who heads a delegation, not the state's head
            and not re.search(r"\bdelegations?\b[^.;]{0,40}?\b(?:led|headed)\s+by\b", text)
        ):
            # the genre's first list of who attended, unmarked, is the member states' heads; at a sitting of
            # ministers or officials, the heads of the member states' delegations
            assumed = "head of state"
            if ctx.meeting is not None and sitters(ctx.meeting.body).startswith(
                ("ministers", "foreign-ministers")
            ):
                assumed = "head of delegation"
            segments = [(seg, assumed, _Assumed("member")) for seg, _, _ in segments]
        if verb and text[: verb.start()].endswith(listed) and all(r is None for _, r, _ in segments):
            tail = _segments("X " + text[verb.end() :], text)  # "X took part as heads of ... delegations"
            marked = [(r, st) for _, r, st in tail if r is not None]
            if marked:
                segments = [(listed, *marked[0])]
        for segment, role, status in segments:
            items = _items(segment, ctx)
            for person in items:
                if person.name in seen:
                    continue
                if (
                    verb is not None
                    and len(items) == 1
                    and (state := represented_state)
                    and (not person.party or re.fullmatch(r"represented", verb.group(), re.I))
                ):
                    person = replace(
                        person, party=state
                    )  # "X, Attorney-General, represented Belize": of Belize
                seen.add(person.name)
                found_here = True
                own_role, own_status = role, status
                if person.standing == "observer":
                    # "President of A X (A is a Xyz observer)" in the list of members: the aside's standing
                    own_role, own_status = "head of observer state delegation", "observer"
                entry = _participant(person, own_role, ctx)
                participants.append(entry)
                out.extend(_attest(ctx, passage, person, entry, own_status))
        if found_here:
            first_list = False
        if found_here and passage is not opening:
            more.append(ctx.source(passage))
    for passage, person in _actors(ctx, host) if only is None else []:
        if passage.start in skip:
            continue
        # "Egyptian President Abdel Fattah" (the mention cut before "al-Sisi"): a part of a name found is that person
        if person.name in seen or any(
            set(person.name.split()) <= set(p["person"].split()) for p in participants
        ):
            _party_from(person, participants)
            continue
        seen.add(person.name)
        participants.append(_participant(person, "head of state" if person.party else None, ctx))
        if passage is not opening:
            more.append(ctx.source(passage))
    for passage, person in present_by_mention(ctx, skip, sitting=sitting) if only is None else []:
        # the back-off reader: a titled person whose own clause puts them at the sitting (mentions.py)
        if _named_already(person.name, participants):
            _party_from(person, participants)
            _longer_name(person, participants)
            continue
        participants.append(_participant(person, _head_role(person.role), ctx))
        if passage is not opening:
            more.append(ctx.source(passage))
    for passage, person in heads_by_state(ctx, skip) if only is None else []:
        # "attended by the Presidents of A, B and C", the president of C named in another sentence (stateheads.py)
        if _named_already(person.name, participants):
            continue
        participants.append(_participant(person, _head_role(person.role), ctx))
        if passage is not opening:
            more.append(ctx.source(passage))
    for passage, person in present_in_parallel(ctx, skip) if only is None else []:
        # two parallel lists, states then persons ("A and B were represented by their vice presidents, X and Y"):
        # the order gives each person's state, over a state another reading gave by proximity
        same = [entry for entry in participants if entry["person"] == person.name]
        for entry in same:
            entry["party"] = person.party
        if not same:
            participants.append(_participant(person, None, ctx))
            if passage is not opening:
                more.append(ctx.source(passage))
    for entry in participants:
        if "party" not in entry and (other := _state_told_elsewhere(ctx, entry["person"], entry["role"])):
            entry["party"], entry["person"] = other
        elif "party" not in entry and (home := home_state(ctx, entry["person"], entry.get("role"))):
            entry["party"] = home  # "NEW DELHI: External Affairs Minister X": the state the text was filed in
    _own_name_no_state(ctx, participants)
    return [
        entry for entry in participants if not _a_town(ctx, entry["person"]) and not _a_party(entry["person"])
    ]


def _a_party(name: str) -> bool:
    """Whether a name read as a participant is a state's or a territory's whole name ("Virgin Islands" out of
    the states listed as "A, the British Virgin Islands and B"): no person."""
    found = find_parties(name)
    return bool(found) and found[0].start == 0 and found[0].end >= len(name.rstrip(" .")) - 1


def _a_town(ctx: Context, name: str) -> bool:
    """Whether a name read as a participant is the dateline's town or a town of the gazetteer by its very name
    ("Phnom Penh, June 18: The forum opened ..."), and no person the store knows."""
    from igo_timeline.extract.places import own_city_name

    if name in ctx.known_persons:
        return False
    return bool(
        (ctx.anchor.place and name.casefold() == ctx.anchor.place.casefold())
        or (len(name.split()) >= 2 and own_city_name(name) and not re.search(r"\b[A-Z]\.", name))
    )


def _own_name_no_state(ctx: Context, participants: list[dict[str, Any]]) -> None:
    """An organization whose name or abbreviation is also a state's ("CAN" is Canada's code, "GUAM" is Guam):
    "CAN Secretary General X", "the Secretary General of GUAM, X" are the organization's own officials, not
    that state's. A party read so is dropped when the text never names the state itself or titles the person
    an official of the organization; a head of that state ("the Prime Minister of Canada") keeps it."""
    from igo_timeline.extract.names import org_names, own_name_states, state_named_in

    clash = own_name_states(ctx.org)
    if not clash:
        return
    own = (ctx.org.upper(), *org_names(ctx.org))
    text = ctx.doc.text
    for entry in participants:
        party = entry.get("party")
        if party not in clash:
            continue
        told = [
            text[max(0, m.start() - 120) : m.start()] for m in re.finditer(re.escape(entry["person"]), text)
        ]
        if not state_named_in(text, party) or any(_titled_own_official(before, own) for before in told):
            entry.pop("party")


def _titled_own_official(before: str, own: tuple[str, ...]) -> bool:
    """Whether the words just before a name title the person an official of the organization: "CAN Secretary
    General ", "the Secretary General of GUAM, Ambassador "."""
    names = "|".join(re.escape(n) for n in own)
    rank = r"(?:(?:Ambassador|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|H\.\s?E\.?|Professor|Prof\.)\s+)*"
    return bool(
        re.search(rf"\b(?:{names})\s+(?:{_OFFICIAL.pattern})[\s,]*{rank}$", before, re.I)
        or re.search(rf"(?:{_OFFICIAL.pattern})\s+of\s+(?:the\s+)?(?:{names})\s*,?\s*{rank}$", before, re.I)
    )


_LIST_HELD = re.compile(
    r"^(?:\d{1,2}[.)]\s*)?(?:The\s+|the\s+)?[^,;]{0,120}?\b(?:Heads\s+of\s+State(?:\s+and\s+Government)?|Leaders)(?:\s+of\s+(?:the\s+)?[^,;]{1,80}?)?\s*,\s+"
    r"(?:(?:their|Their)\s+(?:Excellencies|Majesties)\s+)?(?P<list>(?-i:[A-Z]).+?),?\s+(?:held|convened)\s+(?:the|their|its|an?)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:Summit|summit|Meeting|meeting|Session|session)\b",
)


_WELCOMED_TO = re.compile(
    r"\b(?:welcomed|greeted|received)\s+(?P<list>(?-i:[A-Z])[^;]+?)\s+to\s+(?:the\s+)?(?:\w+\s+)?(?:summit|meeting|session|talks|gathering)\b",
    re.I,
)


# "President X of A welcomed B of C, D of E and F of G.": a list to the sentence's end, its last one with a state
# ("General X of A received his peers, B of C and D of E, at the conference centre ...": the list in apposition)
_WELCOMED_ALL = re.compile(
    r"\b(?:welcomed|greeted)\s+(?P<list>[A-Z][^;]+?\s+of\s+(?:the\s+)?[A-Z][\w'’ -]+?)\s*\.?\s*$"
    r"|\b(?:welcomed|greeted|received|hosted)\s+(?:his|her|their)\s+(?:\w+\s+)?(?:peers|counterparts|guests|colleagues),?\s+"
    # (the list ends at the sentence's end or where it is told: ", at the ...", " to the Events Center")
    r"(?P<peers>(?-i:[A-Z])[^;:]+?\s+of\s+(?:the\s+)?[A-Z][\w'’ -]+?)(?=,?\s+(?:at|in|on|for|to)\b|\s*\.?\s*$)"
    # "X hosted Presidents A of B, C of D and E of F": a plural title that each item takes
    r"|\b(?:welcomed|greeted|received|hosted)\s+(?P<titled>(?:Presidents|Prime\s+Ministers|Premiers|Kings|Chancellors)\s+[A-Z][^;:]+?\s+of\s+(?:the\s+)?[A-Z][\w'’ -]+?)"
    r"(?=,\s+(?:at|in|on|for|to)\b|\s*\.?\s*$)"
    # "X is hosting Belarusian President A, President of Kazakhstan B and President of Tajikistan C": a list of
    # heads, each with a head's title (two at least: one guest hosted is a visit, not a sitting)
    r"|\b(?:is\s+hosting|was\s+hosting|hosted|welcomed)\s+(?P<heads>(?:[A-Z][\w'’-]+\s+)?(?:President|Prime\s+Minister|King|Emir|Amir|Sultan|Chancellor|Premier)(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})?\s+(?-i:[A-Z])[^;:]+?"
    r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[A-Z][\w'’-]+\s+)?(?:President|Prime\s+Minister|King|Emir|Amir|Sultan|Chancellor|Premier)(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})?\s+(?-i:[A-Z])[^;:]+?)\s*\.?\s*$"
)


# what a list line tells after its person: ", at his first summit since ...", ", who headed the delegation"; a
# participle of whose seat the person took (", leading the Ruritanian delegation", ", standing in for Minister Q,
# who ..."), read from the leftmost such clause, so that the one whose place was taken is never the line's person
_LINE_CLAUSE = re.compile(
    r",\s+(?:who|whose|which|at|in|on|during|after|since|for|making|marking|attending|accompanied|here|there"
    r"|leading|heading|standing\s+in|sitting\s+in|filling\s+in|deputi[sz]ing|substituting|replacing|to\s+whom|with\s+whom"
    r"|welcomed|newly)\s.*$"
)


def _line_person(line: str, ctx: Context) -> Person | None:
    """The person of one line of a list: the whole line, else the line without the clause after its person
    ("Sultan X of A, at his first summit since he came to power": Sultan X of A)."""
    person = parse_item(line, ctx.org, ctx.known_persons)
    clause = _LINE_CLAUSE.search(line) if person is None else None
    return parse_item(line[: clause.start()], ctx.org, ctx.known_persons) if clause else person


# what the sitting did to persons it names, who need not be there: congratulated on an election, mourned, honoured
_HONOURED = re.compile(
    r"\b(?:congratulat\w*|condolences?|tributes?|homage|mourn\w*|memory|passed\s+away|deaths?|(?:re-?)?elected|elections?)\b",
    re.I,
)


def _longer_name(person: Person, participants: list[dict[str, Any]]) -> None:
    """A person named in full after a list gave a short name ("Fernandez, Lula, ..." and "Brazil's Luiz Inacio Lula
    da Silva"): the entry of the same state whose name is a part of the full one takes the full name."""
    words = person.name.split()
    for entry in participants:
        short = entry["person"].split()
        same_words = (
            short[0] == words[0] and " ".join(short) in person.name if len(short) > 1 else short[0] in words
        )
        if person.party and entry.get("party") == person.party and len(short) < len(words) and same_words:
            entry["person"] = person.name
            return


# a lower-case word that is no particle of a title or a name: prose, not a bare list (a linear test; the list
# line's own grammar backtracks without end on a long sentence of hyphens and initials)
_PROSE_WORD = re.compile(
    r"(?<![\w'’.-])(?!(?:of|the|and|for|de|da|dos|du|la|le|al|el|bin|ibn|van|von)(?![\w'’-])|(?:al|el|ad|as|ash|ud)-[A-Z])[a-z][\w'’-]*"
)


def _roll_call(passage: Passage, norm: str, ctx: Context) -> bool:
    """Whether a sentence is a bare list of three titled heads of states at least, with no verb: capitalized
    words, particles and commas only, each item a person with a state and a title."""
    if norm.count(",") < 2 or _PROSE_WORD.search(norm) or _ATTEND.search(norm):
        return False
    people = _items(norm.rstrip(" ."), ctx)
    return len(people) >= 3 and all(p.party and is_state(p.party) and p.role for p in people)


def _line_party(person: Person, participants: list[dict[str, Any]]) -> None:
    """A list line's own state ("A, President of B;") outweighs the one an earlier sentence lent the same person
    (the host's state lent by a clause to the chair named in it, while the line says whose head the chair is)."""
    if not person.party or not is_state(person.party):
        return
    for entry in participants:
        if entry["person"] == person.name and entry.get("party") != person.party:
            entry["party"] = person.party


def _party_from(person: Person, participants: list[dict[str, Any]]) -> None:
    """A state's head found again with the state ("Uzbek President Islam Karimov") gives it to the entry that
    named the same person without one ("Closing the meeting, Karimov said ..."): the same full name only."""
    if not person.party or not is_state(person.party):
        return
    for entry in participants:
        if entry["person"] == person.name and "party" not in entry:
            entry["party"] = person.party
