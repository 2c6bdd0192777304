"""The one exception tree of igo-timeline.

Every error a user can cause derives from :class:`IgoError`; the CLI maps the
whole tree to exit code 1 and a single ``Error: ...`` line in one place.
"""

from __future__ import annotations


class IgoError(Exception):
    """Base of every error that user input can cause."""


class InvalidDate(IgoError, ValueError):
    """A date or interval is not valid EDTF, or not of the kind a field needs."""


class UnknownParty(IgoError, ValueError):
    """A state or organization name resolves to no known identity."""


class UnknownOrganization(IgoError):
    """The store holds no organization with that slug."""


class UnknownEvent(IgoError):
    """No event with that id (or id prefix) is recorded."""


class InvalidInput(IgoError):
    """An input file, document or option value is malformed."""


class StoreError(IgoError):
    """The store cannot be opened, or an append could not be completed."""


class RuleViolation(IgoError):
    """An event, or a batch containing it, breaks one of the organization's rules.

    The message reads ``<type> <short id> (item N): <rule>: <detail>``, the form
    the CLI prints after ``Error: ``.
    """

    def __init__(
        self,
        rule: str,
        detail: str,
        *,
        event_type: str = "event",
        event_id: str | None = None,
        item: int | None = None,
        origin: str | None = None,
    ) -> None:
        self.rule = rule
        self.detail = detail
        self.event_type = event_type
        self.event_id = event_id
        self.item = item
        self.origin = origin  # where item N stands in its input, e.g. "review.jsonl line 14"
        super().__init__(self._message())

    def _message(self) -> str:
        short = self.event_id[:8] if self.event_id else "-"
        where = (
            f" (item {self.item}" + (f": {self.origin}" if self.origin else "") + ")"
            if self.item is not None
            else ""
        )
        return f"{self.event_type} {short}{where}: {self.rule}: {self.detail}"

    def at(self, item: int | None, event_type: str, event_id: str | None) -> RuleViolation:
        """Return the same violation, attributed to an item of a batch."""
        return RuleViolation(self.rule, self.detail, event_type=event_type, event_id=event_id, item=item)
