"""The fault matrix: every way a publisher can misbehave, against real servers on 127.0.0.1.

pytest-httpserver plays well-formed HTTP faults; a raw socket server plays broken ones (resets,
truncated bodies, a full accept queue). Each fault says what the pipeline must do: retry or not, and
how the failure reads.
"""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from werkzeug import Response

from etl.core.errors import FetchError
from etl.fetching import FetchPolicy, Validators, fetch
from etl.fetching.catalog import parse_catalog
from tests.entry import fetch_policy

FAST = {"backoff_seconds": 0.01, "retry_after_cap": 0.6, "host_delay": 0.0, "connect_timeout": 0.5,
        "read_timeout": 0.5, "attempts": 3}  # fmt: skip


def policy(**overrides) -> FetchPolicy:
    return fetch_policy(**{**FAST, **overrides})


def source(url: str, **overrides):
    entry = {"id": "web", "title": "t", "publisher": "p", "list_kind": "signing", "city": "佛山",
             "published": "2023-03-01", "location": url, "format": "csv", "allow_http": True, **overrides}  # fmt: skip
    return parse_catalog({"sources": [entry]})[0]


BODY = "序号,项目名称\n1,甲\n".encode()


# --- a raw TCP server for faults HTTP libraries will not produce -------------------------------------
class RawServer:
    """Accepts connections and answers each with `behaviour(conn)`; counts the connections."""

    def __init__(self, behaviour) -> None:
        self.behaviour = behaviour
        self.connections = 0
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/list.csv"
        self._stop = False
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        self.sock.settimeout(0.1)
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            with conn:
                conn.recv(65536)
                self.behaviour(conn)

    def close(self) -> None:
        self._stop = True
        self.thread.join(1)
        self.sock.close()


def reset(conn: socket.socket) -> None:
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")  # RST on close


def truncated(conn: socket.socket) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: 1000\r\n\r\n" + BODY)


@pytest.fixture
def raw_server() -> Iterator:
    servers = []

    def start(behaviour) -> RawServer:
        servers.append(RawServer(behaviour))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


# --- transient faults: retried, then a clean failure ------------------------------------------------
@pytest.mark.parametrize("status", [500, 502, 503, 504, 429])
def test_server_errors_are_retried_then_fail_naming_the_source(httpserver, data_dir, status):
    httpserver.expect_request("/list.csv").respond_with_data("busy", status=status)
    with pytest.raises(
        FetchError, match=rf"source web: GET .* answered HTTP {status} \(after 3 attempts\)"
    ) as err:
        fetch(source(httpserver.url_for("/list.csv")), policy=policy())
    assert err.value.transient
    assert len(httpserver.log) == 3
    assert not (data_dir / "raw").exists()  # nothing archived from an error answer


def test_a_transient_error_then_success_loads(httpserver, data_dir):
    httpserver.expect_ordered_request("/list.csv").respond_with_data("busy", status=503)
    httpserver.expect_ordered_request("/list.csv").respond_with_data("busy", status=502)
    httpserver.expect_ordered_request("/list.csv").respond_with_data(BODY)
    fetched = fetch(source(httpserver.url_for("/list.csv")), policy=policy())
    assert (fetched.read(), fetched.attempts) == (BODY, 3)


@pytest.mark.parametrize(("status", "retry_after", "minimum_wait"), [(429, "1", 0.6), (503, "3600", 0.6)])
def test_retry_after_is_honoured_within_the_cap(httpserver, data_dir, status, retry_after, minimum_wait):
    httpserver.expect_ordered_request("/list.csv").respond_with_data(
        "slow down", status=status, headers={"Retry-After": retry_after}
    )
    httpserver.expect_ordered_request("/list.csv").respond_with_data(BODY)
    started = time.monotonic()
    fetched = fetch(source(httpserver.url_for("/list.csv")), policy=policy(retry_after_cap=0.6))
    waited = time.monotonic() - started
    assert fetched.read() == BODY
    assert minimum_wait <= waited < 3  # waited for Retry-After, but never the hour it asked for


def test_read_timeout_is_retried_then_fails(httpserver, data_dir):
    def slow(_request):
        time.sleep(1.0)
        return Response(BODY)

    httpserver.expect_request("/list.csv").respond_with_handler(slow)
    with pytest.raises(FetchError, match=r"ReadTimeout \(timed out\) \(after 2 attempts\)") as err:
        fetch(source(httpserver.url_for("/list.csv")), policy=policy(attempts=2, read_timeout=0.3))
    assert err.value.transient
    deadline = time.monotonic() + 5  # let the slow handlers finish so their log lines stay in this test
    while len(httpserver.log) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(httpserver.log) == 2


def test_connect_timeout_is_retried_then_fails(data_dir):
    # A listener whose accept queue is full: further SYNs are dropped, so connecting times out.
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    for _ in range(4):
        filler = socket.socket()
        filler.setblocking(False)
        filler.connect_ex(("127.0.0.1", port))
        fillers.append(filler)
    time.sleep(0.1)
    try:
        with pytest.raises(FetchError, match=r"ConnectTimeout \(timed out\) \(after 2 attempts\)"):
            fetch(source(f"http://127.0.0.1:{port}/list.csv"), policy=policy(attempts=2, connect_timeout=0.3))
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


def test_connection_refused_is_retried_then_fails(data_dir):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens here now
    with pytest.raises(FetchError, match=r"ConnectError: .*\(after 2 attempts\)"):
        fetch(source(f"http://127.0.0.1:{port}/list.csv"), policy=policy(attempts=2))


def test_connection_reset_is_retried_then_fails(raw_server, data_dir):
    server = raw_server(reset)
    with pytest.raises(FetchError, match=r"source web: GET .*(reset|broken|ReadError).*\(after 3 attempts\)"):
        fetch(source(server.url), policy=policy())
    assert server.connections == 3


def test_truncated_body_is_refused(raw_server, data_dir):
    server = raw_server(truncated)
    with pytest.raises(FetchError, match=r"connection broken|truncated body") as err:
        fetch(source(server.url), policy=policy(attempts=2))
    assert err.value.transient and server.connections == 2
    assert not (data_dir / "raw").exists()


# --- permanent faults: no retry --------------------------------------------------------------------
@pytest.mark.parametrize("status", [404, 410, 403])
def test_client_errors_are_not_retried(httpserver, data_dir, status):
    httpserver.expect_request("/list.csv").respond_with_data("gone", status=status)
    with pytest.raises(
        FetchError, match=rf"^source web: GET http://.*/list.csv answered HTTP {status}$"
    ) as err:
        fetch(source(httpserver.url_for("/list.csv")), policy=policy())
    assert not err.value.transient
    assert len(httpserver.log) == 1


def test_oversized_response_is_refused_by_its_content_length(httpserver, data_dir):
    httpserver.expect_request("/list.csv").respond_with_data(b"x" * 5000)
    with pytest.raises(FetchError, match="Content-Length 5000 exceeds the 1000-byte cap"):
        fetch(source(httpserver.url_for("/list.csv")), policy=policy(max_bytes=1000))
    assert not (data_dir / "raw").exists()


def test_oversized_stream_without_length_is_refused_while_streaming(httpserver, data_dir):
    sent = []

    def endless(_request):
        def chunks():
            for _ in range(10_000):  # 640 MB if it were all read
                sent.append(1)
                yield b"x" * 65536

        return Response(chunks(), headers={"Content-Type": "text/csv"})  # chunked: no Content-Length

    httpserver.expect_request("/list.csv").respond_with_handler(endless)
    with pytest.raises(FetchError, match="body exceeds the 1048576-byte cap; refused while streaming"):
        fetch(source(httpserver.url_for("/list.csv")), policy=policy(max_bytes=1024 * 1024))
    assert len(sent) < 100  # stopped reading long before the end


def test_redirect_loops_are_bounded(httpserver, data_dir):
    httpserver.expect_request("/a").respond_with_data("", status=302, headers={"Location": "/b"})
    httpserver.expect_request("/b").respond_with_data("", status=302, headers={"Location": "/a"})
    with pytest.raises(FetchError, match="more than 5 redirects") as err:
        fetch(source(httpserver.url_for("/a")), policy=policy())
    assert not err.value.transient
    assert len(httpserver.log) == 6


def redirect_to(location: bytes):
    """A raw 302 whose Location is these very bytes (werkzeug would re-encode or refuse them)."""

    def answer(conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 302 Found\r\nLocation: " + location + b"\r\nContent-Length: 0\r\n\r\n")

    return answer


def raw_uri(httpserver) -> str:
    """The request target as it came over the wire."""
    return httpserver.log[0][0].environ["RAW_URI"]


@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
def test_a_redirect_to_a_chinese_file_name_is_followed_percent_encoded(
    httpserver, raw_server, data_dir, encoding
):
    httpserver.expect_request(re.compile("^/f/")).respond_with_data(BODY)
    server = raw_server(redirect_to(httpserver.url_for("/f/附件1.csv").encode(encoding)))
    assert fetch(source(server.url), policy=policy()).read() == BODY
    wire = "".join(f"%{b:02X}" for b in "附件".encode(encoding))  # the bytes sent, as a browser sends them
    assert raw_uri(httpserver) == f"/f/{wire}1.csv"


def test_a_catalog_url_in_chinese_is_fetched_percent_encoded(httpserver, data_dir):
    httpserver.expect_request("/f/附件1.csv").respond_with_data(BODY)
    assert fetch(source(httpserver.url_for("/f/附件1.csv") + "?名=项 1"), policy=policy()).read() == BODY
    assert raw_uri(httpserver) == "/f/%E9%99%84%E4%BB%B61.csv?%E5%90%8D=%E9%A1%B9%201"


@pytest.mark.parametrize(("location", "why"), [(b"http://127.0.0.1:99999/list.csv", "bad port"),
                                               (b"http://[::1/list.csv", "bad host"),
                                               (b"http://127.0.0.1:x/list.csv", "bad port"),
                                               (b"http://[::zz]/list.csv", "bad host"),
                                               (b"http://127.0.0.1/" + b"x" * 70_000, "URL too long")])  # fmt: skip
def test_a_redirect_to_a_bad_port_or_host_is_refused_naming_the_source(raw_server, data_dir, location, why):
    server = raw_server(redirect_to(location))
    shown = location.decode() if len(location) <= 200 else location.decode()[:200] + "…"  # a long one cut
    expected = rf"^source web: GET {re.escape(server.url)}: redirected to '{re.escape(shown)}', which cannot be requested: {why}"
    with pytest.raises(FetchError, match=expected) as err:
        fetch(source(server.url), policy=policy())
    assert not err.value.transient and server.connections == 1


@pytest.mark.parametrize(
    "location", [b"file:///etc/passwd", b"gopher://127.0.0.1:70/x", b"mailto:a@b.example"]
)
def test_a_redirect_to_another_scheme_is_refused_naming_it(raw_server, data_dir, location):
    server = raw_server(redirect_to(location))
    scheme = location.decode().partition(":")[0]
    with pytest.raises(FetchError, match=rf"^source web: {scheme}: URLs are not fetched"):
        fetch(source(server.url), policy=policy())


# --- incremental -------------------------------------------------------------------------------------
def test_conditional_get_sends_validators_and_a_304_is_unchanged(httpserver, data_dir):
    url = httpserver.url_for("/list.csv")
    httpserver.expect_ordered_request("/list.csv").respond_with_data(
        BODY, headers={"ETag": '"v1"', "Last-Modified": "Wed, 01 Mar 2023 08:00:00 GMT"}
    )
    first = fetch(source(url), policy=policy())
    assert (first.etag, first.last_modified) == ('"v1"', "Wed, 01 Mar 2023 08:00:00 GMT")

    httpserver.expect_ordered_request(
        "/list.csv", headers={"If-None-Match": '"v1"', "If-Modified-Since": "Wed, 01 Mar 2023 08:00:00 GMT"}
    ).respond_with_data("", status=304)
    previous = Validators(first.sha256, first.archive_path, first.etag, first.last_modified)
    second = fetch(source(url), previous, policy=policy())
    assert second.not_modified and second.sha256 == first.sha256 and second.size == 0
    httpserver.check_assertions()


def test_gzip_transfer_is_archived_decoded(httpserver, data_dir):
    import gzip

    httpserver.expect_request("/list.csv").respond_with_data(
        gzip.compress(BODY), headers={"Content-Encoding": "gzip"}
    )
    assert fetch(source(httpserver.url_for("/list.csv")), policy=policy()).read() == BODY


# --- good citizenship and safety -------------------------------------------------------------------
def test_user_agent_names_the_contact_and_requests_to_a_host_are_spaced(httpserver, data_dir):
    httpserver.expect_request("/list.csv").respond_with_data(BODY)
    polite = policy(host_delay=0.3, contact="data-team@example.org")
    started = time.monotonic()
    for _ in range(3):
        fetch(source(httpserver.url_for("/list.csv")), policy=polite)
    assert time.monotonic() - started >= 0.6  # three starts, at least 0.3 s apart
    assert "contact: data-team@example.org" in httpserver.log[0][0].headers["User-Agent"]


@pytest.mark.parametrize("location", ["../../etc/passwd", "/etc/passwd", "samples/../../etc/passwd"])
def test_paths_may_not_escape_the_repository(data_dir, location):
    with pytest.raises(FetchError, match="source web: .*(outside samples/|absolute path)"):
        fetch(source(location), policy=policy())


def test_an_absolute_path_inside_a_source_root_is_read(data_dir, tmp_path, monkeypatch):
    drop = tmp_path / "srv" / "lists"
    drop.mkdir(parents=True)
    (drop / "2024.csv").write_bytes(BODY)
    entry = source(str(drop / "2024.csv"))
    with pytest.raises(FetchError, match="points outside samples/, the data folder and GDMP_SOURCE_ROOTS"):
        fetch(entry, policy=policy())
    monkeypatch.setenv("GDMP_SOURCE_ROOTS", str(drop))
    assert fetch(entry, policy=policy()).read() == BODY
    with pytest.raises(FetchError, match="points outside"):
        fetch(source(str(drop / ".." / "elsewhere.csv")), policy=policy())


def test_symlinks_out_of_the_repository_are_refused(data_dir, tmp_path):
    from etl.core.settings import REPO_ROOT

    outside = tmp_path / "secret.csv"
    outside.write_bytes(BODY)
    link = REPO_ROOT / "samples" / "link-out-of-repo-test.csv"
    link.symlink_to(outside)
    try:
        with pytest.raises(FetchError, match="points outside samples/"):
            fetch(source("samples/link-out-of-repo-test.csv"), policy=policy())
    finally:
        link.unlink()


def test_secret_headers_come_from_the_environment_and_never_appear_in_errors(
    httpserver, data_dir, monkeypatch
):
    from tasks.fetch import resolve_secret_headers

    monkeypatch.setenv("GDMP_TEST_TOKEN", "s3cr3t-token")
    entry = source(httpserver.url_for("/list.csv"), secret_headers={"Authorization": "env:GDMP_TEST_TOKEN"})
    httpserver.expect_request("/list.csv", headers={"Authorization": "s3cr3t-token"}).respond_with_data(
        "denied", status=403
    )
    with pytest.raises(FetchError) as err:
        fetch(entry, headers=resolve_secret_headers(entry), policy=policy())
    assert "403" in str(err.value) and "s3cr3t" not in str(err.value)

    monkeypatch.delenv("GDMP_TEST_TOKEN")
    with pytest.raises(FetchError, match="needs environment variable GDMP_TEST_TOKEN, unset"):
        resolve_secret_headers(entry)


def test_a_secret_value_in_the_catalog_is_refused():
    with pytest.raises(Exception, match="secret_headers"):
        source("https://example.invalid/x.csv", secret_headers={"Authorization": "Bearer abc"})
