"""The wheel ships the rules and data, and an installed camket finds them from any folder."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        text=True,
    )
    (built,) = out.glob("camket-*.whl")
    return built


def test_wheel_contains_rules_data_and_console_script(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {p.relative_to(ROOT).as_posix() for p in (ROOT / "rules").rglob("*.yaml")}
    assert shipped and {f"linter/{name}" for name in shipped} <= names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "camket = linter.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_wheel_contains_the_serve_page_templates_and_assets(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    serve = ROOT / "linter" / "serve"
    shipped = {
        p.relative_to(ROOT).as_posix()
        for folder in ("templates", "static")
        for p in (serve / folder).iterdir()
    }
    assert {"linter/serve/templates/index.html", "linter/serve/static/desk.js"} <= shipped
    assert shipped <= names


def test_unpacked_wheel_loads_its_rules_from_another_folder(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = (
        "from linter.resources import rules_dir\n"
        "from linter.rules import load_rules\n"
        "print(rules_dir()); print(len(load_rules()))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
    )
    location, count = result.stdout.split()
    assert Path(location) == site / "linter" / "rules"
    assert int(count) == len(list((ROOT / "rules").glob("*.yaml")))


def test_readme_shows_every_report_format_and_the_html_screenshot():
    from linter.report import Format

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for fmt in Format:
        if fmt is not Format.TEXT:
            assert f"--format {fmt.value}" in readme, fmt
    for picture in ("docs/html-report.png", "docs/html-report-document.png"):
        assert f"]({picture})" in readme
        assert (ROOT / picture).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
