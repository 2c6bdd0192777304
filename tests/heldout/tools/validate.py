"""Check a held-out set: every gold parses (duplicate keys are an error),
every quote (source and more_sources) is a substring of its text, every text
has a gold and is 150-400 words; print counts.

Usage (from the repository root): python tests/heldout/tools/validate.py tests/heldout3  (the set's folder; default tests/heldout2 and tests/heldout3)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

SETS = Path(__file__).resolve().parent.parent.parent  # tests/


class UniqueKeyLoader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
    dup = [k for k, n in Counter(keys).items() if n > 1]
    if dup:
        raise yaml.constructor.ConstructorError(None, None, f"duplicate key(s) {dup}", node.start_mark)
    return loader.construct_mapping(node, deep=deep)


UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def main(folder: Path) -> int:
    problems: list[str] = []
    kinds: Counter[str] = Counter()
    orgs: Counter[str] = Counter()
    participants = texts = 0
    words: list[int] = []
    for txt in sorted(folder.glob("*.txt")):
        if not txt.with_name(txt.stem + ".gold.yaml").exists():
            problems.append(f"{txt.name}: no gold file")
    for gold_path in sorted(folder.glob("*.gold.yaml")):
        name = gold_path.name.removesuffix(".gold.yaml")
        txt = gold_path.with_name(name + ".txt")
        if not txt.exists():
            problems.append(f"{gold_path.name}: no text")
            continue
        text = txt.read_text("utf-8")
        texts += 1
        n = len(text.split())
        words.append(n)
        if not 150 <= n <= 400:
            problems.append(f"{name}: {n} words (want 150-400)")
        try:
            gold = yaml.load(gold_path.read_text("utf-8"), Loader=UniqueKeyLoader) or []
        except yaml.YAMLError as exc:
            problems.append(f"{gold_path.name}: {exc}")
            continue
        if not gold:
            problems.append(f"{gold_path.name}: no events (the scorer takes the org from the first event)")
        for i, ev in enumerate(gold):
            kinds[ev["type"]] += 1
            orgs[ev["org"]] += 1
            participants += len(ev.get("participants", []))
            for src in [ev.get("source") or {}, *ev.get("more_sources", [])]:
                if src.get("document") != name:
                    problems.append(f"{name} #{i}: document {src.get('document')!r} is not {name!r}")
                q = src.get("quote", "")
                if not q or q not in text:
                    problems.append(f"{name} #{i} {ev['type']}: quote not in text: {q!r}")
    print(
        f"texts: {texts}; words per text: min {min(words)}, median {sorted(words)[len(words) // 2]}, max {max(words)}"
    )
    print(f"events: {sum(kinds.values())}; participants: {participants}")
    for k, n in sorted(kinds.items()):
        print(f"  {k}: {n}")
    print("by org: " + ", ".join(f"{o} {n}" for o, n in sorted(orgs.items())))
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    folders = [Path(a) for a in sys.argv[1:]] or [SETS / "heldout2", SETS / "heldout3"]
    failed = 0
    for folder in folders:
        print(f"== {folder}")
        failed |= main(folder)
    sys.exit(failed)
