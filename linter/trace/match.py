"""Which reported results answer which committed items.

Members rarely report in the order or the words they committed: a result may paraphrase the
item, merge two items in one sentence, or sit under a neighbouring heading. Two texts are
compared on their content syllables, each weighted by how rare it is among the texts of this
one commitment and report (a word every item of a teacher's commitment holds, "học sinh",
tells little about which item a result answers), on their key terms (a named class, place or
deliverable) and on rapidfuzz's token-set similarity of their content words.

An item is answered by a result that covers most of what the item is about; a result answers
nothing when it shares no more than a word or two with any item. Between the two lies what is
neither reported as a gap nor as a stray result: precision first, both ways.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from linter.trace.terms import Terms, content_terms, is_partial_date, is_person, terms_of

# An item is answered by a result holding at least this share of its weighted content…
COVERS = 0.5
# …or this share with a key term in common ("lớp 8B", "ấp Phước Hòa", "sổ theo dõi")…
COVERS_WITH_KEY = 0.3
# …or whose content words are this similar to its own (rapidfuzz token-set ratio, 0–1)…
SIMILAR = 0.8
# (a text of two or three content words is "similar" to any item holding them: "Tổ chức ngày
# 21/3/2026, 56 đoàn viên dự" to "Giới thiệu 02 đoàn viên ưu tú …", so the text holds at least
# this share of the item too)…
SIMILAR_COVER = 0.1
# (and more than one word naming what it is about, or three syllables, or nearly all its own
# content the item's words, "Luôn niềm nở, tận tình với người dân": "Buổi 1 tổ chức ngày
# 18/3/2026 cho 07 điều dưỡng mới" shares only "điều dưỡng" with "… lập lịch trực tháng gửi
# điều dưỡng viên …")…
SIMILAR_OBJECTS = 2
ALL_ITEM_WORDS = 0.8
# …always sharing at least this many content syllables.
MIN_SHARED = 2
# A result also answers an item when it holds this share of one of the item's clauses ("Nhập,
# xuất thuốc trên phần mềm quản lý dược ngay trong ngày, số liệu khớp với sổ sách …"), or
# when, sharing a key term, most of its own content is the item's: with more syllables in
# common than MIN_SHARED.
CLAUSE_COVERS = 0.6
MOSTLY_ITEM = 0.4
MIN_SHARED_PART = 3
# Two specific figures in common ("38/38" and "30/4/2025") tie a result to its item whatever
# its wording ("đến nhà cả 38 em" for "thăm gia đình từng học sinh").
SHARED_FIGURES = 2
# Three key terms in common, names, places, deliverables or figures ("tổ 1", "tổ 2" and "15" of
# "… vận động 15 hộ … tổ 1 và tổ 2" in "được 11/15 hộ; tổ 1 tổ 2 em vận động được 4 hộ") tie a
# result to its item with less of its words.
SHARED_KEYS = 3
# …or two, one of them a count of this many figures (a count so rare no other item holds it).
RARE_COUNT = 3
KEYS_COVER = 0.2
# A table row's "Nội dung đã cam kết" cell names its item when it covers this share of it.
CLAIM_COVERS = 0.6
WHOLE = 0.99  # all of a text's content (a float's share of itself may fall short of 1)
# A result is related to an item (and so not "for nothing committed") when either covers this
# share of the other, or this share with a name in common ("tổ 4", "Hội Nông dân" alone
# tie a tổ trưởng's or a chi hội trưởng's every line), or they share a figure that is not a
# bare month or day ("186/186", "22/3/2025").
RELATED = 0.3
RELATED_NAMED = 0.2


@dataclass(frozen=True)
class Affinity:
    """How an item and a text compare."""

    # (the shares and key terms below leave out the proper names both texts hold: `named`)
    item_cover: float  # the item's weighted content the text holds
    text_cover: float  # the text's weighted content the item holds
    shared: int  # content syllables in common
    keys: frozenset[str]  # key terms in common
    similarity: float  # token-set ratio of their content words, 0–1
    clause_cover: float = 0.0  # the most of one of the item's clauses the text holds
    clause_shared: int = 0  # content syllables that clause and the text have in common
    shared_names: frozenset[str] = frozenset()  # the key terms in common that are names
    shared_figures: frozenset[str] = frozenset()  # the specific figures in common
    shared_objects: int = 0  # content words in common that name what they are about
    # that clause names nothing but how, where or how many ("… đến từng hộ vận động thu xong"),
    # or the text names what it is about too ("thu")
    clause_named: bool = True
    # the larger share with the names in common left in: what ties the two, not what answers
    tie_cover: float = 0.0
    named: frozenset[str] = frozenset()  # the syllables of the names in common
    # each names a numbered place of one kind, none the same ("Chi hội Khu phố 2", "Chi bộ Khu
    # phố 1"): the result is about another place's work
    other_place: bool = False

    @property
    def answers(self) -> bool:
        if self.other_place:
            return False
        if self.shared < MIN_SHARED:
            # an item of one content word and a date ("nộp kế hoạch năm học … trước ngày
            # 15/9/2026"): answered by the result naming both
            return self.shared == 1 and self.item_cover >= COVERS and bool(self.exact_figures)
        return (
            self.item_cover >= COVERS
            or (bool(self.keys) and self.item_cover >= COVERS_WITH_KEY)
            or (
                self.similarity >= SIMILAR
                and self.item_cover >= SIMILAR_COVER
                and (
                    self.shared >= MIN_SHARED_PART
                    or self.shared_objects >= SIMILAR_OBJECTS
                    or self.text_cover >= ALL_ITEM_WORDS
                )
            )
            or (
                self.clause_cover >= CLAUSE_COVERS
                and self.clause_shared >= MIN_SHARED_PART
                and self.clause_named
            )
            or (
                bool(self.keys)
                and self.text_cover >= MOSTLY_ITEM
                and self.shared >= MIN_SHARED_PART
            )
            or len(self.shared_figures) >= SHARED_FIGURES
            # a person named in full in both, and what was done with them ("Quần chúng Lương
            # Văn Hải đã học xong lớp bồi dưỡng nhận thức về Đảng" for "Bồi dưỡng quần chúng ưu
            # tú Lương Văn Hải … để giới thiệu chi bộ xem xét kết nạp")
            or (
                any(is_person(name) for name in self.shared_names)
                and self.content_shared >= MIN_SHARED
            )
            or (len(self.keys) >= SHARED_KEYS and self.item_cover >= KEYS_COVER)
            or (len(self.keys) >= MIN_SHARED and self._rare_count_shared)
        )

    @property
    def exact_figures(self) -> frozenset[str]:
        """The figures in common written exactly: a full date, a ratio, an amount ("15/9/2026",
        "38/38", "1.200"), not a bare month or day."""
        return frozenset(
            f for f in self.shared_figures if re.search(r"[/.,]", f) and not is_partial_date(f)
        )

    @property
    def names_item(self) -> bool:
        """A claimed-content cell naming the item (it is usually a shortened copy of it): by
        words in common, or by one of its key terms alone, the whole cell ("Sáng kiến kinh
        nghiệm", one term once contracted, for "Viết sáng kiến kinh nghiệm “Rèn kỹ năng …”")."""
        if self.shared < MIN_SHARED:
            return bool(self.keys) and self.text_cover >= WHOLE and self.similarity >= SIMILAR
        return self.answers or max(self.item_cover, self.similarity) >= CLAIM_COVERS

    @property
    def _rare_count_shared(self) -> bool:
        """A count of three figures or more in common ("412" of "Số hóa hồ sơ 412 đảng viên …"
        and "Hoàn thành số hóa hồ sơ 412 đảng viên ngày 26/6/2026"): no other item counts it."""
        return any(figure.isdigit() and len(figure) >= RARE_COUNT for figure in self.shared_figures)

    @property
    def content_shared(self) -> int:
        """Content syllables in common, those of the names both hold left out."""
        return self.shared - len(self.named)

    @property
    def dated_figure(self) -> bool:
        """A figure in common that is not a bare month or day ("186/186", "22/3/2025")."""
        return any(not is_partial_date(figure) for figure in self.shared_figures)

    @property
    def related(self) -> bool:
        if self.dated_figure:
            return True
        cover = self.tie_cover
        if self.shared_names and cover >= RELATED_NAMED:  # not a deliverable ("phần mềm", "sổ")
            return True
        if (
            self.clause_cover >= CLAUSE_COVERS
            and self.clause_shared >= MIN_SHARED
            and self.shared_objects >= MIN_SHARED
        ):
            # one of the item's clauses told again by what it is about ("tỷ lệ hàng lỗi phải
            # sửa 1,6%" of "Đạt 105% định mức …, hàng lỗi dưới 2%")
            return True
        return self.shared >= MIN_SHARED and cover >= RELATED

    @property
    def related_by_content(self) -> bool:
        """Related by more than the places and bodies both name: by what was done."""
        if self.other_place:
            return False
        if self.dated_figure:
            return True
        cover = max(self.item_cover, self.text_cover)
        return self.content_shared >= MIN_SHARED and cover >= RELATED

    @property
    def score(self) -> float:
        """How well the text answers the item, to rank the texts that do."""
        return self.item_cover + self.similarity / 2 + (0.1 if self.keys else 0.0)


NOTHING = Affinity(0.0, 0.0, 0, frozenset(), 0.0)  # most pairs (frozen: one for all)


class Matcher:
    """Compares the items of one commitment with the texts of one report."""

    def __init__(self, items: Sequence[str], texts: Sequence[str]) -> None:
        self.items = [terms_of(text) for text in items]
        self._item_texts = list(items)
        self._clauses: dict[int, list[Terms]] = {}  # made when first asked: _clauses_of
        self.texts = [terms_of(text) if text else None for text in texts]
        everything = [t for t in (*self.items, *self.texts) if t is not None]
        counts = Counter(s for terms in everything for s in terms.syllables)
        total = len(everything)
        self._weights = {s: math.log((total + 1) / (n + 0.5)) for s, n in counts.items()}
        self._sums: dict[frozenset[str], float] = {}

    def _weight(self, syllables: frozenset[str]) -> float:
        found = self._sums.get(syllables)
        if found is None:
            weights = self._weights
            found = self._sums[syllables] = sum([weights.get(s, 0.0) for s in syllables])
        return found

    def _clauses_of(self, item: int) -> list[Terms]:
        """The terms of an item's clauses if it has two or more, else none: made when first
        asked, as only an item with words in common with a text is compared clause by clause."""
        found = self._clauses.get(item)
        if found is None:
            pieces = _clauses_of_text(self._item_texts[item])
            found = [content_terms(piece) for piece in pieces] if len(pieces) >= 2 else []
            self._clauses[item] = found
        return found

    def affinity(self, item: int, text: int) -> Affinity:
        found = self.compare(self.items[item], self.texts[text])
        if found.shared < MIN_SHARED or len(self._clauses_of(item)) < 2:
            return found
        best = max(
            (
                self._cover(clause, self.texts[text], found.named)
                for clause in self._clauses_of(item)
            ),
            default=(0.0, 0, True),
        )
        return replace(found, clause_cover=best[0], clause_shared=best[1], clause_named=best[2])

    def _cover(
        self, clause: Terms, other: Terms | None, names: frozenset[str]
    ) -> tuple[float, int, bool]:
        """How much of a clause the text holds, `names` (syllables of names both hold) left
        out; and whether the clause names what it is about or the text does too."""
        if other is None or clause.empty:
            return 0.0, 0, True
        shared = same_words(clause, other, (clause.syllables & other.syllables) - names)
        weight = self._weight(clause.syllables - names)
        named = not clause.objects or bool(clause.objects & other.objects)
        # one long word in common ("hướng dẫn viên") is one thing named, not a clause answered
        if len(clause.word_set & other.word_set) < 2:
            return 0.0, 0, named
        return (self._weight(shared) / weight if weight else 0.0), len(shared), named

    def compare(self, item: Terms, other: Terms | None) -> Affinity:
        if other is None or item.empty or other.empty:
            return NOTHING
        shared = item.syllables & other.syllables
        if not shared and not item.keys & other.keys:
            return NOTHING  # nothing in common: not compared
        shared_names = item.names & other.names
        tie = self._covers(shared, item.syllables, other.syllables)
        # a place or body both name ("khu Đồi Giang", "thôn Khe Mạ") is where or with whom,
        # not what was done: it ties the result to the item, but the rest must answer it
        named = _syllables_of(_places_and_bodies(shared_names)) & shared if shared_names else _NONE
        covers = (
            self._covers(shared - named, item.syllables - named, other.syllables - named)
            if named
            else tie
        )
        keys = item.keys & other.keys
        objects = item.objects & other.objects
        similarity = fuzz.token_set_ratio(" ".join(item.words), " ".join(other.words)) / 100
        return Affinity(
            *covers,
            len(shared),
            _unnamed(keys, named),
            similarity,
            shared_names=shared_names,
            shared_figures=item.figures & other.figures,
            shared_objects=len(_unnamed(objects, named)),
            tie_cover=max(tie),
            named=named,
            other_place=_other_place(item.places, other.places),
        )

    def _covers(
        self, shared: frozenset[str], item: frozenset[str], other: frozenset[str]
    ) -> tuple[float, float]:
        """The weighted share of the item, and of the other text, that `shared` is."""
        weight, item_weight, other_weight = (
            self._weight(shared),
            self._weight(item),
            self._weight(other),
        )
        return (
            weight / item_weight if item_weight else 0.0,
            weight / other_weight if other_weight else 0.0,
        )


_NONE: frozenset[str] = frozenset()


def _by_kind(places: frozenset[str]) -> dict[str, set[str]]:
    """Numbered places by kind: {"khu phố": {"2"}} for "khu phố 2"."""
    found: dict[str, set[str]] = {}
    for place in places:
        kind, _, number = place.rpartition(" ")
        found.setdefault(kind, set()).add(number)
    return found


def _other_place(item: frozenset[str], other: frozenset[str]) -> bool:
    if not item or not other:
        return False
    mine, theirs = _by_kind(item), _by_kind(other)
    return any(kind in theirs and not numbers & theirs[kind] for kind, numbers in mine.items())


def _unnamed(words: frozenset[str], named: frozenset[str]) -> frozenset[str]:
    """The words (or key terms) that are not (part of) a name in common."""
    if not named:
        return words
    return frozenset(word for word in words if not named.issuperset(word.split()))


def _places_and_bodies(names: frozenset[str]) -> frozenset[str]:
    """The names of several words (a place, a body, a person); a one-word name is a product or
    system in capitals ("VNeID", "MISA", "GeoGebra"): what the work is done with, not where."""
    return frozenset(name for name in names if " " in name)


def _syllables_of(names: frozenset[str]) -> frozenset[str]:
    """The syllables of proper names: a numbered group ("lớp 3A") is what the work is about."""
    return frozenset(
        syllable
        for name in names
        if not any(char.isdigit() for char in name)
        for syllable in name.split()
    )


# Stops and commas, and before a condition ("không vắng ca trực nếu không có lý do chính đáng":
# the result "không vắng ca nào" answers the clause before it).
_CLAUSE_BREAK = re.compile(r"[;.:!?]\s+|,\s+|\s+(?=(?:nếu|trừ khi|trừ trường hợp)\s)")
MIN_CLAUSE_WORDS = 4  # a shorter piece ("Nhập,") belongs with the next


@functools.lru_cache(maxsize=4096)  # each report's matchers cut the same items
def _clauses_of_text(text: str) -> tuple[str, ...]:
    return tuple(clauses(text))


_LIST_COMMA = re.compile(r"(?<=\w),\s+(?=\w)")


def _names_listed(text: str) -> str:
    """A list of names kept in one clause: "tại các bản Tả Cáng, Nậm Sìn, Co Muông" is where the
    task is done, not a clause of its own that any result naming those places answers."""

    def comma(found: re.Match[str]) -> str:
        before, after = text[: found.start()].split()[-1:], text[found.end() :].split()[:1]
        capitals = before and after and before[0][:1].isupper() and after[0][:1].isupper()
        return " " if capitals else found.group(0)

    return _LIST_COMMA.sub(comma, text)


def clauses(text: str) -> list[str]:
    """The clauses of an item: cut at stops and commas (not those of a list of names), a piece
    of fewer than MIN_CLAUSE_WORDS words kept with the next."""
    pieces, held = [], ""
    for piece in _CLAUSE_BREAK.split(_names_listed(text)):
        held = f"{held} {piece}".strip() if held else piece.strip()
        if len(held.split()) >= MIN_CLAUSE_WORDS:
            pieces.append(held)
            held = ""
    if held:
        if pieces:
            pieces[-1] = f"{pieces[-1]} {held}"
        else:
            pieces.append(held)
    return pieces


def same_words(mine: Terms, theirs: Terms, shared: frozenset[str]) -> frozenset[str]:
    """The syllables in common that are words of their own in either text, or of a word both
    hold: not a syllable of two different words ("chủ" of "chủ động" and of "chủ hàng", "giờ"
    of "48 giờ" and of "đúng giờ")."""
    counted = {w for w in (*mine.words, *theirs.words) if " " not in w}
    counted.update(s for word in mine.word_set & theirs.word_set for s in word.split())
    return shared & frozenset(counted)
