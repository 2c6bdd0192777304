"""Who attended the meeting a communiqué reports, and who chaired it.

Attendance sentences are read item by item, each item's role taken from the words that introduce it
(heads of observer delegations, guests of the host, the organization's officials, other organizations);
heading a member's or an observer's delegation, or attending as an official, is an *attestation* of that
status or office on the meeting's dates, not a grant. Moved out of ``meeting.py`` (the meeting finder calls
``_chair``, ``_jointly`` and ``_attendance``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from igo_timeline.events.parties import party_name as state_name
from igo_timeline.extract.bodynames import name_goes_on, office_by_body, ranked_before
from igo_timeline.extract.context import Context
from igo_timeline.extract.meeting import _NOT_THIS, _OFFICIAL, _elsewhen, _state_of
from igo_timeline.extract.mentions import NAMED_NOT_THERE, present_by_mention
from igo_timeline.extract.names import (
    STYLE,
    find_parties,
    is_state,
    lookup_party,
    nationality_of,
    office_patterns,
    strip_honorifics,
    strip_style,
    titles,
)
from igo_timeline.extract.people import Person, parse_item, person_like
from igo_timeline.extract.places import city
from igo_timeline.extract.records import Candidate
from igo_timeline.extract.text import ITEM_MARK, Passage

_CHAIR = re.compile(
    # "chaired from Ha Noi by X", "presided over remotely by X": where or how it was chaired, then by whom
    r"\b(?:chaired|presided\s+over|presided|co-chaired|hosted)\s+(?:(?:from|in|at)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s+|(?:remotely|virtually|online|jointly)\s+)?by\s+(?P<item>[^,;.()]+(?:\([^)]*\))?[^,;.]*)"
    # "under the chairmanship of the Chadian head of state, X Y": a title in apposition, then the name
    r"|\bunder\s+the\s+(?:chairmanship|presidency|chairship)\s+of\s+(?:the\s+)?(?P<item8>(?-i:[A-Z])[\w'’-]+\s+(?:head\s+of\s+state|head\s+of\s+government|president|prime\s+minister|leader),\s+(?-i:[A-Z])[^,;.]+)"
    r"|\bunder\s+the\s+(?:chairmanship|presidency|chairship)\s+of\s+(?P<item2>(?:\b[A-Z][a-z]?\.(?=\s)|[^,;.])+)"
    r"|^(?P<item3>.+?)\s+(?:co-chaired|chaired|presided\s+over|is\s+chairing|was\s+chairing|opened|chairs)\s+(?:(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:meeting|session|summit|sitting|talks|gathering|proceedings)\b|it\.?$)"
    # "Prime Minister X of A was elected Chairman of the Summit": the sitting's own chair, elected at it
    r"|^(?P<item9>.+?)\s+(?:was|were|had\s+been)\s+(?:unanimously\s+)?elected\s+(?:as\s+)?(?:the\s+)?(?:Chair(?:man|person|woman)?|President)\s+of\s+the\s+(?!next\b|following\b|upcoming\b)(?:[\w-]+\s+)?(?:Summit|Meeting|Session|Conference)\b"
    r"|^(?P<item6>.+?)\s+presided\.?$|^(?P<item4>.+?)\s+(?:was|is)\s+in\s+the\s+chair\b|\bwith\s+(?P<item5>[^,;]+?)\s+(?:chairing|presiding|in\s+the\s+chair)\b"
    # "tabled by Kazakhstan's Foreign Minister X, whom the delegations had just elected ... to preside over the
    # session", "X, who was elected to chair the meeting"
    r"|(?:^|\bby\s+)(?P<item7>(?:[A-Z][\w'’.-]*\s+){1,7}[A-Z][\w'’-]*),\s+(?:whom|who)\s+[^.;]{0,80}?\b(?:elected|chosen|appointed)\b[^.;]{0,60}?\bto\s+(?:preside|chair)\b",
    re.I,
)
_ATTEND = re.compile(
    r"\b(?:(?:also\s+)?attended|took\s+part|take\s+part|taking\s+part|participated|(?:were|was|is|are)\s+(?:also\s+)?present|in\s+attendance|joined|represented|sat|addressed|"
    # the present of a report written while the meeting goes on: "X and Y are also attending", "Z attends the summit"
    r"(?:is|are)\s+(?:also\s+)?(?:attending|participating)|(?<!\bto\s)(?<!\bnot\s)(?<!n't\s)(?:also\s+)?(?:attends?|participates?\s+in)\s+(?:the|this)\s+(?:[\w'’-]+\s+){0,3}(?:summit|meeting|session|talks|conference|gathering|sitting)|"
    r"(?:led|headed)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:other\s+|respective\s+)?(?:[A-Z][\w'’-]*\s+){0,2}delegations?|served\s+as\s+(?:the\s+)?(?:Vice[\s-])?(?:Chair\w*|Rapporteur)|were\s+in\s+the\s+hall|came|(?:were|was)\s+(?:also\s+)?connected|(?:were|was)\s+invited|(?:were|was|is|are)\s+(?:also\s+)?among\s+(?:the\s+(?:heads|leaders|participants|guests|delegates|ministers|delegations|representatives)|those\s+(?:welcomed|present|attending|received|greeted|(?:at|around)\s+the\s+(?:[\w-]+\s+)?table|in\s+attendance|in\s+the\s+(?:hall|room)))"
    r"|one\s+of\s+the\s+(?:heads|leaders|participants|delegates)\s+(?:at|in|attending)\s+the\s+(?:[\w-]+\s+)?(?:summit|meeting|session|talks)"
    # "X arrived in Riyadh to attend the summit", "was welcomed ... on his arrival to attend": came to it
    r"|(?:arrived|arrival)\s+(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+)?(?:to\s+attend|for\s+the\s+(?:[\w-]+\s+)?(?:summit|meeting|session|talks)))\b",
    re.I,
)
# who opened, chaired or closed the sitting was at it
_CHAIRED = re.compile(
    r"\b(?:opened|chaired|co-chaired|presided\s+over|closed)\s+(?:the|its|this)\s+(?:[\w-]+\s+){0,2}"
    r"(?:session|meeting|summit|sitting|conference|debate)\s*$",
    re.I,
)
_BY_MESSAGE = re.compile(
    r"\b(?:in|by|through|via|with)\s+(?:a\s+|an\s+)?(?:(?:pre-?recorded|recorded|video(?:taped)?|written|televised)\s+)+(?:video\s+)?"
    r"(?:message|statement|address|greeting|remarks)\b",
    re.I,
)
# the list follows the trigger: "attended by ...", "Other participants included ...", "brought together ..."
_LIST_AFTER = re.compile(
    r"\b(?:attended(?:\s+and\s+addressed)?\s+by|with\s+the\s+participation\s+of|in\s+the\s+presence\s+of(?=\s+(?-i:[A-Z])|\s+(?:their|his|her)\s+(?:Royal\s+)?(?:Majest|Highness|Excellenc)\w*)|(?:participants|speakers|attendees|invitees)\s+(?:also\s+)?included|brought\s+together|represented\s+by(?:\s+their\s+\w+)?"
    r"|(?:were|was|is|are)\s+represented\s+(?:(?:at|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|session|talks|conference|sitting)\s+|there\s+"
    r"|at\s+(?:the\s+)?(?:highest|ministerial|senior|head-of-state|summit)\s+level,?\s+)?by"
    r"|(?:co-chaired|chaired|opened|led|began)\s+the\s+(?:\w+\s+)?(?:talks|meeting|session|summit)\s+with|(?:were|was)\s+led\s+by|(?:were|was)\s+headed\s+by"
    r"|(?:were|was)\s+(?:formally\s+|officially\s+)?(?:opened|inaugurated|addressed)\s+by"
    r"|(?:welcomed|greeted|received)\s+(?:his|her|their|the)\s+(?:\w+\s+)?(?:counterparts|guests|colleagues|leaders)\s*(?=:)|(?:sat|sitting|seated)\s+(?:at\s+the\s+table\s+)?(?:with\s+\w+\s+)?(?:were|was)|around\s+the\s+table\s+sat|joined\s+by(?=\s+(?-i:[A-Z]))"
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
    r"|^Among\s+(?:the|its|their)\s+(?:(?:special|invited|other)\s+)?(?:guests|invitees|observers|participants|attendees)\s+(?:were|was)\s+(?=[A-Z])"
    r"|^Representing\s+(?:the\s+)?[A-Z][^,;]{0,60}?\s+(?:was|were)\s+"  # "Representing Togo was Foreign Minister X"
    r"|^(?:The\s+)?(?:special\s+|invited\s+)?(?:guests|observers)\s+(?:also\s+)?(?:were|included|comprised)(?:\s+|\s*:\s*)"
    # "Also at the biennial meeting were:", "At the table were X and Y"
    r"|^(?:Also\s+)?(?:at|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:meeting|summit|session|conference|talks|table|gathering)\s+(?:also\s+)?(?:were|was)(?:\s+|\s*:\s*)"  # after "Fifteen heads of state travelled to X for the meeting."
    r"|^Among\s+(?:those|the\s+(?:leaders|participants|heads\s+of\s+\w+|guests))\s+(?:(?:who\s+)?(?:taking\s+part|took\s+part|present|attending|attended|participating|participated))(?:\s+[^,;]{0,40}?)?\s+(?:were|was)\s+"
    r"|^(?:Also\s+)?(?:taking\s+part|participating|attending|present|in\s+attendance)\b.*?\b(?:were|was|are|is)(?:\s+(?:also\s+)?|\s*:\s*)"
    r"|^.{0,100}?\b(?:heads\s+of\s+(?:state|government|delegation)s?|leaders|ministers)\s+(?:who\s+)?(?:taking\s+part|took\s+part|participating|attending|present)\s*(?:were|was|are|is|included|includes?)(?:\s+|\s*:\s*)"
    r"|^.{0,100}?\bparticipants\s+(?:were|are|included|includes?)(?:\s+|\s*:\s*)"
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
    r"|^.{0,100}?\b(?:present|attending|participating|taking\s+part|in\s+attendance)\s+(?:were|was|included)(?:\s+|\s*:\s*)",
    re.I,
)
_ROLES = [
    (
        re.compile(
            r"(?:heads?|leaders?|presidents?|representatives?)\s+of\s+(?:the\s+|an?\s+)?(?:delegations?\s+(?:from|of)\s+(?:the\s+|an?\s+)?)?(?:\w+\s+)?observer\s+(?:states?|countries|country)(?:'\s*delegations?|\s+delegations?)?"
            r"|(?:heads?\s+of\s+(?:the\s+)?)?observer\s+(?:states?|countries)'?\s*(?:delegations?)?|\bas\s+(?:an?\s+)?observers?\b"
            r"|\bobservers\s+(?:also\s+)?(?:came|attended|took\s+part|participated|joined|were\s+present|sat)\b",
            re.I,
        ),
        "head of observer state delegation",
        "observer",
    ),
    (
        re.compile(
            r"(?:heads?|leaders?|representatives?)\s+of\s+(?:the\s+)?(?:delegations?\s+(?:from|of)\s+(?:the\s+)?)?(?:\w+\s+)?dialogue\s+partners?(?:\s+(?:states|countries))?|\bas\s+dialogue\s+partners?\b",
            re.I,
        ),
        "head of dialogue partner delegation",
        "dialogue_partner",
    ),
    (
        re.compile(
            r"(?:as\s+(?:a\s+|the\s+)?)?guests?\s+of\s+(?:the\s+)?(?:host|presiding|chairing|chair)(?:ing)?\s*(?:state|country|party|side|nation)?|\bas\s+(?:an?\s+)?(?:(?:special|honou?rary|honou?red|distinguished|invited|personal)\s+)?guests?\b|\binvited\s+(?:guests?|speakers?)\b"
            # "X, Prime Minister of Y, special guest of the Authority, attended": a guest of the sitting itself
            r"|\b(?:special|distinguished|honou?red|invited)\s+guests?\s+of\b|\bguests?\s+of\s+honou?r\b"
            r"|\b(?:special\s+)?guests?\s+(?:also\s+)?(?:included|were|was|comprised|attending|present)\b|\binvited\s+by\s+the\s+(?:host|chair|presidency)\b",
            re.I,
        ),
        "guest of the host state",
        None,
    ),
    (
        re.compile(
            r"heads?\s+of\s+(?:the\s+)?(?:\w+\s+)?member\s+states(?:['’]\s*delegations?)?|heads?\s+of\s+state\s+of\s+the\s+(?:\w+\s+)?member|leaders\s+of\s+(?:the\s+)?(?:\w+\s+)?member\s+(?:states|countries)",
            re.I,
        ),
        "head of state",
        "member",
    ),
    (
        re.compile(
            r"heads?\s+of\s+(?:the\s+)?(?:other\s+)?international\s+(?:and\s+regional\s+)?organi[sz]ations",
            re.I,
        ),
        None,
        None,
    ),
]
_SPLIT = re.compile(r"(,\s*(?:and\s+)?|;\s*|\s+and\s+|\s+as well as\s+)")
_TAIL = re.compile(
    r"\s*(?:,\s*)?\b(?:(?:also|have|has|had|all)\s+)?(?:attended|took part|participated|were present|was present|were also present|delivered|joined|addressed)\b.*$"
)
_LEAD = re.compile(r"^.*?\b(?:i\.\s?e\.|namely|including)\s*|^\W+")


# styles and ranks written with a full stop ("H.E.", "Dr.", "Rt. Hon.", "Lt. Gen."): blanked (same length) before
# the chair is read, so that the stop ends no item
_STYLE_ABBR = re.compile(
    r"\b(?:H\.\s?E\.?|H\.\s?M\.|(?:Dr|Mr|Mrs|Ms|Prof|Lt|Gen|Rt|Hon|Amb|Engr?|Maj|Col|Brig|Capt)\.)(?=\s|,|[A-Z])"
)
# the chair's apposition: ", President of the Republic of X and (current) Chairperson of the Y"
_CHAIR_APPOSITION = re.compile(
    r"^\s*,\s+(?P<app>(?:the\s+)?(?:(?:Deputy|Vice|Acting|Interim)[\s-]+)?(?:President|Prime\s+Minister|King|Queen|Emir|Sultan"
    # "the Deputy Chairman of the Sovereignty Council of the Republic of the Sudan": a deputy of a state's council
    r"|Premier|Chancellor|Head\s+of\s+State|(?:(?<=Deputy[\s-])|(?<=Vice[\s-]))Chair(?:man|woman|person)?)\b[^,;.]*?)"
    r"(?=\s+and\s+(?:the\s+)?(?:current|outgoing|incoming|in-coming|new|acting|then)?\s*(?:representative\s+of\s+the\s+)?(?:Chair|Chairperson|Chairman|Chairwoman|President)\b"
    r"|\s*[,;.]|\s*$)"
)


def _chair(ctx: Context, more: list[dict[str, Any]]) -> dict[str, Any] | None:
    for passage in ctx.doc.sentences[:16]:
        norm = _STYLE_ABBR.sub(lambda a: " " * len(a.group()), passage.norm)
        norm = re.sub(r"\b(U)\.([SK])\.", r"\1\2  ", norm)  # "chaired by U.S. President X": no sentence's end
        # "X opened the meeting, which is chaired by Y": who chairs it is named by "chaired", not by "opened"
        for m in sorted(
            _CHAIR.finditer(norm), key=lambda m: bool(re.search(r"\bopened\b", m.group(0), re.I))
        ):
            item = next(
                (
                    m.group(g)
                    for g in ("item", "item8", "item2", "item3", "item4", "item5", "item6", "item7", "item9")
                    if m.group(g)
                ),
                "",
            )
            item = re.sub(r"^.*\b(?:was|is|were)\s+", "", item) if m.group("item3") else item
            item = re.sub(r",\s*(?:who|whose|which)\b.*$", "", item)
            item = re.split(
                r"\s+(?:under|at|with|who|whose|in|on|during|from|as)\s+|,\s+(?:who|whose|which)\b"
                # "chaired by Prime Minister X took place": the sentence's verb ends the chair's words
                r"|\s+(?:took|takes|was|were|is|has|had|opened|closed|met|convened|began|ended|discussed)\b",
                item,
            )[0]
            if m.group("item2"):  # "under the chairmanship of X to examine the situation"
                item = re.split(r"\s+to\s+(?=[a-z])", item)[0]
            item = " ".join(item.split())
            apposition = (
                _CHAIR_APPOSITION.match(norm[m.end() :])
                if (m.group("item") or m.group("item2"))
                and item
                and m.group(0).rstrip().endswith(item.split()[-1])
                else None
            )
            if (
                apposition
                and (alone := parse_item(item, ctx.org, ctx.known_persons)) is not None
                and not alone.party
            ):
                # "chaired by H.E. X, President of the Republic of A and Chairperson of the Y": the name, then its
                # office, which tells the chair's state
                with_office = parse_item(f"{item}, {apposition.group('app')}", ctx.org, ctx.known_persons)
                if with_office is not None and with_office.name == alone.name and with_office.party:
                    item = f"{item}, {apposition.group('app')}"
            person = parse_item(item, ctx.org, ctx.known_persons) or _full_mention(ctx, item)
            bare = re.sub(r",\s+(?:the|a|an|its|his|her)\s+[a-z][^,]*$", "", item.rstrip(" ,"))
            if person is None and bare != item:
                # "Cameroon's President X, the outgoing chairman of the Conference, presided": the apposition aside
                person = parse_item(bare, ctx.org, ctx.known_persons)
            # the apposition up to its end (the period of an initial, "A. Lukashenko", is no end)
            apposed = re.match(r",\s+(?P<who>(?:[^,;.]|(?<=\b[A-Z])\.)+)", passage.norm[m.end() :])
            if (
                person is None
                and m.group("item")
                and apposed
                and (
                    _OFFICE_ONLY.fullmatch(item.strip())
                    or re.fullmatch(r"(?:the\s+)?host", item.strip(), re.I)
                )
            ):
                # "chaired by the Chairman of the Council, Prime Minister of Armenia X": the office, then who
                who = re.split(
                    r"\s+(?:took|takes|was|were|is|has|had|opened|closed|met|convened|began|ended)\b",
                    apposed.group("who"),
                )[0]
                person = parse_item(who, ctx.org, ctx.known_persons)
                title = _CHAIR_APPOSITION.match(passage.norm[m.end() + apposed.end() :])
                if person is not None and not person.party and title:
                    # "... by the Chair of the Conference, the Honourable X, Prime Minister of A": the name's own
                    # apposition tells its state
                    with_office = parse_item(f"{who}, {title.group('app')}", ctx.org, ctx.known_persons)
                    if with_office is not None and with_office.name == person.name and with_office.party:
                        person = with_office
            if (
                person is None
                and (m.group("item") or m.group("item2"))
                and apposed
                and _HEAD_TITLE_OF.fullmatch(item.strip())
            ):
                # "under the chairmanship of the President of Rwanda, X, Chairperson of the Union": the title of a
                # state, then the name in apposition
                who = re.split(
                    r"\s+(?:took|takes|was|were|is|has|had|opened|closed|met|began|ended)\b",
                    apposed.group("who"),
                )[0]
                person = parse_item(f"{who}, {item.strip()}", ctx.org, ctx.known_persons)
            if person is None:
                continue
            more.append(ctx.source(passage))
            chair: dict[str, Any] = {"person": person.name, "role": person.role or "chair"}
            party = person.party or (nationality_of(person.name) if person.known else None)
            remote = re.search(
                r"\b(?:chairing|presiding|chaired)\b[^.;]*?\bfrom\s+(?P<city>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)",
                passage.norm,
            )
            where = city(remote.group("city")) if party is None and remote else None
            if where:
                party = where[1]  # "chairing the proceedings from New Delhi"
            if party is None and (told := _state_told_elsewhere(ctx, person.name, person.role)):
                party, chair["person"] = told
            if party:
                chair["party"] = party
            return chair
    return None


_HEAD_TITLE_OF = re.compile(
    r"(?:the\s+)?(?:President|Prime\s+Minister|King|Queen|Emir|Amir|Sultan|Chancellor|Premier|Head\s+of\s+State)\s+of\s+"
    r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’-]*){0,4}"
)


# a chair named by an office alone ("the Chairman of the Council", "the current chair of the bloc")
_OFFICE_ONLY = re.compile(
    r"(?:the\s+)?(?:(?:current|incumbent|outgoing|rotating)\s+)?(?i:chairman|chairwoman|chairperson|chair|president)"
    r"(?:-in-office)?\s+of\s+(?:the\s+)?[\w'’ -]+"
)


_JOINTLY = re.compile(
    r"\b(?:chaired|presided\s+over|co-chaired)\s+jointly\s+by\s+(?P<a>.+?),?\s+and\s+(?:by\s+)?(?P<b>[^.;]+)"
    r"|\bco-chaired\s+by\s+(?P<a2>.+?),?\s+and\s+(?:by\s+)?(?P<b2>[^.;]+)"
)


def _jointly(ctx: Context, more: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Co-chairs ("chaired jointly by A, and by B, who holds the council's rotating chair"): the holder
    of the body's rotating chair first (the chair), then the other."""
    for passage in ctx.doc.sentences[:16]:
        m = _JOINTLY.search(passage.norm)
        if m is None:
            continue
        out: list[dict[str, Any]] = []
        for words in (m.group("a") or m.group("a2"), m.group("b") or m.group("b2")):
            holds = bool(re.search(r",\s*who\s+(?:\w+\s+)?holds\s+the\s+[^,]*\bchair", words))
            words = re.sub(r",\s*(?:who|whose|which)\b.*$", "", words)
            person = parse_item(words, ctx.org, ctx.known_persons)
            if person is None:
                return []
            entry: dict[str, Any] = {"person": person.name, "role": person.role or "co-chair"}
            if (
                person.party
                and is_state(person.party)
                and not re.search(
                    rf"\b(?:{re.escape(ctx.org)}|commissioner|commission|secretary|secretariat)\b",
                    person.role,
                    re.I,
                )
            ):
                entry["party"] = person.party  # an official of the organization represents no state
            out.insert(0 if holds else len(out), entry)
        more.append(ctx.source(passage))
        return out
    return []


def _full_mention(ctx: Context, item: str) -> Person | None:
    """A surname alone ("Ramaphosa chaired the talks") read as the text's fuller mention of that person."""
    words = item.strip(" ,.").split()
    if len(words) != 1 or not words[0][:1].isupper():
        return None
    fuller = re.search(
        rf"((?:[A-Z][\w'’-]*\s+){{1,5}}){re.escape(words[0])}\b(?P<tail>\s+of\s+(?:the\s+)?[A-Z][\w ]+?(?=[,.;]|\s+(?:told|said|was|is|and)\b))?",
        ctx.doc.text,
    )
    if fuller is None:
        return None
    person = parse_item(" ".join(fuller.group().split()), ctx.org, ctx.known_persons)
    return person if person is not None and person.name.endswith(words[0]) else None


# what makes "..., among them X" a list of who was at the meeting
_AS_ROLE = re.compile(
    r"^(?:the\s+)?(?-i:[A-Z])[^;]*?\s+as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:guests?|observers?|heads?|representatives?|members?|partners?)\b",
    re.I,
)
_AS_DID = re.compile(r",\s+as\s+did\s+(?P<who>(?:the\s+)?[A-Z][^;]*?)\s*\.?$")
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


# a list whose subject is a pronoun for the persons the sentence before named: "They were A of B, C and D"
_THEY_WERE = re.compile(r"^(?:They|These|Those)\s+(?:were|are|included)\s*:?\s+(?=[A-Z])")
_THEIRS = re.compile(
    r"\b(?:leaders|heads\s+of\s+(?:state|government|delegation)s?|presidents|counterparts|participants|delegations|dignitaries|guests)\b",
    re.I,
)
_AMONG_CUE = re.compile(
    r"\b(?:present|hosted|attended|attending|gathered|welcomed|received|greeted|took\s+part|participated|came|arrived)\b",
    re.I,
)
# "X of A, whose country chairs the group this year, hosted ...": a relative clause is no item of the list
_RELATIVE = re.compile(r",\s+(?:whose|who|which)\b[^,;]*(?=,)")
_REPORTED = re.compile(r",?\s+(?:said|says|told|added|noted|stressed|stated|warned|argued)\b")


def _attendance(
    ctx: Context,
    opening: Passage,
    more: list[dict[str, Any]],
    out: list[Candidate],
    *,
    skip: frozenset[int] = frozenset(),
    only: frozenset[int] | None = None,
    host: str | None = None,
) -> list[dict[str, Any]]:
    """Who attended, from the sentences about the meeting: ``skip`` the sentences (by start) that tell
    another meeting of the text; ``only`` those of this meeting (a second meeting's own sentence)."""
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
        as_did = _AS_DID.search(norm)
        if as_did and _ATTEND.search(norm[: as_did.start()]) and not _NOT_THIS.search(norm):
            # "A and B joined the talks, as did Secretary General C": C did what the clause before tells
            units += [(passage, norm[: as_did.start()] + "."), (passage, f"{as_did.group('who')} attended.")]
            continue
        opener = _OPENER.match(norm)
        said = _OPENER_VERB.search(norm, opener.end()) if opener else None
        if opener and said and not _NOT_THIS.search(norm):
            # "Opening the session, X said ...", "Chairing the summit, President Y of A called for ...": whoever
            # opened, chaired or addressed the sitting was at it
            units.append((passage, f"{norm[opener.end() : said.start()].strip(' ,')} attended."))
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
    for index, (passage, text) in enumerate(units):
        if (
            intro is not None
            and (
                not _ATTEND.search(
                    text
                )  # a sentence of its own after the list ("X and Y were present as guests")
                and re.match(rf"\s*(?:{ITEM_MARK})?\s*(?:the\s+)?[A-Z]", text)
                and len(text) < 200
                and (
                    text.rstrip().endswith((";", "."))
                    or "\n" in passage.text[passage.end : passage.end + 2]
                    or (passage.start, text) in lines
                )
            )
        ):
            line = re.sub(rf"^\s*{ITEM_MARK}\s*", "", text).rstrip(" ;.")
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
                else [parse_item(line, ctx.org, ctx.known_persons)]
            )
            read = [p for p in people_here if p is not None and (p.party or p.known or p.role)]
            for person in read:
                if person.name in seen:
                    continue
                seen.add(person.name)
                entry = _participant(person, role_here[0], ctx)
                participants.append(entry)
                more.append(ctx.source(passage))
                out.extend(_attest(ctx, passage, person, entry, role_here[1]))
            if read:
                continue
            if _LIST_LINE.fullmatch(passage.quote) and "\n" in passage.text[passage.end : passage.end + 2]:
                continue  # a line of the list this reader cannot read ("Dr. the Hon. ..."): the list goes on
        intro = None
        if text.rstrip().endswith(":") and (
            _ATTEND.search(text)
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
        told = _ATTEND.search(text)
        speech = r"\b(?:said|says|stated|added|noted|announced)\b[^.;:]{0,60}?\bthat\s"
        if told and re.search(speech, text[: told.start()]):
            continue  # "X said on Wednesday that Y was taking part": Y's act, not X's (bodies8)
        reported = _REPORTED.search(text, told.end()) if told else None
        # "X, who represented her country at the session, said he would ...": what X said is another clause
        own_clause = text[: reported.start()] if reported else text
        if _NOT_THIS.search(own_clause) and not re.search(
            r"\b(?:was|were|are|is)\s+(?:also\s+)?attended\b|\bAttending\b", text
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
        colon = text.find(": ", verb.end()) if verb and not inverted else -1
        if colon > 0 and verb is not None and _SPLIT.search(text[colon:]):
            # "Heads of the observer states' delegations also attended the meeting: X (A), Y (B)"
            marks = [(r, st) for _, r, st in _segments(text[:colon], text) if r is not None]
            role, status = marks[-1] if marks else (None, None)
            for person in _items(text[colon + 2 :], ctx):
                if person.name in seen:
                    continue
                seen.add(person.name)
                entry = _participant(person, role, ctx)
                participants.append(entry)
                out.extend(_attest(ctx, passage, person, entry, status))
            if passage is not opening:
                more.append(ctx.source(passage))
            first_list = False
            continue
        welcomed = _WELCOMED_TO.search(text) or _WELCOMED_ALL.search(text)
        represented_state: str | None = None  # "X, Attorney-General, represented Belize": the state of X
        if welcomed and not inverted:
            # "President X of A welcomed B, C and D to the summit": the host and those welcomed
            whom = welcomed.group("list") or welcomed.group("peers") or welcomed.group("titled")
            listed = f"{_RELATIVE.sub('', text[: welcomed.start()]).strip()}, {whom}"
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
            if not _SPLIT.search(listed) and verb and verb.start() > 0:
                listed = text[: verb.start()] + ", " + listed
        elif verb:
            listed = text[: verb.start()]
            whose_seat = (
                re.match(
                    r"\s+(?:the\s+)?(?P<state>[A-Z][\w'’ -]*?)\s*(?:[,.;]|\s+at\b|\s+in\b|$)",
                    text[verb.end() :],
                )
                if re.fullmatch(r"represented", verb.group(), re.I)
                else None
            )
            represented_state = _state_of(whose_seat.group("state")) if whose_seat else None
            if re.match(r"in\s+attendance", verb.group(), re.I) and re.search(r"\bwith\s+", listed):
                # "under the patronage of President X and with the ministers of the members in attendance": only
                # those after "with" are in attendance
                listed = re.split(r"\bwith\s+", listed)[-1]
            led = re.match(r"(?:led|headed)\b", verb.group())
            states = (
                [p for p in find_parties(verb.group(), exclude=[ctx.org]) if is_state(p.value)] if led else []
            )
            if states and not [p for p in find_parties(listed, exclude=[ctx.org]) if is_state(p.value)]:
                listed = (
                    f"{_list_name(states[0].value)}'s {listed}"  # "X led the Nepalese delegation": of Nepal
                )
            along = re.search(r"\b(?:along|together)\s+with\s+(?P<rest>.+)$", text[verb.end() :])
            if along:  # "X and Y were among the participants, along with Z"
                listed = listed + ", " + along.group("rest")
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
        if first_list and all(r is None for _, r, _ in segments) and not _ROLES_AFTER(text, verb):
            # the genre's first list of who attended, unmarked, is the member states' heads
            segments = [(seg, "head of state", _Assumed("member")) for seg, _, _ in segments]
        if verb and listed == text[: verb.start()] and all(r is None for _, r, _ in segments):
            tail = _segments("X " + text[verb.end() :], text)  # "X took part as heads of ... delegations"
            marked = [(r, st) for _, r, st in tail if r is not None]
            if marked:
                segments = [(listed, *marked[0])]
        for segment, role, status in segments:
            items = _items(segment, ctx)
            for person in items:
                if person.name in seen:
                    continue
                if verb is not None and len(items) == 1 and not person.party and (state := represented_state):
                    person = replace(
                        person, party=state
                    )  # "X, Attorney-General, represented Belize": of Belize
                seen.add(person.name)
                found_here = True
                entry = _participant(person, role, ctx)
                participants.append(entry)
                out.extend(_attest(ctx, passage, person, entry, status))
        if found_here:
            first_list = False
        if found_here and passage is not opening:
            more.append(ctx.source(passage))
    for passage, person in _actors(ctx, host) if only is None else []:
        if passage.start in skip:
            continue
        if person.name in seen or any(p["person"] == person.name for p in participants):
            continue
        seen.add(person.name)
        participants.append(_participant(person, "head of state" if person.party else None, ctx))
        if passage is not opening:
            more.append(ctx.source(passage))
    for passage, person in present_by_mention(ctx, skip) if only is None else []:
        # the back-off reader: a titled person whose own clause puts them at the sitting (mentions.py)
        if _named_already(person.name, participants):
            continue
        participants.append(_participant(person, _head_role(person.role), ctx))
        if passage is not opening:
            more.append(ctx.source(passage))
    for entry in participants:
        if "party" not in entry and (other := _state_told_elsewhere(ctx, entry["person"], entry["role"])):
            entry["party"], entry["person"] = other
    return participants


def _named_already(name: str, participants: list[dict[str, Any]]) -> bool:
    """Whether a participant already found is the same person, named in full or in part ("Lula" and "Luiz
    Inacio Lula da Silva"): the same last word, or all of one name's words in the other's."""
    words = set(name.split())
    for entry in participants:
        other = set(entry["person"].split())
        if name.split()[-1] == entry["person"].split()[-1] or words <= other or other <= words:
            return True
    return False


def _head_role(title: str) -> str | None:
    """The role a state's title gives in a meeting's attendance: its head of state or of government, else
    the title as written (None: the person's own)."""
    if re.search(r"\b(?:Deputy|Vice|Acting|Crown)\b", title):
        return None
    if re.fullmatch(r"(?:President|King|Queen|Emir|Amir|Sultan)", title.strip()):
        return "head of state"
    if re.fullmatch(r"(?:Prime\s+Minister|Premier|Chancellor)", title.strip()):
        return "head of government"
    return None


# a state's office written bare, its state told elsewhere: "President X", "Prime Minister Y", "Foreign Minister Z"
_BARE_STATE_OFFICE = re.compile(
    r"(?:(?:Deputy|Vice|Acting|First|Interim)[\s-]+)*(?:President|Prime\s+Minister|King|Queen|Sultan|Emir|Amir|Chancellor"
    r"|Premier|Crown\s+Prince|(?:Foreign|Defen[cs]e|Finance|Trade)\s+Minister|Minister\s+of\s+Foreign\s+Affairs)s?"
)


def _state_told_elsewhere(ctx: Context, name: str, role: str) -> tuple[str, str] | None:
    """The state of a person whose mention at the meeting gives a state's office bare ("Attending were Presidents
    X Y, ..."), from the text's other mentions of the same name ("Equatorial Guinea's President W X Y", "President
    X Y of A", "X Y, Prime Minister of A"): one state, and the fullest name told with it; None when none or
    several states are told."""
    if len(name.split()) < 2 or not _BARE_STATE_OFFICE.fullmatch(role.strip()):
        return None
    text = ctx.doc.text
    told: set[str] = set()
    fullest = name
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
        before = re.split(r"[.;:\n(]|,\s", text[max(0, m.start() - 80) : m.start()])[-1]
        after = re.match(
            r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+|the\s+)*[A-Z][\w'’-]*){0,4}",
            text[m.end() :],
        )
        apposed = _CHAIR_APPOSITION.match(text[m.end() :])
        if apposed and parse_item(apposed.group("app"), ctx.org, ctx.known_persons) is not None:
            apposed = None  # ", President Y of B": the next item of a list, no title of this one
        item = before + name + (after.group() if after else f", {apposed.group('app')}" if apposed else "")
        person = parse_item(item, ctx.org, ctx.known_persons)
        if (
            person is not None
            and person.party
            and is_state(person.party)
            and (person.name.endswith(name) or name.endswith(person.name))
        ):
            told.add(person.party)
            fullest = person.name if len(person.name) > len(fullest) else fullest
    return (told.pop(), fullest) if len(told) == 1 else None


# the words that stay in lower case when a sentence set in capitals is read: "PRESIDENT X OF THE REPUBLIC OF Y"
_SMALL_WORDS = frozenset({"of", "the", "and", "in", "at", "on", "to", "by", "for", "as", "with", "from", "a", "an",
                          "who", "which", "were", "was", "is", "are", "their", "his", "her", "also", "de", "da", "bin",
                          "represented", "representing", "attended", "held", "took", "part", "place"})  # fmt: skip


def _uncapped(sentence: str) -> str:
    """A sentence set in capitals, as some communiqués write their whole text ("IN ATTENDANCE WERE THEIR EXCELLENCIES
    PRESIDENT X OF THE REPUBLIC OF Y"), in title case with its small words in lower case, so that names, titles
    and states read as in any other text; any other sentence as it is. The length is kept (quotes are taken
    from the passage, never from this)."""
    letters = [c for c in sentence if c.isalpha()]
    if len(letters) < 40 or sum(c.isupper() for c in letters) < 0.9 * len(letters):
        return sentence

    def word(m: re.Match[str]) -> str:
        w = m.group()
        low = w.lower()
        if m.start() and low in _SMALL_WORDS:
            return low
        if re.fullmatch(r"(?:[A-Z]\.)+|[A-Z]{2,5}", w) and (w.rstrip(".") in _INITIALS or "." in w):
            return w  # "H.E.", "EAC", "DRC": initials stay
        return re.sub(r"^[^\W\d_]+", lambda p: p.group().capitalize(), low)  # "1ST" -> "1st"

    return re.sub(r"[^\s,;:()]+", word, sentence)


# initials that a text in capitals shares with any other: organizations' and a few states'
_INITIALS = frozenset({"EAC", "SADC", "ECOWAS", "IGAD", "COMESA", "ECCAS", "AU", "UN", "EU", "DRC", "USA", "UK", "UAE",
                       "CARICOM", "OAS", "ASEAN", "SCO", "CIS", "GCC", "OIC", "NEPAD", "AFDB", "WTO", "IMF"})  # fmt: skip


# "His Highness Sheikh X⏎President of the United Arab Emirates⏎His Majesty King Y⏎King of Bahrain": a styled name on
# one line, its title on the next (the Gulf's style); each pair is one item
_NAME_LINE = re.compile(
    rf"^\s*(?:(?:{STYLE})\s+)+(?:(?:Mr|Mrs|Ms|Dr|Sheikh|Shaikh|Sayyid)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){{1,8}},?\s*$"
)
_TITLE_LINE = re.compile(
    r"^\s*(?:the\s+)?(?:(?:Deputy|Vice|First|Acting|Crown|Former)[\s-]+)*(?:President|Prime\s+Minister|King|Queen|Sultan|Emir|Amir"
    r"|Prince|Minister|Secretary|Chairman|Chairperson|Chair|Head|Governor|Premier|Chancellor|Ambassador|Representative"
    r"|Director|Commissioner|Custodian)\b[^:;]*$"
)


def _paired_lines(rows: list[str]) -> list[str]:
    """Lines that alternate a styled name and its title, each pair made one item "Name, Title"; else nothing."""
    rows = [" ".join(row.split()) for row in rows if row.strip()]
    if (
        len(rows) < 2
        or len(rows) % 2
        or not all(
            _NAME_LINE.match(a) and _TITLE_LINE.match(b) for a, b in zip(rows[::2], rows[1::2], strict=True)
        )
    ):
        return []
    return [f"{a.rstrip(' ,')}, {b}" for a, b in zip(rows[::2], rows[1::2], strict=True)]


def _pairs_across(
    units: list[tuple[Passage, str]], lines: set[tuple[int, str]]
) -> tuple[list[tuple[Passage, str]], set[tuple[int, str]]]:
    """A styled name that the segmenter left as a sentence of its own, its title the next one: one unit."""
    out: list[tuple[Passage, str]] = []
    k = 0
    while k < len(units):
        passage, text = units[k]
        if k + 1 < len(units) and _NAME_LINE.match(text) and _TITLE_LINE.match(units[k + 1][1]):
            joined = f"{text.strip().rstrip(',')}, {units[k + 1][1].strip()}"
            out.append((passage, joined))
            lines = lines | {(passage.start, joined)}
            k += 2
            continue
        out.append((passage, text))
        k += 1
    return out, lines


# a list line's own role after its names: ", representing the observer states", ", as guests of the host"
_LINE_ROLE = re.compile(
    r",\s+(?P<what>(?:representing|as|for)\s+(?:the\s+)?[^,;]*?\b(?:observers?|dialogue\s+partners?|guests?)\b[^,;]*)$"
)
_PARAGRAPH_NUMBER = re.compile(r"^\s*\(?\d{1,3}[.)]\s+(?=[A-Z])")
# a line that a state's name heads: "Angola: H.E. President A", "United Republic of Tanzania: Hon. B, Vice President"
_STATE_LINE = re.compile(
    rf"^\s*(?:{ITEM_MARK}\s+)?(?P<state>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|the|and|[A-Z][\w'’.-]*)){{0,6}})\s*:\s+(?P<rest>\S.*)$"
)


def _list_lines(passage: Passage) -> list[str]:
    """The lines of a passage that is a list the segmenter ran together (lines without a full stop), when at
    least two of them open with a state's name and a colon; else nothing."""
    rows = [" ".join(line.split()) for line in passage.quote.split("\n") if line.strip()]
    if len(rows) < 2:
        return []
    heads = [
        m
        for m in map(_STATE_LINE.match, rows)
        if m and _state_of(re.sub(r"^the\s+", "", m.group("state"), flags=re.I))
    ]
    return rows if len(heads) >= 2 else []


# a line of a list of persons: capitalized words, styles, commas and the particles of titles ("of the Republic
# of"), no prose (a run of lower-case words) and no full stop but an abbreviation's
_LIST_LINE = re.compile(
    rf"\s*(?:{ITEM_MARK}\s+)?(?:(?:[A-Z][\w'’.-]*|[a-z]['’][A-Z][\w'’.-]*|of|the|and|for|de|da|dos|du|la|le|al|el|bin|van|von|[(),:;&–—-])\s*)+[;.]?\s*"
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
    r"(?P<peers>(?-i:[A-Z])[^;:]+?\s+of\s+(?:the\s+)?[A-Z][\w'’ -]+?)(?=,\s+(?:at|in|on|for|to)\b|\s*\.?\s*$)"
    # "X hosted Presidents A of B, C of D and E of F": a plural title that each item takes
    r"|\b(?:welcomed|greeted|received|hosted)\s+(?P<titled>(?:Presidents|Prime\s+Ministers|Premiers|Kings|Chancellors)\s+[A-Z][^;:]+?\s+of\s+(?:the\s+)?[A-Z][\w'’ -]+?)"
    r"(?=,\s+(?:at|in|on|for|to)\b|\s*\.?\s*$)"
)


# what only someone at the meeting does: welcome the others as host, hand over or take over its chair,
# open or address it
_ACTS = re.compile(
    r"\b(?:welcomed|greeted|received)\s+(?:his|her|their|the|fellow)\s+(?:\w+\s+)?(?:counterparts|guests|leaders|participants|delegations|colleagues)\b"
    r"|\b(?:handed|passed|giving|gave)\s+(?:over\b|(?:the\s+)?(?:role\s+of\s+)?(?:rotating\s+)?(?:chairmanship|presidency|chair|chair-in-office)\b)|\bbecame\s+(?:the\s+)?(?:new\s+)?(?:chairperson|chairman|chair)\b|\bsucceeded\s+in\s+the\s+(?:chair|chairmanship|presidency)\b|\b(?:took\s+over|assumed|received|accepted)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:rotating\s+)?(?:chairmanship|presidency|chair)\b"
    r"|\b(?:opened|addressed|inaugurated)\s+(?:the\s+)?(?:\w+\s+){0,3}(?:summit|meeting|session|assembly|sitting|gathering|talks)\b"
    r"|\b(?:hosted|hosting)\s+(?:the\s+)?(?:\w+\s+)?(?:leaders|heads\s+of\s+(?:state|delegation)|delegations|summit|meeting|session|talks|gathering|conference)\b"
    # "Secretary-General X presented a report to the heads of state": a report given at the sitting
    r"|\b(?:presented|delivered|submitted|gave)\s+(?:a|the|his|her|its)\s+(?:\w+\s+)?report\s+to\s+the\s+(?:heads|leaders|summit|council|meeting|session|assembly|participants)\b"
    r"|\b(?:delivered|delivering|made|making|gave|giving)\s+(?:a|an|the|his|her)\s+(?:\w+\s+)?(?:speech|address|statement)\b"
    # "In his farewell address the outgoing Secretary General ...", "who repeated his support in his opening speech"
    r"|\b(?:in|during)\s+(?:his|her|their)\s+(?:\w+\s+)?(?:speech|address|remarks|statement)\b"
    r"|\bread(?:ing)?\s+out\s+the\s+(?:final\s+|joint\s+)?(?:communiqu|declaration|statement)"
    r"|\b(?:set\s+out|presented|outlined)\s+(?:the\s+|his\s+|her\s+)?priorities\b"
    r"|\b(?:announced|said|stated|declared|proposed)\s+(?:at|during|to)\s+the\s+(?:\w+\s+)?(?:session|meeting|summit|talks|sitting)\b"
    r"|\btold\s+the\s+(?:\w+\s+)?(?:session|meeting|summit|sitting|leaders|council)\b"
    # what is done in the room: "reported to the Council on ...", "took the floor", "walked the participants through
    # the agenda", "welcomed the delegates and guests to the opening ceremony", "spoke to the summit by videoconference"
    r"|\breported\s+to\s+the\s+(?:\w+\s+)?(?:heads|leaders|council|summit|meeting|session|assembly|ministers|conference)\b"
    r"|\btook\s+the\s+floor\b|\bwalked\s+the\s+(?:participants|leaders|delegates|delegations|heads\s+of\s+\w+)\s+through\b"
    r"|\bwelcomed\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:delegates|guests|participants|leaders|delegations)\s+to\s+the\s+(?:\w+\s+)?(?:opening|summit|meeting|session|ceremony|conference)\b"
    r"|\bspoke\s+(?:to|at|before)\s+the\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|session|assembly|leaders|council|conference|plenary|sitting)\b"
    r"|\bbriefed\s+the\s+(?:heads|leaders|participants|council|meeting|summit|session)\b"
    # "X and Y shook hands on stage at the closing ceremony": an act done at the meeting's own ceremony
    r"|\b(?:shook\s+hands|spoke|posed|embraced|sat|stood|signed)\b[^.;]{0,40}?\b(?:at|during)\s+the\s+(?:summit['’]s\s+)?(?:opening|closing|inaugural)\s+(?:ceremony|session|plenary)\b",
    re.I,
)


_OTHER_OFFICE = re.compile(
    r"\s*,\s*(?:the\s+)?(?:Head|Secretary|Chair\w*|President|Director|Commissioner)[\w\s-]*?\s+of\s+(?:the\s+)?[A-Z]"
)
_OPENS = re.compile(r"\b(?:opened|opening|inaugurated|inaugurating|inaugural|welcomed|welcoming)\b", re.I)


def _actors(ctx: Context, host: str | None = None) -> list[tuple[Passage, Person]]:
    """Heads of state or government named only as acting at the meeting ("Uzbek President X welcomed
    his counterparts", "At the opening, President X of A handed over the chairmanship to President Y
    of B"): both ends of a handover, the host who welcomed, the speaker who opened it."""
    heads = "|".join(r"\s+".join(map(re.escape, t.split())) for t in titles("heads"))
    # "Icelandic Foreign Minister X handed the chairmanship gavel to Y": a minister acting at a ministerial sitting
    heads += r"|Foreign\s+Minister|Minister\s+(?:of|for)\s+Foreign\s+Affairs"
    mention = re.compile(
        # "Equatorial Guinea's President X": a state of two words before the title
        rf"(?:\b[A-Z][\w'’-]+\s+){{0,2}}\b(?:{heads})\s+(?:[A-Z][\w'’.-]*\s+){{0,4}}[A-Z][\w'’-]+"
        r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+the\s+|and\s+)?[A-Z][\w'’-]*){0,3})?"
        # "Ralph Gonsalves, Prime Minister of Saint Vincent and the Grenadines": the name, then the title;
        # "Samoa's Prime Minister, Fiame Naomi Mata'afa": the state's title, then the name
        rf"|\b[A-Z][\w'’-]+['’]s\s+(?:{heads}),\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,3}}"
        rf"|\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,3}},\s+(?:{heads})\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+the\s+|and\s+)?[A-Z][\w'’-]*){{0,3}}"
    )
    out: list[tuple[Passage, Person]] = []
    for passage in ctx.sentences[:40]:
        text = passage.norm
        told = re.sub(
            r",\s*(?:who|which|whose)\b[^,;]*", "", text
        )  # "..., who had held it since February 2024"
        # "reported on the work since the previous meeting in X": a span of time up to this sitting, no other one
        told = _SINCE_LAST.sub("", told)
        act = _ACTS.search(text)
        if act is None or _BY_MESSAGE.search(text):
            continue  # "addressed the assembly in a video message": a message sent, not a seat taken
        said = re.match(r"\s+that\b", text[act.end() :])
        if (
            said
        ):  # "X announced at the session that the next meeting will be held ...": what he said is no act
            told = text[: act.end()]
        if _NOT_THIS.search(told) or _elsewhen(ctx, told):
            continue
        if re.search(r"\b(?:will|would|is\s+to|are\s+to|expected|next)\b", told if said else text):
            continue
        for m in mention.finditer(text):
            if NAMED_NOT_THERE.search(text[: m.start()]):
                continue  # "..., succeeding President X": the predecessor, named, not there
            words = m.group()
            owned = re.match(rf"(?P<state>[A-Z][\w'’ -]+?)['’]s\s+(?P<title>{heads}),\s+(?P<name>.+)$", words)
            if owned:  # "Samoa's Prime Minister, Fiame Naomi Mata'afa"
                words = f"{owned.group('title')} {owned.group('name')} of {owned.group('state')}"
            person = parse_item(words, ctx.org, ctx.known_persons)
            if (
                person is not None
                and not person.party
                and host
                and _OPENS.search(act.group())
                and re.match(rf"(?:{heads})\b", words)  # no state's adjective before the title ("Congolese")
                and m.end() <= act.start()
                and re.fullmatch(
                    r"\s*(?:,[^,]*,\s*)?(?:then\s+|also\s+|formally\s+)?", text[m.end() : act.start()]
                )
                # "Queen X, Head of the Commonwealth, opened ...": an apposition that names another office is hers
                and not _OTHER_OFFICE.match(text[m.end() : act.start()])
            ):  # the head is the one who opens: the act follows the name
                # "with Prime Minister X delivering the inaugural address": the host's head opens the meeting
                person = replace(person, party=host)
            if person is None or not person.party or not is_state(person.party):
                continue
            out.append((passage, person))
        for m in _OFFICIAL_MENTION.finditer(text):  # the organization's own officials, who represent no state
            person = parse_item(m.group(), ctx.org, ctx.known_persons)
            if person is not None and not person.party and _OFFICIAL.search(person.role):
                out.append((passage, person))
    return out


_SINCE_LAST = re.compile(
    r"\b(?:since|after)\s+(?:the|its|their)\s+(?:previous|last|preceding)\s+(?:[\w-]+\s+)?(?:summit|meeting|session|sitting)\b[^,;.]*",
    re.I,
)


# "the outgoing Secretary General, Hamada Madi", "EAC Secretary General Richard Sezibera", "the Director-General,
# Dr Ana Reyes"
_OFFICIAL_MENTION = re.compile(
    r"\b(?:[A-Z]{2,8}\s+)?(?:Secretary[\s-]+General|Executive\s+Secretary|Director[\s-]+General)"
    r",?\s+(?:(?:Dr|Prof|Professor|Ambassador|Mr|Mrs|Ms)\.?\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
)


def _ROLES_AFTER(text: str, verb: re.Match[str] | None) -> bool:
    """Whether the words after the attendance verb name a role ("took part as observers")."""
    if verb is None:
        return False
    return any(rx.search(text[verb.end() :]) for rx, role, _ in _ROLES if role)


def _segments(text: str, sentence: str) -> list[tuple[str, str | None, str | None]]:
    """The attendance list cut where a role marker starts: (words, role, status attested).

    A marker's list follows it ("the heads of the observer states' delegations:
    X, Y"); a marker with nothing after it names the words before it ("X, who
    came as a guest of the host country").
    """
    marks = sorted(
        (m.start(), m.end(), role, status) for rx, role, status in _ROLES for m in rx.finditer(text)
    )
    marks = [m for k, m in enumerate(marks) if not any(o[0] <= m[0] < o[1] for o in marks[:k])]
    if not marks:
        member = re.search(
            r"\b(?:heads?|leaders?)\s+of\s+(?:the\s+)?(?:\w+\s+)?member\s+(?:states|countries)",
            sentence,
            re.I,
        )
        return [(text, "head of state", "member")] if member else [(text, None, None)]
    out: list[tuple[str, str | None, str | None]] = []
    head = text[: marks[0][0]]
    for k, (_, end, role, status) in enumerate(marks):
        stop = marks[k + 1][0] if k + 1 < len(marks) else len(text)
        words = text[end:stop]
        before = head if k == 0 else (out[-1][0] if out else "")
        if not re.search(r"[A-Z][a-z]", words) and before.strip(" ,."):
            # "X, Y and Z attended as observers", "..., as well as X, who came as a guest
            # of the host country": the marker names what precedes it
            tail = re.sub(r"^.*\b(?:as\s+well\s+as|while|whereas)\s+|^.*;\s*", "", before)
            if k == 0:
                head = head[: len(head) - len(tail)]
            else:
                out[-1] = (before[: len(before) - len(tail)], out[-1][1], out[-1][2])
            out.append((tail, role, status))
        else:
            out.append((words, role, status))
    if head.strip(" ,."):
        out.insert(0, (head, None, None))
    return out


_RESPECTIVELY = re.compile(
    r"^(?P<title>presidents|prime\s+ministers|leaders|heads\s+of\s+state|foreign\s+ministers)\s+of\s+(?P<rest>.+)$",
    re.I,
)


_ADJ_RESPECTIVELY = re.compile(
    r"^(?P<adjs>(?:[A-Z][\w'’-]+(?:\s*,\s*|\s+and\s+))+[A-Z][\w'’-]+)\s+(?P<title>presidents|prime\s+ministers|leaders|foreign\s+ministers|premiers)\s*,\s*(?P<rest>.+)$",
    re.I,
)


def _respectively(segment: str, ctx: Context) -> tuple[list[Person], str]:
    """ "The presidents of A, B and C, X, Y and Z, and ...": the n states, then the n names, in order; so
    too "the Togolese and Beninese presidents, X and Y"."""
    adjectives = _ADJ_RESPECTIVELY.match(segment)
    if adjectives:
        adjs = [a for a in re.split(r"\s*,\s*|\s+and\s+", adjectives.group("adjs")) if a]
        codes = [lookup_party(a) for a in adjs]
        if all(c and is_state(c) for c in codes):
            segment = f"{adjectives.group('title')} of {', '.join(_list_name(c) for c in codes if c)}, {adjectives.group('rest')}"
    m = _RESPECTIVELY.match(segment)
    if m is None:
        return [], segment
    parts = [p for p in _SPLIT.split(m.group("rest"))[::2] if p.strip()]
    states: list[str] = []
    k = 0
    while k < len(parts):
        found = find_parties(parts[k].strip(), exclude=[ctx.org])
        if not (found and is_state(found[0].value) and found[0].start == 0):
            break
        states.append(found[0].value)
        k += 1
    names = parts[k : k + len(states)]
    if len(states) == 1 and len(parts) >= 4 and len(parts) % 2 == 0:
        # "the presidents of Chile, X, Colombia, Y, and Peru, Z": each state, then its own president
        pairs = [
            (find_parties(parts[i].strip(), exclude=[ctx.org]), parts[i + 1]) for i in range(0, len(parts), 2)
        ]
        if all(
            found and is_state(found[0].value) and found[0].start == 0 and not find_parties(name)
            for found, name in pairs
        ):
            states = [found[0].value for found, _ in pairs]
            names = [name for _, name in pairs]
            k = len(parts) - len(states)
    if len(states) < 2 or len(names) < len(states) or any(find_parties(n) for n in names):
        return [], segment
    title = m.group("title").rstrip("s").replace("Prime minister", "Prime Minister")
    people = []
    for state, name in zip(states, names, strict=True):
        if len(name.split()[-1]) > 3:
            name = name.rstrip(" .")  # the sentence's full stop, not an initial ("Jr.")
        person = parse_item(
            f"{title.title()} {name.strip()} of {_list_name(state)}", ctx.org, ctx.known_persons
        )
        if person is not None:
            people.append(person)
    rest = ", ".join(parts[k + len(states) :])
    return people, rest


_PLURAL_TITLE = re.compile(
    r"^(?P<title>Presidents|Vice[\s-]Presidents|Prime\s+Ministers|Foreign\s+Ministers|Deputy\s+Prime\s+Ministers|Ministers"
    r"|Premiers|Leaders|Kings|Emirs|Sultans|Ambassadors|Chancellors)\s+(?=[A-Z])"
)


_SEVERAL_TITLED = re.compile(
    r"^\s*(?:Presidents|Prime\s+Ministers|Vice[\s-]Presidents|Ministers|Premiers|Leaders)\s+[A-Z]"
    r"|\b(?:President|Prime\s+Minister|Premier|Vice[\s-]President|King|Emir|Minister)\s+[A-Z][^;]*?\s+and\s+(?:the\s+)?"
    r"(?:President|Prime\s+Minister|Premier|Vice[\s-]President|King|Emir|Minister|Foreign\s+Minister)\s+[A-Z]"
)


# "Belize, Dominica and Guyana were represented by their Ministers of Foreign Affairs, A, B and C": the
# states in the subject, then as many names after a plural title, each of its own state in order
_THEIR_TITLES = re.compile(
    r"^(?:their|the)\s+(?P<title>(?:[A-Z][\w-]*\s+)*?[A-Z][\w-]*s(?:\s+of\s+(?:[A-Z][\w-]*\s*)+?)?)\s*,\s+(?P<names>.+)$"
)


def _represented_respectively(listed: str, subject: str, ctx: Context) -> str | None:
    """ "Belize, Dominica and Guyana were represented by their Ministers of Foreign Affairs, A, B and C": the
    items as "Minister of Foreign Affairs A of Belize", ...; None unless the subject names two states at least
    and the list names as many persons after a plural title."""
    m = _THEIR_TITLES.match(listed.strip())
    if m is None:
        return None
    states = [p.value for p in find_parties(subject, exclude=[ctx.org]) if is_state(p.value)]
    names = [n.strip(" .") for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("names")) if n.strip(" .")]
    if len(states) < 2 or len(names) != len(states) or any(find_parties(n, exclude=[ctx.org]) for n in names):
        return None
    title = _singular(m.group("title"))
    return ", ".join(
        f"{title} {name} of {_list_name(state)}" for state, name in zip(states, names, strict=True)
    )


def _list_name(code: str) -> str:
    """A state's name with no comma in it, to stand in a list: "Virgin Islands, British" -> "British Virgin
    Islands", "Korea, Republic of" -> "Republic of Korea"."""
    first, sep, rest = state_name(code).partition(", ")
    return f"{rest} {first}" if sep else first


def _singular(title: str) -> str:
    """A plural title's singular, its head noun made one: "Prime Ministers" -> "Prime Minister", "Ministers of
    Foreign Affairs" -> "Minister of Foreign Affairs"."""
    head, sep, tail = " ".join(title.split()).partition(" of ")
    return head.removesuffix("s") + sep + tail


# (a lookahead, so that a failed candidate, "Minister of Foreign Affairs and Mauritius", hides no later one)
_BY_STATE = re.compile(
    r"(?=(?:^|(?<=[,;])\s*(?:and\s+)?|(?<=\s)and\s+)"
    r"(?P<state>(?:the\s+|The\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|the|and|[A-Z][\w'’.-]*)){0,5}?)\s+by\s+[A-Z])"
)


def _by_state_chunks(segment: str) -> list[str]:
    """The items of an ellipsis list, "A by X, Title, B by Y and C by Z", cut where a state's name and "by"
    start the next; nothing unless two states at least open an item and the first opens the segment."""
    starts = sorted(
        {
            m.start("state")
            for m in _BY_STATE.finditer(segment)
            if _state_of(re.sub(r"^(?:the|The)\s+", "", re.sub(r"\bSt\.?\s+", "Saint ", m.group("state"))))
        }
    )
    if len(starts) < 2 or starts[0] != 0:
        return []
    cuts = [*starts, len(segment)]
    return [
        segment[a:b].strip(" ,;.").removesuffix(" and").strip(" ,;")
        for a, b in zip(cuts, cuts[1:], strict=False)
    ]


# "At the invitation of the Kazakh chairmanship (CICA), the Secretary General of X, Y, took part": who invited is
# an adverbial before the subject, no item of it (nor is its state the subject's)
_INVITED_BY = re.compile(
    r"^(?:(?:At|Upon|On|Following|By)\s+(?:the\s+|an?\s+)?(?:kind\s+|personal\s+|special\s+)?invitation\s+(?:of|from|extended\s+by)\s+"
    r"(?:[^,;()]|\([^()]*\))+?,\s+)(?=(?:the\s+|The\s+)?[A-Z])"
)


# "Hon. X, Minister of Trade, who represented President Y of the Republic of Z": X was there for Z, and Y was not
_STOOD_IN = re.compile(
    r",?\s+who\s+(?:represented|was\s+representing|stood\s+in\s+for|deputi[sz]ed\s+for)\s+(?:(?:H\.\s?E\.|His|Her|Excellency|the)\s+)*"
    r"(?:President|Prime\s+Minister|King|Queen|Emir|Amir|Sultan|Head\s+of\s+State|Chancellor|Premier)\b"
    r"(?P<who>[^,;()]*?)(?:\s+of\s+(?P<state>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|the|and|[A-Z][\w'’.-]*)){0,5}))?(?=\s*(?:[;.]|$))"
)


def _stood_in_for(m: re.Match[str]) -> str:
    """The clause of a deputy: ", representing <state>" when it names the state, else nothing (the head it names
    was absent, and the clause is no title of the deputy's)."""
    state = m.group("state")
    return f", representing {state}" if state and _state_of(re.sub(r"^the\s+", "", state)) else ""


def _items(segment: str, ctx: Context) -> list[Person]:
    segment = _LEAD.sub("", _TAIL.sub("", segment)).strip()
    segment = _INVITED_BY.sub("", segment)
    segment = re.sub(r"(,\s*|\s+)and\s+by\s+(?=\S)", r"\1and ", segment)  # "by A and by B": one list
    segment = _STOOD_IN.sub(_stood_in_for, segment)
    segment = re.sub(
        r",?\s+(?:was|were|is|are)(?:\s+also)?$", "", segment
    )  # "X, President of Y, was (in attendance)"
    segment = re.sub(r"^(?:The|the)\s+", "", segment)
    segment = re.sub(
        r"\s+among\s+(?:those|the\s+\w+)\b.*$", "", segment
    )  # "... among those around the table"
    # "Foreign Minister X (virtually)": how X took part is no part of the name
    segment = re.sub(
        r"\s*\((?:virtually|virtual|online|remotely|in\s+person|(?:by|via)\s+video(?:\s*(?:link|conference))?)\)",
        "",
        segment,
    )
    # "A, B and C, with D also at the table": D is one more item
    segment = (
        re.sub(
            r"\s+(?:also\s+)?(?:(?:at|around)\s+the\s+(?:[\w-]+\s+)?table|present|attending|in\s+attendance)\s*\.?$",
            "",
            segment,
        )
        if re.search(r",\s+with\s+[A-Z]", segment)
        else segment
    )
    segment = re.sub(r",\s+with\s+(?=[A-Z])", ", ", segment)
    # "... and Y also addressed the leaders": the adverbs left before the verb name no one
    segment = re.sub(r"(?:\s+(?:also|too|all|both|then|each|likewise|personally))+\s*$", "", segment)
    # "...; and of C, Dr Z, together with the President of D, W": one more item, in the list's own separator
    segment = re.sub(
        r",?\s+(?:together|along)\s+with\s+(?=(?:the\s+)?[A-Z])",
        "; " if segment.count(";") >= 2 else ", ",
        segment,
    )
    chunks = _by_state_chunks(segment)
    if chunks:
        # "A by X, Minister of Y, B by Z and C by W": one item a state, whatever commas its apposition holds
        found = [parse_item(chunk, ctx.org, ctx.known_persons) for chunk in chunks]
        return [p for p in found if p is not None and (p.role or p.party or p.known)]
    people, segment = _respectively(re.sub(r"^Presidents\s+of\b", "presidents of", segment), ctx)
    if segment.count(";") >= 2:
        # "Name, Title of A; Name, Title of B; and Name, Title of C": a semicolon ends each item, and the
        # commas inside an item belong to it, unless the item is itself a list of titled persons ("President
        # A and Prime Minister B of X")
        for item in re.split(r";\s*(?:and\s+)?", segment.rstrip(" .")):
            several = _list_items(item, ctx) if _SEVERAL_TITLED.search(item) else []
            if len(several) >= 2 and all(p.role or p.party for p in several):
                people += several
                continue
            person = parse_item(_WHAT_THEY_DID.sub("", item), ctx.org, ctx.known_persons)
            if person is not None and _PLURAL_TITLE.match(person.role + " X"):
                person = replace(
                    person, role=_singular(person.role)
                )  # "the Prime Ministers of A, X; of B, Y"
            if person is not None and (person.role or person.party or person.known):
                people.append(person)
        return people
    return people + _list_items(segment, ctx)


# "A, Secretary of X, spoke on the economy; B, ...": what the item's person did is a clause after the role
_WHAT_THEY_DID = re.compile(
    r",\s+(?:who\s+|which\s+)?(?:(?:also|then|briefly|jointly|each|later|first)\s+)?(?:spoke|presented|covered|reported|briefed|addressed|delivered|gave|made|outlined"
    r"|described|summ(?:ed|arized|arised)|took|read|explained|informed|updated|set\s+out|introduced|highlighted|shared|talked|stressed"
    r"|emphasi[sz]ed|noted|said|announced|proposed|called|urged|thanked|welcomed|gave|tabled|submitted|provided)\b.*$"
)


# a list piece that starts with a person's style or is a bare name ("H.E. X", "Mr X Y"), no title before it
_BARE_NAME = re.compile(rf"(?:(?:{STYLE}|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+)+[A-Z]")


_TITLE_HEAD = re.compile(
    r"\b(?:Secretary|Minister|President|Director|Chair\w*|Ambassador|Representative|Envoy|Adviser|Advisor|Head|Commissioner"
    r"|General|Governor|Premier|King|Queen|Emir|Amir|Sultan|Prince|Chancellor|Speaker|Leader|Coordinator|Officer|Chief)\b",
    re.I,
)


def _list_items(segment: str, ctx: Context) -> list[Person]:
    """The persons of a list cut at commas and "and": a plural title is each following item's ("Presidents
    A of X, B of Y and C of Z"); a state after the last of "A and B of X" is both's; a title cut at "and"
    or a comma joins the next piece."""
    paired = _name_title_pairs(segment, ctx)
    if paired:
        return paired
    masked = segment.rstrip(" .")
    for party in find_parties(masked, exclude=[ctx.org]):  # "Sao Tome and Principe": one name, not two items
        name = masked[party.start : party.end]
        if " and " in name or "," in name:
            masked = (
                masked[: party.start]
                + name.replace(" and ", " \0and ").replace(",", "\1")
                + masked[party.end :]
            )
    parts = [p.replace(" \0and ", " and ").replace("\1", ",") for p in _SPLIT.split(masked)]
    people: list[Person] = []
    seps: list[str] = []  # the separator before each person
    pending = ""
    carried: str | None = None  # the singular of the last plural title
    for k in range(0, len(parts), 2):
        piece = parts[k]
        plural = _PLURAL_TITLE.match(piece.strip())
        if plural:
            carried = _singular(plural.group("title"))
            piece = piece.strip()[plural.end() :]
        text = pending + piece
        if not text.strip():
            continue
        if pending and people and _BARE_NAME.match(piece.strip()):
            # "H.E. A, National Leader of X and Chairman of Y, H.E. B, Prime Minister of Z": a title left
            # pending after a named person is that person's apposition, never the next name's
            prev = people[-1]
            if prev.party is None and not prev.role:
                titled = parse_item(f"{pending.strip(' ,')} {prev.written}", ctx.org, ctx.known_persons)
                if titled is not None and titled.party:
                    people[-1] = replace(prev, role=titled.role, party=titled.party)
            pending, text = "", piece
        person = parse_item(text, ctx.org, ctx.known_persons) or _full_mention(ctx, text)
        if (
            pending
            and re.match(r"\s*(?:the|a|an)\s", pending)
            and pending.endswith(" and ")
            and (alone := parse_item(piece, ctx.org, ctx.known_persons)) is not None
            and alone.role
            # a title of its own ("SAARC Secretary General X"), not the rest of the pending one ("... on National
            # Security and Foreign Affairs X")
            and _TITLE_HEAD.search(alone.role)
        ):
            # "the chief adviser of B's caretaker government and SAARC Secretary General X": an unnamed person,
            # then a titled one
            person = alone
        appos = re.match(
            r"\s*(?P<state>[A-Z][\w'’ -]+?)(?:'s|’s)\s+(?:[a-z-]+\s+){0,2}(?:representative|ambassador|envoy|delegate)\b",
            piece,
        )
        if (
            person is None
            and not pending
            and people
            and people[-1].party is None
            and not people[-1].known
            and k
            and parts[k - 1].strip() == ","
            and appos
            and (code := lookup_party(appos.group("state")))
            and is_state(code)
        ):
            # "Ambassador X, Ruritania's permanent representative to ...": the apposition names X's state
            people[-1] = replace(people[-1], party=code)
            continue
        if person is None or not person.role and not person.party and not person.known and not carried:
            # a title cut at "and" or a comma ("Representative ... and Head of ...",
            # "the Director of ..., Name"): join the next piece, with its separator
            pending = text + (parts[k + 1] if k + 1 < len(parts) else "")
            continue
        if carried and not person.role:
            person = replace(person, role=carried)  # "B of Y" after "Presidents A of X", and A
        elif plural is None and person.role:
            carried = None  # another title ends the plural's reach
        pending = ""
        seps.append(parts[k - 1] if k else "")
        people.append(person)
    for i in range(len(people) - 1):
        a, b = people[i], people[i + 1]
        if (
            a.party is None
            # a state's office ("President A and Prime Minister B of X": both of X), not the organization's own
            # ("Secretary General A and President B of X": A is of no state)
            and _BARE_STATE_OFFICE.fullmatch(a.role.strip())
            and b.party
            and is_state(b.party)
            and seps[i + 1].strip() == "and"
            and not a.known
        ):
            other = _state_told_elsewhere(
                ctx, a.name, a.role
            )  # another mention that tells A's own state wins
            people[i] = replace(a, party=other[0] if other else b.party)
    return people


def _name_title_pairs(segment: str, ctx: Context) -> list[Person]:
    """A list that gives each name, then its titles after commas ("A, Secretary General of the X, B, Foreign
    Minister of Y, C, Deputy Prime Minister and Foreign Minister of Z, and D, Minister of W"): each name with
    every comma piece up to the next name, so that an "and" inside a title cuts no item and no title moves to
    the next name. Nothing unless the list opens with a name and holds two names at least, each with a title."""
    masked = segment.strip().rstrip(" .")
    for party in find_parties(masked, exclude=[ctx.org]):
        name = masked[party.start : party.end]
        masked = masked[: party.start] + name.replace(",", "\1") + masked[party.end :]
    chunks: list[str] = []
    for chunk in re.split(r",\s*", masked):
        chunk = re.sub(r"^(?:and|as\s+well\s+as)\s+", "", chunk.replace("\1", ",").strip())
        head, sep, tail = chunk.rpartition(" and ")
        tail = strip_honorifics(strip_style(tail)) if sep else tail
        if sep and person_like(tail) and len(tail.split()) >= 2 and not person_like(head):
            chunks += [head, tail]  # "Prime Minister of B and Z": the title's end, then the next name
        elif chunk:
            chunks.append(chunk)
    while chunks and re.match(r"(?:other|several|all|the\s+other)\b", chunks[-1]):
        chunks.pop()  # "and other heads of delegations": no one named
    bare = [strip_honorifics(strip_style(c)) for c in chunks]  # "H.E. A B", "Dr C D": a name all the same
    is_name = [person_like(c) and 2 <= len(c.split()) <= 5 for c in bare]
    if not chunks or not is_name[0] or sum(is_name) < 2:
        return []
    items: list[list[str]] = []
    for chunk, named in zip(chunks, is_name, strict=True):
        if named:
            items.append([chunk])
        else:
            items[-1].append(chunk)
    if any(len(item) < 2 for item in items):
        return []
    people = [parse_item(", ".join(item), ctx.org, ctx.known_persons) for item in items]
    if any(p is None for p in people):
        return []
    return [p for p in people if p is not None]


def _participant(person: Person, role: str | None, ctx: Context) -> dict[str, Any]:
    """The participant entry: a state's representative takes the list's role, anyone else their own."""
    if role is None or not (person.party and is_state(person.party)):
        role = person.role or "participant"
    elif (
        role == "head of state"
        and person.role
        and (
            not re.search(
                r"\b(?:President|Prime\s+Minister|Premier|Chairman|King|Emir|Sultan|Chancellor|Leader)\b",
                person.role,
                re.I,
            )
            # "the Deputy Prime Minister", "Vice-President": a deputy heads the delegation, not the state
            or re.search(
                r"\b(?:Deputy|Vice|Acting)[\s-]+(?:President|Prime|Premier|Chair)", person.role, re.I
            )
        )
    ):
        role = person.role or "participant"  # a minister in the members' list heads a delegation, not a state
    entry: dict[str, Any] = {"person": person.name, "role": re.sub(r"^(?:the|The)\s+", "", role)}
    if person.party:
        entry["party"] = person.party
    elif person.known and re.search(
        r"\b(?:President|Prime\s+Minister|Premier|King|Emir|Sultan|Chancellor)\b", person.role or ""
    ):
        state = nationality_of(person.name)  # a head of state the store knows: the state they head
        if state and is_state(state):
            entry["party"] = state
    return entry


def _office(role: str, ctx: Context) -> str | None:
    """The organization's office a role names (not another organization's: "of the CSTO"): by one of
    its titles, or through any name of its body ("Director of the Regional Anti-Terrorism Structure")."""
    org = ctx.org
    found = [
        (slug, m.start(), m.end())
        for slug, rx in office_patterns(org)
        if (m := rx.search(role)) and not ranked_before(role, m.start()) and not name_goes_on(role, m.end())
    ]
    found += office_by_body(role, 0, org, ctx.offices, ctx.bodies)
    for slug, start, end in found:
        parties = find_parties(role[end:] + " " + role[:start], exclude=[org])
        if any(not is_state(p.value) for p in parties):
            continue
        return slug
    return None


class _Assumed(str):
    """A status no word of the text names: the genre's first unmarked list of who attended, read as the
    member states' heads. Its attestation says so, and a store recording another status for the party is
    then no contradiction (an observer's head may stand in such a list)."""


def _attest(
    ctx: Context, passage: Passage, person: Person, entry: dict[str, Any], status: str | None
) -> list[Candidate]:
    """What attending says: a close name to review; a status or an office held on the meeting's dates.

    A person neither known nor close to a known one is a new identity: the
    entry carries the name as written and nothing blocks.
    """
    out: list[Candidate] = []
    if not person.known and person.closest:
        near = ", ".join(person.closest)
        out.append(
            Candidate(
                "unresolved",
                {**entry, "source": ctx.source(passage)},
                note=f"close name {person.written!r}: may be {near} (--accept-candidates takes the closest)",
                kind="close-name",
                closest=person.closest,
            )
        )
    if ctx.meeting is None:
        return out
    date = ctx.meeting.date
    office = _office(person.role, ctx) if entry["role"] == person.role else None
    src = ctx.source(passage)
    if status and person.party and is_state(person.party):
        event = {
            "type": "StatusGranted",
            "org": ctx.org,
            "party": person.party,
            "status": status,
            "effective": date,
            "source": src,
        }
        note = f"{person.name} attended as {entry['role']} of {person.party}: evidence of {status!r} status on {date}"
        if isinstance(status, _Assumed):
            note += (
                " (assumed: the text names no status; its first list of who attended is read as the members')"
            )
        kind = "assumed-status" if isinstance(status, _Assumed) else None
        out.append(Candidate("attestation", {**event, "status": str(status)}, note=note, kind=kind))
    elif office:
        event = {
            "type": "OfficialAppointed",
            "org": ctx.org,
            "office": office,
            "person": person.name,
            "term": date,
            "source": src,
        }
        out.append(
            Candidate(
                "attestation", event, note=f"{person.name} attended as {person.role}: in office on {date}"
            )
        )
    return out
