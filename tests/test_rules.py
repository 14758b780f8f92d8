import unicodedata
from pathlib import Path

import pytest

from linter.checks import KINDS
from linter.examples import run_examples
from linter.resources import rules_dir
from linter.rules import load_rules
from linter.yamlfile import FileError

RULES = load_rules()
EXAMPLES = [result for rule in RULES for result in run_examples(rule)]


def _example_id(result):
    index = [r for r in EXAMPLES if r.rule == result.rule].index(result)
    return f"{result.rule}_{index}"


@pytest.mark.parametrize("result", EXAMPLES, ids=_example_id)
def test_rule_examples(result):
    assert result.ok, f"{result.rule} {result.expected}: {result.sentence}"


@pytest.mark.parametrize(
    "rule", [r for r in RULES if KINDS[r.kind].needs_examples], ids=lambda r: r.id
)
def test_every_rule_has_bad_and_good_examples(rule):
    assert rule.examples.get("bad") and rule.examples.get("good")


def test_rule_files_are_named_by_their_id_and_ids_are_unique():
    for rule in RULES:
        assert Path(rule.source).name.startswith(rule.id + "-")
    assert len({r.id for r in RULES}) == len({r.name for r in RULES}) == len(RULES)


def test_phrases_are_nfc_trimmed_and_unique_across_rules():
    seen = set()
    for rule in RULES:
        for pattern in (*rule.patterns, *rule.exceptions):
            assert pattern == unicodedata.normalize("NFC", pattern) == pattern.strip()
            assert pattern not in seen, pattern
            seen.add(pattern)


def test_every_rule_has_vietnamese_and_english_messages():
    for rule in RULES:
        assert rule.message.get("vi") and rule.message.get("en"), rule.id


def test_data_files_are_well_formed():
    import yaml

    template = yaml.safe_load((rules_dir() / "data/template.yaml").read_text(encoding="utf-8"))
    assert [p["part"] for p in template["parts"]] == [1, 2, 3, 4, 5, 6]
    issuers = yaml.safe_load((rules_dir() / "data/issuers.yaml").read_text(encoding="utf-8"))
    assert {entry["level"] for entry in issuers["issuers"].values()} <= set(issuers["levels"])


GOOD_RULE = """id: XY101
name: vague.thu-nghiem
kind: phrase
category: vague
severity: warning
scope: [section-3]
message: {vi: "Chung chung: {match}", en: "Vague: {match}"}
patterns: ["chấp hành tốt"]
examples: {bad: ["Chấp hành tốt mọi chủ trương."], good: ["Chấp hành đủ 12 buổi sinh hoạt."]}
"""


def write_rule(folder, text, name="XY101-thu-nghiem.yaml"):
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_user_rule_folder_adds_rules(tmp_path):
    rules = load_rules([write_rule(tmp_path / "luat", GOOD_RULE)])
    assert "XY101" in {r.id for r in rules}


@pytest.mark.parametrize(
    ("change", "line", "words"),
    [
        (lambda t: t.replace("patterns:", "patern:"), 8, "patern"),
        (lambda t: t.replace("kind: phrase", "kind: regex"), 3, "kind"),
        (lambda t: t.replace("severity: warning", "severity: fatal"), 5, "severity"),
        (lambda t: t.replace('["chấp hành tốt"]', '["chấp hành (tốt"]'), 8, "thiếu"),
        (lambda t: t.replace("scope: [section-3]", "scope: [phan-3]"), 6, "phạm vi"),
        (lambda t: t.replace('message: {vi: "Chung chung: {match}", ', "message: {"), 7, "vi"),
        (lambda t: t + "id: XY102\n", 10, "lặp"),
        (lambda t: t + "suggestion:\n  default: {vi: a}\n  giao-vien: {vi: b}\n", 12, "giao-vien"),
    ],
)
def test_a_bad_rule_file_names_file_line_and_problem(tmp_path, change, line, words):
    folder = write_rule(tmp_path / "luat", change(GOOD_RULE))
    with pytest.raises(FileError) as error:
        load_rules([folder])
    assert error.value.path.endswith("XY101-thu-nghiem.yaml")
    assert error.value.line == line
    assert words in error.value.message


def test_a_rule_clashing_with_a_builtin_code_is_refused(tmp_path):
    folder = write_rule(tmp_path / "luat", GOOD_RULE.replace("XY101", "CK101"), "CK101-x.yaml")
    with pytest.raises(FileError, match="trùng"):
        load_rules([folder])


def test_invalid_yaml_syntax_names_the_line(tmp_path):
    folder = write_rule(tmp_path / "luat", "id: XY101\nname: [unclosed\n")
    with pytest.raises(FileError) as error:
        load_rules([folder])
    assert error.value.line is not None and "YAML" in error.value.message


def _lexicon_entries():
    import yaml

    data = yaml.safe_load((rules_dir() / "data/lexicon.yaml").read_text(encoding="utf-8"))
    filler = [w for words in data["abstract"].values() for w in words] + data["function"]
    return filler, data["units"]


def test_lexicon_entries_are_clean_strings():
    filler, units = _lexicon_entries()
    for word in filler + units:
        # YAML 1.1 reads a bare `no`/`yes`/`on` as a boolean: every entry must stay a string.
        assert isinstance(word, str), word
        assert word == unicodedata.normalize("NFC", word) == word.strip() == word.lower(), word


def test_lexicon_filler_vocabulary_has_no_duplicates():
    from collections import Counter

    filler, units = _lexicon_entries()
    assert [w for w, n in Counter(filler).items() if n > 1] == []
    assert [w for w, n in Counter(units).items() if n > 1] == []


def test_roles_and_role_examples_are_well_formed():
    import yaml

    roles = yaml.safe_load((rules_dir() / "data/roles.yaml").read_text(encoding="utf-8"))["roles"]
    examples = yaml.safe_load((rules_dir() / "data/role_examples.yaml").read_text(encoding="utf-8"))
    expected = {"teacher", "health", "police", "military", "commune", "clerk", "worker", "student"}
    expected.add("accountant")
    assert set(roles) == expected and set(examples) == expected | {"default"}
    for role, fields in roles.items():
        assert (
            set(fields) == {"position", "content"} and fields["position"] and fields["content"]
        ), role
    for role, entries in examples.items():
        assert entries and all(set(e) == {"vi", "en"} for e in entries), role


def test_suggestions_are_keyed_by_known_roles():
    import yaml

    roles = set(
        yaml.safe_load((rules_dir() / "data/roles.yaml").read_text(encoding="utf-8"))["roles"]
    )
    for rule in RULES:
        assert set(rule.suggestion) <= roles | {"default"}, (rule.id, set(rule.suggestion) - roles)
        assert not rule.suggestion or "default" in rule.suggestion, rule.id
