"""The pre-commit hooks and the GitHub Actions example run real camket commands that work."""

import json
import re
import shlex
import shutil
from importlib.metadata import entry_points
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import CORPUS, ROOT, TEXT
from jsonschema import Draft7Validator
from jsonschema.validators import validator_for

from linter.cli import main

HOOKS = ROOT / ".pre-commit-hooks.yaml"
WORKFLOW = ROOT / "docs" / "examples" / "camket.yml"
GUIDE = ROOT / "docs" / "ci.md"
SCHEMA = Path(__file__).resolve().parent / "data" / "sarif-schema-2.1.0.json"
UNIT = CORPUS / "dang-uy-xa-binh-an" / "chi-bo-co-quan-ubnd"
# A cell plan, a commitment dated before it, and a pair of commitments where one copies the other.
UNIT_FILES = (
    "ke-hoach-chi-bo.txt",
    "cam-ket-tran-van-hau.txt",
    "cam-ket-truong-thi-hong-nhung.txt",
    "cam-ket-nguyen-hoang-phuc.txt",
)
# What pre-commit accepts in a hook manifest entry.
HOOK_KEYS = {
    "id",
    "name",
    "entry",
    "language",
    "alias",
    "files",
    "exclude",
    "types",
    "types_or",
    "exclude_types",
    "additional_dependencies",
    "args",
    "always_run",
    "fail_fast",
    "pass_filenames",
    "description",
    "language_version",
    "log_file",
    "minimum_pre_commit_version",
    "require_serial",
    "stages",
    "verbose",
}


def hooks():
    return {hook["id"]: hook for hook in yaml.safe_load(HOOKS.read_text(encoding="utf-8"))}


def camket(words, cwd, monkeypatch):
    """A `camket …` command line run through click in `cwd`, as a shell there would run it."""
    assert words[0] == "camket"
    monkeypatch.chdir(cwd)
    return CliRunner().invoke(main, words[1:])


def steps(workflow, job):
    return workflow["jobs"][job]["steps"]


def camket_command(step):
    """The camket command of a `run:` step, without the shell's exit-code handling after `||`."""
    (line,) = [line for line in step["run"].splitlines() if line.strip().startswith("camket ")]
    return shlex.split(line.split("||")[0])


@pytest.fixture(scope="module")
def unit_copy(tmp_path_factory):
    """Four documents of one corpus unit, copied once: enough for a date and a copy finding."""
    folder = tmp_path_factory.mktemp("unit") / "chi-bo-co-quan-ubnd"
    folder.mkdir()
    for name in UNIT_FILES:
        shutil.copy2(UNIT / name, folder / name)
    return folder


@pytest.fixture
def repository(tmp_path, unit_copy):
    """A repository of commitment files: ho-so/<unit>/…, plus a README that is not a document."""
    shutil.copytree(unit_copy, tmp_path / "ho-so" / unit_copy.name)
    (tmp_path / "README.md").write_text("# Hồ sơ cam kết năm 2025\n", encoding="utf-8")
    return tmp_path


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return validator_for(schema, default=Draft7Validator)(schema)


def test_hook_manifest_is_well_formed():
    manifest = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    assert [hook["id"] for hook in manifest] == ["camket", "camket-files"]
    for hook in manifest:
        assert set(hook) <= HOOK_KEYS
        assert {"id", "name", "entry", "language"} <= set(hook)
        assert hook["language"] == "python"
        assert hook["require_serial"] is True
    whole, staged = hooks()["camket"], hooks()["camket-files"]
    assert whole["pass_filenames"] is False and whole["args"] == ["."]
    assert staged.get("pass_filenames", True) is True
    assert "không báo phát hiện trên chúng" in " ".join(staged["description"].split())


@pytest.mark.parametrize("hook_id", ["camket", "camket-files"])
def test_entry_is_the_installed_console_script_and_an_existing_subcommand(hook_id):
    words = shlex.split(hooks()[hook_id]["entry"])
    assert words == ["camket", "check"]
    (script,) = [e for e in entry_points(group="console_scripts") if e.name == words[0]]
    assert script.load() is main
    outcome = CliRunner().invoke(main, [*words[1:], "--help"])
    assert outcome.exit_code == 0
    assert "ĐƯỜNG_DẪN..." in outcome.output  # PATHS..., in Vietnamese


@pytest.mark.parametrize(
    ("name", "checked"),
    [
        ("ho-so/chi-bo-a/Cam kết Nguyễn Văn A.docx", True),
        ("ho-so/chi-bo-a/cam-ket-le-thi-b.txt", True),
        ("ho-so/chi-bo-a/KE-HOACH.DOCX", True),
        ("ho-so/huong-dan.md", True),
        ("ho-so/chi-bo-a/cam-ket-le-thi-b.pdf", False),
        ("ho-so/chi-bo-a/anh-chup.png", False),
        ("ho-so/chi-bo-a/cam-ket.docx.bak", False),
        ("ho-so/chi-bo-a/~$m-ket-le-thi-b.docx", False),
        (".github/pull_request_template.md", False),
    ],
)
def test_staged_files_hook_picks_document_files_only(name, checked):
    hook = hooks()["camket-files"]
    picked = re.search(hook["files"], name) and not re.search(hook["exclude"], name)
    assert bool(picked) is checked


def test_whole_repository_hook_finds_the_copy_and_the_date(repository, monkeypatch):
    hook = hooks()["camket"]
    outcome = camket([*shlex.split(hook["entry"]), *hook["args"]], repository, monkeypatch)
    assert outcome.exit_code == 1, outcome.output
    assert "ho-so/chi-bo-co-quan-ubnd/cam-ket-tran-van-hau.txt:44:1: CK501" in outcome.stdout
    assert (
        "ho-so/chi-bo-co-quan-ubnd/cam-ket-truong-thi-hong-nhung.txt:22:1: CK401" in outcome.stdout
    )
    reported = {line.split(":", 1)[0] for line in outcome.stdout.splitlines() if ": CK" in line}
    assert "README.md" not in reported  # .md is read only when named, and the summary says so
    assert "1 tệp .md: tệp .md chỉ được kiểm tra khi nêu tên tệp trong lệnh" in outcome.stdout


def test_staged_files_hook_reports_on_the_staged_files_compared_with_their_folder(
    repository, monkeypatch
):
    hook = hooks()["camket-files"]
    unit = "ho-so/chi-bo-co-quan-ubnd"
    staged = [f"{unit}/cam-ket-tran-van-hau.txt"]
    command = [*shlex.split(hook["entry"]), *hook.get("args", []), *staged]
    outcome = camket(command, repository, monkeypatch)
    assert outcome.exit_code == 1, outcome.output
    # The cell's plan lying beside it is read as context: the date before it is found ...
    assert f"{unit}/cam-ket-tran-van-hau.txt:44:1: CK501" in outcome.stdout
    # ... but only the staged file is reported on.
    reported = {line.split(":", 1)[0] for line in outcome.stdout.splitlines() if ": CK" in line}
    assert reported == {f"{unit}/cam-ket-tran-van-hau.txt"}


def test_workflow_uploads_the_sarif_it_writes(tmp_path, unit_copy, monkeypatch, validator):
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert workflow.get("on", workflow.get(True))  # PyYAML reads a bare `on` as true
    job = workflow["jobs"]["code-scanning"]
    assert job["permissions"]["security-events"] == "write"
    (check,) = [s for s in steps(workflow, "code-scanning") if "camket check" in s.get("run", "")]
    (upload,) = [s for s in steps(workflow, "code-scanning") if "upload-sarif" in s.get("uses", "")]
    assert upload["uses"].startswith("github/codeql-action/upload-sarif@")
    assert "always()" in upload["if"]
    assert check["run"].split("||")[1].strip() == "[ $? -eq 1 ]"  # findings: still upload
    words = camket_command(check)
    assert words[words.index("--format") + 1] == "sarif"
    sarif = words[words.index("-o") + 1]
    assert upload["with"] == {"sarif_file": sarif, "category": "camket"}
    folder = words[-1]
    shutil.copytree(unit_copy, tmp_path / folder / unit_copy.name)
    outcome = camket(words, tmp_path, monkeypatch)
    assert outcome.exit_code == 1, outcome.output
    log = json.loads((tmp_path / sarif).read_text(encoding="utf-8"))
    assert [e.message for e in validator.iter_errors(log)] == []
    results = log["runs"][0]["results"]
    assert {r["ruleId"] for r in results} >= {"CK401", "CK501"}
    for result in results:
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert uri.startswith(f"{folder.rstrip('/')}/{unit_copy.name}/")  # relative to the checkout


def test_workflow_annotation_job_prints_workflow_commands(tmp_path, monkeypatch):
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    (check,) = [s for s in steps(workflow, "annotations") if "camket check" in s.get("run", "")]
    words = camket_command(check)
    assert words[words.index("--format") + 1] == "github"
    folder = tmp_path / words[-1] / "chi-bo-khu-pho-4"
    folder.mkdir(parents=True)
    (folder / "cam-ket.txt").write_text(TEXT, encoding="utf-8")
    outcome = camket(words, tmp_path, monkeypatch)
    assert outcome.exit_code == 1
    lines = outcome.stdout.splitlines()
    assert lines and all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
    assert any(",line=8," in line and "title=CK101 (chung chung)" in line for line in lines)


def test_guide_shows_the_example_workflow_and_a_valid_pre_commit_config():
    guide = GUIDE.read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", guide, flags=re.DOTALL)
    assert WORKFLOW.read_text(encoding="utf-8") in blocks
    (config,) = [yaml.safe_load(block) for block in blocks if "repos:" in block]
    (repo,) = config["repos"]
    assert {hook["id"] for hook in repo["hooks"]} <= set(hooks())
