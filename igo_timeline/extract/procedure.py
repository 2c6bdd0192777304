"""``ProcedureLaunched``: a procedure of admission begun, or an application noted.

Neither grants a status: the event changes no status in the state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from igo_timeline.extract.records import Candidate

if TYPE_CHECKING:
    from igo_timeline.extract.context import Context
    from igo_timeline.extract.names import Found
    from igo_timeline.extract.text import Passage


def procedure_candidate(
    ctx: Context, passage: Passage, party: Found, status: str | None, words: str | None = None
) -> Candidate:
    event = {"type": "ProcedureLaunched", "party": party.value, "procedure": "admission"}
    if status:
        event["status"] = status
    return ctx.decision(event, "date", passage, words=words)
