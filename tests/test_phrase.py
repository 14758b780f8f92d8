import pytest
from conftest import document_from_text

from linter.checks.phrase import PatternError, compile_pattern, find
from linter.read.normalize import match_key
from linter.rules import load_rules


def spans(pattern, text):
    key = match_key(text)
    return [key[a:b] for a, b in find((pattern,), key)]


def test_optional_words_and_alternatives():
    pattern = "hoàn thành (tốt|xuất sắc) [chức trách] nhiệm vụ [được giao]"
    assert spans(pattern, "Luôn hoàn thành xuất sắc chức trách, nhiệm vụ được giao.") == [
        "hoàn thành xuất sắc chức trách, nhiệm vụ được giao"
    ]
    assert spans(pattern, "Hoàn thành tốt nhiệm vụ") == ["hoàn thành tốt nhiệm vụ"]


def test_bounded_gap():
    assert spans("nêu cao … trách nhiệm", "Luôn nêu cao tinh thần trách nhiệm") == [
        "nêu cao tinh thần trách nhiệm"
    ]
    assert spans("nêu cao {0,1} trách nhiệm", "nêu cao tinh thần trách nhiệm") == []


@pytest.mark.parametrize(
    "pattern", ["[tốt]", "(tốt|[rất tốt])", "(tốt|[khá])", "{0,2}", "…", "[tốt] {0,3} [nhiệm vụ]"]
)
def test_a_pattern_without_a_required_word_is_refused(pattern):
    with pytest.raises(PatternError, match="không có từ bắt buộc"):
        compile_pattern(pattern)


@pytest.mark.parametrize(
    "pattern", ["tốt", "[rất] tốt", "(tốt|khá)", "({1,2})", "[rất] (tốt|khá [lắm])", "-"]
)
def test_a_pattern_with_a_required_word_never_matches_the_empty_string(pattern):
    import re

    assert re.match(compile_pattern(pattern), "") is None


def test_case_nfd_and_old_tones_do_not_matter():
    import unicodedata

    text = unicodedata.normalize("NFD", "HOÀN THÀNH TỐT công tác hoà giải")
    assert spans("hoàn thành tốt công tác hòa giải", text) == ["hoàn thành tốt công tác hòa giải"]


def test_a_match_never_runs_over_the_end_of_a_sentence():
    assert spans("nêu cao tinh thần", "Luôn nêu cao, tinh thần") == ["nêu cao, tinh thần"]
    for stop in (".", "!", "?", "…"):
        assert spans("nêu cao tinh thần", f"Luôn nêu cao{stop} Tinh thần") == []
    assert spans("nêu cao … trách nhiệm", "nêu cao… trách nhiệm") == []


def test_syllable_boundaries():
    assert spans("nêu cao", "nêu caoo") == []
    assert spans("tốt", "tốtnghiệp") == []


@pytest.mark.parametrize("pattern", ["(tốt", "tốt]", "[]", "a | b"])
def test_malformed_patterns_are_rejected(pattern):
    with pytest.raises(PatternError):
        compile_pattern(pattern)


def test_phrase_findings_span_the_whole_item_and_respect_scope_and_concreteness():
    text = """BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2025
1. Về tư tưởng chính trị
- Hoàn thành tốt nhiệm vụ được giao.
3. Về thực hiện chức trách, nhiệm vụ được giao
- Luôn hoàn thành tốt nhiệm vụ được giao.
- Hoàn thành tốt nhiệm vụ được giao, cụ thể: dạy đủ 19 tiết/tuần, có 2 sáng kiến kinh nghiệm cấp huyện.
4. Về tổ chức kỷ luật"""
    document = document_from_text(text)
    rule = next(r for r in load_rules() if r.id == "CK101")
    from linter.checks.phrase import check

    hits = [hit for _, hit in check(document, [rule], set())]
    assert [(h.line, h.start, h.end) for h in hits] == [(5, 2, len(document.line(5).clean))]
    assert hits[0].values["match"] == "hoàn thành tốt nhiệm vụ được giao"


def test_exceptions_silence_a_phrase_in_the_same_item(tmp_path):
    from linter.checks.phrase import check as phrase_check
    from linter.rules import load_rules

    folder = tmp_path / "luat"
    folder.mkdir()
    (folder / "XY201-gio-giac.yaml").write_text(
        """id: XY201
name: vague.chap-hanh-gio-giac
kind: phrase
category: vague
severity: warning
scope: [section-3]
message: {vi: "Chung chung: {match}", en: "Vague: {match}"}
patterns: ["chấp hành (tốt|nghiêm) giờ giấc"]
exceptions: ["sổ theo dõi"]
examples: {bad: ["Chấp hành tốt giờ giấc làm việc."], good: ["Chấp hành nghiêm giờ giấc, ký sổ theo dõi khi đến và về."]}
""",
        encoding="utf-8",
    )
    rule = next(r for r in load_rules([folder]) if r.id == "XY201")
    text = """BẢN CAM KẾT NĂM 2025
3. Về thực hiện chức trách, nhiệm vụ được giao
- Chấp hành tốt giờ giấc làm việc.
- Chấp hành nghiêm giờ giấc, ký sổ theo dõi khi đến và về.
4. Về tổ chức kỷ luật"""
    hits = [hit.line for _, hit in phrase_check(document_from_text(text), [rule], set())]
    assert hits == [3]


def _phrase_scopes(context):
    """Each scope of the phrase rules (the parts they read) with all its rules' patterns."""
    from linter.checks.phrase import _scopes

    rules = [rule for rule in context.rules if rule.kind == "phrase"]
    for parts, scoped in _scopes(rules).items():
        yield parts, tuple(p for rule in scoped for p in rule.patterns)


def test_the_anchor_words_never_skip_an_item_the_rules_match(corpus_run):
    """On the corpus, every item a phrase rule's patterns match holds one of the anchor words
    the check tests first, and many items hold none of them."""
    from linter.checks.phrase import _anchors, _matcher, _targets
    from linter.read.normalize import fold

    report, context = corpus_run
    skipped = matched = total = 0
    for parts, patterns in _phrase_scopes(context):
        anchors, matcher = _anchors(patterns), _matcher(patterns)
        assert anchors
        for document in report.documents:
            for item in _targets(document, parts):
                key = fold(item.text)
                total += 1
                if matcher.search(" " + key):
                    matched += 1
                    assert any(anchor in key for anchor in anchors), item.text
                elif not any(anchor in key for anchor in anchors):
                    skipped += 1
    assert matched > 100 and skipped > total / 4


def test_searching_pattern_by_pattern_matches_the_texts_the_matcher_matches(corpus_run):
    """The check searches an item only with the patterns whose words it holds, one by one: on
    every corpus item and line this matches exactly the texts the patterns' matcher matches,
    and most texts holding one of a scope's words are searched with few of its patterns."""
    from linter.checks.phrase import _gates, _matcher, _may_match, _searchable, _targets
    from linter.read.normalize import fold

    report, context = corpus_run
    matched = total = fewer = 0
    for parts, patterns in _phrase_scopes(context):
        matcher, gates = _matcher(patterns), _gates(patterns)
        assert len(gates) == len(patterns) and all(words for words, _ in gates)
        for document in report.documents:
            texts = [item.text for item in _targets(document, parts)]
            texts += [line.clean for line in document.lines if line.clean]
            for text in texts:
                key = fold(text)
                found = bool(matcher.search(_searchable(key)))
                assert _may_match(gates, key) == found, text
                matched += found
                total += 1
                searched = sum(any(word in key for word in words) for words, _ in gates)
                fewer += 0 < searched < len(gates) / 2
    assert matched > 1000 and total > 50_000 and fewer > 10_000
