"""Words the output uses for an organization's own vocabulary."""

from __future__ import annotations

# Keys of a state answer that a status's plural must not take.
RESERVED_STATE_KEYS = frozenset(
    {
        "org",
        "name",
        "as_of",
        "known_at",
        "recorded",
        "offices",
        "presidency",
        "upcoming_meetings",
        "meetings_held",
        "documents_adopted",
        "documents_in_force",
        "agreements_not_in_force",
        "bodies",
        "bodies_planned",
        "dissolved",
        "founded",
        "uncertain",
    }
)


def plural(status: str) -> str:
    """The state key of a status: ``member`` -> ``members``, ``dialogue_partner`` -> ``dialogue_partners``."""
    word = status.replace("-", "_")
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"
