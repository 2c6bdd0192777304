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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
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
        index[_norm(alias)] = code  # the table's word wins over a former name ("East Timor": TLS, not TMP)
        shown.setdefault(_norm(alias), alias)
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
# Each store names parties from its own registry (parties added by hand, names over time, kinds and
# what a party is part of), consulted beside the bundled tables. The registry in use is a context
# variable, not a global: a Timeline answers in its own store's naming (``Timeline.naming()``), so
# two stores open in one process (a web server, tests, the Python API) never name parties from each
# other's registry. Outside any such context, the store opened last names them (``use_registry``).


class Overlay:
    """A registry as it resolves and names parties, with its own caches."""

    __slots__ = ("index", "names", "registry", "resolved", "shown")

    def __init__(self, registry: Registry | None) -> None:
        self.registry = registry
        self.index: dict[str, str] = {}
        self.shown: dict[str, str] = {}
        self.names: dict[tuple[str, dt.date | None], str] = {}
        self.resolved: dict[str, str] = {}
        if registry is not None:
            for name, code in registry.names():
                self.index.setdefault(_norm(name), code)
                self.shown.setdefault(_norm(name), name)
            for code in registry.retracted:  # stored events may still name it: by its code alone
                self.index.setdefault(_norm(code), code)
                self.shown.setdefault(_norm(code), code)


_CACHED = 1 << 16  # names kept per registry: a long-lived server asks for many days
TABLES_ALONE = Overlay(None)
_AMBIENT: list[Callable[[], Overlay]] = [lambda: TABLES_ALONE]
_IN_USE: ContextVar[Callable[[], Overlay] | None] = ContextVar("igo_party_naming", default=None)


def _overlay() -> Overlay:
    source = _IN_USE.get()
    return (source or _AMBIENT[0])()


def use_registry(registry: Registry | Overlay | Callable[[], Overlay] | None) -> None:
    """Resolve and name parties with this registry beside the bundled tables wherever no store's
    naming is in use (None: the tables alone). A callable is asked each time (a store's current
    registry)."""
    _AMBIENT[0] = _source(registry)


def _source(registry: Registry | Overlay | Callable[[], Overlay] | None) -> Callable[[], Overlay]:
    if callable(registry) and not isinstance(registry, Overlay):
        return registry
    fixed = registry if isinstance(registry, Overlay) else Overlay(registry) if registry else TABLES_ALONE
    return lambda: fixed


@contextmanager
def naming(registry: Registry | Overlay | Callable[[], Overlay] | None) -> Iterator[None]:
    """Resolve and name parties with this registry for the duration, in this context only (a
    thread, an asyncio task): other contexts keep theirs."""
    token = _IN_USE.set(_source(registry))
    try:
        yield
    finally:
        _IN_USE.reset(token)


def registry() -> Registry | None:
    """The registry in use (None when no store's registry was loaded)."""
    return _overlay().registry


def party_info(code: str) -> PartyInfo | None:
    """What the store's registry says of a party (None: nothing)."""
    reg = _overlay().registry
    return reg.parties.get(code) if reg is not None else None


def resolve_party(name: str) -> str:
    """The canonical code of a party (alpha-3 for a state, slug for an organization, ``x-...`` for a
    party of the store's registry)."""
    overlay = _overlay()
    try:
        return overlay.resolved[name]
    except (KeyError, TypeError):
        pass
    code = _resolve(name, overlay)
    if len(overlay.resolved) > _CACHED:
        overlay.resolved.clear()
    overlay.resolved[name] = code
    return code


def _resolve(name: str, overlay: Overlay) -> str:
    if not isinstance(name, str) or not name.strip():
        raise UnknownParty("an empty party name")
    index, _, shown = _table()
    key = _norm(name)
    if key in index:
        return index[key]
    if key in overlay.index:
        return overlay.index[key]
    known = {**overlay.index, **index}
    close = difflib.get_close_matches(key, list(known), n=4, cutoff=0.6)
    hint = ", ".join(f"{shown.get(c) or overlay.shown.get(c, c)} ({known[c]})" for c in close)
    more = "; a party the package lacks can be added: igo party add x-CODE NAME" if not hint else ""
    raise UnknownParty(f"unknown party {name!r}" + (f"; closest known: {hint}" if hint else more))


def party_name(code: str, on: dt.date | None = None) -> str:
    """Display name of a canonical party code on a day (today when none): the registry's name in
    force then, else pycountry's common name where it has one."""
    overlay = _overlay()
    key = (code, on)
    try:
        return overlay.names[key]
    except KeyError:
        pass
    except TypeError:  # an unhashable code: named as itself, by the tables
        return str(code)
    name = _name(code, on, overlay)
    if len(overlay.names) > _CACHED:
        overlay.names.clear()
    overlay.names[key] = name
    return name


def _name(code: str, on: dt.date | None, overlay: Overlay) -> str:
    reg = overlay.registry
    info = reg.parties.get(code) if reg is not None else None
    if info is not None:
        name = info.name_on(on)
        if name:
            return name
    if is_state(code):  # pycountry alone names an ISO state, as the table does: no YAML to read
        return _state_name(code) or code
    return _table()[1].get(code, code)


def package_name(code: str) -> str:
    """A party's name by the bundled tables alone (pycountry's, the alias table's), whatever the registry says."""
    return _name(code, None, TABLES_ALONE)


def _clear_names() -> None:
    """Forget the names the registry in use has given (a test that changes the tables)."""
    _overlay().names.clear()
    _overlay().resolved.clear()


party_name.cache_clear = _clear_names  # type: ignore[attr-defined]
resolve_party.cache_clear = _clear_names  # type: ignore[attr-defined]


@cache
def _state_name(code: str) -> str | None:
    """The table's display name of an ISO alpha-3 code: pycountry's common name, else its name,
    else a historic country's name (None: pycountry lacks the code)."""
    tables = _iso_names()
    if tables is not None:
        current, historic = tables
        key = code.lower()
        return current[key] if key in current else historic.get(key)
    import pycountry

    country = pycountry.countries.get(alpha_3=code)
    if country is not None:
        return getattr(country, "common_name", None) or country.name
    historic_country = pycountry.historic_countries.get(alpha_3=code)
    return historic_country.name if historic_country is not None else None


@cache
def _iso_names() -> tuple[dict[str, str], dict[str, str]] | None:
    """pycountry's ISO 3166-1 and 3166-3 data as {alpha-3 in lower case: display name}, read from
    its own files as pycountry reads them (case-insensitive keys, the last entry of a key wins)
    without importing pycountry, whose import reads its distribution's metadata (about 20 ms:
    more than ``igo state`` spends on its answer). None when this pycountry keeps its data
    elsewhere: pycountry itself answers then."""
    import importlib.util
    import json
    from pathlib import Path

    spec = importlib.util.find_spec("pycountry")
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    out = []
    for name, key in (("iso3166-1.json", "3166-1"), ("iso3166-3.json", "3166-3")):
        path = Path(folders[0], "databases", name) if folders else None
        if path is None or not path.is_file():
            return None
        table: dict[str, str] = {}
        for entry in json.loads(path.read_text("utf-8")).get(key, []):
            if isinstance(entry.get("alpha_3"), str):
                shown = entry.get("common_name") if key == "3166-1" else None
                table[entry["alpha_3"].lower()] = shown or entry["name"]
        out.append(table)
    return out[0], out[1]


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


@cache
def cow_undated() -> dict[str, tuple[str, ...]]:
    """ISO party -> the ``cow:<ccode>`` columns that stand for it on days no source at hand dates (a column read
    as the party on no day: ``cow:345`` for Serbia)."""
    raw = _yaml(
        resources.files("igo_timeline.data").joinpath("aliases", "cow_lineage.yaml").read_text("utf-8")
    )
    out: dict[str, tuple[str, ...]] = {}
    for code, isos in (raw.get("undated") or {}).items():
        for iso in isos:
            out[str(iso)] = (*out.get(str(iso), ()), str(code))
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


def stands_during(candidate: str, party: str, first: dt.date, last: dt.date) -> bool:
    """Whether ``candidate`` (a COW column found in the data) stands for ``party`` on some day from
    ``first`` to ``last`` (an event's days when its date is a year)."""
    lo, hi = first.toordinal(), last.toordinal()
    return any(iso == party and a <= hi and lo <= b for a, b, iso in cow_lineage().get(candidate, ()))
