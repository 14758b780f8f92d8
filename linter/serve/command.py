"""The `camket serve` command. The web libraries are an optional extra (`camket[serve]`):
without them the command says how to install them, and nothing else of camket needs them."""

from __future__ import annotations

import importlib
import sys

import click

from linter.command import CamketCommand, lang_option
from linter.i18n import language
from linter.serve.messages import say

# (import name, package to install)
LIBRARIES = (
    ("starlette", "starlette"),
    ("uvicorn", "uvicorn"),
    ("jinja2", "jinja2"),
    ("python_multipart", "python-multipart"),
)


def missing_libraries() -> list[str]:
    missing = []
    for module, package in LIBRARIES:
        try:
            importlib.import_module(module)
        except ImportError:
            missing.append(package)
    return missing


@click.command(cls=CamketCommand)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Địa chỉ lắng nghe. Mặc định chỉ máy này; 0.0.0.0 cho cả mạng nội bộ (cần --token).",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8765,
    show_default=True,
    help="Cổng (0: một cổng còn trống).",
)
@click.option("--open", "open_browser", is_flag=True, help="Mở trang trong trình duyệt.")
@click.option(
    "--token",
    envvar="CAMKET_TOKEN",
    default=None,
    help="Mã truy cập mà mọi yêu cầu phải mang (bắt buộc khi mở cho máy khác; "
    "có thể đặt bằng biến môi trường CAMKET_TOKEN).",
)
@lang_option()
def serve(host: str, port: int, open_browser: bool, token: str | None, lang: str | None) -> None:
    """Mở trang web kiểm tra bản cam kết trên máy này: kéo thả tệp hoặc cả thư mục, xem báo cáo,
    tải về HTML, Excel, JSON. Tệp gửi lên chỉ nằm trong thư mục tạm và bị xóa sau mỗi lần kiểm tra.
    """
    lang = lang or language()
    missing = missing_libraries()
    if missing:
        click.echo(say("serve.missing", lang, missing=", ".join(missing)), err=True)
        sys.exit(2)
    from linter.serve.server import ServeError, run_server

    try:
        run_server(host, port, open_browser, token, lang)
    except ServeError as error:
        click.echo(str(error), err=True)
        sys.exit(2)
