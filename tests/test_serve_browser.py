"""The desk's page end to end: `camket serve` started as a user starts it, the page driven in
Debian's Chromium through Playwright (never `playwright install`: executable_path). A folder of
the corpus chosen with the folder button, or its .zip with the file button, shows on the page
the findings `camket check --format json` gives for that folder; the filters by person, rule and
severity narrow the table and the embedded report; the downloads are the reports of the CLI.
Without Chromium these tests skip, unless CAMKET_REQUIRE_BROWSER=1 (set by .ci/run)."""

import json
import shutil
from collections import Counter

import pytest
from conftest import CORPUS
from serve_support import Server, app_server, chromium_path, cli_json, zipped

from linter.serve.app import Desk

UNIT = CORPUS / "dang-uy-phuong-an-lac"
UNIT_FILES = sum(1 for path in UNIT.rglob("*") if path.is_file())  # commitments, plans, reports
TOKEN = "ma-cua-van-phong-2026"
TIMEOUT = 180_000  # ms: a check on a busy shared machine


@pytest.fixture(scope="module")
def browser():
    executable = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=executable, args=["--no-sandbox", "--disable-gpu"]
        )
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    chromium_path()
    running = Server(tmp_path_factory.mktemp("desk"))
    yield running
    running.stop()
    assert running.leftovers() == []


@pytest.fixture
def page(browser):
    context = browser.new_context(accept_downloads=True)
    opened = context.new_page()
    opened.set_default_timeout(TIMEOUT)
    yield opened
    context.close()


@pytest.fixture(scope="module")
def expected():
    return json.loads(cli_json(CORPUS, UNIT.name))


def watch_status(page):
    """Record every text the progress line shows."""
    page.evaluate(
        """() => {
        window.statuses = [];
        new MutationObserver(() => window.statuses.push(
            document.getElementById('status').textContent))
          .observe(document.getElementById('status'), {childList: true, characterData: true,
                                                       subtree: true});
    }"""
    )


def run_check(page):
    watch_status(page)
    page.click("#run")
    page.wait_for_selector("#results", state="visible")


def table(page):
    return page.eval_on_selector_all(
        "#findings tbody tr",
        """rows => rows.map(r => ({person: r.dataset.person, rule: r.dataset.rule,
            severity: r.dataset.severity, hidden: r.hidden,
            cells: [...r.cells].map(c => c.textContent)}))""",
    )


def findings_key(findings):
    return Counter((f["path"], f["line"], f["rule"]) for f in findings)


def test_a_folder_chosen_on_the_page_shows_the_findings_of_camket_check(desk, page, expected):
    problems = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.goto(desk.url)
    assert page.inner_text("h1") == "Kiểm tra bản cam kết của chi bộ"
    page.set_input_files("#folder", str(UNIT))
    assert page.inner_text("#selection").startswith(f"Đã chọn {UNIT_FILES} tệp")
    run_check(page)
    rows = table(page)
    shown = Counter((row["cells"][1], int(row["cells"][2]), row["rule"]) for row in rows)
    assert shown == findings_key(expected["findings"])
    summary = expected["summary"]
    assert page.inner_text("#summary") == (
        f"Đã kiểm tra {summary['files']} tệp: {summary['findings']} phát hiện."
    )
    statuses = page.evaluate("window.statuses")
    assert any(s.startswith("Đang gửi tệp") for s in statuses)
    assert any(
        s.startswith("Đang kiểm tra ") and s.endswith(f"/{UNIT_FILES} tệp…") for s in statuses
    )
    messages = {row["cells"][5] for row in rows}
    assert any(m.startswith("Cam kết chung chung") for m in messages)
    report = page.frame_locator("#report")
    assert report.locator("h1").inner_text() == "Báo cáo kiểm tra bản cam kết"
    assert report.locator(".finding").count() >= len(expected["findings"])
    assert page.is_visible("#download-annotated")  # the Word copies with comments
    assert page.is_hidden("#progress")
    assert problems == []  # no script error, nothing the content policy blocked


def test_the_filters_narrow_the_table_and_the_report(desk, page, expected):
    page.goto(desk.url)
    page.set_input_files("#folder", str(UNIT))
    run_check(page)
    rows = table(page)
    people = page.eval_on_selector_all("#filter-person option", "os => os.map(o => o.value)")[1:]
    person = next(p for p in people if sum(r["person"] == p for r in rows) >= 2)
    page.select_option("#filter-person", person)
    visible = [row for row in table(page) if not row["hidden"]]
    assert visible and all(row["person"] == person for row in visible)
    assert len(visible) == sum(row["person"] == person for row in rows)
    assert page.inner_text("#shown") == f"Đang hiện {len(visible)}/{len(rows)} phát hiện."
    paths = {row["cells"][1] for row in visible}
    report_paths = (
        page.frame_locator("#report")
        .locator("article.doc")
        .evaluate_all(
            "docs => docs.filter(d => d.style.display !== 'none')"
            ".map(d => d.querySelector('.path').textContent)"
        )
    )
    assert paths <= set(report_paths)
    assert len(report_paths) < len(expected["files"])  # the others' documents are hidden

    page.select_option("#filter-person", "")
    rule = Counter(f["rule"] for f in expected["findings"]).most_common(1)[0][0]
    page.select_option("#filter-rule", rule)
    visible = [row for row in table(page) if not row["hidden"]]
    assert len(visible) == sum(f["rule"] == rule for f in expected["findings"])
    notes = (
        page.frame_locator("#report")
        .locator(".finding")
        .evaluate_all(
            "ns => ns.filter(n => n.style.display !== 'none').map(n => n.querySelector('code').textContent)"
        )
    )
    assert notes and set(notes) == {rule}

    page.select_option("#filter-rule", "")
    page.select_option("#filter-severity", "info")
    visible = [row for row in table(page) if not row["hidden"]]
    assert len(visible) == sum(f["severity"] == "info" for f in expected["findings"])
    assert all(row["cells"][4] == "thông tin" for row in visible)


def test_the_downloads_are_the_reports_of_camket_check(desk, page, tmp_path):
    page.goto(desk.url)
    page.set_input_files("#folder", str(UNIT))
    run_check(page)
    with page.expect_download() as download:
        page.click("#download-json")
    saved = tmp_path / "camket.json"
    download.value.save_as(saved)
    assert download.value.suggested_filename == "camket.json"
    assert saved.read_bytes() == cli_json(CORPUS, UNIT.name)
    with page.expect_download() as download:
        page.click("#download-xlsx")
    download.value.save_as(tmp_path / "tong-hop.xlsx")
    assert (tmp_path / "tong-hop.xlsx").read_bytes()[:2] == b"PK"
    with page.expect_download() as download:
        page.click("#download-html")
    download.value.save_as(tmp_path / "bao-cao.html")
    html = (tmp_path / "bao-cao.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Báo cáo kiểm tra bản cam kết" in html
    with page.expect_download() as download:
        page.click("#download-annotated")
    download.value.save_as(tmp_path / "ban-word.zip")
    import zipfile

    import docx

    with zipfile.ZipFile(tmp_path / "ban-word.zip") as zipped:
        names = zipped.namelist()
        assert names and all(name.endswith(".docx") for name in names)
        comments = sum(len(list(docx.Document(zipped.open(n)).comments)) for n in names)
    # every finding but those on a PDF, which takes no comment (the summary names those files)
    findings = json.loads(cli_json(CORPUS, UNIT.name))["findings"]
    assert any(finding["path"].endswith(".pdf") for finding in findings)
    assert comments == sum(not finding["path"].endswith(".pdf") for finding in findings)


def test_a_zip_of_the_folder_chosen_as_a_file_gives_the_same_findings(
    desk, page, tmp_path, expected
):
    archive = tmp_path / "an-lac.zip"
    archive.write_bytes(zipped(UNIT))
    page.goto(desk.url)
    page.set_input_files("#files", str(archive))
    run_check(page)
    shown = Counter((row["cells"][1], int(row["cells"][2]), row["rule"]) for row in table(page))
    assert shown == findings_key(expected["findings"])


def test_the_english_page_checks_in_english(desk, page):
    page.goto(desk.url + "?lang=en")
    assert page.inner_text("h1") == "Check a cell's commitments"
    page.set_input_files("#folder", str(UNIT))
    assert page.inner_text("#selection").startswith(f"{UNIT_FILES} files chosen")
    run_check(page)
    english = json.loads(cli_json(CORPUS, "--lang", "en", UNIT.name))
    messages = sorted(row["cells"][5] for row in table(page))
    expected = sorted(f["message"] + f["excerpt"] for f in english["findings"])  # + its quote
    assert messages == expected
    assert page.frame_locator("#report").locator("h1").inner_text() == "Commitment check report"


def test_a_file_past_the_size_limit_is_stopped_on_the_page(desk, page, tmp_path):
    big = tmp_path / "cam-ket-qua-lon.txt"
    big.write_bytes(b"a" * (21 * 1024 * 1024))
    page.goto(desk.url)
    page.set_input_files("#files", str(big))
    assert page.inner_text("#error") == (
        "Tệp “cam-ket-qua-lon.txt” lớn hơn 20 MB, giới hạn cho một tệp."
    )
    assert page.is_disabled("#run")


def test_a_refusal_of_the_server_is_shown_in_vietnamese(desk, page, tmp_path):
    broken = tmp_path / "ho-so.zip"
    broken.write_bytes(zipped(UNIT)[:5000])
    page.goto(desk.url)
    page.set_input_files("#files", str(broken))
    page.click("#run")
    page.wait_for_selector("#error", state="visible")
    assert page.inner_text("#error").startswith(
        "Lỗi: Tệp nén “ho-so.zip” bị hỏng hoặc không phải tệp .zip"
    )
    assert page.is_hidden("#results")


def test_files_of_other_types_in_a_folder_are_named_not_sent(desk, page, tmp_path, expected):
    folder = tmp_path / UNIT.name
    shutil.copytree(UNIT, folder)
    (folder / "anh-hop-chi-bo.jpg").write_bytes(b"\xff\xd8\xff\xe0 a photo")
    page.goto(desk.url)
    page.set_input_files("#folder", str(folder))
    assert page.inner_text("#skipped") == (
        "Không gửi 1 tệp không phải văn bản kiểm tra được: dang-uy-phuong-an-lac/anh-hop-chi-bo.jpg"
    )
    run_check(page)
    assert len(table(page)) == len(expected["findings"])


def test_a_page_opened_with_the_token_keeps_it_for_its_requests(browser, tmp_path, expected):
    running = Server(tmp_path, "--token", TOKEN)
    try:
        context = browser.new_context()
        page = context.new_page()
        page.set_default_timeout(TIMEOUT)
        page.goto(running.url)
        assert "Cần mã truy cập" in page.inner_text("body")
        page.goto(f"{running.url}?token={TOKEN}")
        page.set_input_files("#folder", str(UNIT))
        run_check(page)
        assert len(table(page)) == len(expected["findings"])
        context.close()
    finally:
        running.stop()
    assert running.leftovers() == []


def test_a_large_batch_lists_the_first_findings_and_opens_its_report_on_request(
    browser, tmp_path, expected
):
    desk = Desk(table_rows=20, embed_chars=1000, temp_parent=tmp_path)
    with app_server(desk) as url:
        page = browser.new_page()
        page.set_default_timeout(TIMEOUT)
        page.goto(url)
        page.set_input_files("#folder", str(UNIT))
        run_check(page)
        total = len(expected["findings"])
        listed = table(page)
        assert len(listed) == 20
        assert [int(row["cells"][2]) for row in listed] == [
            f["line"] for f in expected["findings"][:20]
        ]
        assert page.inner_text("#shown") == (
            f"Đang hiện 20 phát hiện đầu tiên trong {total} phát hiện khớp bộ lọc ({total} tất cả): "
            "lọc theo người viết, luật hoặc mức để xem các phát hiện khác."
        )
        rule = Counter(f["rule"] for f in expected["findings"]).most_common()[-1][0]
        page.select_option("#filter-rule", rule)  # a rarer rule: all its findings fit
        count = sum(f["rule"] == rule for f in expected["findings"])
        assert count <= 20
        assert page.inner_text("#shown") == f"Đang hiện {count}/{total} phát hiện."
        assert page.is_hidden("#report") and page.is_visible("#large-report")
        page.click("#open-report")
        report = page.frame_locator("#report")
        assert report.locator("h1").inner_text() == "Báo cáo kiểm tra bản cam kết"
        assert page.is_hidden("#open-report") and page.is_visible("#report")
        page.close()
    assert list(tmp_path.iterdir()) == []
