"""What a committed item or a reported result is about, in a form two texts can be compared on:
its content words (the longest words of underthesea's dictionary, linter.segment: the same cut
on both sides, where its model may cut one phrase two ways, "phụ đạo" / "phụ", "đạo"; duty and
attitude vocabulary set aside), their syllables, and its key terms — a named class, group or
place ("lớp 8B", "tổ số 3", "ấp Phước Hòa"), a proper name, a deliverable, a specific figure —
which name the very object a result reports on.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from linter import resources, segment
from linter.alternation import alternation
from linter.outline import surnames
from linter.read.normalize import fold, match_key, normalize

# Words that say how or that something was done, not what: besides the lexicon's function and
# attitude words, what results and commitments all say.
_RESULT_WORDS = frozenset(
    {
        "đã",
        "được",
        "kết quả",
        "đạt",
        "đạt được",
        "hoàn thành",
        "thực hiện",
        "bản thân",
        "tôi",
        "cam kết",
        "đăng ký",
        "nội dung",
        "nhiệm vụ",
        "việc",
        "công tác",
        "năm",
        "tháng",
        "ngày",
        "cụ thể",
        "phấn đấu",
        "tiếp tục",
        "đảm bảo",
        "bảo đảm",
        "tốt",
        "xong",
        "dự kiến",
        "đang",
        "chưa",
        "mới",
        "trên",
        "số",
        "gồm",
        "trong đó",
        "ít nhất",
        "tối thiểu",
        "trở lên",
        "tổng",
        "tổng số",
        # the frame of a plan rather than its object: when, how often, with whom
        "phối hợp",
        "trước",
        "sau",
        "đủ",
        "đầy đủ",
        "định kỳ",
        "hằng",
        "hằng ngày",
        "hằng tuần",
        "hằng tháng",
        "hằng quý",
        "mỗi",
        "lần",
        "kịp thời",
        "quy định",
        "kế hoạch",
        "chỉ tiêu",
        "năm học",
        "học kỳ",
        "cuối",
        "đầu",
        "giữa",
        "không quá",
        # acts every item and result names ("tham gia …", "triển khai …")
        "tham gia",
        "triển khai",
        "tiến hành",
    }
)
_GROUP_KINDS = ("lớp", "khối", "tổ", "đội", "phòng", "ấp", "thôn", "khóm", "khu phố", "xóm")
_GROUP_KINDS += ("tổ dân phố", "chi hội")
_GROUP_WORDS = rf"(?:{'|'.join(_GROUP_KINDS)})"
# "lớp 8B", "tổ số 3", and "Tổ nhân dân tự quản số 4" (a few words of its kind before "số").
_NAMED_GROUP = re.compile(
    rf"\b(?P<kind>{_GROUP_WORDS})(?:\s+(?:[^\W\d_]+\s+){{0,5}}?số)?\s+(?P<number>\d{{1,3}}\w*)\b"
)
_WORD = re.compile(r"[^\W_]+|[.!?;:,()\[\]]")  # a comma or a bracket ends a name too
_RUNS = re.compile(r"[^\W_]+(?:[ ][^\W_]+)*")  # words a stop or a comma does not separate
# letters, or a token of letters and digits together, a name as a whole ("5S", "lớp 3A")
_SYLLABLE = re.compile(r"\d+[^\W\d_][^\W_]*|[^\W\d_]+\d[^\W_]*|[^\W\d_]+")
_ABBREVIATION = 5  # "THCS", "BHYT": capitals of a common word, not a name


@dataclass(frozen=True)
class Terms:
    words: tuple[str, ...]  # content words in order (multi-syllable ones joined by a space)
    syllables: frozenset[str]  # the syllables of the content words
    names: frozenset[str]  # named classes, groups and places, proper names
    things: frozenset[str]  # deliverables: kinds of things many items name ("sổ", "phần mềm")
    figures: frozenset[str] = frozenset()  # specific figures: "38/38", "30/4", "6,0", "2.500"
    # the content words that name what the text is about, not how, where or how many: none of
    # the lexicon's duties, general objects, places, outcomes, units ("vận động", "hộ", "ấp")
    objects: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()  # numbered places: "thôn 3", "khu phố 2"

    @functools.cached_property  # asked of each item and result once per pair compared
    def keys(self) -> frozenset[str]:
        return self.names | self.things | self.figures

    @functools.cached_property  # asked of each clause and text compared clause by clause
    def word_set(self) -> frozenset[str]:
        return frozenset(self.words)

    @property
    def empty(self) -> bool:
        return not self.syllables


@functools.cache
def _stop_words() -> frozenset[str]:
    data = resources.data("lexicon")
    words = {match_key(w) for w in data["function"]}
    words |= {match_key(w) for w in data["abstract"]["attitude"]}
    words |= {match_key(w) for w in resources.data("review_terms")["frame_words"]}
    return frozenset(words | _RESULT_WORDS)


@functools.cache
def _generic_words() -> frozenset[str]:
    data = resources.data("lexicon")
    abstract = data["abstract"]
    groups = ("duty", "objects", "places", "outcomes", "role_generic")
    words = [*(w for group in groups for w in abstract[group]), *data["units"]]
    topics = {match_key(w) for w in resources.data("review_terms")["topic_abbreviations"]}
    # "ủy ban nhân dân" is "ubnd"
    return frozenset(_contracted(match_key(w)) for w in words) - topics


@functools.cache
def _field_words() -> frozenset[str]:
    words = resources.data("lexicon")["abstract"]["role_generic"]
    return frozenset(_contracted(match_key(w)) for w in words)


def fields_of(terms: Terms) -> frozenset[str]:
    """The words naming a post's whole field of work ("dân số", "kế toán"): what an item naming
    nothing else is about."""
    return frozenset(terms.words) & _field_words()


@functools.cache
def _contractions() -> tuple[re.Pattern[str], dict[str, str]]:
    data = resources.data("review_terms")["abbreviations"]
    table = {fold(long): fold(short) for short, long in data.items()}
    words = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{words})(?![^\W_])"), table


def _contracted(key: str) -> str:
    """A folded text with the words of a common abbreviation written as it ("thẻ bhyt" for
    "thẻ bảo hiểm y tế"): one word either way, as much as any other."""
    pattern, table = _contractions()
    return pattern.sub(lambda match: table[match.group()], key)


@functools.cache
def _synonyms() -> dict[str, str]:
    """Each word of a group of synonyms (rules/data/review_terms.yaml) and the group's first."""
    canonical = {}
    for group in resources.data("review_terms")["synonyms"]:
        first = match_key(group[0])
        for word in group:
            canonical[match_key(word)] = first
    return canonical


@functools.cache
def _deliverables() -> tuple[frozenset[str], dict[str, int]]:
    """The deliverables of the lexicon, and by first syllable the most syllables of one."""
    things = frozenset(match_key(w) for w in resources.data("lexicon")["deliverables"])
    longest: dict[str, int] = {}
    for thing in things:
        first, size = thing.split()[0], len(thing.split())
        longest[first] = max(longest.get(first, 0), size)
    return things, longest


@functools.cache
def _common_abbreviations() -> frozenset[str]:
    data = resources.data("review_terms")
    return frozenset(fold(w) for w in [*data["common_abbreviations"], *data["abbreviations"]])


_ROMAN_NUMERAL = re.compile(r"^[IVXLC]+$")


def _inner_capital(token: str) -> bool:
    """A capital after a small letter: "VNeID", "VietGAP", "eTax"."""
    small = [index for index, char in enumerate(token) if char.islower()]
    return bool(small) and any(char.isupper() for char in token[small[0] + 1 :])


def _brand(token: str) -> bool:
    """One word that names a product, system or body by itself: capitals inside a word
    ("VNeID", "VietGAP"), or capitals that abbreviate no common word ("MISA", not "BHYT")."""
    if token.islower() or token[1:].islower() or not token.isalpha():
        return False  # most words: no capital, or only the first
    if _ROMAN_NUMERAL.match(token):
        return False
    if _inner_capital(token):
        return True
    return token.isupper() and len(token) >= 3 and fold(token) not in _common_abbreviations()


def _names(clean: str) -> set[str]:
    """Runs of capitalised words inside a sentence: names ("ấp Phước Hòa", "Khoa Dược"); and a
    word that is a name by itself ("phần mềm MISA")."""
    names, run = set(), []
    first = True  # the first word of a sentence is capitalised whatever it is
    for token in [*_WORD.findall(clean), "."]:
        if token.islower():  # most words: no capital, so no name nor brand; ends a run
            if len(run) > 1:
                names.add(" ".join(run))
            run, first = [], False
            continue
        if not token[0].isalnum():  # punctuation: ends a run
            if len(run) > 1:
                names.add(" ".join(run))
            run = []
            first = first or token in ".!?;:"
            continue
        if _brand(token):
            names.add(fold(token))
        capital = token[0].isupper() and not token.isdigit()
        abbreviation = token.isupper() and len(token) <= _ABBREVIATION
        if capital and not first and not abbreviation:
            run.append(fold(token))
            continue
        if len(run) > 1:  # one capitalised word is as often a weekday or a subject as a name
            names.add(" ".join(run))
        run = []
        first = False
    return names


# A person named in full ("Lương Văn Hải", "Trần Thị Nụ"): a family name and two syllables or
# more after it.
PERSON_SYLLABLES = 3


def is_person(name: str) -> bool:
    """Is a name (folded) a person's full name?"""
    syllables = name.split()
    return len(syllables) >= PERSON_SYLLABLES and syllables[0] in surnames()


def named_group_spans(key: str) -> list[tuple[tuple[int, int], str]]:
    """The named groups of a folded text, each with its span and its short name ("tổ 4")."""
    return [
        (match.span(), f"{match['kind']} {match['number'].lstrip('0') or '0'}")
        for match in _NAMED_GROUP.finditer(key)
    ]


def named_groups(key: str) -> list[str]:
    return [name for _, name in named_group_spans(key)]


# The places a member lives or works in, named by their number: a class ("lớp 9", "thi vào
# lớp 10") or a team is named by its number as often as anything else is counted.
_PLACE_KINDS = frozenset({"ấp", "thôn", "khóm", "khu phố", "xóm", "tổ dân phố"})
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")
_LISTED_AFTER = re.compile(r"\s*(?:,|và|đến|tới|-|–)\s*(?:[^\W\d_]+\s+)?\d")


@functools.cache
def _unit_words() -> frozenset[str]:
    return frozenset(match_key(word) for word in resources.data("lexicon")["units"])


def _places(key: str) -> frozenset[str]:
    """The numbered places a folded text names, not a count that follows a place's kind
    ("họp tổ dân phố 02 tháng/lần" counts months); no place of a kind named in a list or a
    range ("thôn 3, 4 và 5", "ấp 1 đến ấp 4": more than the numbers written after the kind)."""
    found, listed = set(), set()
    for (_, end), name in named_group_spans(key):
        kind = name.rpartition(" ")[0]
        if kind not in _PLACE_KINDS:
            continue
        if _LISTED_AFTER.match(key, end):
            listed.add(kind)
        after = _NEXT_WORD.match(key, end)
        if not (after and after[1] in _unit_words()):
            found.add(name)
    return frozenset(name for name in found if name.rpartition(" ")[0] not in listed)


@functools.cache
def _bodies() -> re.Pattern[str]:
    words = sorted((match_key(w) for w in resources.data("review_terms")["bodies"]), key=len)
    return re.compile(r"\b(?:" + alternation(reversed(words)) + r")\b")  # the longest first


def _named(clean: str, key: str) -> frozenset[str]:
    return frozenset(set(named_groups(key)) | _names(clean) | set(_bodies().findall(key)))


# A figure specific enough that two texts holding it speak of one thing: a ratio or a date
# ("38/38", "30/4/2025"), a decimal ("6,0"), a number of two digits or more; not a year, nor
# the everyday 100 (%).
_FIGURE = re.compile(r"(?<![\d/.,])\d{1,4}(?:[/.,]\d{1,4})*(?![\d/.,]\d)")


_LEADING_ZEROS = re.compile(r"(?:^|(?<=/))0+(?=\d)")  # "02", "05/7": as "2", "5/7"
# A date without its day or its year ("4/2025", "30/4"): many items and results name the month.
_PARTIAL_DATE = re.compile(
    r"^(?:(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}|(?:[0-2]?\d|3[01])/(?:0?[1-9]|1[0-2]))$"
)


def _specific_figures(key: str) -> frozenset[str]:
    found = set()
    for match in _FIGURE.finditer(key):
        figure = _LEADING_ZEROS.sub("", match.group().rstrip(".,"))
        if figure.isdigit() and (
            len(figure) < 2
            or figure == "100"
            or (figure.startswith(("19", "20")) and len(figure) == 4)
        ):
            continue  # "02 em" is as everyday as "2 em"
        found.add(figure)
        whole = _RATIO.fullmatch(figure)
        if whole and not is_partial_date(figure) and int(whole[2]) > 1:
            found.add(whole[2])  # "40/41 học sinh": of the 41 an item counts
    return frozenset(found)


_RATIO = re.compile(r"(\d{1,4})/(\d{2,4})")


# A count and the thing counted ("4 phòng học", "05 cụm loa"): as specific as a figure, where a
# count of a lexicon's unit ("2 buổi", "30 hộ") is not.
_COUNT = re.compile(r"(?<![\d/.,])(\d{1,4})\s+(?=[^\W\d_])")


# A number after one of these words names or dates the word ("tháng 7 đưa tàu", "tổ 4 họp",
# "lớp 9 thi"): what follows it is no thing counted.
_NUMBERED_BY = frozenset(
    ["tháng", "ngày", "quý", "năm", "tuần", "kỳ", "số", "đợt", "giờ", "lần", "chuyền", "ca", "bản"]
    + [kind.split()[-1] for kind in _GROUP_KINDS]
    + ["khu"]
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\W*$")


def _counted(key: str) -> frozenset[str]:
    """Each count and the thing it counts ("4 phòng học")."""
    found = set()
    for match in _COUNT.finditer(key):
        before = _WORD_BEFORE.search(key, 0, match.start())
        if before and before[1] in _NUMBERED_BY:
            continue
        run = _RUNS.match(key, match.end())
        if run is None:
            continue
        counted = segment.dictionary_words(run.group())[0]
        if counted not in _unit_words() and counted not in _stop_words():
            found.add(f"{int(match.group(1))} {counted}")
    return frozenset(found)


def is_partial_date(figure: str) -> bool:
    """A month of a year or a day of a month: shared by two texts, it ties them to nothing."""
    return bool(_PARTIAL_DATE.match(figure))


# A campaign, contest or product named in quotes ("Ngày thứ Bảy tình nguyện", "Nhà nông đua
# tài"): what the text is about, whatever words each tells it in.
_QUOTED = re.compile(r"[\"“]([^\"“”]{4,60})[\"”]")
QUOTED_WORDS = (2, 8)


def _quoted_titles(key: str) -> frozenset[str]:
    low, high = QUOTED_WORDS
    return frozenset(
        title.strip()
        for title in _QUOTED.findall(key)
        if low <= len(title.split()) <= high and not any(c.isdigit() for c in title)
    )


def _things(key: str) -> frozenset[str]:
    """The deliverables the text names, looked up by their syllables (every run of one to as
    many syllables as the longest has, between stops)."""
    (known, longest), found = _deliverables(), set()
    for run in _RUNS.findall(key):
        syllables = run.split()
        if longest.keys().isdisjoint(syllables):
            continue  # most runs: no deliverable starts in them
        starts, ends = _word_bounds(run)
        for start, first in enumerate(syllables):
            if start not in starts:
                continue
            for size in range(1, min(longest.get(first, 0), len(syllables) - start) + 1):
                phrase = " ".join(syllables[start : start + size])
                if phrase in known and start + size in ends:
                    found.add(phrase)
    return frozenset(found)


def _word_bounds(run: str) -> tuple[set[int], set[int]]:
    """Where the run's dictionary words start and end, counted in syllables: a deliverable is
    whole words ("kho" is not in "Kho bạc Nhà nước")."""
    starts, ends, at = set(), set(), 0
    for word in segment.dictionary_words(run):
        starts.add(at)
        at += len(word.split())
        ends.add(at)
    return starts, ends


def _words(run: str, stop: frozenset[str]) -> list[str]:
    """The dictionary words of a run, a word made of a function word and one syllable giving
    that syllable back to the word it opens with the next ("không có lý do": "có" and "lý do",
    not "có lý" and "do"), as the longest match from the left cannot see."""
    words = list(segment.dictionary_words(run))
    for index in range(len(words) - 1):
        first, _, second = words[index].partition(" ")
        if first in stop and second and " " not in second and " " not in words[index + 1]:
            joined = f"{second} {words[index + 1]}"
            if segment.dictionary_words(joined) == (joined,):
                words[index : index + 2] = [first, joined]
    return words


@functools.lru_cache(maxsize=16384)  # texts share most of their words
def _content_word(word: str) -> tuple[str, tuple[str, ...]] | None:
    """A dictionary word as a content word (its group's first for a synonym) with its syllables
    of two letters or more, None for a function, attitude or frame word: a kept word keeps all
    its syllables ("cao tuổi" keeps "cao", an attitude word alone)."""
    if word in _stop_words() or not _SYLLABLE.search(word):
        return None
    word = _synonyms().get(word, word)
    return word, tuple(s for s in _SYLLABLE.findall(word) if len(s) > 1)


@functools.lru_cache(maxsize=16384)
def terms_of(text: str) -> Terms:
    """The terms of one item or result (any text: it is normalised here)."""
    clean = normalize(text).text
    key = fold(clean)
    words, syllables = _content(key)
    generic = _generic_words()
    return Terms(
        tuple(words),
        frozenset(syllables),
        _named(clean, key),
        _things(key) | _quoted_titles(key),
        _specific_figures(key) | _counted(key),
        frozenset(word for word in words if word not in generic),
        _places(key),
    )


@functools.lru_cache(maxsize=16384)
def content_terms(text: str) -> Terms:
    """The terms of a text compared on its content words alone, an item's clause
    (linter.trace.match): its words, their syllables and those naming what it is about; its
    key terms (names, deliverables, figures), which nothing asks of a clause, are left empty."""
    words, syllables = _content(fold(normalize(text).text))
    generic = _generic_words()
    return Terms(
        tuple(words),
        frozenset(syllables),
        frozenset(),
        frozenset(),
        objects=frozenset(word for word in words if word not in generic),
    )


# A loanword written with hyphens between its syllables ("ki-ốt", "in-tơ-nét") is one word:
# its pieces alone ("ki", "ốt") name nothing, and would weigh as two words in common.
_LOANWORD_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def _content(key: str) -> tuple[list[str], set[str]]:
    """The content words of a folded text, in order, and their syllables."""
    stop = _stop_words()
    words: list[str] = []
    syllables: set[str] = set()
    # letters and digits between punctuation, the loanwords' hyphens taken out
    for run in _RUNS.findall(_contracted(_LOANWORD_HYPHEN.sub("", key))):
        for word in _words(run, stop):
            content = _content_word(word)
            if content is not None:
                words.append(content[0])
                syllables.update(content[1])
    return words, syllables
