"""The grammar of a document's title, and of a list of titles after a verb.

Kept apart from the readers because every reader of documents (objects of a
verb, list items, passives, the meeting's own documents) cuts and names
titles the same way: where a title starts (a document noun with its capitals
or its complement), where a list of them is cut (", the <Kind>", " and the
<Kind>", "another on ..."), where a title ends (a verb, a time phrase, a
relative clause), and its slug.
"""

from __future__ import annotations

import re

from igo_timeline.extract.dates import MONTH, WEEKDAY
from igo_timeline.extract.text import normalize

_KINDS = {
    "declaration": "declaration", "strategic plan": "plan", "action plan": "plan", "plan": "plan",
    "programme": "programme", "program": "programme", "regulations": "regulations", "regulation": "regulations",
    "agreement": "agreement", "treaty": "treaty", "convention": "convention", "charter": "charter",
    "concept": "concept", "protocol": "protocol", "memorandum": "memorandum", "memoranda": "memorandum",
    "statement": "statement", "strategy": "strategy", "report": "report", "development strategy": "strategy",
    "rules": "regulations", "provisions": "regulations", "decision": "decision", "communique": "communique",
    "communiqué": "communique", "budget": "budget", "roadmap": "roadmap", "road map": "roadmap",
    "list of measures": "plan", "procedure for": "regulations", "comprehensive plan": "plan",
    "initiative": "statement", "appeal": "statement", "statute": "statute", "statutes": "statute",
    "vision": "strategy", "consensus": "declaration", "blueprint": "blueprint", "additional act": "act",
    "supplementary act": "act", "uniform act": "act", "outlook": "strategy", "framework": "framework",
    "strategic framework": "framework", "work plan": "plan", "resolution": "resolution", "guidelines": "regulations",
    "accord": "agreement", "pact": "agreement", "compact": "agreement", "list of": "list", "rules of procedure": "regulations",
    "directive": "directive", "directives": "directive", "statements": "statement", "address": "statement",
    "amendments to": "amendment", "amendment to": "amendment", "main directions": "strategy", "concord": "declaration",
    # an act of a council named by its kind and subject ("an order on ...", "an instruction on ..."); "in order
    # to" is no document (see docevent)
    "order": "decision", "instruction": "decision", "work plans": "plan",
    "recommendations": "regulations",
    # a body's mandate as IGOs name it ("adopted the Terms of Reference of the X Commission")
    "terms of reference": "terms-of-reference",
    # harmonised norms a sectoral council endorses ("the Xyz Harmonised Standards for Papaya": session 27)
    "standards": "regulations",
    # measures approved as one document ("a set of measures to stimulate investment")
    "set of measures": "plan", "complex of measures": "plan",
}  # fmt: skip
_KIND = "|".join(sorted((re.escape(k) for k in _KINDS), key=len, reverse=True))
# the capitalized words between a kind and a second kind that ends a longer title ("Water Charter Implementation
# Plan"): the title's head is the second (``title_phrase``, ``_title``)
_CAPS_GAP = r"(?:\s+(?-i:[A-Z])[\w'’-]*){1,3}\s+"
_CAPS = r"(?:(?:[A-Z][\w'’.-]*|of|the|on|for|and|in|\d{4}(?:-\d{4})?)\s+){0,6}?"
# a document phrase whose head is lowercase ("a specific declaration on peace ...", "an agreement on combating
# crime", "a protocol amending the 2007 agreement"): a title only with its complement
_COMPLEMENT_WORD = r"(?:on|of|for|in(?=\s+(?!(?:the|a|an|its|their|this|that|order|which|principle|full|part|general|force|time|person|writing|advance|turn|addition|particular|response|accordance|line|favou?r|support|conjunction|connection|view|light|case|effect|place|order|total|draft|camera|session|effect)\b)(?-i:[a-z]))|in\s+support\s+of|amending|establishing|concerning|regarding|marking|between|against|to\s+(?:combat|promote|strengthen|implement|stimulate|ensure|develop|improve|boost|deepen|expand|enhance)|calling\s+for|supporting|condemning|urging|declaring|naming|designating)\b"
_LOWER_ADJ = rf"(?:(?!(?:in|the|of|on|to|and|or|a|an|for|with|at|by|from|as|its|their)\s)(?-i:[a-z][\w-]*)\s+){{1,3}}(?=(?-i:[a-z]))(?=(?i:{_KIND})\s+(?:{_COMPLEMENT_WORD}|[\"“](?-i:[A-Z])))"
# what a telling says of a document, no part of its title: its length ("a 20-point declaration", "the
# eight-page X Declaration"), its standing ("a landmark", "the first ever", "a separate statement on")
_DESCRIBED = (
    r"(?:(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)"
    r"[\s-](?:point|page|paragraph|article|clause|item|chapter)|separate|landmark|historic|first[\s-]ever|brief|short"
    r"|lengthy|strongly[\s-]worded|wide[\s-]ranging|far[\s-]reaching|ambitious)\s+"
)
# a title set in quotes, as agencies print it ("adopted the 'Xanadu Declaration'", "the “Y Plan”"): the quote
# marks are no part of the title
_OPEN_QUOTE = r"(?:(?<=\s)[‘“\"'](?=[A-Z0-9]))?"
_TITLE_START = re.compile(
    # (a quote mark opening the title with no article before it: "adopted 'Xanadu Declaration on Y' today")
    rf"(?:\b|(?<=\s)(?=[‘“\"'][A-Z0-9]))(?<!\bby\s)(?!(?i:consensus|acclamation)\b)(?:[Tt]he\s+|[Aa]n?\s+|its\s+|their\s+)?{_OPEN_QUOTE}(?:(?i:{_DESCRIBED}))?(?:(?i:revised\s+version\s+of)\s+(?:the\s+)?)?(?:(?i:model|joint|draft|new|first|second|third|updated|final|closing)\s+)?{_CAPS}(?i:{_KIND})\b"
    rf"|\b(?:[Aa]n?|[Tt]he|its|their)\s+(?:(?i:{_DESCRIBED}))?{_LOWER_ADJ}(?i:{_KIND})\b"
    # an accession's own instrument, named by its kind: "the accession agreement was signed"
    r"|\b(?:[Aa]n?|[Tt]he|its|their)\s+(?:accession|association)\s+(?:agreement|protocol|treaty)\b"
    # a title in quotes, words in any case inside them: the "Nairobi Nguvu ya Pamoja Declaration"
    rf"|(?:\b(?:[Tt]he|[Aa]n?|its|their)\s+)?(?<=\s)[“\"](?=[A-Z])(?:[\w'’.,-]+\s+){{0,8}}?(?i:{_KIND})\b(?=[^\"”\n]{{0,150}}[\"”])"
)
# the clause of another act after a document, its own verb after "and": "adopted the X Declaration and agreed that
# the next session will be held in March 2032" (the trail of a title, and no day of its act: docevent)
NEXT_ACT = (
    r"\s+and\s+(?:also\s+)?(?:agreed|decided|resolved|noted|welcomed|called|urged|expressed|reaffirmed|instructed"
    r"|requested|asked|tasked|stressed|underlined|discussed|reviewed)\b"
)
_TRAIL = re.compile(
    rf"(?:\s+on\s+{WEEKDAY}\b|\s+(?:at|during|in)\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:session|meeting|summit|sitting)\b"
    # "adopted a joint declaration on X at their 25th ASEAN Ministerial Meeting": the sitting, no part of the title
    r"|\s+(?:at|during)\s+(?:their|its)\s+(?:[\w'’-]+\s+){0,4}(?i:session|meeting|summit|sitting|conference)\b|,\s*which\b|,\s*that\b|,\s*aimed\b|,\s*bringing\b|,\s*among\b"
    # "approved the X Declaration, proposed by Y for the plenary to debate": how it came before them
    r"|,\s*(?:proposed|submitted|presented|introduced|sponsored|tabled|put\s+forward)\s+(?:for|by|to)\b|\s+signed\s+(?:in|on|at)\b|\s+must\b|\s+should\b|\s+to\s+enter\b|\s+will\b"
    r"|\s+(?:was|were|has\s+been|have\s+been)\s+(?:signed|adopted|approved)\b|,\s*(?:Putin|[A-Z]\w+)\s+said\b|\s*[.;:]\s*$"
    rf"|\s+and\s+(?:also\s+)?(?:approved|adopted|signed|endorsed)\b"
    # "adopted the X Declaration and agreed that the next session would be held in 2032": the next verb's clause
    + "|"
    + NEXT_ACT
    + rf"|\s+(?:together|along)\s+with\b(?!\s+(?:the|an?)\s+(?:[\w'’-]+\s+){{0,3}}(?i:{_KIND})\b)|,\s*and\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}(?:signed|adopted|approved|endorsed|initialled)\b|,\s*(?:under|by|through|in)\s+which\b|,\s*(?:the\s+)?first\b).*$"
)
# an enumerator inside a prose list ("adopted: (i) the X and (ii) the Y", "; (b) the Z"): no part of a title
_ENUMERATOR = r"(?:\((?:[a-z]|i{1,3}|iv|vi{0,3}|ix|x|\d{1,2})\)\s*)?"
_SPLIT = re.compile(
    rf"(?:[,;]\s*|\s+)(?:as\s+well\s+as|together\s+with|along\s+with)\s+(?=(?:the|an?)\s+(?:[\w'’-]+\s+){{0,3}}(?i:{_KIND})\b"
    # or a plural kind whose subjects follow, each with its own "on" ("as well as the decisions On A and On B")
    r"|(?:the\s+|(?i:two|three|four|five|several|joint|political|special)\s+)?(?i:statements|declarations|resolutions|decisions|agreements|protocols)\s+(?i:on)\s)"
    rf"|(?:,\s*(?!(?:a|an)\s+(?-i:[a-z]))(?:and\s+)?|;\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+){_ENUMERATOR}(?:(?:also\s+)?(?:approved|adopted|signed|endorsed)\s+)?(?=(?:[Tt]he\s+|[Aa]n?\s+)?(?:(?i:{_DESCRIBED}))?[‘“\"']?(?:(?i:revised\s+version\s+of)\s+(?:the\s+)?)?(?:(?i:model|joint)\s+)?(?:[A-Z][\w'’-]*\s+){{0,4}}(?i:{_KIND})\b"
    rf"|(?:[Aa]n?\s+|[Tt]he\s+)(?:(?:final|closing)\s+(?:communiqu|declaration)|{_LOWER_ADJ})"
    # a plural kind whose subjects follow, each with its own "on": "the X Declaration and resolutions on A and on B"
    r"|(?:(?i:two|three|four|five|several|joint|political|special)\s+){0,2}(?i:statements|declarations|resolutions|decisions)\s+(?i:on)\s+(?:.(?!\bon\s))*?,?\s+(?:and\s+|as\s+well\s+as\s+)?(?i:on)\s)"
)
_TITLE_YEAR = re.compile(
    # only a document named inside another's title: "a protocol amending the 2007 agreement"
    r"(?:(?<=amending\s)|(?<=revising\s)|(?<=replacing\s)|(?<=supplementing\s)|(?<=implementing\s))(?:the|its|their)\s+(?:19|20)\d\d\s+"
    r"(?=(?:[\w-]+\s+){0,2}?(?i:" + _KIND + r")\b)"
)


def _no_title_years(text: str) -> str:
    """The text with the years that name a document blanked ("a protocol amending the 2007 agreement"): the
    year of a document named is not the day of the act told."""
    return _TITLE_YEAR.sub(lambda m: " " * len(m.group()), text)


# an item that names its kind by the item before: "a declaration on A and another on B", "a statement on A, a
# second on B and a third on C", "a special declaration calling for X and another supporting Y"
_ELIDED = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?P<e>another|the\s+other|a\s+(?:second|third|fourth|fifth|further))\s+"
    r"(?=(?:on|concerning|regarding|against|in\s+support\s+of|(?-i:[a-z]+ing))\s)",
    re.I,
)


def _elided(text: str, start: int, end: int) -> list[tuple[int, int, str | None]]:
    """The piece ``text[start:end]`` as its items: itself, or its first item and each elided one, titled by the
    first item's kind ("another on B" -> "declaration on B"); ``None`` as a phrase is the words themselves."""
    cuts = list(_ELIDED.finditer(text, start, end))
    if not cuts:
        return [(start, end, None)]
    head = re.search(rf"\b(?P<k>{_KIND})\b", text[start : cuts[0].start()], re.I)
    if head is None or head.group("k").lower().endswith("s"):
        return [(start, end, None)]
    out: list[tuple[int, int, str | None]] = [(start, cuts[0].start(), None)]
    for k, m in enumerate(cuts):
        b = cuts[k + 1].start() if k + 1 < len(cuts) else end
        out.append((m.start("e"), b, f"{head.group('k').lower()} {text[m.end() : b]}"))
    return out


# a comma before "a"/"an" and a lowercase document phrase with its complement: an item of a list only when
# the list goes on with "and" ("adopted A, a joint declaration on Y and a statement on Z"); without it,
# "the X Declaration, a statement of principles on ..." is an appositive
_COMMA_ITEM = re.compile(
    rf",\s+(?=(?:[Aa]n?)\s+(?:(?i:{_DESCRIBED}))?(?:{_LOWER_ADJ}(?i:{_KIND})\b|(?-i:[a-z]\w*\s+)?(?i:{_KIND})\s+{_COMPLEMENT_WORD}))"
)


# an item that names a document by its kind and subject, with no title: "a resolution on Q", "an appeal for R"
_DESCRIBED_ITEM = re.compile(
    rf"(?:[Aa]n?)\s+(?:(?i:{_DESCRIBED}))?(?:{_LOWER_ADJ})?(?i:{_KIND})\s+{_COMPLEMENT_WORD}", re.I
)


def _pieces(text: str, start: int) -> list[tuple[int, int]]:
    trail = _TRAIL.search(text, start)
    stop = trail.start() if trail else len(text)
    cuts = [start] + [m.end() for m in _SPLIT.finditer(text, start, stop)]
    ends = [m.start() for m in _SPLIT.finditer(text, start, stop)] + [stop]
    pieces = list(zip(cuts, ends, strict=True))
    out = []
    for k, (a, b) in enumerate(pieces):
        # a list of described documents goes on past a comma with no "and" ("passed a resolution on Q, a
        # resolution on R, then elected ..."): the first item is no title an appositive could describe
        described = _DESCRIBED_ITEM.match(text, a) is not None
        commas = list(_COMMA_ITEM.finditer(text, a, b)) if k < len(pieces) - 1 or described else []
        for m in commas:
            out.append((a, m.start()))
            a = m.end()
        out.append((a, b))
    return out


def _title(phrase: str) -> tuple[str, str, bool]:
    """(title, kind, revised) of a document phrase."""
    phrase = normalize(re.sub(r"^(?:the|a|an|its|their)\s+", "", phrase.strip(), flags=re.I)).rstrip(" ;.,")
    phrase = re.sub(
        r",\s*(?:named|called|so\s+called)\b.*$", "", phrase
    )  # "X Declaration, named after the city"
    phrase = re.sub(r"^[\"“”']|[\"“”']$", "", phrase) if phrase.count('"') == 1 else phrase
    # "'X Declaration' today": the title ends at its closing quote mark
    closed = re.match(r"[‘“\"'][^‘’“”\"]+?[’”\"'](?=\s|$)", phrase)
    if closed is not None and phrase[0] in "‘“\"'" and closed.group()[-1] in "’”\"'":
        phrase = closed.group()
    quoted = re.fullmatch(r"[‘“\"'](?P<t>[^‘’“”\"]+?)[’”\"']?", phrase)
    if quoted and (phrase[0] in "‘“" or (phrase[0] == phrase[-1] and phrase[0] in "'\"" and len(phrase) > 2)):
        phrase = quoted.group("t").strip()  # "‘X Declaration’": the title inside its quote marks
    phrase = re.sub(
        r"^(?:of|in|on|for|and|to)\s+(?:the\s+)?", "", phrase, flags=re.I
    )  # no title starts with a preposition
    phrase = re.sub(
        rf"^{_DESCRIBED}", "", phrase, flags=re.I
    )  # "a 20-point X Declaration": the X Declaration
    phrase = re.sub(
        r"^(?:new|first|second|third|updated)\s+(?=[A-Z])", "", phrase
    )  # "a new Strategic Concept"
    # an appositive is no part of the title: "X, the blueprint that ...", "Y, meant to make ..."
    phrase = re.sub(r",\s*(?:(?:the|a|an)\s+(?-i:[a-z])|(?:meant|designed|intended|aimed)\b).*$", "", phrase)
    named = re.match(
        rf"^(?:[\w-]+\s+){{0,2}}?(?P<kind>{_KIND})\s+(?:(?:entitled|titled|called|named)\s+[\"“'‘]?(?P<name>[A-Z][^\"”’;]*?)[\"”'’]?\s*$"
        # a name in quotes right after the kind: "the resolution "X Y Z" without a vote"
        rf"|(?:(?:entitled|titled|called|named)\s+)?[\"“](?P<quoted>[A-Z][^\"”]{{3,200}}?)[\"”])",
        phrase,
        re.I,
    )
    if named:  # "a declaration entitled "Seas of Peace"": the name given is its title
        kind = _KINDS.get(named.group("kind").lower(), "document")
        name = named.group("quoted") or re.split(r",\s+(?=(?-i:[a-z]))", named.group("name"))[0]
        return name.strip(" ,."), kind, False  # "entitled X, setting out ...": the name, not what it does
    phrase = title_phrase(phrase)
    revised = bool(re.match(r"revised\s+version\s+of\s+", phrase, re.I))
    phrase = re.sub(r"^revised\s+version\s+of\s+(?:the\s+)?", "", phrase, flags=re.I)
    runs = list(re.finditer(rf"\b(?:{_KIND})(?:\s+(?:{_KIND}))*\b", phrase, re.I))
    kind_word = runs[0] if runs else None
    for later in runs[1:]:
        # "Water Charter Implementation Plan": a kind inside a longer title, capitalized words to the next one
        if kind_word is not None and re.fullmatch(_CAPS_GAP, phrase[kind_word.end() : later.start()]):
            kind_word = later
    nouns = re.findall(rf"\b(?:{_KIND})\b", kind_word.group(), re.I) if kind_word else [""]
    # the last noun heads ("Framework Agreement"), but a "Vision Statement" is a vision set out, not positions
    last = ([n for n in nouns if n.lower() != "statement"] or nouns)[-1]
    kind = _KINDS.get(last.lower(), "document") if kind_word else "document"
    title = phrase[:1].upper() + phrase[1:]
    return title, kind, revised


# what may follow a title's head noun: its complement ("of/on/for ..."), a participle that names the act it
# makes ("Treaty establishing ...", "Protocol amending ..."), a bracket, a dash, a year
_COMPLEMENT = re.compile(
    r"\s*$|\s+(?:of|on|for|to|between|until|following|concerning|regarding|among|in|with|against|from|at|[a-z]+ing)\b"
    # a title in title case: "Convention Against Trafficking in Persons", "Agreement Concerning ..."
    r"|\s+(?:Against|Concerning|Regarding|Between|On|Of|For)\s+(?=[A-Z])"
    # an instrument's act in title case: "Accord Revising the Q Statute", "Treaty Creating the R Fund"
    r"|\s+(?:Amending|Establishing|Implementing|Supplementing|Revising|Replacing|Governing|Creating|Relating\s+to)\s+(?=the\s|[A-Z])"
    # its authors: "Joint Statement by the members of the Council", "Declaration by the Heads of State"
    r"|\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:members|heads|leaders|ministers|presidents|chairs?|co-chairs|participants|parties)\b"
    r"|\s*[(\-–—]|\s+(?:19|20)\d\d\b|\s+and\s+(?=[A-Z])"
    # a numbered title: "ASEAN Concord IV", "Lomé Convention III", "Protocol No. 15 to the Convention"
    r"|\s+(?:II|III|IV|V|VI|VII|VIII|IX|X)\b|\s+(?:No\.?|Number)\s*\d{1,3}\b"
)
# where a title ends: a comma before lowercase words ("X, dated March 3, is"), a finite verb ("X took effect")
_TITLE_END = re.compile(
    # not the comma of a series inside a title ("on peace, security and stability")
    # nor the comma of a date's year ("the agreement ... of October 6, 2007")
    r",\s+(?=[a-z0-9])(?![\w'’-]+(?:\s+[\w'’-]+)?\s+(?:and|or)\s)(?!(?:19|20)\d\d\b)"
    # a relative clause ("a final communique that called ..."), an adverbial of the act ("in the presence of
    # their leaders", "at the opening ceremony", "with the President looking on", "on the sidelines of")
    r"|\s+(?:that|which|who|whose)\s|\s+(?:by|in|under|through|with|at|during)\s+which\s|\s+and\s+(?-i:[a-z]+ed)\s+(?:the|a|an|its|their|to|on|that)\b|\s+(?:in\s+the\s+presence\s+of|in\s+front\s+of|on\s+the\s+sidelines\s+of|on\s+behalf\s+of|by\s+video\s*link|by\s+videoconference)\b"
    r"|\s+(?:at|in|during)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:ceremony|session|sitting|plenary|retreat)\b"
    # a headline's "adopt X Declaration at informal summit in Shusha": the meeting, without its article
    r"|\s+(?:at|during)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?-i:summit|meeting|talks|session)\b|\s+with\s+(?:[\w.-]+\s+){1,4}looking\s+on\b"
    r"|\s+(?:is|are|was|were|has|have|had|will|would|shall|says|said|records|recorded|states(?<!member\sstates)(?=\s+(?:that|the|a|an|its|their|clearly|explicitly)\b)|stated|took|takes|dated|released|issued|prepared|adopted|signed|approved|calls|commits|reaffirms|reiterates|notes|sets\s+out)\b"
    # a time phrase after the title: "the X Statute in August 2011", "the Y Accord on 3 May", "in 2019"
    r"|\s+(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening|week))\b"
    # where, as an agency's report tells it: "signed the Protocol on Energy here on Tuesday", "approved a joint
    # declaration in the Brazilian capital on Wednesday"
    r"|\s+(?-i:here)\b|\s+(?:in|at)\s+the\s+(?:[\w'’-]+\s+){0,2}(?:capital|city|resort|town)\b"
    # how it was approved, no part of the title: "approved the new strategy in principle", "in full"
    r"|\s+in\s+(?:principle|full|part|general|its\s+entirety)\b"
    # what the text covers, told after its name: "issued a Joint Communique covering many issues"
    r"|\s+(?-i:covering|outlining|detailing|spanning|addressing|highlighting|touching\s+on)\s+(?:a|an|the|its|their|some|many|all|\w+\s+issues)\b"
    r"|\s+(?:in|during)\s+the\s+(?:morning|afternoon|evening|night)\b"
    r"|\s+with\s+(?:the\s+)?(?:other|all|their|its|his|her|fellow)\b"
    r"|\s+(?:by|at|upon)\s+the\s+(?:end|close|conclusion|closing|middle|beginning|start|opening)\s+of\b"
    r"|\s+(?:in|on|at|since|during)\s+(?:(?:early|late|mid)[\s-]+)?(?:the\s+same\s+year\b|last\b|(?:19|20)\d\d\b"
    rf"|{MONTH}\b"
    rf"|{WEEKDAY}\b|\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\b)"
)


# a place right after the head noun ("issued a joint communique in Lusaka", "closes with a declaration in Kenya"):
# where the act was done, no part of the title ("Declaration in Support of ...", "on the situation in X" keep
# theirs: no place follows the head there)
_HEAD_IN_PLACE = re.compile(
    rf"\b(?:{_KIND})\s+(?P<in>in\s+(?:the\s+)?(?P<p>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}}))(?=\s*(?:$|[,;.]|\s(?-i:[a-z])))",
    re.I,
)


def _place_of_act_cut(phrase: str) -> str:
    """The phrase without the place of its act after the head noun: "joint communique in Lusaka" -> "joint
    communique", when the words are a known city or state."""
    from igo_timeline.extract.names import lookup_party
    from igo_timeline.extract.places import is_city

    for m in _HEAD_IN_PLACE.finditer(phrase):
        place = m.group("p")
        if not re.fullmatch(r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)*", place):
            continue
        if is_city(place) or lookup_party(place) is not None:
            return phrase[: m.start("in")].rstrip()
    return phrase


def title_phrase(phrase: str) -> str:
    """A document phrase cut to its title: a noun phrase headed by a document noun, with its complement, no
    verb ("the agreement took effect thirty days later" -> "agreement"; "Declaration, dated March 3, is" ->
    "Declaration"; "San Jose Declaration, released on Thursday, says ..." -> "San Jose Declaration")."""
    end = _TITLE_END.search(phrase)
    if end:
        phrase = phrase[: end.start()]
    # a semicolon ends a list item, and "and 30 more documents" the title before it ("the X Declaration of
    # the 20th Anniversary and 30 more documents")
    phrase = re.split(r"\s*;", phrase)[0]
    more = re.search(
        r"\s+and\s+(?:\d+|a\s+number\s+of|several|some|many|\w+)\s+(?:more|other|further|additional)\s+(?:documents|texts|agreements|instruments)\b",
        phrase,
        re.I,
    )
    if more:
        phrase = phrase[: more.start()]
    phrase = _place_of_act_cut(phrase)
    head = re.search(
        rf"\b(?:{_KIND})(?:\s+(?:{_KIND}))*\b", phrase, re.I
    )  # "Framework Agreement": the last noun heads
    longer = (
        re.match(
            rf"{_CAPS_GAP}(?:{_KIND})\b(?:\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\b)?",
            phrase[head.end() :],
            re.I,
        )
        if head
        else None
    )
    if head and longer and not re.match(r"\s+(?:and|or)\b", phrase[head.end() :], re.I):
        # "the Xyz Water Charter Implementation Plan 2031-2035": a kind inside a longer title that a second kind
        # (and its years) ends
        phrase = phrase[: head.end() + longer.end()]
    elif (
        head
        and head.group().split()[-1].lower() not in ("for", "of", "to")
        and not _COMPLEMENT.match(phrase[head.end() :])
    ):
        phrase = phrase[: head.end()]  # "Declaration and 23 other documents": the head alone
    phrase = re.sub(r"\s+(?:and|or)$", "", phrase.strip(" ,;:—–"))  # an item's "... (2032-2041) and"
    return phrase.strip(" ,;:—–")


def slug(title: str) -> str:
    text = title.casefold()
    text = re.sub(r"shanghai cooperation organi[sz]ation", "sco", text)
    text = re.sub(r"\b(?:the|of|in|on|for|and|a|an)\b", " ", text)
    return "-".join(re.findall(r"[a-z0-9]+", text))[:80].strip("-")
