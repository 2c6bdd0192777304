"""The materialized bitemporal index: as-of answers without replaying the log."""

from igo_timeline.index.index import FactIndex, expected_rows

__all__ = ["FactIndex", "expected_rows"]
