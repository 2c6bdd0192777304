"""Learn the weights of ``igo_timeline/extract/sitting_model.py`` from held-out golds, cross-validated by set.

    python train_sitting.py data OUT.pkl DIR...          # every sentence's features and label (slow part)
    python train_sitting.py cv OUT.pkl [MIN_ORGS] [C]     # grouped cross-validation: what transfers
    python train_sitting.py fit OUT.pkl MODEL.json [MIN_ORGS] [C] [THRESHOLD]

A sentence is labelled 1 when it overlaps the quote of a gold MeetingHeld of its text. A feature is kept only
when texts of at least MIN_ORGS organizations have it (no organization's or town's own words). Needs
scikit-learn (the ``train`` extra); the package reads the stored weights without it.
"""

import json
import pickle
import sys
from collections import defaultdict
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import score  # noqa: E402 (the held-out scorer's helpers: the page's day)

from igo_timeline.extract import Context, Document, _names, find_anchor  # noqa: E402
from igo_timeline.extract.sitting_model import features, probability  # noqa: E402


def _spans(text: str, gold: list[dict]) -> list[tuple[int, int]]:
    out = []
    for g in gold:
        if g.get("type") != "MeetingHeld":
            continue
        quote = (g.get("source") or {}).get("quote")
        if quote and quote in text:
            s = text.index(quote)
            out.append((s, s + len(quote)))
    return out


def data(out: str, dirs: list[str]) -> None:
    rows = []
    _, bodies = score.store_words()
    for d in dirs:
        for gp in sorted(Path(d).glob("*.gold.yaml")):
            name = gp.name.removesuffix(".gold.yaml")
            text = gp.with_name(name + ".txt").read_text("utf-8")
            gt = gp.read_text("utf-8")
            gold = yaml.safe_load(gt) or []
            org = next((g["org"] for g in gold if "org" in g), name.split("-")[0])
            ctx = Context(Document(text), org, name, (), _names(bodies if org == "sco" else None))
            ctx.anchor = find_anchor(text, score.page_day(gt))
            spans = _spans(text, gold)
            for i, p in enumerate(ctx.doc.sentences):
                label = int(any(p.start < e and s < p.end for s, e in spans))
                rows.append(
                    {
                        "set": Path(d).name,
                        "text": name,
                        "org": name.split("-")[0],
                        "i": i,
                        "feats": features(ctx, i, p),
                        "label": label,
                        "has_gold": bool(spans),
                    }
                )
        print(d, len(rows), file=sys.stderr)
    Path(out).write_bytes(pickle.dumps(rows))


def _vocab(rows: list[dict], min_orgs: int) -> list[str]:
    orgs = defaultdict(set)
    for r in rows:
        for f in r["feats"]:
            orgs[f].add(r["org"])
    return sorted(f for f, o in orgs.items() if len(o) >= min_orgs)


def _fit(rows: list[dict], min_orgs: int, c: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vocab = set(_vocab(rows, min_orgs))
    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1 for f in r["feats"] if f in vocab} for r in rows])
    y = [r["label"] for r in rows]
    clf = LogisticRegression(C=c, max_iter=3000)
    clf.fit(x, y)
    weights = {f: float(w) for f, w in zip(vec.get_feature_names_out(), clf.coef_[0], strict=True) if w}
    return float(clf.intercept_[0]), weights


def _texts(rows: list[dict]) -> dict:
    out = defaultdict(list)
    for r in rows:
        out[(r["set"], r["text"])].append(r)
    return out


def cv(path: str, min_orgs: int = 5, c: float = 0.3) -> None:
    rows = pickle.loads(Path(path).read_bytes())
    sets = sorted({r["set"] for r in rows})
    folds = 5
    texts = _texts(rows)
    results = []  # (has_gold, top prob, top is right)
    for k in range(folds):
        held = {s for j, s in enumerate(sets) if j % folds == k}
        bias, weights = _fit([r for r in rows if r["set"] not in held], min_orgs, c)
        for (s, _), rs in texts.items():
            if s not in held:
                continue
            best = max(rs, key=lambda r: (probability(bias, weights, r["feats"]), -r["i"]))
            results.append((rs[0]["has_gold"], probability(bias, weights, best["feats"]), best["label"] == 1))
    gold_texts = sum(1 for g, _, _ in results if g)
    print(f"texts {len(results)}, with a gold meeting {gold_texts}; min_orgs {min_orgs}, C {c}")
    for thr in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        right = sum(1 for g, p, ok in results if g and p >= thr and ok)
        wrong = sum(1 for g, p, ok in results if p >= thr and not ok)
        print(f"  thr {thr:.1f}: top sentence right {right}/{gold_texts}, chosen wrong {wrong}")


def fit(path: str, out: str, min_orgs: int = 5, c: float = 0.3, threshold: float = 0.5) -> None:
    rows = pickle.loads(Path(path).read_bytes())
    bias, weights = _fit(rows, min_orgs, c)
    model = {
        "about": "tests/heldout/tools/train_sitting.py fit: logistic weights of the sentence that tells a sitting",
        "sets": sorted({r["set"] for r in rows}),
        "min_orgs": min_orgs,
        "C": c,
        "bias": round(bias, 4),
        "threshold": threshold,
        "weights": {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= 1e-4},
    }
    Path(out).write_text(json.dumps(model, indent=0, ensure_ascii=False) + "\n", "utf-8")
    print(f"{len(model['weights'])} weights -> {out}")


if __name__ == "__main__":
    cmd, *args = sys.argv[1:]
    if cmd == "data":
        data(args[0], args[1:])
    elif cmd == "cv":
        cv(args[0], *(t(a) for t, a in zip((int, float), args[1:], strict=False)))
    elif cmd == "fit":
        fit(args[0], args[1], *(t(a) for t, a in zip((int, float, float), args[2:], strict=False)))
