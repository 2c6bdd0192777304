"""Party identities: states by ISO 3166-1 alpha-3, organizations by slug.

States resolve through pycountry (current and historic codes, names, official
and common names) and, on top of it, the bundled alias table for the forms
sources use that pycountry lacks ("Republic of Kyrgyzstan", "Turkey").
International organizations that take part as parties (the UN, the CIS, ...)
come from the same table. An unknown name is an error listing the closest
known names.

States of the Correlates of War (COW) state system that have no ISO code of
their own (Baden, Zanzibar, West Germany, ...) or share one with another COW
state are parties ``cow:<ccode>`` (``cow:260``), named and aliased by the
bundled ``aliases/cow_states.yaml``; their aliases never displace an existing name.
"""

from __future__ import annotations

import difflib
import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from igo_timeline.errors import UnknownParty

_SPACES = re.compile(r"\s+")


def _norm(name: str) -> str:
    text = _SPACES.sub(" ", name.strip()).casefold()
    return text[4:] if text.startswith("the ") else text


@cache
def _table() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(normalized name -> code, code -> display name, normalized -> original)."""
    import pycountry  # imported here: a command that resolves no party need not load it

    raw = _yaml(resources.files("igo_timeline.data").joinpath("parties.yaml").read_text("utf-8"))
    index: dict[str, str] = {}
    names: dict[str, str] = {}
    shown: dict[str, str] = {}

    def add(name: str, code: str) -> None:
        index.setdefault(_norm(name), code)
        shown.setdefault(_norm(name), name)

    for country in pycountry.countries:
        code = country.alpha_3
        names[code] = getattr(country, "common_name", None) or country.name
        for attr in ("alpha_3", "name", "official_name", "common_name"):
            if value := getattr(country, attr, None):
                add(value, code)
    for country in pycountry.historic_countries:
        code = country.alpha_3
        if code in names:
            continue
        names[code] = country.name
        add(code, code)
        add(country.name, code)
    for alias, code in raw["states"].items():
        if code not in names:
            raise ValueError(f"alias table names unknown code {code}")
        add(alias, code)
    for slug, entry in raw["organizations"].items():
        names[slug] = entry["name"]
        add(slug, slug)
        add(entry["name"], slug)
        for alias in entry.get("aliases", []):
            add(alias, slug)
    for ccode, abbreviation, name in cow_identities():
        code = f"cow:{ccode}"
        names[code] = name
        add(code, code)
        add(name, code)
        add(abbreviation, code)
    return index, names, shown


@cache
def cow_states() -> dict[str, tuple[int, str, str, str | None]]:
    """COW state column -> (ccode, abbreviation, name, ISO alpha-3 or None), in the data's order."""
    text = resources.files("igo_timeline.data").joinpath("aliases", "cow_states.yaml").read_text("utf-8")
    return {
        col: (int(c), str(abb), str(name), iso) for col, (c, abb, name, iso) in _yaml(text)["columns"].items()
    }


def _yaml(text: str) -> Any:
    """yaml.safe_load, with libyaml's parser where PyYAML has it (the same data, several times faster:
    the tables are read by every command that names a party)."""
    import yaml  # imported here: a command that names no party need not load it

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 - safe


def cow_identities() -> list[tuple[int, str, str]]:
    """(ccode, abbreviation, name) of each COW state that is a ``cow:<ccode>`` party."""
    return [(c, abb, name) for c, abb, name, iso in cow_states().values() if iso is None]


def cow_party(column: str) -> str:
    """The party code of a COW state column: its ISO alpha-3 where unique, else ``cow:<ccode>``."""
    ccode, _, _, iso = cow_states()[column]
    return iso or f"cow:{ccode}"


@lru_cache(maxsize=4096)
def resolve_party(name: str) -> str:
    """The canonical code of a party (alpha-3 for a state, slug for an organization)."""
    if not isinstance(name, str) or not name.strip():
        raise UnknownParty("an empty party name")
    index, _, shown = _table()
    key = _norm(name)
    if key in index:
        return index[key]
    close = difflib.get_close_matches(key, list(index), n=4, cutoff=0.6)
    hint = ", ".join(f"{shown[c]} ({index[c]})" for c in close)
    raise UnknownParty(f"unknown party {name!r}" + (f"; closest known: {hint}" if hint else ""))


@lru_cache(maxsize=8192)
def party_name(code: str) -> str:
    """Display name of a canonical party code: pycountry's common name where it has one."""
    return _table()[1].get(code, code)


def is_state(code: str) -> bool:
    return len(code) == 3 and code.isupper()
