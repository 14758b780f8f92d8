"""The units of a batch and who is above whom.

By default a folder is a unit: the plan found in it is the unit's plan, and the nearest folder
above holding a plan gives the superior plan (the checked folder itself included). A plan's
citations ("Căn cứ / Thực hiện Kế hoạch số 62-KH/HU …") also link it to the cited document when
that document is in the batch — matched by number and symbol, and by date when both sides have
one, since party numbers restart each congress term and "số 09" can recur.

Central and provincial symbols name one document across a whole batch. Every other body numbers
its own documents ("01-KH/CB" in each cell), so a local symbol names the document of that number
in the citing unit or a unit above it; and citations of a local symbol that is not in the
batch are compared with each other only within one issuer: the body the citation names ("của
Chi bộ …"), else the citing unit.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from linter.batch import DeclaredUnit
from linter.brief import Brief
from linter.document import Citation
from linter.files import real_path
from linter.read.normalize import fold

WIDE_LEVELS = ("central", "province")  # their symbols name one document across a whole batch
# Words before the body's name in an issuer ("Ban Thường vụ Đảng ủy xã …" is "Đảng ủy xã …").
_ISSUER_PREFIXES = ("ban thường vụ ", "ban chấp hành ", "thường trực ", "ban thường trực ")


# Words that say what kind of body issued a document, not which one: "của chi bộ", "của Đảng
# ủy xã" name no particular cell or commune.
_BODY_WORDS = frozenset(
    [
        "ban",
        "bộ",
        "cấp",
        "chi",
        "cơ",
        "đảng",
        "huyện",
        "mình",
        "này",
        "phường",
        "quận",
        "sở",
        "ta",
        "thành",
        "thị",
        "thường",
        "trấn",
        "trên",
        "trực",
        "tỉnh",
        "vụ",
        "xã",
        "ủy",
        "chấp",
        "hành",
    ]
)


def issuer_key(issuer: str) -> str | None:
    """The body an issuer names, in one form (case, tones and the board's title set aside);
    None when it names a kind of body only ("chi bộ", "Đảng ủy xã")."""
    key = " ".join(fold(issuer).replace(",", " ").replace(".", " ").split())
    for prefix in _ISSUER_PREFIXES:
        key = key.removeprefix(prefix)
    return key if set(key.split()) - _BODY_WORDS else None


def citation_scope(citation: Citation, unit: str) -> str:
    """Where a cited symbol names one document: everywhere for central and provincial issuers;
    else the issuer the citation names, or failing that the citing unit."""
    if citation.level in WIDE_LEVELS:
        return ""
    named = issuer_key(citation.issuer) if citation.issuer else None
    return "issuer:" + named if named else "unit:" + unit


@dataclass
class Hierarchy:
    plans: dict[str, list[Brief]]  # unit -> its plan(s)
    by_symbol: dict[str, list[Brief]]  # symbol (canonical, as parsed) -> documents numbered so
    members: dict[str, list[Brief]]  # unit -> its commitments
    declared_plan: dict[str, Brief] = field(default_factory=dict)  # from camket.yaml
    declared_parent: dict[str, str] = field(default_factory=dict)  # unit -> superior unit
    parents: dict[str, str] = field(default_factory=dict)  # unit -> its folder's parent's unit

    def ancestors(self, unit: str) -> list[str]:
        """The units above `unit`, nearest first."""
        found: list[str] = []
        while unit in self.parents and self.parents[unit] not in found:
            unit = self.parents[unit]
            found.append(unit)
        return found

    def unit_plan(self, unit: str) -> Brief | None:
        """The unit's plan: the one camket.yaml names; else the folder's only plan; with two,
        the one the unit's members cite, else none (rather than a guess: see
        `unclear_units`)."""
        if unit in self.declared_plan:
            return self.declared_plan[unit]
        plans = self.plans.get(unit, [])
        if len(plans) <= 1:
            return plans[0] if plans else None
        cited = {
            id(found): found
            for member in self.members.get(unit, [])
            for citation in member.outline.citations
            if (found := self.cited(citation, unit)) is not None and found in plans
        }
        return next(iter(cited.values())) if len(cited) == 1 else None

    def plan_for(self, member: Brief) -> Brief | None:
        """The plan a member's commitment implements: the cell plan it cites (none when that
        plan is not in the batch); else its unit's plan, unless that plan is for another year
        (a folder may keep several years)."""
        for citation in member.outline.citations:
            if citation.type == "KH" and citation.level == "cell":
                return self.cited(citation, member.unit)
        plan = self.unit_plan(member.unit)
        if plan is None:
            return None
        years = member.outline.title_year, plan.outline.title_year
        return None if None not in years and years[0] != years[1] else plan

    def unclear_units(self) -> list[str]:
        """Units with two or more plans and no single one their members cite."""
        return [u for u, plans in self.plans.items() if len(plans) > 1 and not self.unit_plan(u)]

    def superior_plan(self, unit: str) -> Brief | None:
        """The declared parent's plan; else the plan of the nearest folder above the unit that
        has one."""
        if unit in self.declared_parent:
            return self.unit_plan(self.declared_parent[unit])
        for above in self.ancestors(unit):
            plan = self.unit_plan(above)
            if plan is not None:
                return plan
        return None

    def cited(self, citation: Citation, citing_unit: str, match_date: bool = True) -> Brief | None:
        """The batch's document a citation names, if exactly one matches its symbol (a local
        symbol only in the citing unit or a unit above it: every cell has its "02-KH/CB")
        and, with `match_date`, its date when the citation gives one."""
        if citation.symbol is None:
            return None
        candidates = self.by_symbol.get(citation.symbol, [])
        if citation.level not in WIDE_LEVELS:
            reach = {citing_unit, *self.ancestors(citing_unit)}
            candidates = [d for d in candidates if d.unit in reach]
        if match_date and citation.date is not None:
            candidates = [d for d in candidates if d.outline.date in (None, citation.date)]
        return candidates[0] if len(candidates) == 1 else None


def _declared(
    documents: Sequence[Brief], units: Sequence[DeclaredUnit]
) -> tuple[dict[str, Brief], dict[str, str]]:
    """camket.yaml's units, as the batch's unit names and documents."""
    if not units:
        return {}, {}
    by_path = {real_path(d.path): d for d in documents}
    folder_unit = {path.parent: d.unit for path, d in by_path.items()}
    plans, parents = {}, {}
    for declared in units:
        unit = folder_unit.get(declared.folder)
        if unit is None:
            continue
        if declared.plan is not None and declared.plan in by_path:
            plans[unit] = by_path[declared.plan]
        if declared.parent is not None and declared.parent in folder_unit:
            parents[unit] = folder_unit[declared.parent]
    return plans, parents


def build(
    documents: Sequence[Brief],
    units: Sequence[DeclaredUnit] = (),
    parents: dict[str, str] | None = None,
) -> Hierarchy:
    plans: dict[str, list[Brief]] = defaultdict(list)
    by_symbol: dict[str, list[Brief]] = defaultdict(list)
    members: dict[str, list[Brief]] = defaultdict(list)
    for document in sorted(documents, key=lambda d: d.path):
        if document.outline.kind == "plan":
            plans[document.unit].append(document)
        elif document.outline.kind == "commitment":
            members[document.unit].append(document)
        if document.outline.number:
            by_symbol[document.outline.number].append(document)
    declared_plan, declared_parent = _declared(documents, units)
    return Hierarchy(
        dict(plans), dict(by_symbol), dict(members), declared_plan, declared_parent, parents or {}
    )
