"""Classify meeting misses: python meetdiag.py DIR... (uses the tree on PYTHONPATH; page's day)."""

import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from collections import Counter

import score

from igo_timeline.extract import extract

persons, bodies = score.store_words()
C = Counter()
for d in sys.argv[1:]:
    for gp in sorted(Path(d).glob("*.gold.yaml")):
        name = gp.name.removesuffix(".gold.yaml")
        text = gp.with_name(name + ".txt").read_text("utf-8")
        gt = gp.read_text("utf-8")
        gold = yaml.safe_load(gt) or []
        org = next((g["org"] for g in gold), "sco")
        kw = {
            "known_persons": persons,
            "bodies": bodies if org == "sco" else {},
            "published": score.page_day(gt),
        }
        ev = [
            c.to_json()["event"] for c in extract(text, org, name, **kw) if c.to_json()["record"] == "event"
        ]
        fm = [e for e in ev if e["type"] == "MeetingHeld"]
        gm = [g for g in gold if g["type"] == "MeetingHeld"]
        for g in gm:
            sb = [e for e in fm if score.body_key(e.get("body"), org) == score.body_key(g["body"], org)]
            ok = [
                e
                for e in sb
                if score.dates_agree(g["date"], e.get("date"))
                and (not g.get("place") or score.city_key(g["place"]) == score.city_key(e.get("place")))
            ]
            if ok:
                C["ok"] += 1
                continue
            if not fm:
                cls = "NONE"
            elif not sb:
                cls = "BODY"
            else:
                e = sb[0]
                dd = score.dates_agree(g["date"], e.get("date"))
                pp = not g.get("place") or score.city_key(g["place"]) == score.city_key(e.get("place"))
                cls = "DATE" if not dd and pp else "PLACE" if dd else "DATE+PLACE"
            C[cls] += 1
            print(
                f"{cls:6s} {Path(d).name}/{name}: gold {g['body']} {g['date']} {g.get('place')} | found "
                + "; ".join(f"{e.get('body')} {e.get('date')} {e.get('place')}" for e in fm)
            )
        if not gm and fm:
            C["SPURIOUS"] += len(fm)
            print(
                f"SPUR   {Path(d).name}/{name}: found "
                + "; ".join(f"{e.get('body')} {e.get('date')} {e.get('place')}" for e in fm)
            )
print(dict(C), file=sys.stderr)
