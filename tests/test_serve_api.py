"""The desk's JSON API over HTTP (Starlette's test client): `POST /api/check` gives, byte for
byte, what `camket check --format json` prints for the same tree — a folder sent as a browser
sends one, the same folder as a .zip, loose files, a camket.yaml sent on its own — and every
request's private folder is gone when it ends. Two checks run at once, and /api/health answers
while they do."""

import asyncio
import json
import os
import shutil
import subprocess
import sys

import httpx
import pytest
from conftest import CORPUS, ROOT, small_unit
from serve_support import cli_json, folder_upload, zipped
from starlette.testclient import TestClient

from linter import __version__
from linter.serve.app import Desk, create_app

UNIT = CORPUS / "dang-uy-phuong-an-lac"  # a party committee: its plan and one cell
OTHER = CORPUS / "dang-uy-xa-my-hiep"  # another, with two cells


@pytest.fixture
def temp(tmp_path):
    """Where the requests' private folders are made (the system's temporary folder otherwise)."""
    folder = tmp_path / "requests"
    folder.mkdir()
    return folder


@pytest.fixture
def client(temp):
    with TestClient(create_app(Desk(temp_parent=temp)), base_url="http://127.0.0.1") as client:
        yield client


def test_health_says_ok_and_the_version(client):
    response = client.get("/api/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "version": __version__}


def test_a_folder_upload_gives_exactly_the_report_of_camket_check(client, temp):
    response = client.post("/api/check", files=folder_upload(UNIT))
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.content == cli_json(CORPUS, UNIT.name)
    report = response.json()
    assert report["schema"] == "camket-report/1"
    assert all(f["path"].startswith("dang-uy-phuong-an-lac/") for f in report["files"])
    assert {f["unit"] for f in report["files"]} == {"dang-uy-phuong-an-lac", "chi-bo-khu-pho-3"}
    assert {"vague", "duplicate"} <= set(report["summary"]["by_category"])
    assert list(temp.iterdir()) == []


def test_the_same_folder_as_a_zip_gives_the_same_report(client, temp):
    response = client.post("/api/check", files=[("files", ("an-lac.zip", zipped(UNIT)))])
    assert response.status_code == 200
    assert response.content == cli_json(CORPUS, UNIT.name)
    assert list(temp.iterdir()) == []


def test_a_zip_of_loose_files_unpacks_into_a_folder_of_its_name(client, tmp_path):
    unit = small_unit(tmp_path)  # chi-bo-a: three commitments
    files = [("files", ("chi-bo-a.zip", zipped(unit, base=unit)))]
    response = client.post("/api/check", files=files)
    assert response.status_code == 200
    assert response.content == cli_json(tmp_path, "chi-bo-a")


def test_loose_files_are_one_unit_named_after_the_upload_folder(client, tmp_path):
    unit = UNIT / "chi-bo-khu-pho-3"  # a cell's commitments and plan, sent without their folder
    response = client.post("/api/check", files=folder_upload(unit, base=unit))
    assert response.status_code == 200
    # The contract: `camket check --no-context FILES…` run inside a folder named tai-len.
    same = tmp_path / "tai-len"
    shutil.copytree(unit, same)
    names = sorted(path.name for path in same.iterdir())
    assert response.content == cli_json(same, "--no-context", *names)
    report = response.json()
    assert [f["path"] for f in report["files"]] == names
    assert {f["unit"] for f in report["files"]} == {"tai-len"}
    assert report["summary"]["by_category"].get("duplicate")  # compared with one another


def test_a_camket_yaml_sent_on_its_own_applies_to_the_folder_sent(client, tmp_path):
    config = "select: [vague]\nignore: [CK206]\n"
    files = [*folder_upload(UNIT), ("config", ("camket.yaml", config.encode()))]
    response = client.post("/api/check", files=files)
    assert response.status_code == 200
    same = tmp_path / UNIT.name
    shutil.copytree(UNIT, same)
    (same / "camket.yaml").write_text(config, encoding="utf-8")
    assert response.content == cli_json(tmp_path, UNIT.name)
    report = response.json()
    assert report["findings"]
    assert {f["category"] for f in report["findings"]} == {"vague"}
    assert "CK206" not in {f["rule"] for f in report["findings"]}


def test_a_camket_yaml_inside_the_folder_is_found_as_check_finds_it(client, tmp_path):
    same = tmp_path / UNIT.name
    shutil.copytree(UNIT, same)
    (same / "camket.yaml").write_text("ignore: [duplicate]\n", encoding="utf-8")
    response = client.post("/api/check", files=folder_upload(same))
    assert response.status_code == 200
    assert response.content == cli_json(tmp_path, UNIT.name)
    assert "duplicate" not in response.json()["summary"]["by_category"]


def test_a_camket_ignore_file_in_the_folder_applies_as_in_camket_check(client, tmp_path):
    same = tmp_path / UNIT.name
    shutil.copytree(UNIT, same)
    report = json.loads(cli_json(tmp_path, UNIT.name))
    finding = next(f for f in report["findings"] if f["rule"] == "CK101")
    suppress = subprocess.run(
        [
            sys.executable,
            "-m",
            "linter.cli",
            "suppress",
            finding["path"],
            "--rule",
            "CK101",
            "--line",
            str(finding["line"]),
            "--reason",
            "Đã nộp phụ lục chỉ tiêu",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert suppress.returncode == 0, suppress.stderr
    files = folder_upload(same)
    assert any(name.endswith("/.camket-ignore.yaml") for _, (name, _) in files)
    response = client.post("/api/check", files=files)
    assert response.status_code == 200
    assert response.content == cli_json(tmp_path, UNIT.name)
    kept = {(f["path"], f["line"], f["rule"]) for f in response.json()["findings"]}
    assert (finding["path"], finding["line"], "CK101") not in kept


@pytest.mark.parametrize(
    "config",
    [
        "rules: [../../..]\n",
        "rules: [/etc]\n",
        "form: [../../mau.docx]\n",
        "units:\n  chi-bo-khu-pho-3: {parent: ../../..}\n",
    ],
)
def test_a_camket_yaml_leading_outside_the_upload_is_refused(client, temp, config):
    files = [*folder_upload(UNIT), ("config", ("camket.yaml", config.encode()))]
    response = client.post("/api/check", files=files)
    assert response.status_code == 400
    message = response.json()["error"]["message"]
    assert "camket.yaml trỏ ra ngoài thư mục đã gửi" in message
    assert list(temp.iterdir()) == []


def test_a_broken_camket_yaml_is_a_400_that_names_the_fault(client):
    files = [*folder_upload(UNIT), ("config", ("camket.yaml", b"lang: fr\n"))]
    response = client.post("/api/check", files=files)
    assert response.status_code == 400
    assert response.json()["error"]["message"].startswith("Tệp cấu hình camket.yaml có lỗi:")


def test_lang_en_gives_the_report_check_gives_with_lang_en(client):
    response = client.post("/api/check?lang=en", files=folder_upload(UNIT))
    assert response.status_code == 200
    assert response.content == cli_json(CORPUS, "--lang", "en", UNIT.name)
    messages = [f["message"] for f in response.json()["findings"]]
    assert any(message.startswith("Vague") for message in messages)


def test_two_checks_at_once_each_get_their_own_report_and_health_answers_meanwhile(temp):
    app = create_app(Desk(temp_parent=temp))

    async def scenario():
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://127.0.0.1", timeout=300
        ) as client:
            first = asyncio.create_task(client.post("/api/check", files=folder_upload(UNIT)))
            second = asyncio.create_task(client.post("/api/check", files=folder_upload(OTHER)))
            for _ in range(600):  # both uploads received: two private folders
                if len(list(temp.iterdir())) == 2:
                    break
                await asyncio.sleep(0.02)
            both_running = len(list(temp.iterdir())) == 2
            health = await client.get("/api/health")
            pending = not first.done() and not second.done()
            return await first, await second, health, both_running and pending

    first, second, health, answered_while_running = asyncio.run(scenario())
    assert answered_while_running
    assert health.json()["status"] == "ok"
    assert first.status_code == second.status_code == 200
    assert first.content == cli_json(CORPUS, UNIT.name)
    assert second.content == cli_json(CORPUS, OTHER.name)
    assert list(temp.iterdir()) == []


def test_the_page_endpoint_streams_progress_then_every_report(client, temp):
    response = client.post("/check", files=folder_upload(UNIT))
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/x-ndjson"
    events = [json.loads(line) for line in response.text.splitlines()]
    kinds = [event["event"] for event in events]
    progress = [event for event in events if event["event"] == "progress"]
    files = len(json.loads(cli_json(CORPUS, UNIT.name))["files"])
    assert [p["done"] for p in progress] == list(range(1, files + 1))
    assert kinds[-5:] == ["report", "html", "xlsx", "annotated", "end"]
    by_kind = {event["event"]: event for event in events}
    # the annotated Word copies: one per file with findings, one comment per finding
    import base64
    import io
    import zipfile

    import docx

    report = json.loads(by_kind["report"]["json"])
    per_file = {}
    for finding in report["findings"]:
        per_file[finding["path"]] = per_file.get(finding["path"], 0) + 1
    with zipfile.ZipFile(io.BytesIO(base64.b64decode(by_kind["annotated"]["base64"]))) as zipped:
        names = zipped.namelist()
        assert names and all(name.endswith(".docx") for name in names)
        for name in names:
            comments = docx.Document(io.BytesIO(zipped.read(name))).comments
            source = next(p for p in per_file if name.removesuffix(".docx").endswith(
                p.removeprefix(UNIT.name + "/").removesuffix(".docx")))  # fmt: skip
            assert len(list(comments)) == per_file[source], name
    assert by_kind["report"]["json"].encode() == cli_json(CORPUS, UNIT.name)
    people = by_kind["report"]["people"]
    assert set(people) == {f["path"] for f in json.loads(by_kind["report"]["json"])["files"]}
    assert by_kind["html"]["html"].startswith("<!DOCTYPE html>")
    assert "Báo cáo kiểm tra bản cam kết" in by_kind["html"]["html"]
    assert list(temp.iterdir()) == []


def test_annotated_copies_are_sent_to_the_page_when_the_check_made_them(tmp_path):
    """When the check leaves an annotated.zip beside the reports, the page receives it as its
    own event; without one, none."""
    import base64

    from linter.serve.app import _results

    out = tmp_path / "ket-qua"
    out.mkdir()
    (out / "report.json").write_bytes(cli_json(CORPUS, UNIT.name))
    (out / "people.json").write_text("{}", encoding="utf-8")
    (out / "report.html").write_text("<!DOCTYPE html>", encoding="utf-8")
    (out / "report.xlsx").write_bytes(b"PK\x03\x04")

    async def events():
        return [event async for event in _results(out)]

    assert [e["event"] for e in asyncio.run(events())] == ["report", "html", "xlsx", "end"]
    (out / "annotated.zip").write_bytes(zipped(UNIT))
    sent = asyncio.run(events())
    assert [e["event"] for e in sent] == ["report", "html", "xlsx", "annotated", "end"]
    assert base64.b64decode(sent[3]["base64"]) == zipped(UNIT)
