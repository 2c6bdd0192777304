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


def heldout() -> dict[str, dict]:
    """The held-out texts (tests/heldout, written by a session that never saw the extractor): recall
    and precision per kind, and the per-text extraction time (median and slowest, warm)."""
    import contextlib
    import io
    import statistics
    import sys
    import time

    sys.path.insert(0, str(ROOT / "tests" / "heldout"))
    import score as heldout_score  # tests/heldout/score.py

    with contextlib.redirect_stdout(io.StringIO()):
        report = heldout_score.run(ROOT / "tests" / "heldout", False)
    targets = {"meetings": (0.9, 0.9), "attendance": (0.85, 0.95), "decisions": (0.8, 0.95)}
    out: dict[str, dict] = {}
    kinds = {**report["kinds"], "decisions": report["decisions"]}
    for kind, (recall_target, precision_target) in targets.items():
        t = kinds[kind]
        out[f"extract_heldout_{kind}_recall"] = figure(
            t["matched"], "matched", "gold", t["gold"], recall_target
        )
        out[f"extract_heldout_{kind}_precision"] = figure(
            t["matched"], "matched", "extracted", t["found"], precision_target
        )
    persons, bodies = heldout_score.store_words()
    texts_ = [p.read_text("utf-8") for p in sorted((ROOT / "tests" / "heldout").glob("*.txt"))]
    extract(texts_[0], "sco", "warm-up", known_persons=persons, bodies=bodies)  # the gazetteer loads once
    seconds = []
    for text in texts_:
        start = time.perf_counter()
        extract(text, "sco", "t", known_persons=persons, bodies=bodies)
        seconds.append(time.perf_counter() - start)
    seed = (resources.files("igo_timeline.data") / "sources" / f"{SEED_ID}.txt").read_text("utf-8")
    start = time.perf_counter()
    extract(seed, "sco", SEED_ID, known_persons=persons, bodies=bodies)
    seed_ms = (time.perf_counter() - start) * 1000
    median_ms = statistics.median(seconds) * 1000
    slowest_ms = max(seconds) * 1000
    # the target is an absolute ceiling (under 1 s a text); the baseline is the seed's extraction in this run
    out["extract_heldout_ms_per_text_median"] = figure(
        median_ms, "ms", "the seed communiqué's extraction, ms", seed_ms, met=median_ms < 1000
    )
    out["extract_heldout_ms_per_text_max"] = figure(
        slowest_ms, "ms", "the seed communiqué's extraction, ms", seed_ms, met=slowest_ms < 1000
    )
    return out


def figures(quick: bool) -> dict[str, dict]:
    out: dict[str, dict] = heldout()
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
