"""Regenerate docs/sco-chart.png: the bundled SCO chronicle as a chart, as of 2025-09-02 (the day after the Tianjin summit).

    python docs/sco_chart.py             # needs the package installed (matplotlib comes with it)

It loads the chronicle into a throwaway store and runs
``igo chart sco --as-of 2025-09-02 -o docs/sco-chart.png``, the command a
reader would type.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
IGO = [sys.executable, "-m", "igo_timeline"]


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "IGO_STORE": str(Path(tmp) / "store.sqlite")}
        subprocess.run([*IGO, "import", "--bundled", "sco"], env=env, check=True)
        target = HERE / "sco-chart.png"
        subprocess.run(
            [*IGO, "chart", "sco", "--as-of", "2025-09-02", "-o", str(target)], env=env, check=True
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
