"""uvicorn on a checked address: this computer only by default; an address other computers
reach only with an access token, which every request must then carry."""

from __future__ import annotations

import contextlib
import ipaddress
import os
import socket
import sys
import threading
import webbrowser
from urllib.parse import urlencode

from linter.serve.messages import say

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")
TOKEN_MIN_LENGTH = 8
GRACE = 3  # seconds a stopping server gives running requests before it cancels them


class ServeError(Exception):
    """The server cannot start as asked: a message for the user (exit 2)."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: whatever it resolves to, other computers may reach it


def check_access(host: str, token: str | None, lang: str) -> None:
    if token is not None and len(token) < TOKEN_MIN_LENGTH:
        raise ServeError(say("serve.token_short", lang, length=TOKEN_MIN_LENGTH))
    if token is None and not is_loopback(host):
        example = "$(python3 -c 'import secrets; print(secrets.token_urlsafe(12))')"
        raise ServeError(say("serve.token_required", lang, host=host, example=example))


def bind(host: str, port: int, lang: str) -> socket.socket:
    """The listening socket (port 0: a free one), or ServeError saying why not."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        family, kind, protocol, _, address = infos[0]
        listener = socket.socket(family, kind, protocol)
    except (OSError, IndexError) as error:
        raise ServeError(say("serve.bind", lang, host=host, port=port, reason=error)) from None
    try:
        if os.name == "posix":  # elsewhere it would let two servers share the port
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(address)
        listener.listen(128)
    except OSError as error:
        listener.close()
        reason = error.strerror or str(error)
        raise ServeError(say("serve.bind", lang, host=host, port=port, reason=reason)) from None
    return listener


def _lan_address() -> str | None:
    """This computer's address on its local network, as other computers reach it (no packet
    is sent: connecting a UDP socket only picks the route)."""
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(("10.255.255.255", 1))
        return str(probe.getsockname()[0])
    return None


def _url(host: str, port: int, token: str | None) -> str:
    shown = f"[{host}]" if ":" in host else host
    query = "?" + urlencode({"token": token}) if token else ""
    return f"http://{shown}:{port}/{query}"


def addresses(host: str, port: int, token: str | None) -> tuple[str, str | None]:
    """The address to open on this computer, and the one for the others on the network."""
    if host in ("0.0.0.0", "::", ""):
        lan = _lan_address()
        return _url("127.0.0.1", port, token), _url(lan, port, token) if lan else None
    if is_loopback(host):
        return _url(host, port, token), None
    return _url(host, port, token), _url(host, port, token)


def run_server(host: str, port: int, open_browser: bool, token: str | None, lang: str) -> None:
    """Serve until stopped (Ctrl-C). Raises ServeError when it cannot start."""
    import uvicorn

    from linter.serve.app import Desk, create_app

    check_access(host, token, lang)
    listener = bind(host, port, lang)
    port = listener.getsockname()[1]
    loopback_only = token is None and is_loopback(host) and ":" not in host
    desk = Desk(token=token, hosts=LOOPBACK_NAMES if loopback_only else None)
    config = uvicorn.Config(
        create_app(desk),
        log_level="warning",
        access_log=False,
        timeout_graceful_shutdown=GRACE,
        lifespan="on",
    )
    local, lan = addresses(host, port, token)
    print(say("serve.running", lang, url=local), flush=True)
    if lan and lan != local:
        print(say("serve.lan", lang, url=lan), flush=True)
    print(say("serve.stop", lang), flush=True)
    if open_browser:
        threading.Timer(0.5, webbrowser.open, [local]).start()
    try:
        uvicorn.Server(config).run(sockets=[listener])
    finally:
        listener.close()
        sys.stdout.flush()
