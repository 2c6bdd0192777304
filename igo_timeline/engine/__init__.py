"""The engine: the eventsourcing store, the rules, appends and reads."""

from igo_timeline.engine.store import MEMORY, default_location
from igo_timeline.engine.timeline import AppendResult, Timeline

__all__ = ["MEMORY", "AppendResult", "Timeline", "default_location"]
