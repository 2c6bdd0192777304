"""The Correlates of War IGO data v3.0 as a workload and an oracle.

:func:`~igo_timeline.cow.importer.import_cow` loads ``cow_igo_v3_igo_year.csv``
as one organization ``cow-<ioname>`` each, each whole in one atomic append
(small ones share one); :func:`~igo_timeline.cow.exporter.write_cow` writes the same
layout back from the engine's as-of answers at each year's 31 December.
``igo import-cow``, ``igo export-cow`` and ``igo export ORG --to cow`` are
the commands.
"""

from __future__ import annotations

from igo_timeline.cow.exporter import cow_rows, write_cow
from igo_timeline.cow.importer import ImportSummary, import_cow, org_events, read_orgs
from igo_timeline.cow.layout import COLUMNS, LADDER, slug_of

__all__ = [
    "COLUMNS",
    "LADDER",
    "ImportSummary",
    "cow_rows",
    "import_cow",
    "org_events",
    "read_orgs",
    "slug_of",
    "write_cow",
]
