"""The act verbs of documents, and whether a clause tells the sitting's own act.

Apart from the readers because each of them asks the same questions of the
clause it reads before it names a document: an act still to come ("will
sign", "draft"), another's act welcomed ("welcomed the adoption of"), an act
of long ago or of a past year ("had launched", "concluded in 2007"), a
period's results or an agenda listed, or two states' own signing on the
sidelines.
"""

from __future__ import annotations

import re

from igo_timeline.extract.context import Context
from igo_timeline.extract.dates import MONTH, WEEKDAY

# what may stand between a sitting's closing verb and "with" its document, as agencies and the organizations'
# own pages word it: the day ("on Friday", "on 3 December", "Saturday", "late on Friday"), the place ("here",
# "in Caracas"), "after two days of talks": "the summit concluded Saturday with the Declaration of X"
CLOSING_ASIDE = (
    rf"(?:,?\s+(?:here|there|today|yesterday|tonight|late|earlier|(?:late\s+)?on\s+(?:{WEEKDAY}|\d{{1,2}}\s+{MONTH}|{MONTH}\s+\d{{1,2}})"
    rf"(?:,?\s+\d{{1,2}}\s+{MONTH}|,?\s+{MONTH}\s+\d{{1,2}})?(?:,?\s+(?:19|20)\d\d)?|{WEEKDAY}|in\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
    r"|after\s+(?:\w+\s+){1,2}(?:days?|hours?)\s+of\s+(?:talks|deliberations|discussions|meetings)"
    # "in Moroni, the capital of the Comoros, on Saturday": the town's apposition
    r"|the\s+capital\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)){0,4},?"
)

_VERB = re.compile(
    r"\b(?:(?:package|documents|list|them)\s+(?:further\s+|also\s+)?(?:includes?|included|comprises?)|among\s+them\s+(?:is|are|was|were)"
    r"|(?:documents?|agreements?|texts?)\s+(?:signed|adopted|approved)\s+(?:were|was|are|is|included|include)"
    # a sitting that ends with its document: "the summit ended with the X Declaration", "wrapped up with"
    r"|(?:end(?:ed|s)?|clos(?:ed|es?)|conclud(?:ed|es?)|wrapp(?:ed|ing)\s+up|wraps\s+up|culminat(?:ed|es?))"
    + CLOSING_ASIDE
    + r"\s+with"
    r"|agreed\s+(?:on|upon)|pass(?:ed|es|ing)"
    # a council's decision taken, named by its subject: "took a decision on X", "took the Decision On X and the Decision On Y"
    r"|t(?:ook|akes)\s+(?=(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?i:decisions?)\s+on\s)"
    # "made" a decision, when what was decided on is itself a document named by its kind ("on the plan for
    # Q and the statute of R"); a decision "on the office for ..." or "on the budget" names none
    r"|mad(?:e|es)\s+(?=(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?i:decisions?)\s+on\s+(?:the\s+|an?\s+)?(?:[a-z][\w-]*\s+)?"
    r"(?i:concept|programme|program|plan|strategy|agreement|protocol|regulations?|provisions|statute|charter|treaty|convention|list)"
    r"\s+(?:of|on|for)\s)|okay(?:ed|s)|rubber[\s-]stamp(?:ed|s)|gave\s+(?:the|their|its)\s+(?:green\s+light|approval|endorsement|go-ahead|assent)\s+to"
    r"|(?:heard\s+and\s+)?approv(?:ed|ing|es?)|adopt(?:ed|ing|s)?|(?:the\s+)?(?:adoption|signing|signature|approval|endorsement|conclusion|issuing|issuance|release)(?:,\s+by\s+[^,;]{1,100},)?\s+of|sign(?:ed|s)?\s+off\s+on|sign(?:ed|ing)?|endors(?:ed|ing|es?)|inked|issu(?:ed|ing)|releas(?:ed|ing)|launch(?:ed|ing|es)?|unveil(?:ed|ing|s)?|read\s+out|conclud(?:ed|ing|es)"
    r"|put\s+(?:their|its|his|her)\s+signatures?\s+(?:to|on)|(?:have\s+been\s+|were\s+)?(?:incorporated|reflected)\s+in(?:to)?"
    # the sitting's decisions put in its documents: "the key decisions of the meeting have been recorded in the X
    # Declaration", "the outcomes of the summit are set out in", "its conclusions were enshrined in"
    r"|(?:decisions|results|outcomes|conclusions|understandings|agreements\s+reached)\s+(?:of\s+the\s+(?:[\w-]+\s+){1,3})?"
    r"(?:have\s+been|has\s+been|were|was|are|is)\s+(?:(?:also|duly)\s+)?(?:recorded|enshrined|embodied|set\s+out|summed\s+up|laid\s+down"
    r"|summari[sz]ed|contained|captured|formali[sz]ed)\s+in)\b",
    re.I,
)
_NOT_NOW = re.compile(
    r"\b(?:will|would|shall|should|must|expected|to\s+be\s+(?:signed|adopted)|draft|finalis|finaliz|instruct|prepar|consideration|continue\s+work|did\s+not|not\s+yet)\b",
    re.I,
)
# what marks an act of long ago as remembered: "the 30th anniversary of the signing of", "thirty years since ..."
_ANNIVERSARY = re.compile(
    r"\banniversary\s+of\b|\b(?:\w+|\d+)\s+years?\s+(?:since|after)\b|\bjubilee\s+of\b", re.I
)
# an anniversary that is a document's subject ("the X Declaration on the 20th Anniversary of the Y", "a
# statement marking the 75th anniversary of ..."): the occasion the document is about, no act remembered
_TITLE_ANNIVERSARY = re.compile(
    r"\b(?:on|marking|commemorating|celebrating|dedicated\s+to|in\s+honou?r\s+of)\s+the\s+(?:[\w-]+\s+){1,2}anniversary\s+of\b",
    re.I,
)


def _anniversary_told(text: str) -> bool:
    """Whether the text remembers an act by its anniversary ("the 30th anniversary of the signing of"), the
    anniversaries a document is on or marks left out: those name its subject, not a past act told."""
    return _ANNIVERSARY.search(_TITLE_ANNIVERSARY.sub(lambda m: " " * len(m.group()), text)) is not None


_PAST_YEAR = re.compile(r"\b(?:in|since|of)\s+(?:\w+\s+)?(?P<y>(?:19|20)\d\d)\b")
# a verb that only lists ("among them were", "the package includes"): what it lists is adopted only when its
# antecedent is; items of an agenda or of a draft are not ("the draft agenda had 11 items. Among them were
# statements on ...", "the agenda includes a charter on ...")
_INCLUDES = re.compile(r"^(?:\w+\s+)?(?:further\s+|also\s+)?(?:includ|compris)|^among\s+them\b", re.I)
_AGENDA = re.compile(
    r"\b(?:agenda|draft(?:s|ed)?|items?\s+(?:for|to\s+be)\s+(?:consider|discuss)\w*|to\s+be\s+(?:considered|discussed|signed|adopted)"
    r"|(?:were|was|are|is)\s+(?:expected|planned|due)\s+to)\b",
    re.I,
)
# a list of what a period achieved, not the sitting: "the outcomes reached over the course of the year
# included:", "results achieved during its chairmanship:", "since the last summit, ... concluded:"
_PERIOD = re.compile(
    r"\b(?:over|during|throughout|in)\s+(?:the\s+course\s+of\s+)?(?:the|this|its|their|[A-Z]\w+['’]s)\s+(?:past\s+|last\s+)?"
    r"(?:year|twelve\s+months|chairmanship|chairship|chairpersonship|presidency|term)\b"
    r"|\bsince\s+the\s+(?:last|previous)\s+(?:summit|meeting|session)\b",
    re.I,
)
_ATTITUDE = re.compile(
    r"\b(?:welcom|hail|not(?:ed|ing|es)\b|congratulat|prais|commend|applaud|call(?:ed|s|ing)?\s+for|urg|look(?:ed|s)?\s+forward|await|support|encourag|appreciat|acknowledg|recall|reaffirm)\w*\s+(?:\w+\s+){0,3}?$",
    re.I,
)


def _background(ctx: Context, text: str) -> bool:
    """A clause about the past ("concluded in the Kyrgyz capital in 2007") or the future."""
    if ctx.meeting is None:
        return False
    year = int(ctx.meeting.last_day[:4])
    return any(int(m.group("y")) < year for m in _PAST_YEAR.finditer(text))


def _old_act(ctx: Context, text: str, verb_start: int) -> bool:
    """Whether the clause of a verb tells an act before the text's own: a pluperfect ("at which the leaders
    had launched a programme"), "later" after a past date, or every date it states a year or more back."""
    from igo_timeline.extract.reader import background

    head = text[max(0, verb_start - 30) : verb_start]
    reported = re.search(
        r"\b(?:said|says|told|announced|reported|stated|confirmed|according)\b", text[:verb_start]
    )
    if re.search(r"\bhad\s+(?:already\s+|earlier\s+|previously\s+)?$", head) and not reported:
        return True  # not "X said the leaders had adopted ...": reported speech
    return bool(re.search(r"\blater\b", head)) and background(ctx, text)


_SIDELINES = re.compile(
    r"\b(?:on|at)\s+the\s+(?:sidelines|margins?)\b|\bbilateral(?:ly)?\b|\bseparately\b", re.I
)
_MANY = re.compile(
    r"\b(?:leaders|heads|ministers|council|summit|conference|assembly|members|member\s+states|all|parties|states|meeting|session|organi[sz]ation)\b",
    re.I,
)


def _bilateral(ctx: Context, head: str, described: bool = False) -> bool:
    """Whether the subject of a signing is two states by themselves, or a state's organ (a ministry, an embassy), or
    the act is told as one on the sidelines: their own document, not the organization's."""
    from igo_timeline.extract.decisions import _state_parties

    clause = re.split(r"[;:]", head)[-1]
    own = re.search(
        rf"\b{re.escape(ctx.org.upper())}\b|Secretary[\s-]General|Secretariat|\bthe\s+(?:organi[sz]ation|bloc|union|community|zone)\b",
        clause,
    )
    if own:
        return (
            False  # "On the sidelines, the minister and the XYZ Secretary General signed": the organization's
        )
    if _SIDELINES.search(clause):
        return True
    if re.search(r"\b(?:Ministry|Embassy|Presidency|Foreign\s+Office|State\s+Department)\b[^;:,]*$", clause):
        return True  # "The Ministry of Foreign Affairs of Abc has issued a statement on the X Communique": a state's
    states = {p.value for p in _state_parties(ctx, clause)}
    if described and len(states) >= 3 and not _MANY.search(clause):
        return (
            True  # "A, B and C signed the agreement establishing X": members signing an existing instrument
        )
    return len(states) == 2 and not _MANY.search(clause) and re.search(r"\band\b", clause) is not None
