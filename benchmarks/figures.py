"""The one shape of a benchmark figure: a value, the baseline measured in the same run, their ratio."""

from __future__ import annotations


def figure(
    value: float,
    unit: str,
    baseline: str,
    baseline_value: float,
    target: float | None = None,
    *,
    higher: bool = True,
    met: bool | None = None,
) -> dict:
    """``target`` bounds the ratio (from below when ``higher``, from above otherwise); pass ``met``
    yourself when the target is of another kind (an absolute ceiling on the value, say)."""
    ratio = value / baseline_value if baseline_value else None
    if met is None and target is not None and ratio is not None:
        met = ratio >= target if higher else ratio <= target
    return {
        "value": value,
        "unit": unit,
        "baseline": baseline,
        "baseline_value": baseline_value,
        "ratio": ratio,
        "target": target,
        "met": met,
    }
