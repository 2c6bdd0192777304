"""The first-sight report reads the scores each held-out set got before anyone read it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "firstsight", Path(__file__).parent / "heldout" / "firstsight.py"
)
assert _SPEC and _SPEC.loader
firstsight = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(firstsight)


def test_reads_the_summary_lines_of_a_first_sight_score(tmp_path: Path) -> None:
    (tmp_path / "session-start-published-from-page.out").write_text(
        "held-out texts: 3  (extractor: /tmp/s9/igo_timeline/extract/__init__.py)\n"
        "meetings       gold    4  found    3  matched    2  recall 0.50  precision 0.67\n"
        "attendance     gold   10  found    9  matched    9  recall 0.90  precision 1.00\n"
        "decisions      gold    5  found    0  matched    0  recall 0.00  precision   - \n"
        "  status         gold    1  found    0  matched    0  recall 0.00  precision   - \n",
        encoding="utf-8",
    )
    code, cells = firstsight.first_sight(tmp_path, "page")
    assert code == "s9"
    assert cells == {"meetings": (2, 4), "attendance": (9, 10), "decisions": (0, 5)}
    assert firstsight.first_sight(tmp_path, "none") is None


def test_every_set_from_14_on_has_its_first_sight_scores() -> None:
    root = Path(__file__).parent
    for number in range(14, 26):
        found = firstsight.first_sight(root / f"heldout{number}", "page")
        assert found is not None, number
        _, cells = found
        assert set(cells) == set(firstsight.KINDS)
        assert all(0 <= matched <= gold for matched, gold in cells.values())
