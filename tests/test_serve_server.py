"""`camket serve` as a user starts it: a real uvicorn server on a free port of 127.0.0.1, in
its own process. Its address in Vietnamese; the API equal to `camket check`; an over-size
upload refused while it streams in, without the server holding it in memory; a client that
leaves mid-check ends the check and its folder; /api/health answering during a batch; the
token; the refusals of the command itself (an open address without a token, a busy port,
the web libraries missing)."""

import contextlib
import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from conftest import CORPUS, ROOT
from serve_support import children_of, cli_json, folder_upload, server, wait_until

from linter.cli import main

UNIT = CORPUS / "dang-uy-phuong-an-lac"
MB = 1024 * 1024


def peak_memory(pid: int) -> int:
    """The process's peak resident memory (VmHWM), in bytes."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmHWM")


def big_batch(tmp_path: Path, copies: int) -> Path:
    """A committee folder holding `copies` copies of a corpus committee's cells: a batch that
    takes the check some seconds."""
    batch = tmp_path / "dang-uy-lon"
    for n in range(copies):
        shutil.copytree(UNIT, batch / f"ban-{n:02d}")
    return batch


def test_the_server_prints_its_address_and_checks_as_camket_check(tmp_path):
    cache = Path(os.environ["CAMKET_CACHE_DIR"])  # camket check's cache (conftest: empty)
    with server(tmp_path) as running:
        assert running.banner.startswith("camket đang chạy tại http://127.0.0.1:")
        assert "mở địa chỉ này trong trình duyệt" in running.banner
        health = httpx.get(running.url + "api/health", timeout=10)
        assert health.json()["status"] == "ok"
        response = httpx.post(running.url + "api/check", files=folder_upload(UNIT), timeout=300)
        assert response.status_code == 200
        assert response.content == cli_json(CORPUS, UNIT.name)
        # the upload's folder is removed once the report is sent
        assert wait_until(lambda: running.leftovers() == [], 10)
        assert not cache.exists() or not any(cache.iterdir())  # no cache written either
        code = running.stop()
    assert code == 130  # stopped with Ctrl-C, as DESIGN's exit codes say
    assert "Đã dừng" in running.process.stderr.read()


def test_an_oversize_upload_is_refused_as_it_streams_and_never_held_in_memory(tmp_path):
    sent = 0
    boundary = "ranh-gioi"
    chunk = b"Ho\xc3\xa0n th\xc3\xa0nh t\xe1\xbb\x91t nhi\xe1\xbb\x87m v\xe1\xbb\xa5.\n" * 4096

    def body():
        nonlocal sent
        for n in range(15):  # 15 files of 10 MB: 150 MB, past the 100 MB limit
            head = (
                f'--{boundary}\r\nContent-Disposition: form-data; name="files"; '
                f'filename="chi-bo-a/cam-ket-{n}.txt"\r\n\r\n'
            ).encode()
            yield head
            written = 0
            while written < 10 * MB:
                yield chunk
                written += len(chunk)
                sent += len(chunk)
            yield b"\r\n"
        yield f"--{boundary}--\r\n".encode()

    with server(tmp_path) as running:
        before = peak_memory(running.process.pid)
        response = httpx.post(
            running.url + "api/check",
            content=body(),
            headers={"content-type": f"multipart/form-data; boundary={boundary}"},
            timeout=120,
        )
        assert response.status_code == 413
        assert response.json()["error"]["message"].startswith("Dữ liệu tải lên vượt quá 100 MB")
        assert sent < 130 * MB  # the client was stopped well before the end of its 150 MB
        # Written to disk as it came: the server's memory did not grow by the upload.
        assert peak_memory(running.process.pid) - before < 40 * MB
        assert wait_until(lambda: running.leftovers() == [], 10)


def test_a_declared_length_past_the_limit_is_refused_before_a_byte_is_read(tmp_path):
    with server(tmp_path) as running, socket.create_connection(("127.0.0.1", port(running))) as raw:
        raw.sendall(
            b"POST /api/check?lang=en HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: multipart/form-data; boundary=b\r\n"
            b"Content-Length: 209715200\r\n\r\n"
        )
        raw.settimeout(10)
        received = b""
        while chunk := raw.recv(65536):  # the server answers, then closes the connection
            received += chunk
    answer = received.decode("utf-8", "replace")
    assert answer.startswith("HTTP/1.1 413")
    assert "The upload is larger than 100 MB" in answer


def port(running) -> int:
    return int(running.url.rstrip("/").rsplit(":", 1)[1])


def test_a_client_leaving_mid_check_ends_the_check_and_its_folder(tmp_path):
    batch = big_batch(tmp_path, 8)
    request = httpx.Request("POST", "http://127.0.0.1/api/check", files=folder_upload(batch))
    body = request.read()
    with server(tmp_path) as running:
        pid = running.process.pid
        with socket.create_connection(("127.0.0.1", port(running))) as raw:
            head = (
                f"POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                f"Content-Type: {request.headers['content-type']}\r\n"
                f"Content-Length: {len(body)}\r\n\r\n"
            ).encode()
            raw.sendall(head + body)
            assert wait_until(lambda: len(children_of(pid)) >= 2, 60)  # the check and a worker
            (private,) = running.leftovers()
            assert stat.S_IMODE(private.stat().st_mode) == 0o700  # the user's own folder
        # The client is gone: the check, its workers and the upload go too.
        assert wait_until(lambda: not children_of(pid), 20)
        assert wait_until(lambda: running.leftovers() == [], 20)
        assert httpx.get(running.url + "api/health", timeout=10).status_code == 200


def test_health_answers_at_once_while_a_batch_runs(tmp_path):
    copies = 3
    batch = big_batch(tmp_path, copies)
    with server(tmp_path) as running:
        result = {}

        def check():
            result["response"] = httpx.post(
                running.url + "api/check", files=folder_upload(batch), timeout=600
            )

        worker = threading.Thread(target=check)
        worker.start()
        try:
            assert wait_until(lambda: len(children_of(running.process.pid)) >= 2, 60)
            started = time.monotonic()
            health = httpx.get(running.url + "api/health", timeout=5)
            waited = time.monotonic() - started
            still_running = worker.is_alive()
        finally:
            worker.join()
        assert health.json()["status"] == "ok"
        assert still_running and waited < 1.0
        assert result["response"].status_code == 200
        unit_files = sum(1 for path in UNIT.rglob("*") if path.is_file())
        assert len(result["response"].json()["files"]) == copies * unit_files


def test_stopping_the_server_mid_check_ends_the_check_and_its_folder(tmp_path):
    batch = big_batch(tmp_path, 8)
    with server(tmp_path) as running:
        pid = running.process.pid
        files = folder_upload(batch)

        def check():
            with contextlib.suppress(httpx.HTTPError):  # the server stops: no answer comes
                httpx.post(running.url + "api/check", files=files, timeout=120)

        worker = threading.Thread(target=check, daemon=True)
        worker.start()
        assert wait_until(lambda: len(children_of(pid)) >= 2, 60)
        checking = children_of(pid)
        running.process.send_signal(signal.SIGINT)
        assert running.process.wait(timeout=30) == 130
        assert wait_until(lambda: not any(Path(f"/proc/{c}").exists() for c in checking), 20)
        assert running.leftovers() == []


def test_with_a_token_every_request_must_carry_it(tmp_path):
    token = "mot-ma-du-dai-2026"
    with server(tmp_path, "--token", token) as running:
        assert f"?token={token}" in running.banner
        health = running.url + "api/health"
        refused = httpx.get(health, timeout=10)
        assert refused.status_code == 401
        assert refused.json()["error"]["message"].startswith("Cần mã truy cập")
        assert httpx.get(health + "?token=sai-ma-roi-nhe", timeout=10).status_code == 401
        bearer = {"Authorization": f"Bearer {token}"}
        assert httpx.get(health, headers=bearer, timeout=10).status_code == 200
        assert httpx.get(health, params={"token": token}, timeout=10).status_code == 200
        assert httpx.get(running.url + "static/desk.js", timeout=10).status_code == 401
        page = httpx.get(running.url, params={"token": token}, timeout=10)
        assert page.status_code == 200
        assert f"/static/desk.js?token={token}" in page.text  # the page keeps it
        assert httpx.get(running.url, timeout=10).status_code == 401
        response = httpx.post(
            running.url + "api/check", files=folder_upload(UNIT), headers=bearer, timeout=300
        )
        assert response.content == cli_json(CORPUS, UNIT.name)


def test_without_a_token_only_this_computer_s_names_are_answered(tmp_path):
    with server(tmp_path) as running:
        foreign = httpx.get(
            running.url + "api/health", headers={"Host": "camket.example.net"}, timeout=10
        )
        assert foreign.status_code == 400
        local = httpx.get(
            running.url + "api/health", headers={"Host": f"localhost:{port(running)}"}, timeout=10
        )
        assert local.status_code == 200


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "::", "may-van-phong"])
def test_an_address_other_computers_reach_requires_a_token(host, monkeypatch):
    monkeypatch.delenv("CAMKET_TOKEN", raising=False)
    result = CliRunner().invoke(main, ["serve", "--host", host, "--port", "0"])
    assert result.exit_code == 2
    assert (
        f"Địa chỉ {host} cho phép máy khác trong mạng truy cập: cần đặt mã truy cập bằng --token"
        in result.output
    )


def test_a_token_too_short_is_refused():
    result = CliRunner().invoke(main, ["serve", "--token", "abc"])
    assert result.exit_code == 2
    assert "Mã truy cập (--token) cần ít nhất 8 ký tự." in result.output


def test_a_busy_port_is_a_clear_error():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--port", str(busy)])
    assert result.exit_code == 2
    assert f"Không mở được cổng {busy} trên 127.0.0.1" in result.output
    assert "Hãy chọn cổng khác bằng --port." in result.output


def test_without_the_web_libraries_serve_says_how_to_install_them():
    code = (
        "import sys; sys.modules['uvicorn'] = None; sys.modules['starlette'] = None\n"
        "from linter.cli import main; main(['serve'])"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 2
    assert "camket serve cần thêm thư viện web (starlette, uvicorn)" in done.stderr
    assert 'pip install "camket[serve]"' in done.stderr
    assert "Traceback" not in done.stderr


def test_open_shows_the_page_in_the_user_s_browser(tmp_path, monkeypatch):
    opened = tmp_path / "opened.txt"
    # Python's webbrowser runs $BROWSER with the address in place of %s.
    monkeypatch.setenv("BROWSER", f"sh -c 'echo %s > {opened}'")
    with server(tmp_path, "--open") as running:
        assert wait_until(opened.exists, 20)
        assert wait_until(lambda: opened.read_text().strip() == running.url, 5)
