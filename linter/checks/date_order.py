"""The `date` kind: each document's own date, and dates in order across the hierarchy.

`options.check` picks what a rule reports. Per document:

- `missing`: a commitment or plan with no own date, with the date left blank, with a month
  and no day ("tháng 5/2021"), or dated by a lunar month ("tháng Giêng", never converted);
- `impossible`: an own date that does not exist ("ngày 30 tháng 02");
- `year`: a commitment "năm YYYY" dated before `earliest` of the year before (default 1 October)
  or after `latest` of its year (default 31 December);
- `registry`: a central document cited with a date other than the one it was issued on
  (rules/data/registry.yaml).

Across the batch (see hierarchy.py for who is above whom):

- `unit-plan`: a member's commitment dated before its unit's plan;
- `superior-plan`: a unit's plan dated before its superior's plan;
- `cited`: a document dated before a document it cites (the cited document's own date when it
  is in the batch, else the date written in the citation); the same day is fine;
- `citation-dates`: one document cited with different dates across the batch;
- `unit-plans`: two plans in one unit and no single one its members cite (which is the unit's
  plan is then unclear: said, not guessed).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence

from linter import hierarchy, resources
from linter.batch import BatchOptions
from linter.brief import Brief
from linter.citations import canonical_symbol
from linter.document import Citation, Document
from linter.findings import Hit, Related
from linter.rules import Rule, check_option_problem

PER_DOCUMENT = ("missing", "impossible", "year", "registry")
ACROSS = ("unit-plan", "superior-plan", "cited", "citation-dates", "unit-plans")
CHECKS = PER_DOCUMENT + ACROSS
_MONTH_DAY = re.compile(r"^(\d{1,2})-(\d{1,2})$")


def option_problem(options: dict) -> str | None:
    problem = check_option_problem(options, CHECKS, ("earliest", "latest"))
    if problem:
        return problem
    for key in ("earliest", "latest"):
        value = options.get(key)
        if value is not None and not _is_month_day(value):
            return f"“{key}” có dạng tháng-ngày, ví dụ “10-01”"
    return None


def _is_month_day(value: object) -> bool:
    """A month-day such as "10-01" that some year has ("02-29" is one, "13-45" is not)."""
    found = _MONTH_DAY.match(value) if isinstance(value, str) else None
    try:
        return found is not None and bool(dt.date(2024, int(found[1]), int(found[2])))
    except ValueError:
        return False


def _show(date: dt.date) -> str:
    return date.strftime("%d/%m/%Y")


def _date_hit(document: Document | Brief, values: dict, related: tuple[Related, ...] = ()) -> Hit:
    """A hit on the document's own date line, both lines of one cut by a line break (or on its
    title line when it has none)."""
    own = document.outline.own_date
    number = own.line if own else (document.outline.title_line or 1)
    last = own.last_line if own else number
    return Hit(number, 0, last, document.line_end(last), values, related)


def _related(document: Document | Brief) -> Related:
    own = document.outline.own_date
    return (
        Related(document.path, own.line, own.last_line)
        if own
        else Related(document.path, None, None)
    )


# --- per document -------------------------------------------------------------------------


def _month_day(value: str | None, default: tuple[int, int]) -> tuple[int, int]:
    if value is None:
        return default
    month, day = _MONTH_DAY.match(str(value)).groups()  # type: ignore[union-attr]
    return int(month), int(day)


def _year_window(document: Document, rule: Rule) -> Hit | None:
    date, year = document.outline.date, document.outline.title_year
    if document.outline.kind != "commitment" or date is None or year is None:
        return None
    first_month, first_day = _month_day(rule.options.get("earliest"), (10, 1))
    last_month, last_day = _month_day(rule.options.get("latest"), (12, 31))
    try:
        earliest = dt.date(year - 1, first_month, first_day)
        latest = dt.date(year, last_month, last_day)
    except ValueError:
        return None
    if earliest <= date <= latest:
        return None
    values = {
        "date": _show(date),
        "year": year,
        "earliest": _show(earliest),
        "latest": _show(latest),
    }
    return _date_hit(document, values)


@functools.cache
def _registry() -> dict[str, tuple[dt.date, str]]:
    """Symbol key -> (date of issue, what it is)."""
    entries = resources.data("registry")["documents"]
    return {canonical_symbol(e["symbol"]) or e["symbol"]: (e["date"], e["what"]) for e in entries}


def _registry_hits(document: Document) -> Iterator[Hit]:
    for citation in document.outline.citations:
        if citation.symbol is None or citation.date is None:
            continue
        known = _registry().get(citation.symbol)
        if known is None or known[0] == citation.date:
            continue
        values = {
            "cited": citation.symbol,
            "cited_date": _show(citation.date),
            "registry_date": _show(known[0]),
            "what": known[1],
        }
        yield _citation_hit(citation, values, ())


def check(
    document: Document, rules: Sequence[Rule], flagged: set[tuple[int, int]]
) -> Iterator[tuple[Rule, Hit]]:
    own = document.outline.own_date
    dated_kind = document.outline.kind in ("commitment", "plan")
    for rule in rules:
        wanted = rule.options["check"]
        if wanted == "registry":
            for hit in _registry_hits(document):
                yield rule, hit
        elif not dated_kind:
            continue
        elif wanted == "missing" and (own is None or own.status in ("blank", "partial", "lunar")):
            written = f" (“{own.written}”)" if own else ""
            yield rule, _date_hit(document, {"written": written})
        elif wanted == "impossible" and own is not None and own.status == "impossible":
            yield rule, _date_hit(document, {"written": own.written})
        elif wanted == "year" and (hit := _year_window(document, rule)):
            yield rule, hit


# --- across the batch ---------------------------------------------------------------------


def _before(document: Brief, other: Brief | None) -> Hit | None:
    """A hit when `document` is dated (strictly) before `other`."""
    if other is None or document.outline.date is None or other.outline.date is None:
        return None
    if document.outline.date >= other.outline.date:
        return None
    values = {
        "date": _show(document.outline.date),
        "other": other.path,
        "other_date": _show(other.outline.date),
    }
    return _date_hit(document, values, (_related(other),))


def _superior(tree: hierarchy.Hierarchy, plan: Brief) -> Brief | None:
    """The folder above's plan; else a plan in the batch that this plan cites."""
    found = tree.superior_plan(plan.unit)
    if found is not None:
        return found
    for citation in plan.outline.citations:
        cited = tree.cited(citation, plan.unit)
        if cited is not None and cited is not plan and cited.outline.kind == "plan":
            return cited
    return None


def _citation_hit(citation: Citation, values: dict, related: tuple[Related, ...]) -> Hit:
    return Hit(citation.line, citation.start, citation.line, citation.end, values, related)


def _cited_before(
    tree: hierarchy.Hierarchy, document: Brief, compared: list[Brief]
) -> Iterator[Hit]:
    """Citations of documents issued after this one; not those of a plan this document was
    already compared with (its unit's or its superior's)."""
    own = document.outline.date
    if own is None:
        return
    compared_numbers = {d.outline.number for d in compared if d.outline.number}
    for citation in document.outline.citations:
        if citation.symbol and citation.symbol in compared_numbers:
            continue
        target = tree.cited(citation, document.unit)
        if target is document:
            continue
        cited_date = target.outline.date if target is not None else None
        cited_date = cited_date or citation.date
        if cited_date is None or own >= cited_date:
            continue
        values = {
            "date": _show(own),
            "cited": citation.symbol
            or {
                "vi": f"{citation.type} số {citation.number}",
                "en": f"{citation.type} no. {citation.number}",
            },
            "cited_date": _show(cited_date),
        }
        related = (_related(target),) if target is not None else ()
        yield _citation_hit(citation, values, related)


def _citation_dates(
    documents: Sequence[Brief], tree: hierarchy.Hierarchy
) -> Iterator[tuple[Brief, Hit]]:
    """Citations of one document whose date differs from that document's own date (when it is
    in the batch) or from the date most citations give. Citations name one document when they
    reach the same document of the batch, else when they share a symbol within its scope
    (hierarchy.citation_scope: a cell's "01-KH/CB" is not another cell's)."""
    by_symbol: dict[tuple[str, str], list[tuple[Brief, Citation]]] = defaultdict(list)
    for document in documents:
        for citation in document.outline.citations:
            # a document of the registry has a known date: CK508 reports it
            if citation.symbol and citation.date and citation.symbol not in _registry():
                target = tree.cited(citation, document.unit, match_date=False)
                scope = (
                    "document:" + target.path
                    if target is not None
                    else hierarchy.citation_scope(citation, document.unit)
                )
                by_symbol[(citation.symbol, scope)].append((document, citation))
    for cited in by_symbol.values():
        dates = Counter(c.date for _, c in cited)
        if len(dates) < 2:
            continue
        target = tree.cited(cited[0][1], cited[0][0].unit, match_date=False)
        truth = target.outline.date if target is not None and target.outline.date else None
        if truth is None:
            (truth, top), *rest = dates.most_common()
            if rest and rest[0][1] == top:
                truth = None  # no majority: every date is reported
        for document, citation in cited:
            if citation.date == truth:
                continue
            others = [d for d, c in cited if c.date != citation.date and d is not document]
            values = {
                "cited": citation.symbol,
                "cited_date": _show(citation.date),  # type: ignore[arg-type]
                "other_dates": ", ".join(sorted({_show(d) for d in dates if d != citation.date})),  # type: ignore[arg-type]
            }
            unique = {d.path: d for d in others}
            related = tuple(_related(d) for d in unique.values())
            yield document, _citation_hit(citation, values, related)


def check_batch(
    documents: Sequence[Brief], rules: Sequence[Rule], options: BatchOptions | None = None
) -> Iterator[tuple[Rule, Brief, Hit]]:
    wanted = {rule.options["check"]: rule for rule in rules if rule.options["check"] in ACROSS}
    if not wanted:
        return
    ordered = sorted(documents, key=lambda d: d.path)
    options = options or BatchOptions()
    tree = hierarchy.build(ordered, options.units, options.parents)
    for document in ordered:
        kind = document.outline.kind
        compared: list[Brief] = []
        if kind == "commitment":
            plan = tree.plan_for(document)
            if "unit-plan" in wanted and plan is not None:
                compared.append(plan)
                if hit := _before(document, plan):
                    yield wanted["unit-plan"], document, hit
        elif kind == "plan":
            superior = _superior(tree, document)
            if "superior-plan" in wanted and superior is not None:
                compared.append(superior)
                if hit := _before(document, superior):
                    yield wanted["superior-plan"], document, hit
        if "cited" in wanted and kind in ("commitment", "plan", "report"):
            for hit in _cited_before(tree, document, compared):
                yield wanted["cited"], document, hit
    if "citation-dates" in wanted:
        for document, hit in _citation_dates(ordered, tree):
            yield wanted["citation-dates"], document, hit
    if "unit-plans" in wanted:
        for unit in tree.unclear_units():
            first, *others = tree.plans[unit]
            values = {"count": len(others) + 1, "others": ", ".join(d.path for d in others)}
            yield (
                wanted["unit-plans"],
                first,
                _date_hit(first, values, tuple(_related(d) for d in others)),
            )
