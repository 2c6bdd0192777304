"""python pert1.py SETDIR NAME KIND [seed]: print the perturbed text (KIND: dateline, order, ...) and extract it."""

import random
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import perturb
import score

from igo_timeline.extract import extract

d, name, kind = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
seed = int(sys.argv[4]) if len(sys.argv) > 4 else 0
text = (d / f"{name}.txt").read_text()
gt = (d / f"{name}.gold.yaml").read_text()
gold = yaml.safe_load(gt)
pub = score.page_day(gt)
r = getattr(perturb, f"perturb_{kind}")(text, gold, random.Random(seed), pub)
if r is None:
    print("not applicable")
    sys.exit()
t2 = r[0]
print(t2[:700])
print("----")
persons, bodies = score.store_words()
org = gold[0]["org"]
for c in extract(t2, org, name, known_persons=persons, bodies=bodies if org == "sco" else {}, published=pub):
    j = c.to_json()
    if j["event"]["type"] == "MeetingHeld":
        print(j["record"], {k: j["event"].get(k) for k in ("body", "date", "place")})
