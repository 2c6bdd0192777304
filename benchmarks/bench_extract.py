"""Extraction figures: recall and precision per event type on every test text.

For each text (the seed communiqué against the bundled chronicle's events that
cite it; each ``tests/communiques/*.txt`` against its ``.gold.yaml``) and each
event type, two figures: ``extract_<text>_<type>_recall`` (matched / gold
events) and ``extract_<text>_<type>_precision`` (matched / extracted events).
The baseline of a recall is the gold count, of a precision the extracted
count; the ratio is the figure itself. Targets: 1.0 for decisions, 0.9 for
meetings held and participants (the issue's goal). Types the extractor does
not attempt (PositionStated) are reported with target None.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import yaml
from figures import figure  # benchmarks/figures.py: run.py puts this folder on sys.path

from igo_timeline.cli.common import _Loader
from igo_timeline.extract import extract
from igo_timeline.extract.score import score

ROOT = Path(__file__).resolve().parent.parent
SEED_ID = "sco-communique-2012-06-07"
DECISIONS = {
    "StatusGranted", "OfficialAppointed", "PresidencyHandedOver", "MeetingScheduled",
    "DocumentAdopted", "AgreementSigned", "BodyPlanned",
}  # fmt: skip
NOT_ATTEMPTED = {"PositionStated"}


def _load(text: str) -> list[dict]:
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader


def texts() -> dict[str, tuple[str, list[dict]]]:
    """name -> (text, gold events)."""
    data = resources.files("igo_timeline.data")
    chronicle = _load(data.joinpath("sco.yaml").read_text("utf-8"))
    out = {"seed": (data.joinpath("sources", f"{SEED_ID}.txt").read_text("utf-8"),
                    [e for e in chronicle if e["source"]["document"] == SEED_ID])}  # fmt: skip
    for path in sorted((ROOT / "tests" / "communiques").glob("*.txt")):
        out[path.stem] = (path.read_text("utf-8"), _load(path.with_suffix(".gold.yaml").read_text("utf-8")))
    return out


def _target(kind: str) -> float | None:
    if kind in NOT_ATTEMPTED:
        return None
    return 1.0 if kind in DECISIONS else 0.9


def figures(quick: bool) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for name, (text, gold) in texts().items():
        tallies = score(text, extract(text, "sco", name), gold)
        label = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
        for kind, tally in sorted(tallies.items()):
            target = _target(kind)
            if tally.gold:
                out[f"extract_{label}_{kind}_recall"] = figure(
                    tally.matched, "matched", "gold events", tally.gold, target
                )
            if tally.found:
                out[f"extract_{label}_{kind}_precision"] = figure(
                    tally.matched, "matched", "extracted events", tally.found, target
                )
    return out
