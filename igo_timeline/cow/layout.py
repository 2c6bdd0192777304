"""The COW IGO-year layout and how its cell codes map to an organization's statuses.

Cell codes (codebook, section III): ``1`` full member, ``2`` associate member,
``3`` observer, ``0`` not a member, ``-9`` data missing, and an empty cell for
COW's ``-1``, "not in the state system" that year. Each COW organization's
ladder holds one status per code but ``0`` and ``-9``: ``0`` is no status at
all (a withdrawal ends the previous one); ``-9`` is a status not known, a
``StatusUnknown`` (neither a status nor none: the state lists it under
``uncertain``); ``-1`` is a fact of its own, ``not_in_state_system``, never a
non-membership. Stores imported before ``StatusUnknown`` existed hold ``-9``
as a ``data_missing`` status of the ladder: it is still written back as ``-9``.
"""

from __future__ import annotations

from igo_timeline.errors import UnknownParty
from igo_timeline.events.parties import cow_party, cow_states, resolve_party
from igo_timeline.projections.facts import DATASET_COVERAGE, DATASET_COVERAGE_PREFIX, UNKNOWN

DATASET = "cow-igo-v3"
DATASET_TITLE = (
    "Correlates of War IGO data v3.0 (Pevehouse, Nordstrom, McManus and Jamison 2020, "
    "Journal of Peace Research 57(3): 492-503; Wallace and Singer 1970)"
)
FILE_NAME = "cow_igo_v3_igo_year.csv"
COVERAGE_KIND = DATASET_COVERAGE  # the horizon counts it as declared coverage
COVERAGE_PREFIX = DATASET_COVERAGE_PREFIX

LEAD = ("ioname", "orgname", "year")
TRAIL = (
    "sdate",
    "deaddate",
    "dead",
    "integrated",
    "replaced",
    "longorgname",
    "ionum",
    "igocode",
    "version",
    "accuracyofpre1965membershipdates",
    "sourcesandnotes",
    "imputed",
    "political",
    "social",
    "economic",
)
STATE_COLUMNS: tuple[str, ...] = tuple(cow_states())
COLUMNS: tuple[str, ...] = (*LEAD, *STATE_COLUMNS, *TRAIL)

MISSING = "-9"  # COW's "data missing": a StatusUnknown
# cell code -> status (None: no status; UNKNOWN: a status not known, a StatusUnknown)
STATUS_OF: dict[str, str | None] = {
    "1": "member",
    "2": "associate_member",
    "3": "observer",
    MISSING: UNKNOWN,
    "": "not_in_state_system",
    "0": None,
}
# status -> cell code; ``data_missing`` is how stores imported before StatusUnknown hold -9
CODE_OF: dict[str, str] = {
    **{status: code for code, status in STATUS_OF.items() if status is not None and status != UNKNOWN},
    "data_missing": MISSING,
}
LADDER: tuple[str, ...] = ("member", "associate_member", "observer", "not_in_state_system")
# Row metadata kept verbatim (per year, as runs), for the columns the engine does not answer.
META = ("orgname", "deaddate", *TRAIL[2:])


def slug_of(ioname: str) -> str:
    return f"cow-{ioname.lower()}"


def party_columns() -> dict[str, str]:
    """Party code -> COW column: each column's own party, then, for parties of other
    organizations, the ISO code a ``cow:`` column's name resolves to where only one does."""
    out = {cow_party(col): col for col in STATE_COLUMNS}
    fallback: dict[str, list[str]] = {}
    for col, (_, _, name, iso) in cow_states().items():
        if iso is None:
            try:
                fallback.setdefault(resolve_party(name), []).append(col)
            except UnknownParty:
                continue
    for code, cols in fallback.items():
        if len(cols) == 1 and code not in out:
            out[code] = cols[0]
    return out
