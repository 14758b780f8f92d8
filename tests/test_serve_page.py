"""The desk's page as served (Starlette's test client): Vietnamese by default, English with
?lang=en, its script and style served from the package, the headers that keep a report and a
token where they belong, and the errors of unknown addresses in Vietnamese."""

import json
import re

import pytest
from starlette.testclient import TestClient

from linter.serve.app import Desk, create_app
from linter.serve.limits import Limits


@pytest.fixture
def client(tmp_path):
    app = create_app(Desk(limits=Limits(files=500), temp_parent=tmp_path))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        yield client


def settings_of(html: str) -> dict:
    found = re.search(r'<script id="desk-settings" type="application/json">(.*?)</script>', html)
    assert found
    return json.loads(found.group(1))


def test_the_page_is_vietnamese_and_states_its_limits(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.text
    assert '<html lang="vi">' in html
    for words in (
        "Kiểm tra bản cam kết của chi bộ",
        "Chọn cả thư mục",
        "Chọn lại",
        "Mỗi lần tối đa 500 tệp, tổng 100 MB, mỗi tệp 20 MB.",
        "Bản Word có nhận xét (.zip)",
    ):
        assert words in html
    assert "built-in method" not in html
    assert "webkitdirectory" in html
    settings = settings_of(html)
    assert settings["lang"] == "vi" and settings["token"] == ""
    assert settings["limits"] == {
        "files": 500,
        "total_bytes": 100 * 1024 * 1024,
        "file_bytes": 20 * 1024 * 1024,
    }
    assert {".docx", ".odt", ".pdf", ".txt", ".zip"} <= set(settings["suffixes"])
    assert settings["texts"]["checking"] == "Đang kiểm tra {done}/{total} tệp…"


def test_the_page_is_english_with_lang_en(client):
    html = client.get("/?lang=en").text
    assert '<html lang="en">' in html
    assert "Check a cell&#39;s commitments" in html or "Check a cell's commitments" in html
    assert "Choose a folder" in html
    assert settings_of(html)["texts"]["checking"] == "Checking {done}/{total} files…"
    assert 'href="?lang=vi"' in html


def test_the_script_and_style_are_served_from_the_package(client):
    script = client.get("/static/desk.js")
    assert script.status_code == 200
    assert "javascript" in script.headers["content-type"]
    assert 'xhr.open("POST", "/check?lang="' in script.text
    style = client.get("/static/desk.css")
    assert style.status_code == 200 and "text/css" in style.headers["content-type"]


def test_responses_carry_the_content_policy_and_are_not_cached(client):
    response = client.get("/")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert response.headers["referrer-policy"] == "no-referrer"  # the address may hold the token
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["cache-control"] == "no-store"
    assert client.get("/api/health").headers["cache-control"] == "no-store"


def test_unknown_addresses_and_methods_answer_in_vietnamese(client):
    missing = client.get("/khong-co")
    assert missing.status_code == 404 and "Không có trang này." in missing.text
    api = client.get("/api/khong-co")
    assert api.status_code == 404 and api.json()["error"]["message"] == "Không có trang này."
    wrong = client.get("/api/check")
    assert wrong.status_code == 405
    assert wrong.json()["error"]["message"] == "Phương thức không được hỗ trợ."


def test_a_token_given_in_the_address_is_kept_by_the_page(tmp_path):
    app = create_app(Desk(token="ma-van-phong-xa", temp_parent=tmp_path))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        assert client.get("/").status_code == 401
        html = client.get("/?token=ma-van-phong-xa").text
        assert settings_of(html)["token"] == "ma-van-phong-xa"
        assert 'src="/static/desk.js?token=ma-van-phong-xa"' in html
        assert 'href="?lang=en&amp;token=ma-van-phong-xa"' in html
        assert client.get("/static/desk.css?token=ma-van-phong-xa").status_code == 200
