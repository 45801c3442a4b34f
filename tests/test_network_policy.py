"""A hostile network: redirects to private addresses, secrets on a new origin, downgrades, tricklers, bombs.

Real servers on loopback addresses. The session allows exactly 127.0.0.1 (tests/conftest.py); every
other non-public address — 127.0.0.2 included — must be refused, checked after DNS resolution.
"""

from __future__ import annotations

import gzip
import socket
import threading
import time

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from etl.core.errors import FetchError
from etl.fetching import FetchPolicy, fetch
from etl.fetching.addresses import AddressPolicy, parse_networks
from etl.fetching.catalog import parse_catalog
from tests.entry import fetch_policy
from tests.tls import self_signed

FAST = {"backoff_seconds": 0.01, "retry_after_cap": 0.2, "host_delay": 0.0, "connect_timeout": 0.5,
        "read_timeout": 0.5, "attempts": 3}  # fmt: skip
BODY = "序号,项目名称\n1,甲\n".encode()


def policy(**overrides) -> FetchPolicy:
    return fetch_policy(**{**FAST, **overrides})


def source(url: str, **overrides):
    entry = {"id": "web", "title": "t", "publisher": "p", "list_kind": "signing", "city": "佛山",
             "published": "2023-03-01", "location": url, "format": "csv", "allow_http": True, **overrides}  # fmt: skip
    return parse_catalog({"sources": [entry]})[0]


@pytest.fixture
def second_host():
    """A server on 127.0.0.2: a loopback address the session does not allow."""
    server = HTTPServer(host="127.0.0.2")
    server.start()
    yield server
    server.clear()
    server.stop()


def test_loopback_is_refused_unless_allowed(httpserver, data_dir, monkeypatch):
    httpserver.expect_request("/list.csv").respond_with_data(BODY)
    monkeypatch.delenv("GDMP_ALLOWED_NETWORKS")
    with pytest.raises(
        FetchError, match=r"source web: localhost is 127\.0\.0\.1, a loopback address: refused"
    ):
        fetch(source(httpserver.url_for("/list.csv")), policy=policy())
    assert httpserver.log == []  # refused before connecting
    assert fetch(
        source(httpserver.url_for("/list.csv"), allow_networks=["127.0.0.1/32"]), policy=policy()
    ).size


@pytest.mark.parametrize(
    "target", ["http://127.0.0.2:{port}/x", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/x",
               "http://[::1]:{port}/x", "http://[::ffff:127.0.0.2]:{port}/x", "http://0.0.0.0:{port}/x"],
)  # fmt: skip
def test_a_redirect_to_a_private_address_is_refused_on_its_hop(httpserver, second_host, data_dir, target):
    second_host.expect_request("/x").respond_with_data("internal secrets")
    location = target.format(port=second_host.port)
    httpserver.expect_request("/list.csv").respond_with_data("", status=302, headers={"Location": location})
    with pytest.raises(FetchError, match="address: refused") as refused:
        fetch(source(httpserver.url_for("/list.csv")), policy=policy())
    assert not refused.value.transient
    assert second_host.log == [] and not (data_dir / "raw").exists()


def test_secret_headers_stay_with_the_first_origin(httpserver, data_dir, monkeypatch):
    from tasks.fetch import resolve_secret_headers

    other = HTTPServer(host="127.0.0.1")  # another port: another origin
    other.start()
    try:
        monkeypatch.setenv("GDMP_TEST_KEY", "k-123")
        other.expect_request("/moved.csv").respond_with_data(BODY)
        httpserver.expect_request("/list.csv").respond_with_data(
            "", status=302, headers={"Location": "/same.csv"}
        )
        httpserver.expect_request("/same.csv").respond_with_data(
            "", status=307, headers={"Location": other.url_for("/moved.csv")}
        )
        entry = source(httpserver.url_for("/list.csv"), secret_headers={"X-Api-Key": "env:GDMP_TEST_KEY"})
        assert fetch(entry, headers=resolve_secret_headers(entry), policy=policy()).read() == BODY
        assert [r.headers.get("X-Api-Key") for r, _ in httpserver.log] == ["k-123", "k-123"]  # same origin
        assert [r.headers.get("X-Api-Key") for r, _ in other.log] == [None]  # never sent to a new origin
    finally:
        other.stop()


def test_plain_http_needs_the_entry_to_allow_it(httpserver, data_dir):
    httpserver.expect_request("/list.csv").respond_with_data(BODY)
    with pytest.raises(FetchError, match="plain http is refused; use https, or set allow_http: true"):
        fetch(source(httpserver.url_for("/list.csv"), allow_http=False), policy=policy())
    assert httpserver.log == []


def test_https_works_and_a_downgrade_to_http_is_refused(tmp_path, data_dir, httpserver):
    ca, context = self_signed(tmp_path)
    secure = HTTPServer(host="localhost", ssl_context=context)
    secure.start()
    try:
        secure.expect_request("/list.csv").respond_with_data(BODY)
        secure.expect_request("/old.csv").respond_with_data(
            "", status=301, headers={"Location": httpserver.url_for("/list.csv")}
        )
        httpserver.expect_request("/list.csv").respond_with_data(BODY)
        trusted = policy(ca_bundle=str(ca))
        assert fetch(source(secure.url_for("/list.csv"), allow_http=False), policy=trusted).read() == BODY
        with pytest.raises(FetchError, match="a redirect from https to http .* is refused"):
            fetch(source(secure.url_for("/old.csv")), policy=trusted)  # even where http is allowed
        assert httpserver.log == []
        with pytest.raises(FetchError, match="SSL|certificate"):  # an untrusted certificate: no load
            fetch(source(secure.url_for("/list.csv")), policy=policy(attempts=1))
    finally:
        secure.stop()


def trickle_server(behaviour) -> tuple[socket.socket, str]:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)

    def serve():
        try:
            conn, _ = listener.accept()
        except OSError:
            return
        with conn:
            conn.recv(65536)
            behaviour(conn)

    threading.Thread(target=serve, daemon=True).start()
    return listener, f"http://127.0.0.1:{listener.getsockname()[1]}/list.csv"


def drip(data: bytes, every: float):
    def send(conn: socket.socket) -> None:
        try:
            for byte in data:
                conn.sendall(bytes([byte]))
                time.sleep(every)
        except OSError:
            pass  # the client gave up: that is the point

    return send


@pytest.mark.slow  # waits out the fetch deadline (~1.5 s each)
@pytest.mark.parametrize("where", ["headers", "body"])
def test_a_trickling_server_is_cut_off_at_the_deadline(data_dir, where):
    head = b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n"
    if where == "headers":
        listener, url = trickle_server(drip(head, 0.1))  # each byte well within the read timeout
    else:
        listener, url = trickle_server(lambda conn: (conn.sendall(head), drip(b"x" * 100000, 0.1)(conn)))
    started = time.monotonic()
    try:
        with pytest.raises(FetchError, match="deadline") as refused:
            fetch(source(url), policy=policy(deadline=1.5, read_timeout=1.0, attempts=3))
    finally:
        listener.close()
    assert time.monotonic() - started < 4
    assert "timed out" in str(refused.value)


def test_a_compressed_body_is_capped_on_its_decompressed_size(httpserver, data_dir):
    bomb = gzip.compress(b"0" * (100 * 1024 * 1024))  # ~100 KB that inflates to 100 MB
    assert len(bomb) < 200_000
    httpserver.expect_request("/list.csv").respond_with_data(bomb, headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="exceeds the 1048576-byte cap"):
        fetch(source(httpserver.url_for("/list.csv")), policy=policy(max_bytes=1024 * 1024))
    assert not (data_dir / "raw").exists()


def test_an_unreadable_retry_after_costs_no_retry(httpserver, data_dir):
    for _ in range(2):
        httpserver.expect_ordered_request("/list.csv").respond_with_data(
            "busy", status=503, headers={"Retry-After": "soon"}
        )
    httpserver.expect_ordered_request("/list.csv").respond_with_data(BODY)
    fetched = fetch(source(httpserver.url_for("/list.csv")), policy=policy())
    assert (fetched.read(), fetched.attempts) == (BODY, 3)


def test_the_address_policy_knows_its_kinds():
    allowed = AddressPolicy(parse_networks("127.0.0.1/32"), "t")
    import ipaddress

    kinds = {ip: allowed.refusal(ipaddress.ip_address(ip)) for ip in
             ["127.0.0.1", "127.0.0.2", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
              "::1", "fe80::1", "fd00:ec2::254", "224.0.0.1", "0.0.0.0", "8.8.8.8", "2001:4860:4860::8888"]}  # fmt: skip
    assert kinds["127.0.0.1"] is None and kinds["8.8.8.8"] is None and kinds["2001:4860:4860::8888"] is None
    assert kinds["127.0.0.2"].endswith("loopback address") and kinds["169.254.169.254"].endswith(
        "link-local address"
    )
    assert all(kinds[ip] for ip in kinds if ip not in {"127.0.0.1", "8.8.8.8", "2001:4860:4860::8888"})


def test_a_redirects_body_is_never_read(httpserver, data_dir):
    sent = []

    def endless_redirect(_request):
        def chunks():
            for _ in range(10_000):  # 640 MB if it were all read
                sent.append(1)
                yield b"x" * 65536

        return Response(chunks(), status=302, headers={"Location": "/list.csv"})

    httpserver.expect_request("/old.csv").respond_with_handler(endless_redirect)
    httpserver.expect_request("/list.csv").respond_with_data(BODY)
    assert fetch(source(httpserver.url_for("/old.csv")), policy=policy()).read() == BODY
    assert len(sent) < 100


@pytest.mark.parametrize(
    ("encoding", "body", "message"),
    [
        ("br", b"\x0b\x02\x80x", "Content-Encoding 'br' is not one we asked for"),
        ("gzip", b"\x1f\x8b\x08\x00not gzip at all", "the compressed body is damaged"),
    ],
)
def test_an_unasked_or_damaged_encoding_is_refused_without_retry(
    httpserver, data_dir, encoding, body, message
):
    httpserver.expect_request("/list.csv").respond_with_data(body, headers={"Content-Encoding": encoding})
    with pytest.raises(FetchError, match=message) as refused:
        fetch(source(httpserver.url_for("/list.csv")), policy=policy())
    assert not refused.value.transient and len(httpserver.log) == 1
    assert not (data_dir / "raw").exists()
