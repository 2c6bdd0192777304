"""Where the sitting was held: the town a sentence, the title block or the dateline names.

Split out of meeting.py (a pure move): "in Astana", "the capital of X", "hosted by", a venue and its
town, a town the gazetteer does not list, a state named with its town; the town kept at the
gazetteer's grain (a city, not a region or a state).
"""

from __future__ import annotations

import re

from igo_timeline.extract.context import Context
from igo_timeline.extract.dates import find_dates
from igo_timeline.extract.meeting_days import _far_day
from igo_timeline.extract.meeting_held import _BACKGROUND, _NOT_THIS, _VIRTUAL, _another_orgs_sitting
from igo_timeline.extract.names import find_parties, is_state, resolve_body
from igo_timeline.extract.places import UPPER, capital_of, city, own_city_name
from igo_timeline.extract.text import Passage

_TITLE_PLACE = re.compile(r"\(\s*(?P<place>[A-Z][\w .'’-]*?)\s*,\s*(?P<rest>[^()]*)\)")


# a lowercase particle inside a place's name: "Dar es Salaam", "Rio de Janeiro", "Bandar Seri Begawan"
# ("Ciudad de la Paz"; joined by a hyphen to the next word: "Sharm el-Sheikh", "Ras al-Khaimah")
_PARTICLE = r"(?:(?:es|el|al|de|da|du|la|di|del|dos|das|do|ul|as|an)(?:\s+|-(?=[A-Z]))){0,2}"


# a word of a town's descriptor before its noun: an adjective ("southern", "coastal", "Chinese", "Black Sea") or a
# state's possessive ("Malaysia's"), no small word of another phrase
_DESCRIBING = r"(?!(?:and|or|of|in|at|on|to|for|from|with|by|the)\b)[\w'’-]+\s+"


_IN_PLACE = re.compile(
    # "in the <adjective> capital, <town>": the town in apposition to its descriptor, of a few words too: "in the
    # southern Chinese coastal city Xiamen", "in Malaysia's new administrative capital Putrajaya", "in the Black
    # Sea resort town Sochi"
    rf"\b(?:[Ii]n|at)\s+(?:the\s+(?:city|capital)\s+of\s+|(?:the\s+)?(?:{_DESCRIBING}){{0,4}}?(?:capital(?:\s+city)?|city|(?<=resort\s)town),?\s+|the\s+\w+\s+city\s+of\s+)?(?P<place>[{UPPER}][\w'’‘ʻ.-]*(?:[ -]{_PARTICLE}[{UPPER}][\w'’‘ʻ.-]*)*)"
)


_HOSTED = re.compile(
    # "Nairobi hosts the 24th summit", "<town> has held a meeting of ...": the town as the subject
    # (an apposition between: "Hohhot, the capital of the Xyz Region in China, hosted the meeting")
    # (or its state after a comma: "Moscow, Russia hosted the 16th meeting")
    rf"(?P<place>[A-Z][\w'’.-]*(?:[ -]{_PARTICLE}[A-Z][\w'’.-]*)*)(?:,\s+the\s+(?:[\w'’-]+\s+){{0,3}}?(?:capital|city|town|seat)"
    r"\s+of\s+[^,;.]{2,90},|,\s+(?P<its_state>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}),?)?\s+(?:(?:yesterday|today|on\s+\w+day|last\s+week)\s+)?(?:hosted|hosts|is\s+hosting|has\s+hosted"
    r"|has\s+held|played\s+host|plays\s+host|was\s+the\s+venue|is\s+the\s+venue)\b"
)


# "the <Town> Summit", "at the Jakarta Convention Center": a sitting or a venue named after its town
_TOWN_NAMED = re.compile(
    rf"\b(?:the\s+)?(?P<place>[{UPPER}][\w'’.-]*(?:[ -]{_PARTICLE}[{UPPER}][\w'’.-]*)?)\s+(?:International\s+)?"
    r"(?:Summit|Convention\s+Cent(?:er|re)|Conference\s+Cent(?:er|re)|Congress\s+(?:Cent(?:er|re)|Hall)|Expo(?:\s+Cent(?:er|re))?)\b"
)


_CITY_OF = re.compile(
    # "the City Hall of X": a town's own hall, the town
    rf"\b(?:city|capital|town|village|settlement|township|municipality|oasis|island|isle|resort|port|(?-i:City|Town)\s+Hall)\s+of\s+(?P<place>[A-Z][\w'’.-]*(?:[ -]{_PARTICLE}[A-Z][\w'’.-]*)*)"
)


_CAPITAL = re.compile(
    r"\b(?:the\s+)?(?P<adj>[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,2})\s+capital\b|\bcapital\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w'’ ]+)"
)


_HERE = re.compile(
    r"\b(?:here|(?:in\s+)?this\s+(?:[\w-]+\s+){0,4}(?:city|capital|town)"
    # "closing a two-day summit at the Red Sea resort" under the resort's dateline: the town the dateline names
    r"|(?:at|in)\s+the\s+(?:[\w-]+\s+){0,3}(?:resort|seaside\s+town|coastal\s+city|port\s+city)(?!\s+(?:of|town|city)\b))\b",
    re.I,
)


_ACTING_HOST = re.compile(
    r"(?P<who>[A-Z][\w' ]+?)(?:,[^,]*,)?\s+(?:acting|acted|serving)\s+as\s+(?:the\s+)?host\b"
)


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
        # nor another organization's sitting ("for taking part in the CICA's summit last week in Astana")
        and not _another_orgs_sitting(ctx, s.norm)
        and not re.search(r"\blast\s+(?:week|month|year)\b", s.norm, re.I)
        and not any(_far_day(ctx, d) for d in find_dates(s.norm, ctx.anchor.year))
    ]
    if not told:
        return place
    there, home = city(place), city(town)
    if there is None or home is None or there[1] != home[1]:
        return town
    return place


_SMALL_WORDS = frozenset("in at of the on and for to from by with under as a an".split())


def in_capitals(text: str) -> bool:
    """Whether a sentence is written in capitals (a heading: "FINAL COMMUNIQUE OF THE 45TH SESSION ...")."""
    return sum(c.isupper() for c in text) > 3 * max(1, sum(c.islower() for c in text))


def title_cased(text: str, keep: frozenset[str] = frozenset()) -> str:
    """A sentence in capitals read in title case, its small words in lower case and the words of ``keep`` (an
    organization's abbreviations: "ECOWAS") as written; the offsets kept."""
    return re.sub(
        r"[^\W\d_]+",
        lambda w: (
            w.group()
            if w.group() in keep
            else w.group().lower()
            if w.group().lower() in _SMALL_WORDS
            else w.group().title()
        ),
        text,
    )


def _place(ctx: Context, text: str, here: bool = True) -> str | None:
    """Where a meeting sentence puts the meeting: a city of the gazetteer (or a state); None when virtual.

    A sentence in capitals ("WAS HELD IN ARUSHA, UNITED REPUBLIC OF TANZANIA") is read in title case, its
    small words in lower case. A state found first ("Zambia hosted the summit ... in Lusaka") gives way to a
    city of that state the same sentence names."""
    if in_capitals(text):
        text = title_cased(text)
        found = _place_in(ctx, text, here)
        return found
    back = _BACK_FROM.search(text)
    if back and city(back.group("place")) and not find_parties(back.group("place")):
        return back.group(
            "place"
        )  # "has returned home from Abc, where he attended the summit": the town left
    welcomed = _WELCOMED_TO.search(text)
    if welcomed and city(welcomed.group("place")) and not find_parties(welcomed.group("place")):
        return welcomed.group(
            "place"
        )  # "welcomed his counterparts to Abc ... for a session of": the host's town
    found = _place_in(ctx, text, here)
    if found and here and ctx.anchor.place and not city(found) and _state_of(found) and _HERE.search(text):
        # "closing a summit at the Red Sea resort that was dominated by the war in Yemen" under a SHARM EL-SHEIKH
        # dateline: the sitting's town is the dateline's, the state a clause names is no venue
        return ctx.anchor.place
    state = _state_of(found) if found else None
    if found and state and not _city_state(found, state):
        for m in _IN_PLACE.finditer(text):
            words = _city(m.group("place")).split()
            for n in range(min(len(words), 4), 0, -1):
                phrase = " ".join(words[:n]).strip(" ,.")
                there = city(phrase, prefer=[state])
                if there and there[1] == state and not find_parties(phrase):
                    return phrase
        # "in the port city of <town> in <state>", "at the Hague in the Netherlands": a town of that
        # state after its descriptor, or one whose name holds the article
        for m in [*_CITY_OF.finditer(text), *_THE_TOWN.finditer(text)]:
            there = city(m.group("place"), prefer=[state])
            if there and there[1] == state and not find_parties(m.group("place")):
                return _with_article(m.group("place"), there[0])
        # "Azerbaijan hosted the summit ... in Gabala": the host state first, then a town the gazetteer lacks
        town = _unlisted_town(ctx, text)
        if town is not None:
            return town
    if (
        found is None
        and ctx.anchor.place
        and re.search(rf"\b(?:in|on|at)\s+{re.escape(ctx.anchor.place)}\b", text)
    ):
        # "LANGKAWI, 17 March - ... met on Langkawi island": the dateline's town, which the gazetteer lacks, named
        # again as where they met
        return ctx.anchor.place
    return found


# the town a head came back from, where the sitting was: "returned home from Abc, where she attended ..."
_BACK_FROM = re.compile(
    r"\b(?:returned|came\s+back|flew\s+back|arrived\s+back|is\s+back|was\s+back)\s+(?:home\s+)?from\s+"
    r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]+)?),\s+where\b"
)


# the town a host welcomed those who sit to, for the sitting (meeting_held: the same verbs tell it held)
_WELCOMED_TO = re.compile(
    r"\b(?:welcomed|received|greeted)\b[^.;]{0,80}?\bto\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"(?=[^.;]*?\bfor\s+(?:a|an|the|its|their)\s)"
)


# the head noun of a region's name ("Lara State", "Akmola Region", "Sughd Province"): the name before it is no town
_REGION_WORD = re.compile(
    r"State|Province|Region|Oblast|Governorate|Prefecture|County|District|Department|Territory|Canton|Krai|Okrug"
)


# a region's head noun written in lower case after its name: "the capital of Para state", "in Shandong province"
_REGION_AFTER = re.compile(rf"\s+(?:{_REGION_WORD.pattern})\b", re.I)


# "held at the Arusha International Conference Centre", "at the Kigali Convention Center": a conference venue
# named after its town
_TOWN_VENUE = re.compile(
    r"\b(?:held|met|meeting|gathered|convened|took\s+place|opened|summit|session)\b[^.;]{0,60}?\bat\s+the\s+"
    r"(?P<name>(?:[A-Z][\w'’-]*\s+){1,3})(?:International\s+)?(?:Conference|Convention)\s+(?:Cent(?:re|er)|Hall)\b"
)


# "at the Hague": a town whose name holds the article, written with a small "the"
_THE_TOWN = re.compile(r"\b(?:in|at)\s+the\s+(?P<place>[A-Z][\w'’-]+)\b")


def _with_article(place: str, name: str) -> str:
    """The town as the text names it, with the article when the gazetteer's name holds one ("The Hague")."""
    return f"The {place}" if name.startswith("The ") and not place.startswith(("The ", "the ")) else place


def _a_regions(words: str) -> bool:
    """Whether the words after "the capital of" name a region, not a state: a region's head noun ("Xyz
    Autonomous Region", "Abc Oblast"), or a state's name found only inside them ("Upper Ruritania")."""
    found = find_parties(words)
    return bool(
        _REGION_WORD.search(words)
        or re.search(r"\bAutonomous\b", words)
        or (found and not [p for p in found if p.start == 0])
    )


def _place_in(ctx: Context, text: str, here: bool = True) -> str | None:
    capital = re.search(
        r"\bcapital\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w'’]*(?:\s+(?:of\s+)?[A-Z][\w'’]*)*)", text
    )
    if capital and re.search(r"['’]s\s", capital.group("state")):
        capital = None  # "Kazan, the capital of Russia's Republic of Tatarstan": a region's capital, not the state's
    if capital and _a_regions(capital.group("state")):
        capital = None  # "Abc, the capital of the Upper Xyz Autonomous Region": a region's, no state's
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
            there = city(place)
            if there:
                return _with_article(place, there[0])  # "at the Hague in the Netherlands"
            return place  # "in the Addu city in Maldives", "in Kulhudhuffushi of the Maldives": a town the
            # gazetteer lacks, by the state it lies in
    for rx in (_HOSTED, _CITY_OF):
        for m in rx.finditer(text):
            if _REGION_AFTER.match(text, m.end("place")):
                continue  # "in the capital of Para state": a region's name (its namesake town lies elsewhere)
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
        # "in China's Shandong Province": a region); the full stop of a sentence that ends on it is no part of
        # it ("in Kazakhstan's Burabay."), an abbreviation's is ("St.")
        return re.sub(r"(?<=[a-z]{2})\.$", "", owned.group("place"))
    outside = re.search(
        r"\b(?:at|in)\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*,\s*(?:just\s+)?(?:outside|near|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?[A-Z\w]",
        text,
    )
    if outside and not find_parties(outside.group("place")):
        return outside.group("place")  # "at Ezulwini, outside the Swazi capital": a place the gazetteer lacks
    capital = _CAPITAL.search(text)
    if capital and capital.group("state") and _a_regions(capital.group("state")):
        capital = None
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
            # ("the U.S. presence in Iraq", "the war in Y", "troops in Z": what is told of the state, not where)
            r"\b(?:situation|crisis|conflict|developments|events|coup|elections?|transition|presence|war|fighting"
            r"|violence|troops|forces|occupation|invasion|intervention|unrest|insurgency|peace)\s+$",
            text[: m.start()],
        ):
            continue  # "met on the situation in Gabon": what it discussed, not where
        region = re.match(
            r"(?:(?:Central|South|North|Latin|West|East|Southern|Northern|Western|Eastern|South-?East|North-?East"
            r"|Sub-Saharan|Middle)\s+)?(?:Asia|Africa|Europe|Eurasia|America|Americas|Oceania|the\s+Pacific|East)\b",
            m.group("place"),
        ) and not any(is_state(p.value) for p in find_parties(m.group("place"))[:1])
        if re.match(r"\s*\(\s*[A-Z]{2,8}\s*\)", text[m.end() :]) or region:
            # ("in Central America", "in Southern Africa": a region, not the town "Central" of the gazetteer;
            # "in South Africa" a state)
            continue  # "Measures in Asia (CICA)": a name's words; a continent is no meeting's place
        if _REGION_AFTER.match(text, m.end("place")):
            continue  # "in the capital of Para state", "in Shandong province": a region's name, not a town's
        words = _city(m.group("place")).split()
        for n in range(min(len(words), 5), 0, -1):  # "Bandar Seri Begawan", "Ciudad de la Paz"
            phrase = " ".join(words[:n]).strip(" ,.")
            if find_dates(phrase) or phrase in ("The", "This"):
                continue
            if n < len(words) and _REGION_WORD.fullmatch(words[n].strip(" ,.")):
                continue  # "in Lara State", "in Kwara State": a region's name, not its namesake town elsewhere
            if n < len(words) and city(phrase) and not own_city_name(phrase):
                continue  # "at Madinat Jumeirah": the first word of a longer name is a city's only by another name
            if city(phrase) or any(is_state(p.value) for p in find_parties(phrase)):
                return phrase
    for m in _TOWN_VENUE.finditer(text):
        words = m.group("name").split()
        for n in range(min(len(words), 3), 0, -1):  # "Arusha International Conference Centre": its town first
            phrase = " ".join(words[:n])
            if city(phrase) and not find_parties(phrase):
                return phrase
    for m in _TOWN_NAMED.finditer(text):
        there = city(m.group("place"))
        if there and own_city_name(m.group("place")) and not find_parties(m.group("place")):
            return m.group("place")
    for m in _THE_TOWN.finditer(text):
        there = city(m.group("place"))
        if there and there[0].startswith("The ") and not find_parties(m.group("place")):
            return _with_article(m.group("place"), there[0])
    town = _unlisted_town(ctx, text)
    if town is not None:
        return town
    for m in _TOWN_REGION.finditer(text):
        # "gathered in Nusa Dua, Bali, on Friday": a town the gazetteer lacks, then the region or island it
        # lies in (no state, no party: "in Djibloho, Equatorial Guinea" is read above)
        words = re.split(r"[ -]", f"{m.group('place')} {m.group('region')}")
        if not find_parties(m.group()) and not any(w in _NOT_A_TOWN or w in _NOT_A_TOWN_WORD for w in words):
            return m.group("place")
    if ctx.anchor.place and (
        (here and _HERE.search(text))
        # "ABC, May 6 -- The heads of state, meeting here on 5-6 May, adopted ...": the sitting told here
        or re.search(r"\b(?:meeting|met|gathered|convened|held)\s+here\b", text)
    ):
        return ctx.anchor.place
    if _VIRTUAL.search(text):
        return None
    return None


# "met in Nusa Dua, Bali, on Friday": a town, then its region, after a sitting's verb
_TOWN_REGION = re.compile(
    r"\b(?:met|meet|meeting|gathered|convened|assembled|held|took\s+place|opened|closed|ended|concluded|summit|session"
    r"|(?:got|gets|went|goes)\s+under\s*way|began|started|commenced)"
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
# the noun a venue's name ends with ("the Xyz Resort", "Vihula Manor")
VENUE_NOUN = (
    r"(?:Resort|Hotel|Cent(?:re|er)|Palace|Hall|Complex|Guesthouse|Residence|Stadium|Arena|Villa|Lodge|Manor|Castle"
    r"|Estate)"
)
_VENUE_IN = re.compile(
    rf"\bat\s+the\s+(?:[A-Z][\w'’.-]*\s+){{1,5}}{VENUE_NOUN}\s+in\s+(?P<place>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)\b"
)


def venue_noun_dropped(place: str) -> str:
    """A place the gazetteer lacks read with its venue's noun ("at Vihula Manor in Abc"): the town's one or two
    words without it; a longer name ("Xyz World Trade Centre") is left as read."""
    m = re.fullmatch(rf"(?P<town>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+{VENUE_NOUN}", place)
    return m.group("town") if m and not city(place) else place


# "gathered in Gabala on 7 October", "met in Cholpon-Ata for their summit": a sitting's verb, then "in" a name
_SAT_IN = re.compile(
    r"\b(?:met|meet|meeting|gathered|convened|assembled|held|took\s+place|opened|kicked\s+off|closed|ended|concluded"
    # "the 31st Ministers Meeting got under way in Nusa Dua": a sitting's start told by its phrase
    r"|wrapped\s+up|wound\s+up|(?:got|gets|went|goes)\s+under\s*way|began|started|commenced|chaired|presided)\b[^.;]{0,60}?"
    r"(?P<when>\b(?:today|yesterday|this\s+(?:morning|afternoon|evening|week))\s+)?\bin\s+(?P<place>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)"
    r"(?=\s*(?:,|\.|;|$|\s(?:on|for|from|this|last|to|at|after|under|with)\b))"
)


# "X hosted the 17th Summit of the Y Organization (YO) in Gabala on 3 July": a host's verb, the sitting's whole
# name as its object, then "in" a name (the object runs longer than a sitting's verb and its place allow above)
_HOSTED_IN = re.compile(
    r"\b(?:hosted|hosts|played\s+host\s+to)\s+(?:the|a|an|its|their)\b[^.;]{0,110}?\bin\s+"
    r"(?P<place>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)(?=\s*(?:,|\.|;|$|\s(?:on|for|from|this|last|to|at|after|under|with)\b))"
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
    candidates = [(m, True) for m in _VENUE_IN.finditer(text)] + [
        (m, False) for rx in (_SAT_IN, _HOSTED_IN) for m in rx.finditer(text)
    ]
    for m, venue in candidates:
        place = m.group("place")
        words = re.split(r"[ -]", place)
        if re.fullmatch(r"[A-Z][a-z]{0,2}", place) and re.match(r"\.\s*[A-Z]", text[m.end("place") :]):
            continue  # "at the Xyz Resort in St. Kitts and Nevis": an abbreviation cut at its period, no town
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
        # "I chaired the Retreat today in Boracay": the day's word beside the town puts the sitting there now
        # (not a venue before its town: "ended today in Harpa, Reykjavik")
        town_after = re.match(r",\s+(?P<t>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)", text[m.end("place") :])
        today = (
            not venue
            and m.re is _SAT_IN
            and m.group("when")
            and not (town_after and city(town_after.group("t")) and not _state_of(town_after.group("t")))
        )
        if again or named_for or today:
            return place
    return None


_PLACE_STATE = re.compile(
    # (a province between the town and its state: "in Mactan, Cebu, Philippines")
    rf"\b(?:in|at)\s+(?P<place>[A-Z][\w'’.-]*(?:[ -]{_PARTICLE}[A-Z][\w'’.-]*){{0,2}}),\s+(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+)?(?P<state>[A-Z][\w'’-]*(?:\s+(?:and\s+|of\s+|the\s+)*[A-Z][\w'’-]*){{0,3}})(?=\s*[,.;]|\s+(?:on|in|from|at|for|last|this)\b)"
)


_PLACE_IN_STATE = re.compile(
    # "in the resort village of X in <state>": a descriptor before the town
    r"\b(?:in|at)\s+(?:the\s+)?(?:(?:[a-z]+\s+){0,2}(?:city|town|village|resort|port|island|settlement|township)\s+of\s+)?"
    rf"(?P<place>[A-Z][\w'’.-]*(?:[ -]{_PARTICLE}[A-Z][\w'’.-]*){{0,2}})"
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
    " Principality Duchy Confederation Territory Territories Dominion Nation Nations Country Islands Embassy"
    # "at the Red Sea resort", "the Black Sea coast": a sea, a coast or a lake names a region, no town
    " Sea Coast Ocean Gulf Lake Riviera Mountains Valley".split()
)


# a state named by its formal style: "the Kingdom of Eswatini", "the Federal Republic of Somalia"
_STATE_STYLE = re.compile(
    r"^(?:the\s+|The\s+)?(?:[A-Z][a-z]+\s+){0,2}(?:Kingdom|Republic|Sultanate|Principality|Emirate|State|Federation"
    r"|Commonwealth|Grand\s+Duchy)\s+of\s+(?:the\s+)?(?=[A-Z])"
)


def _state_of(words: str) -> str | None:
    """The state a phrase names whole ("Equatorial Guinea", "the Kingdom of Eswatini"), or None."""
    styled = _STATE_STYLE.match(words)
    if styled and styled.end() < len(words):
        bare = _state_of(words[styled.end() :])
        if bare is not None:
            return bare
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
