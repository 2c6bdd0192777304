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

import datetime as dt
import difflib
import re
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from igo_timeline.errors import UnknownParty

if TYPE_CHECKING:
    from igo_timeline.events.registry import PartyInfo, Registry

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


# -- the store's registry ------------------------------------------------------------------
# The registry of the store in use (parties added by hand, names over time, kinds and what a
# party is part of): set by the engine when it opens a store, consulted beside the tables.
_REGISTRY: Registry | None = None
_REGISTRY_INDEX: dict[str, str] = {}
_REGISTRY_SHOWN: dict[str, str] = {}


def use_registry(registry: Registry | None) -> None:
    """Resolve and name parties with this registry beside the bundled tables (None: the tables alone)."""
    global _REGISTRY, _REGISTRY_INDEX, _REGISTRY_SHOWN
    index: dict[str, str] = {}
    shown: dict[str, str] = {}
    if registry is not None:
        for name, code in registry.names():
            index.setdefault(_norm(name), code)
            shown.setdefault(_norm(name), name)
        for code in registry.retracted:  # stored events may still name it: by its code alone
            index.setdefault(_norm(code), code)
            shown.setdefault(_norm(code), code)
    _REGISTRY, _REGISTRY_INDEX, _REGISTRY_SHOWN = registry, index, shown
    resolve_party.cache_clear()
    party_name.cache_clear()


def registry() -> Registry | None:
    """The registry in use (None when no store's registry was loaded)."""
    return _REGISTRY


def party_info(code: str) -> PartyInfo | None:
    """What the store's registry says of a party (None: nothing)."""
    return _REGISTRY.parties.get(code) if _REGISTRY is not None else None


@lru_cache(maxsize=4096)
def resolve_party(name: str) -> str:
    """The canonical code of a party (alpha-3 for a state, slug for an organization, ``x-...`` for a
    party of the store's registry)."""
    if not isinstance(name, str) or not name.strip():
        raise UnknownParty("an empty party name")
    index, _, shown = _table()
    key = _norm(name)
    if key in index:
        return index[key]
    if key in _REGISTRY_INDEX:
        return _REGISTRY_INDEX[key]
    known = {**{k: v for k, v in _REGISTRY_INDEX.items()}, **index}
    close = difflib.get_close_matches(key, list(known), n=4, cutoff=0.6)
    hint = ", ".join(f"{shown.get(c) or _REGISTRY_SHOWN.get(c, c)} ({known[c]})" for c in close)
    more = "; a party the package lacks can be added: igo party add x-CODE NAME" if not hint else ""
    raise UnknownParty(f"unknown party {name!r}" + (f"; closest known: {hint}" if hint else more))


@lru_cache(maxsize=8192)
def party_name(code: str, on: dt.date | None = None) -> str:
    """Display name of a canonical party code on a day (today when none): the registry's name in
    force then, else pycountry's common name where it has one."""
    info = party_info(code)
    if info is not None:
        name = info.name_on(on)
        if name:
            return name
    return _table()[1].get(code, code)


def is_state(code: str) -> bool:
    return len(code) == 3 and code.isupper()


def party_kind(code: str, on: dt.date | None = None) -> str:
    """state, territory, organization or other: the registry's word on the day, else what the code is."""
    info = party_info(code)
    kind = info.kind_on(on) if info is not None else None
    if kind:
        return kind
    if is_state(code) or code.startswith("cow:"):
        return "state"
    return "other" if code.startswith("x-") else "organization"


def part_of(code: str, on: dt.date | None = None) -> str | None:
    info = party_info(code)
    return info.part_of_on(on) if info is not None else None


# -- COW's lineage codes ------------------------------------------------------------------------
@cache
def cow_lineage() -> dict[str, list[tuple[int, int, str]]]:
    """``cow:<ccode>`` -> [(first day, last day, ISO code)]: who a COW column is on a day, where clear."""
    raw = _yaml(
        resources.files("igo_timeline.data").joinpath("aliases", "cow_lineage.yaml").read_text("utf-8")
    )
    out: dict[str, list[tuple[int, int, str]]] = {}
    for code, spans in raw["lineage"].items():
        for span in spans:
            lo = dt.date.fromisoformat(str(span["from"])).toordinal() if span.get("from") else 1
            hi = (
                dt.date.fromisoformat(str(span["until"])).toordinal()
                if span.get("until")
                else dt.date.max.toordinal()
            )
            out.setdefault(str(code), []).append((lo, hi, str(span["iso"])))
    return out


def cow_as(code: str, day: dt.date) -> str | None:
    """The ISO party a ``cow:<ccode>`` column stands for on a day (None: none clear, or not a COW code)."""
    for lo, hi, iso in cow_lineage().get(code, ()):
        if lo <= day.toordinal() <= hi:
            return iso
    return None


def lineage_codes(code: str) -> list[str]:
    """The ``cow:`` columns that stand for this party on some day."""
    return [cow for cow, spans in cow_lineage().items() if any(iso == code for _, _, iso in spans)]


def stands_for(candidate: str, party: str, day: dt.date | None) -> bool:
    """Whether ``candidate`` (a code found in the data) is ``party`` on the day: the same code, or a
    COW column that stood for it then (any day when ``day`` is None)."""
    if candidate == party:
        return True
    spans = cow_lineage().get(candidate)
    if not spans:
        return False
    if day is None:
        return any(iso == party for _, _, iso in spans)
    return cow_as(candidate, day) == party
