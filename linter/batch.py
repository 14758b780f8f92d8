"""What the checks that compare documents (copies) need to know about the run."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BatchOptions:
    across_units: bool = False  # compare documents of different units (an audit)
    # Lines of the units' own blank forms (camket.yaml `form:`): like the template's, never a copy.
    form_lines: tuple[str, ...] = ()
