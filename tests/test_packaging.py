"""A plain, non-editable install carries the bundled data."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_contains_the_bundled_chronicle_and_tables(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
        cwd=tmp_path,
    )
    wheel = next(tmp_path.glob("igo_timeline-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "igo_timeline/data/sco.yaml",
        "igo_timeline/data/parties.yaml",
        "igo_timeline/data/sources/sco-communique-2012-06-07.txt",
        "igo_timeline/data/sources/sco-history-facts-2013-2025.md",
        "igo_timeline/data/pending/sco/reform.yaml",
        "igo_timeline/cli/__init__.py",
        "igo_timeline/data/aliases/persons.yaml",
        "igo_timeline/web/static/index.html",
        "igo_timeline/web/static/app.js",
    ):
        assert required in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "igo = igo_timeline.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
