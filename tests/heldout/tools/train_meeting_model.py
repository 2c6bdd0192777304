"""Train the learned back-off reader of meetings (``igo_timeline/extract/meeting_model.py``).

Usage (from the repository root, with the ``train`` extra: ``pip install -e '.[train]'``)::

    python tests/heldout/tools/train_meeting_model.py [--write] [--sets 2-14,24-37]

Each sentence of the lede of every text of the training sets is one example: its cues
(``meeting_model.features``) and whether it holds the start of a gold MeetingHeld's quote. A logistic
regression (scikit-learn) learns the cues' weights. The threshold is the lowest probability at which the
sentence the model picks, acting alone on every training text, is a gold meeting's sentence at least nine
times in ten. (Where it acts, on the texts the rule readers leave without a meeting, the training sets hold
too few meetings to choose it: the rules were written from those sets. The figures say how it does there.) The validation sets (15-23) and every
set written after the training sets are never read here: they measure the model.

``--write`` stores the weights, bias, threshold and what they were trained on in
``igo_timeline/data/meeting_model.json``; without it the figures are printed only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from igo_timeline.extract import extract  # noqa: E402
from igo_timeline.extract.anchor import find_anchor  # noqa: E402
from igo_timeline.extract.context import Context  # noqa: E402
from igo_timeline.extract.meeting_model import features, lede, words  # noqa: E402
from igo_timeline.extract.text import Document  # noqa: E402

OUT = ROOT / "igo_timeline" / "data" / "meeting_model.json"
PRECISION = 0.9  # of the sentence the model picks in a training text


def set_dirs(spec: str) -> list[Path]:
    """``2-14,24-37`` -> the held-out folders (set 1 is ``tests/heldout``)."""
    out = []
    for part in spec.split(","):
        lo, _, hi = part.partition("-")
        for n in range(int(lo), int(hi or lo) + 1):
            folder = ROOT / "tests" / ("heldout" if n == 1 else f"heldout{n}")
            if folder.is_dir():
                out.append(folder)
    return out


def page_day(gold_text: str) -> str | None:
    m = re.search(r"^#\s*Published:\s*(\d{4}-\d{2}-\d{2})\s*$", gold_text, re.M)
    return m.group(1) if m else None


def examples(folder: Path) -> list[dict[str, Any]]:
    """One row per text: its org, its day, its sentences' cues and labels."""
    rows = []
    for gold_path in sorted(folder.glob("*.gold.yaml")):
        name = gold_path.name.removesuffix(".gold.yaml")
        text = gold_path.with_name(f"{name}.txt").read_text("utf-8")
        gold_text = gold_path.read_text("utf-8")
        gold = yaml.safe_load(gold_text) or []
        if not gold:
            continue
        org = gold[0]["org"]
        starts = []
        for g in gold:
            if g["type"] == "MeetingHeld":
                at = text.find((g.get("source") or {}).get("quote", "") or "\0")
                if at >= 0:
                    starts.append(at)
        published = page_day(gold_text)
        ctx = Context(Document(text), org, name)
        ctx.anchor = find_anchor(text, published)
        sentences = lede(ctx)
        cues = [features(ctx, words(ctx, p), k) for k, p in enumerate(sentences)]
        labels = [any(p.start <= s < p.end for s in starts) for p in sentences]
        rows.append(
            {"name": f"{folder.name}/{name}", "org": org, "text": text, "published": published,
             "cues": cues, "labels": labels, "meetings": bool(starts)}  # fmt: skip
        )
    return rows


def rules_find_meeting(row: dict[str, Any]) -> bool:
    """Whether the extractor without the model reads a meeting (event or held back) from the text."""
    from igo_timeline.extract import meeting_model

    saved = meeting_model.model_meeting
    meeting_model.model_meeting = lambda ctx: None  # type: ignore[assignment]
    try:
        found = extract(row["text"], row["org"], "t", published=row["published"])
    finally:
        meeting_model.model_meeting = saved
    return any(c.type == "MeetingHeld" for c in found)


def main() -> None:
    from sklearn.linear_model import LogisticRegression

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="1-14,24-37", help="training sets (default: the TRAIN split)")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    rows = [r for folder in set_dirs(args.sets) for r in examples(folder)]
    names = list(rows[0]["cues"][0]) if rows else []
    x = [[c[n] for n in names] for r in rows for c in r["cues"]]
    y = [int(label) for r in rows for label in r["labels"]]
    fit = LogisticRegression(C=1.0, max_iter=2000).fit(x, y)
    weights = dict(zip(names, (round(float(w), 4) for w in fit.coef_[0]), strict=True))
    bias = round(float(fit.intercept_[0]), 4)
    # the threshold: the lowest probability at which the sentence the model picks, acting alone on every
    # training text, is a gold meeting's sentence at least PRECISION of the time (the texts the rules leave
    # without a meeting are too few in the sets they were written from to choose it: see the figures)
    picks = []
    for r in rows:
        probs = fit.predict_proba([[c[n] for n in names] for c in r["cues"]])[:, 1]
        best = max(range(len(probs)), key=lambda i: (probs[i], -i)) if len(probs) else None
        if best is not None:
            picks.append((float(probs[best]), bool(r["labels"][best]), rules_find_meeting(r), r["meetings"]))
    picks.sort(reverse=True)
    threshold, hits = 1.0, 0
    for i, (p, right, *_) in enumerate(picks, 1):
        hits += right
        if hits / i >= PRECISION:
            threshold = p
    acted = [(right, meeting) for p, right, rules, meeting in picks if p >= threshold and not rules]
    figures = {
        "sentences": len(y),
        "positive": sum(y),
        "texts": len(rows),
        "picked_right_at_threshold": sum(1 for p, right, *_ in picks if p >= threshold and right),
        "picked_at_threshold": sum(1 for p, *_ in picks if p >= threshold),
        "texts_without_rules_meeting": sum(1 for _, _, rules, _ in picks if not rules),
        "of_them_with_gold_meeting": sum(1 for _, _, rules, m in picks if not rules and m),
        "acted_on_them": len(acted),
        "acted_right": sum(1 for right, _ in acted if right),
        "acted_on_text_without_meeting": sum(1 for _, m in acted if not m),
    }
    print(json.dumps({"weights": weights, "bias": bias, "threshold": threshold, **figures}, indent=1))
    if args.write:
        OUT.write_text(
            json.dumps(
                {
                    "about": "Weights of igo_timeline/extract/meeting_model.py, written by "
                    "tests/heldout/tools/train_meeting_model.py",
                    "trained_on": f"held-out sets {args.sets}",
                    "trained": dt.date.today().isoformat(),
                    "bias": bias,
                    "weights": weights,
                    "threshold": round(threshold, 4),
                    "figures": figures,
                },
                indent=1,
            )
            + "\n",
            "utf-8",
        )
        print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
