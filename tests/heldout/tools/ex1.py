"""python ex1.py SETDIR NAME: records of one text as the scorer extracts it (page's day)."""

import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import score

from igo_timeline.extract import extract

persons, bodies = score.store_words()
d, name = Path(sys.argv[1]), sys.argv[2]
text = (d / f"{name}.txt").read_text()
gt = (d / f"{name}.gold.yaml").read_text()
gold = yaml.safe_load(gt) or []
org = next((g["org"] for g in gold), "sco")
for c in extract(
    text,
    org,
    name,
    known_persons=persons,
    bodies=bodies if org == "sco" else {},
    published=score.page_day(gt),
):
    j = c.to_json()
    e = j["event"]
    print(
        j["record"],
        e["type"],
        {
            k: v
            for k, v in e.items()
            if k
            in (
                "body",
                "date",
                "place",
                "party",
                "title",
                "person",
                "office",
                "host",
                "to_party",
                "effective",
                "adopted_on",
            )
        },
        j.get("note") or "",
        (e.get("source") or {}).get("quote", "")[:80],
    )
