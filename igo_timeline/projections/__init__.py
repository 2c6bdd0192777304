"""Projections: pure functions from recorded events to answers."""

from igo_timeline.projections.effective import Effective, Record, effective_events
from igo_timeline.projections.results import Change, Diff, State
from igo_timeline.projections.state import state_as_of

__all__ = ["Change", "Diff", "Effective", "Record", "State", "effective_events", "state_as_of"]
