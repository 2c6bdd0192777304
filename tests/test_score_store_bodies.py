"""The held-out scorer's ``--store-bodies`` mode (tests/heldout/score.py): the extractor is given the bodies the
organization's OTHER golds record, as a store that applied those texts would hold them; a text's own gold never
tells it its body."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location("score", Path(__file__).parent / "heldout" / "score.py")
assert _SPEC is not None and _SPEC.loader is not None
score = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(score)


def _gold(folder: Path, name: str, org: str, body: str) -> Path:
    path = folder / f"{name}.gold.yaml"
    path.write_text(
        f"- type: MeetingHeld\n  org: {org}\n  body: {body}\n  date: '2031-05-05'\n"
        f"  source: {{document: {name}, quote: x}}\n",
        "utf-8",
    )
    return path.resolve()


def test_a_text_is_given_the_bodies_of_its_organizations_other_texts_only(tmp_path: Path) -> None:
    one = _gold(tmp_path, "xyzq-2031-a", "xyzq", "authority")
    two = _gold(tmp_path, "xyzq-2032-b", "xyzq", "council-of-ministers")
    other_org = _gold(tmp_path, "qrsq-2031-c", "qrsq", "summit")
    bodies = score.bodies_of_other_texts(tmp_path)
    assert bodies["xyzq"][one] == {"council-of-ministers": ("council-of-ministers",)}
    assert bodies["xyzq"][two] == {"authority": ("authority",)}
    assert bodies["qrsq"][other_org] == {}  # its only text: the store knew nothing of it before
    assert "summit" not in bodies["xyzq"][one]  # another organization's body is never this one's
