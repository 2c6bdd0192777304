"""The data side of ``tests/heldout/tools/train_sitting.py`` (the fitting needs scikit-learn, the ``train`` extra):
which sentences are labelled as telling a sitting held, and which features are kept."""

from __future__ import annotations

import importlib.util
import pickle
import sys
from pathlib import Path

import pytest

_TOOL = Path(__file__).resolve().parent / "heldout" / "tools" / "train_sitting.py"


@pytest.fixture(scope="module")
def tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("train_sitting", _TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_sitting"] = module
    spec.loader.exec_module(module)
    return module


_TEXT = (
    "Xyz ministers meet\n\n"
    "LUSAKA, 5 May 2031 -- The Council of Ministers of the Xyz met in Lusaka today.\n\n"
    "The organization was founded in 1998.\n"
)
_GOLD = """# Published: 2031-05-05
- type: MeetingHeld
  org: xyz
  body: council-of-ministers
  date: '2031-05-05'
  place: Lusaka
  source: {document: xyz-2031-lusaka, quote: "The Council of Ministers of the Xyz met in Lusaka today."}
- type: DocumentAdopted
  org: xyz
  title: A plan
  adopted_on: '2031-05-05'
  source: {document: xyz-2031-lusaka, quote: "The organization was founded in 1998."}
"""


def test_the_sentence_of_a_gold_meetings_quote_is_labelled_and_no_other(tool, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "xyz-2031-lusaka.txt").write_text(_TEXT, "utf-8")
    (folder / "xyz-2031-lusaka.gold.yaml").write_text(_GOLD, "utf-8")
    out = tmp_path / "rows.pkl"
    tool.data(str(out), [str(folder)])
    rows = pickle.loads(out.read_bytes())
    assert [r["label"] for r in rows] == [
        0,
        1,
        0,
    ]  # the headline, the sitting, the history (a document's quote)
    assert all(r["set"] == "set" and r["org"] == "xyz" and r["has_gold"] for r in rows)
    assert "cue:held" in rows[1]["feats"] and "has_body" in rows[1]["feats"]


def test_a_feature_is_kept_only_when_texts_of_enough_organizations_have_it(tool) -> None:  # type: ignore[no-untyped-def]
    rows = [
        {"org": "a", "feats": ["w:met", "w:lusaka"]},
        {"org": "b", "feats": ["w:met", "w:lusaka"]},
        {"org": "c", "feats": ["w:met"]},
        {"org": "a", "feats": ["w:met", "w:a-only"]},
    ]
    assert tool._vocab(rows, 3) == ["w:met"]
    assert tool._vocab(rows, 2) == ["w:lusaka", "w:met"]
