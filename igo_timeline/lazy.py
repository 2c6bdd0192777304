"""Names a package exports but imports only on first use (PEP 562).

A package lists each public name with the module that defines it; :func:`exports`
gives it the module-level ``__getattr__`` and ``__dir__`` that import that module
when the name is first asked for, so ``igo state`` loads only what it uses.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import Any


def homes(*groups: tuple[str, Iterable[str]]) -> dict[str, str]:
    """``{name: module}`` from ``(module, names)`` pairs."""
    return {name: module for module, names in groups for name in names}


def exports(package: str, table: Mapping[str, str]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of ``package``, whose public names are the keys of ``table``."""

    def __getattr__(name: str) -> Any:
        home = table.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(home), name)
        setattr(sys.modules[package], name, value)  # the next lookup finds it without us
        return value

    def __dir__() -> list[str]:
        return sorted({*vars(sys.modules[package]), *table})

    return __getattr__, __dir__
