"""What the checks that compare documents (copies) need to know about the run."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class DeclaredUnit:
    """A unit declared in camket.yaml (`units:`): its folder, and optionally its plan and the
    folder of its superior unit, all absolute."""

    folder: Path
    plan: Path | None = None
    parent: Path | None = None


@dataclass(frozen=True)
class BatchOptions:
    across_units: bool = False  # compare documents of different units (an audit)
    # Lines of the units' own blank forms (camket.yaml `form:`): like the template's, never a copy.
    form_lines: tuple[str, ...] = ()
    units: tuple[DeclaredUnit, ...] = ()  # explicit units; folders decide the rest
