"""The `duplicate` kind: copies between the documents of a batch.

`options.check` picks what a rule reports:

- `pairs`: a passage of one member's commitment that nearly repeats another's (same unit by
  default, any unit with --across-units), on both documents, each with the other in `related`;
- `clusters`: members linked by shared passages, one finding per group of three or more;
- `plan`: a commitment passage pasted from its unit's plan or the superior plan;
- `stock`: text that at least half of a unit's members (and at least three) share — the
  boilerplate "everyone wrote the same" — once, on the first sharer, the others in `related`;
- `circulating`: a passage longer than a formula line that at least three commitments of at
  least two units hold (a sample passed around), once, on the first holder by path, the others
  in `related` (see circulating.py).

What is never a copy: the form's own text (part titles, the template's fixed lines and the
formulas of rules/data/form.yaml) and a unit's stock. Both are known from the unit alone, so
the copies between the members of a unit are found from that unit's documents only: the same
whether the run covers the unit, its commune or a province. Only comparisons across units
depend on the batch: there, text in more than COMMON_SHARE of the documents (at least
COMMON_FLOOR; MOSS's -m) is not compared pair by pair — a short run of it is stock, what all
writers share; a run longer than a formula line is a circulating passage, reported once.
"""

from __future__ import annotations

import functools
import math
import operator
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from linter import resources
from linter.align import GAP, Passage, passages, shared_seeds
from linter.batch import BatchOptions, CopyJoin, linked_groups
from linter.brief import Brief, Prints, briefs_of
from linter.circulating import circulating
from linter.document import Document
from linter.findings import Hit, Related
from linter.fingerprint import K, LineIndex, Tokens, fingerprints, template_hashes, tokens
from linter.rules import Rule, check_option_problem
from linter.trace.link import name_key

CHECKS = ("pairs", "clusters", "plan", "stock", "circulating")
PAIR_CHECKS = frozenset({"pairs", "clusters"})  # the checks that align a unit's members
STOCK_MIN_SHARERS = 3
STOCK_MIN_SYLLABLES = 12
# …held by more than one fingerprint: one alone, twice over, is a run bridging two deadlines
# alike ("… trước ngày 30/6/2026." ending two lines of different tasks), no passage.
STOCK_MIN_PRINTS = 2
# Across units, a fingerprint in more documents than this share of the batch (and than the
# floor) is not a seed of pairs (MOSS -m): it is stock or a circulating passage.
COMMON_SHARE = 0.01
COMMON_FLOOR = 20
# Inside a unit, text half the members share is its stock; below that, text more members share
# than this is not compared pair by pair either (its pairs would grow with the square of the
# unit): no cell has the 200 members that takes, only a folder holding many units' files.
UNIT_SEED_LIMIT = 100

_VALUE = operator.itemgetter(0)
Hashes = set[int] | frozenset[int]  # fingerprints' hashes


def stock_sharers(members: int) -> int:
    """How many of a unit's `members` share a text that is the unit's stock."""
    return max(STOCK_MIN_SHARERS, math.ceil(members / 2))


def unit_seed_limit(members: int) -> int:
    """Inside a unit of `members`, a fingerprint in more documents than this seeds no pair."""
    return max(UNIT_SEED_LIMIT, int(COMMON_SHARE * members))


def common_limit(members: int) -> int:
    """Across units, in a batch of `members` commitments: MOSS's -m."""
    return max(COMMON_FLOOR, int(COMMON_SHARE * members))


# (path, first line, last line, other path, other's first line, other's last line)


def option_problem(options: dict) -> str | None:
    return check_option_problem(options, CHECKS)


@functools.cache
def form_hashes() -> frozenset[int]:
    form = resources.data("form")
    template = resources.data("template")
    texts = [*form["lines"], *form["common"]]
    texts += [title for part in template["parts"] for title in part["titles"]]
    return frozenset(template_hashes(texts))


TOKENS_KEPT = 64  # documents whose syllables stay loaded (pairs come in order of their first)
PLANS_KEPT = 64  # plans whose fingerprints stay indexed (members come unit after unit)


class _Recent:
    """What was loaded last of a few documents (their syllables, a plan's indexed
    fingerprints): pairs come in order of their first member and members unit after unit, so
    most are asked again soon, and nothing else of the batch stays loaded."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.found: OrderedDict[int, object] = OrderedDict()

    def get(self, key: int, make: Callable[[], object]) -> object:
        found = self.found.get(key)
        if found is None:
            found = self.found[key] = make()
            if len(self.found) > self.size:
                self.found.popitem(last=False)
        else:
            self.found.move_to_end(key)
        return found


class _Entry:
    """A document (its brief) as the copy check compares it. Its fingerprints and syllables
    are loaded when used — given, while its unit's documents are still at hand (UnitsAhead) —
    so a large batch does not hold every document's at once."""

    def __init__(
        self,
        brief: Brief,
        recent: _Recent | None = None,
        prints: Prints | None = None,
        syllables: str | None = None,
    ) -> None:
        self.brief = brief
        self.recent = recent
        self._prints = prints
        self._syllables = syllables
        self._tokens: Tokens | None = None

    @property
    def prints(self) -> Prints:
        return self._prints if self._prints is not None else self.brief.prints()

    @property
    def tokens(self) -> Tokens:
        """Its syllables as the per-document stage carried them, else made again."""
        if self._tokens is not None:
            return self._tokens
        if self._syllables is not None and self.brief.syllable_lines is not None:
            carried = Tokens.carried(self.path, self._syllables, self.brief.syllable_lines)
            self._tokens = carried if carried is not None else self.brief.tokens()
            return self._tokens
        if self.recent is None:
            return self.brief.tokens()
        return self.recent.get(self.brief.index, self.brief.tokens)  # type: ignore[return-value]

    def values(self) -> set[int]:
        """Its fingerprints' hashes."""
        return set(self.prints.values)

    def positions(self) -> dict[int, list[int]]:
        """Where each of its fingerprints stands."""
        found: dict[int, list[int]] = defaultdict(list)
        for value, position in self.prints:
            found[value].append(position)
        return found

    @property
    def path(self) -> str:
        return self.brief.path

    @property
    def unit(self) -> str:
        return self.brief.unit

    def lines(self, start: int, end: int) -> tuple[int, int]:
        """First and last line of the syllables [start, end)."""
        index = self.brief.syllable_lines
        assert index is not None  # fingerprints are made with their line index
        return index.line_at(start), index.line_at(end - 1)

    def line_at(self, position: int) -> int:
        index = self.brief.syllable_lines
        assert index is not None
        return index.line_at(position)

    def part_at(self, line: int) -> int | None:
        return self.brief.part_at(line)


def _fingerprinted(document: Document) -> tuple[list[tuple[int, int]], LineIndex]:
    """A document's winnowed fingerprints, its syllables' lines and its syllables, kept on it:
    made once in the per-document stage (in parallel, and cached with the document), read by
    the batch stage."""
    if document.prints is None or document.syllable_lines is None:
        tokenised = tokens(document)
        document.prints = fingerprints(tokenised.syllables, tokenised.lines)
        document.syllable_lines = LineIndex.of(tokenised.lines)
        document.syllables = tokenised.joined()
    return document.prints, document.syllable_lines


def document_prints(document: Document) -> list[tuple[int, int]]:
    return _fingerprinted(document)[0]


def _entries(briefs: Sequence[Brief], kind: str, recent: _Recent | None = None) -> list[_Entry]:
    return [
        _Entry(b, recent) for b in sorted(briefs, key=lambda b: b.path) if b.outline.kind == kind
    ]


def _stock(members: list[_Entry], form: frozenset[int]) -> set[int]:
    """Fingerprints that at least half of a unit's members, and at least three, share."""
    needed = stock_sharers(len(members))
    if len(members) < needed:
        return set()
    counts: Counter[int] = Counter()
    for member in members:
        counts.update(member.values() - form)
    return {value for value, count in counts.items() if count >= needed}


def _runs(positions: list[int]) -> list[tuple[int, int]]:
    """Positions chained into [start, end) runs of syllables, bridging gaps up to GAP."""
    runs: list[tuple[int, int]] = []
    for position in sorted(positions):
        if runs and position - runs[-1][1] <= GAP:
            runs[-1] = (runs[-1][0], position + K)
        else:
            runs.append((position, position + K))
    return runs


def _percent(value: float) -> int:
    return round(100 * value)


def _line_range(first: int, last: int) -> str:
    return f"{first}–{last}" if first != last else str(first)


def later(x: Document | Brief, y: Document | Brief) -> bool:
    """Is x the later of two documents (by own date, then path)? A copy's finding on it is the
    one that says what it copied; the other side's finding mirrors it."""
    dx, dy = x.outline.date, y.outline.date
    if dx and dy and dx != dy:
        return dx > dy
    return x.path > y.path


def _pair_hit(
    mine: _Entry,
    other: _Entry,
    mine_span: tuple[int, int],
    other_span: tuple[int, int],
    similarity: float,
) -> Hit:
    first, last = mine.lines(*mine_span)
    other_first, other_last = other.lines(*other_span)
    values = {
        "other": other.path,
        "lines": _line_range(first, last),
        "other_lines": _line_range(other_first, other_last),
        "similarity": _percent(similarity),
    }
    related = (Related(other.path, other_first, other_last),)
    return Hit(first, 0, last, mine.brief.line_end(last), values, related)


def _sides(
    x: _Entry, y: _Entry, passage: Passage
) -> Iterator[tuple[_Entry, _Entry, tuple[int, int], tuple[int, int]]]:
    """(mine, other, my span, other span) for each side of a copy, the later document first."""
    x_span, y_span = (passage.a_start, passage.a_end), (passage.b_start, passage.b_end)
    if later(x.brief, y.brief):
        yield x, y, x_span, y_span
        yield y, x, y_span, x_span
    else:
        yield y, x, y_span, x_span
        yield x, y, x_span, y_span


def _units(members: list[_Entry]) -> dict[str, list[_Entry]]:
    by_unit: dict[str, list[_Entry]] = defaultdict(list)
    for member in members:
        by_unit[member.unit].append(member)
    return by_unit


def _aligned(
    members: list[_Entry],
    seeds: dict[tuple[int, int], list[tuple[int, int]]],
    boilerplate_of: dict[str, Hashes],
    form: frozenset[int],
) -> dict[tuple[int, int], list[Passage]]:
    """The verified passages of each seeded pair (indices into `members`)."""
    found = {}
    skipped: dict[tuple[str, str], frozenset[int]] = {}  # the boilerplate of a pair of units
    for (i, j), pair_seeds in sorted(seeds.items()):
        first, second = members[i], members[j]
        units = (first.unit, second.unit)
        boilerplate = skipped.get(units)
        if boilerplate is None:
            boilerplate = form | boilerplate_of[units[0]] | boilerplate_of[units[1]]
            skipped[units] = boilerplate
        shared = passages(first.tokens, second.tokens, pair_seeds, boilerplate)
        if shared:
            found[(i, j)] = shared
    return found


@dataclass(frozen=True)
class UnitCopies:
    """A unit's stock and the passages its members share: what the batch stage finds of the
    unit from its documents alone, so it may be found ahead, as soon as they are analysed."""

    paths: tuple[str, ...]  # its commitments, in path order
    stock: frozenset[int]
    found: dict[tuple[int, int], list[Passage]]  # by pair of indices into `paths`


def unit_copies(documents: Sequence[Document], form_lines: Sequence[str] = ()) -> UnitCopies:
    """The copies between the members of the unit `documents` make (all of its documents)."""
    entries = [_Entry(brief) for brief in briefs_of(list(documents))]
    return copies_of_unit(entries, form_lines)


def copies_of_unit(entries: Sequence[_Entry], form_lines: Sequence[str] = ()) -> UnitCopies:
    """The copies between the members of a unit, given all its documents' entries."""
    form = form_hashes() | template_hashes(form_lines)
    members = sorted((e for e in entries if e.brief.outline.kind == "commitment"), key=_path)
    stock = _stock(members, form)
    return UnitCopies(
        tuple(m.path for m in members), frozenset(stock), _within(members, stock, form)
    )


def _path(entry: _Entry) -> str:
    return entry.path


def _ahead(options: BatchOptions, unit: str, members: list[_Entry]) -> UnitCopies | None:
    """The unit's copies found ahead, if they were found for these very members."""
    copies = options.ahead.get(unit)
    if isinstance(copies, UnitCopies) and copies.paths == tuple(m.path for m in members):
        return copies
    return None


def _within(
    members: list[_Entry],
    stock: Hashes,
    form: frozenset[int],
    apart: Callable[[int, int], bool] | None = None,
) -> dict[tuple[int, int], list[Passage]]:
    """Passages between the members of one unit (indices into `members`; `apart`: which of
    their pairs may be copies at all)."""
    if len(members) < 2:
        return {}
    skip = form | stock  # the unit's stock is no seed
    limit = unit_seed_limit(len(members))
    seeds = shared_seeds([member.prints for member in members], None, skip, limit)
    if apart is not None:
        seeds = {pair: spots for pair, spots in seeds.items() if apart(*pair)}
    return _aligned(members, seeds, {members[0].unit: stock}, form)


def _unit_pairs(
    members: list[_Entry],
    by_unit: dict[str, list[int]],
    stock_by_unit: dict[str, Hashes],
    form: frozenset[int],
    options: BatchOptions,
    apart: Callable[[int, int], bool] | None = None,
) -> dict[tuple[int, int], list[Passage]]:
    """Passages between members of one unit, from the unit's documents alone: nothing about
    the rest of the batch hides or adds a copy inside a unit. A unit's pairs are enumerated
    within it, so the cost grows with the batch times the size of its units, not the batch's
    square."""
    found = {}
    for unit, indices in by_unit.items():
        group = [members[i] for i in indices]
        copies = _ahead(options, unit, group) if apart is None else None
        if copies:
            within = copies.found
        else:
            within = _within(group, stock_by_unit[unit], form, _mapped(apart, indices))
        found.update({(indices[x], indices[y]): shared for (x, y), shared in within.items()})
    return found


def _mapped(
    apart: Callable[[int, int], bool] | None, indices: list[int]
) -> Callable[[int, int], bool] | None:
    """`apart` asked of positions in `indices` rather than of the members themselves."""
    if apart is None:
        return None
    return lambda x, y: apart(indices[x], indices[y])


def _cross_unit_pairs(
    members: list[_Entry],
    stock_by_unit: dict[str, Hashes],
    form: frozenset[int],
    apart: Callable[[int, int], bool] | None = None,
) -> dict[tuple[int, int], list[Passage]]:
    """Passages between members of different units (an audit). A fingerprint in more documents
    than the batch's common limit seeds no pair: pairs of a text so widely held would grow with
    the square of the batch, and the circulating check reports such a text once."""
    units = [member.unit for member in members]
    prints = _Loading(members, stock_by_unit)
    limit = common_limit(len(members))
    seeds = shared_seeds(
        prints, lambda i, j: units[i] != units[j] and (apart is None or apart(i, j)), form, limit
    )
    return _aligned(members, seeds, stock_by_unit, form)


def _commitment_pairs(
    members: list[_Entry],
    stock_by_unit: dict[str, Hashes],
    form: frozenset[int],
    options: BatchOptions,
    apart: Callable[[int, int], bool] | None = None,
    join: CopyJoin | None = None,
) -> dict[tuple[int, int], list[Passage]]:
    """The verified passages of every pair of members (`apart`: which pairs of documents may be
    copies at all), seeded here or by `join` (the same seeds found elsewhere: see
    linter.distributed; it is given commitments only, whose pairs are all allowed)."""
    seeds = join([m.brief for m in members], options.across_units, form) if join else None
    if seeds is not None:
        return dict(sorted(_aligned(members, seeds, stock_by_unit, form).items()))
    by_unit: dict[str, list[int]] = defaultdict(list)
    for index, member in enumerate(members):
        by_unit[member.unit].append(index)
    found = _unit_pairs(members, by_unit, stock_by_unit, form, options, apart)
    if options.across_units:
        found.update(_cross_unit_pairs(members, stock_by_unit, form, apart))
    return dict(sorted(found.items()))


def _spans(found: dict[tuple[int, int], list[Passage]]) -> dict[int, list[tuple[int, int]]]:
    """The syllable spans of each member in every passage it shares."""
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for (i, j), shared in found.items():
        for p in shared:
            spans[i].append((p.a_start, p.a_end))
            spans[j].append((p.b_start, p.b_end))
    return spans


def _cluster_hits(
    members: list[_Entry], found: dict[tuple[int, int], list[Passage]]
) -> Iterator[tuple[_Entry, Hit]]:
    spans_of = _spans(found)
    for group in linked_groups(found):
        if len(group) < 3:
            continue
        first = members[group[0]]
        spans = spans_of[group[0]]
        start, end = min(spans)
        line_first, line_last = first.lines(start, end)
        widest = max(spans, key=lambda span: span[1] - span[0])
        part = first.part_at(first.line_at((widest[0] + widest[1]) // 2))
        related = []
        for index in group[1:]:
            other = members[index]
            other_first, other_last = other.lines(*min(spans_of[index]))
            related.append(Related(other.path, other_first, other_last))
        values = {
            "count": len(group),
            "part": {"vi": f"phần {part}", "en": f"part {part}"}
            if part
            else {"vi": "nội dung", "en": "content"},
            "members": ", ".join(members[i].path.rsplit("/", 1)[-1] for i in group),
        }
        end = first.brief.line_end(line_last)
        yield first, Hit(line_first, 0, line_last, end, values, tuple(related))


def _stock_hits(
    by_unit: dict[str, list[_Entry]], stock_by_unit: dict[str, Hashes]
) -> Iterator[tuple[_Entry, Hit]]:
    for unit, group in by_unit.items():
        stock = stock_by_unit[unit]
        if not stock:
            continue
        first = group[0]
        prints = [member.prints for member in group]
        positions = [p for v, p in prints[0] if v in stock]
        for start, end in _runs(positions):
            hashes = {v for v, p in prints[0] if start <= p < end and v in stock}
            if end - start < STOCK_MIN_SYLLABLES or len(hashes) < STOCK_MIN_PRINTS:
                continue
            sharers = [
                (m, found)
                for m, found in zip(group[1:], prints[1:], strict=True)
                if not hashes.isdisjoint(found.values)
            ]
            related = []
            for other, found in sharers:
                spots = [p for v, p in found if v in hashes]
                other_first, other_last = other.lines(min(spots), max(spots) + K)
                related.append(Related(other.path, other_first, other_last))
            line_first, line_last = first.lines(start, end)
            end_at = first.brief.line_end(line_last)
            values = {"count": len(sharers) + 1, "members": len(group)}
            yield first, Hit(line_first, 0, line_last, end_at, values, tuple(related))


def _plans_for(unit: str, plans: dict[str, list[_Entry]], parents: dict[str, str]) -> list[_Entry]:
    """The unit's own plan(s) and its superior's (the parent folder's)."""
    found = list(plans.get(unit, []))
    if unit in parents:
        found += plans.get(parents[unit], [])
    return found


def _plan_seeds(
    member: _Entry,
    plans: list[dict[int, list[int]]],
    form: frozenset[int],
) -> dict[int, list[tuple[int, int]]]:
    """Seeds between a member and each of its plans (by index; `plans`: where each of a plan's
    fingerprints stands): the fingerprints it shares with exactly one of them. One it shares
    with several is the plans' own common text (as shared_seeds leaves out a fingerprint found
    in more documents than it is told)."""
    seeds: dict[int, list[tuple[int, int]]] = defaultdict(list)
    prints = member.prints
    values = set(prints.values)
    if not any(not values.isdisjoint(plan) for plan in plans):
        return seeds  # most members: nothing in common with their plans
    for value, position in prints:
        if value in form:
            continue
        holders = [index for index, plan in enumerate(plans) if value in plan]
        if len(holders) == 1:
            plan_positions = plans[holders[0]][value]
            seeds[holders[0]].extend((position, other) for other in plan_positions)
    return seeds


def _plan_hits(
    members: list[_Entry],
    plan_entries: list[_Entry],
    form: frozenset[int],
    parents: dict[str, str],
) -> Iterator[tuple[_Entry, Hit]]:
    plans: dict[str, list[_Entry]] = defaultdict(list)
    for plan in plan_entries:
        plans[plan.unit].append(plan)
    indexed = _Recent(PLANS_KEPT)
    for member in members:
        candidates = _plans_for(member.unit, plans, parents)
        if not candidates:
            continue
        positions = [
            indexed.get(plan.brief.index, plan.positions)  # type: ignore[misc]
            for plan in candidates
        ]
        for index, pair_seeds in sorted(_plan_seeds(member, positions, form).items()):
            plan = candidates[index]
            for passage in passages(member.tokens, plan.tokens, pair_seeds, form):
                span, plan_span = (passage.a_start, passage.a_end), (passage.b_start, passage.b_end)
                yield member, _pair_hit(member, plan, span, plan_span, passage.similarity)


def _circulating_hits(members: list[_Entry], form: frozenset[int]) -> Iterator[tuple[_Entry, Hit]]:
    units = [member.unit for member in members]
    for passage in circulating(_Loading(members), units, form):
        first, *others = passage.holdings  # members are in path order
        owner = members[first.document]
        line_first, line_last = owner.lines(first.start, first.end)
        related = tuple(
            Related(members[h.document].path, *members[h.document].lines(h.start, h.end))
            for h in others
        )
        values = {"count": len(passage.holdings), "units": passage.units}
        end = owner.brief.line_end(line_last)
        yield owner, Hit(line_first, 0, line_last, end, values, related)


def _copies(
    members: list[_Entry],
    stock_by_unit: dict[str, Hashes],
    checks: set[str],
    options: BatchOptions,
    form: frozenset[int],
    join: CopyJoin | None = None,
) -> Iterator[tuple[str, _Entry, Hit]]:
    """Copies between the members' documents of one kind: pairs and groups. Two documents by
    one writer (a member's 6-month and year-end reports) are never copies of each other."""
    writers = [_writer(member.brief) for member in members]

    def apart(i: int, j: int) -> bool:
        return writers[i] is None or writers[i] != writers[j]

    anyone = not any(writers)  # no two documents of one writer: every pair may be a copy
    found = _commitment_pairs(
        members, stock_by_unit, form, options, None if anyone else apart, join
    )
    if "pairs" in checks:
        for (i, j), shared in found.items():
            for passage in shared:
                for mine, other, span, other_span in _sides(members[i], members[j], passage):
                    yield (
                        "pairs",
                        mine,
                        _pair_hit(mine, other, span, other_span, passage.similarity),
                    )
    if "clusters" in checks:
        for owner, hit in _cluster_hits(members, found):
            yield "clusters", owner, hit


def _writer(brief: Brief) -> str | None:
    """The writer of a member's report (None for any other document)."""
    review = brief.outline.review
    return name_key(review.author) if review is not None and review.personal else None


def _hits(
    documents: Sequence[Brief], checks: set[str], options: BatchOptions
) -> Iterator[tuple[str, _Entry, Hit]]:
    """(check, owner, hit) for each of `checks`."""
    form = form_hashes() | template_hashes(options.form_lines)
    recent = _Recent(TOKENS_KEPT)
    members = _entries(documents, "commitment", recent)
    by_unit = _units(members)
    stock_by_unit: dict[str, Hashes] = {}
    for unit, group in by_unit.items():
        copies = _ahead(options, unit, group)
        stock_by_unit[unit] = copies.stock if copies else _stock(group, form)
    if checks & PAIR_CHECKS:
        yield from _copies(members, stock_by_unit, checks, options, form, options.copy_join)
        # Members' reports are compared with one another, never with a commitment (a report
        # quotes its own commitment): what half a unit's reports share is its form, not a copy.
        reports = _entries(documents, "report", recent)
        report_stock: dict[str, Hashes] = {
            unit: _stock(group, form) for unit, group in _units(reports).items()
        }
        yield from _copies(reports, report_stock, checks, options, form)
    if "stock" in checks:
        for owner, hit in _stock_hits(by_unit, stock_by_unit):
            yield "stock", owner, hit
    if "circulating" in checks:
        for owner, hit in _circulating_hits(members, form):
            yield "circulating", owner, hit
    if "plan" in checks:
        plans = _entries(documents, "plan", recent)
        for member, hit in _plan_hits(members, plans, form, options.parents):
            yield "plan", member, hit


def check_batch(
    documents: Sequence[Brief], rules: Sequence[Rule], options: BatchOptions | None = None
) -> Iterator[tuple[Rule, Brief, Hit]]:
    wanted = {rule.options["check"]: rule for rule in rules}
    for check, owner, hit in _hits(documents, set(wanted), options or BatchOptions()):
        yield wanted[check], owner.brief, hit


class _Loading(Sequence[Prints]):
    """The members' fingerprints, each loaded when asked for (the stock of its unit left out,
    with `stock_by_unit`), so that a pass over a whole batch holds one document's at a time."""

    def __init__(
        self, members: Sequence[_Entry], stock_by_unit: dict[str, Hashes] | None = None
    ) -> None:
        self.members = members
        self.stock_by_unit = stock_by_unit or {}

    def __len__(self) -> int:
        return len(self.members)

    def __getitem__(self, index: int) -> Prints:  # type: ignore[override]
        member = self.members[index]
        prints = member.prints
        stock = self.stock_by_unit.get(member.unit)
        if not stock:
            return prints
        kept = [(v, p) for v, p in prints if v not in stock]
        return Prints.of(kept)

    def __iter__(self) -> Iterator[Prints]:
        return (self[index] for index in range(len(self.members)))


def _containment(mine: set[int], other: set[int]) -> float:
    smaller = min(len(mine), len(other))
    return len(mine & other) / smaller if smaller else 0.0


def similarity_by_unit(
    documents: Sequence[Brief], form_lines: Sequence[str] = ()
) -> dict[str, tuple[list[Brief], list[list[float]]]]:
    """Per unit, how much of each pair of members' commitments is shared: the share of the
    smaller one's fingerprints found in the other, the form and the unit's stock text left
    out (those are reported on their own). A resemblance for the report's heat map; the
    copy findings come from the passage alignment."""
    form = form_hashes() | template_hashes(form_lines)
    found = {}
    for unit, group in sorted(_units(_entries(documents, "commitment")).items()):
        stock = _stock(group, form)
        own = [member.values() - form - stock for member in group]
        matrix = [[_containment(mine, other) for other in own] for mine in own]
        found[unit] = ([member.brief for member in group], matrix)
    return found
