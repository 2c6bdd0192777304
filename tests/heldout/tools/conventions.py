"""Where the held-out golds disagree on a convention: python conventions.py DIR...

Prints, over the golds of the sets given, three counts the extractor's figures depend on and the writers decide
differently (session 26's note, section 7):

- the place of a virtual sitting: left out, or written as "online", "virtual", "videoconference";
- a sitting of the organization's heads of state: which body slugs the golds of one organization use for it
  ("summit" beside "assembly", "council-of-heads-of-state", "conference-of-heads-of-state", ...), by who sits
  (``meeting_canon.sitters``);
- a sitting the text says preceded the meeting ("was preceded by a meeting of X on D"): recorded as a MeetingHeld
  of its own, or not.

Each line names the texts, so that a convention can be settled in the held-out README and the golds checked
against it before the next scoring.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml

from igo_timeline.extract.meeting_canon import sitters

_VIRTUAL_PLACE = re.compile(r"^(?:online|virtual|videoconference|video\s*conference|video\s*link)$", re.I)
_VIRTUAL_TEXT = re.compile(r"\b(?:videoconference|video\s+link|virtual(?:ly)?|online)\b", re.I)
_PRECEDED = re.compile(r"\bpreceded\s+by\b[^.;]{0,160}", re.I)


def main(dirs: list[str]) -> None:
    virtual: dict[str, list[str]] = defaultdict(list)
    heads: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    preceded: dict[str, list[str]] = defaultdict(list)
    for d in dirs:
        for gp in sorted(Path(d).glob("*.gold.yaml")):
            name = f"{Path(d).name}/{gp.name.removesuffix('.gold.yaml')}"
            text = gp.with_name(gp.name.removesuffix(".gold.yaml") + ".txt").read_text("utf-8")
            gold = [g for g in (yaml.safe_load(gp.read_text("utf-8")) or []) if isinstance(g, dict)]
            held = [g for g in gold if g.get("type") == "MeetingHeld"]
            for g in held:
                quote = str((g.get("source") or {}).get("quote") or "")
                if _VIRTUAL_TEXT.search(quote) or _VIRTUAL_PLACE.match(str(g.get("place") or "")):
                    place = g.get("place")
                    kind = (
                        "none"
                        if not place
                        else "virtual word"
                        if _VIRTUAL_PLACE.match(str(place))
                        else "a town"
                    )
                    virtual[kind].append(name)
                body = str(g.get("body") or "")
                if sitters(body) == sitters("summit"):
                    heads[str(g.get("org"))][body].append(name)
            if _PRECEDED.search(text) and held:
                preceded["two or more sittings" if len(held) > 1 else "one sitting"].append(name)
    print("virtual sittings, the gold's place:")
    for kind, names in sorted(virtual.items()):
        print(f"  {kind:14s} {len(names):4d}  e.g. {', '.join(names[:3])}")
    print("heads of state's sittings, organizations whose golds use two slugs or more:")
    split = {org: slugs for org, slugs in heads.items() if len(slugs) > 1}
    for org, slugs in sorted(split.items()):
        print(f"  {org}: " + "; ".join(f"{slug} {len(names)}" for slug, names in sorted(slugs.items())))
    print(f"  ({len(split)} of {len(heads)} organizations)")
    print("texts that say a sitting preceded the meeting, the gold's MeetingHeld count:")
    for kind, names in sorted(preceded.items()):
        print(f"  {kind:22s} {len(names):4d}  e.g. {', '.join(names[:3])}")


if __name__ == "__main__":
    main(sys.argv[1:])
