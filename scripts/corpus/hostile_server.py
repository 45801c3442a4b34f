"""A deliberately hostile publisher on loopback: serves the hostile corpus (scripts/corpus/hostile.py).

Standard library only (http.server), one thread per connection, so that a trickling response does not
hold the others up. Each path is one behaviour:

    /file/<name>            the payload as published (status 200, Content-Length)
    /redirect/<n>/<target>  n redirects on this server, then a 302 to <target> (a URL, quoted)
    /trickle-head/<name>    the status line and headers one byte at a time
    /trickle-body/<name>    the headers at once, then the body one byte at a time
    /gzip/<name>            the payload gzip-compressed, Content-Encoding: gzip
    /huge-length/<name>     Content-Length of 10 GB, then a short body
    /busy-then/<name>       503 with `Retry-After: soon` the first time, then the payload
    /record/<name>          the payload, recording the request headers (secrets must not arrive)
"""

from __future__ import annotations

import contextlib
import gzip
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote


class HostilePublisher(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, host: str, payloads: dict[str, bytes], trickle_every: float = 0.2) -> None:
        super().__init__((host, 0), _Handler)
        self.payloads, self.trickle_every = payloads, trickle_every
        self.requests: list[tuple[str, dict[str, str]]] = []  # (path, headers) of every request
        self.busy_once: set[str] = set()
        # Gzipped once, before serving: compressing 200 MB per request took seconds on a loaded machine,
        # longer than the client's read timeout, and the bomb then failed as a timeout, not at the cap.
        self.gzipped = {name: gzip.compress(body, 1) for name, body in payloads.items() if name == "bomb.csv"}
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> HostilePublisher:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    server: HostilePublisher
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # quiet
        pass

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        self.server.requests.append((self.path, dict(self.headers)))
        kind, _, rest = self.path.lstrip("/").partition("/")
        handler = getattr(self, f"_{kind.replace('-', '_')}", None)
        if handler is None:
            self._send(404, b"not found")
            return
        with contextlib.suppress(
            BrokenPipeError, ConnectionResetError
        ):  # the client gave up: often the point
            handler(rest)

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in {"Content-Length": str(len(body)), **(headers or {})}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _file(self, name: str) -> None:
        self._send(200, self.server.payloads[unquote(name)])  # a name in Chinese comes percent-encoded

    def _record(self, name: str) -> None:
        self._send(200, self.server.payloads[name])

    def _redirect(self, rest: str) -> None:
        hops, _, target = rest.partition("/")
        target = unquote(target)
        location = f"/redirect/{int(hops) - 1}/{rest.partition('/')[2]}" if int(hops) > 0 else target
        # a target in Chinese goes out as raw UTF-8 bytes, as many servers send it (http.server writes latin-1)
        self._send(302, b"", {"Location": location.encode("utf-8").decode("latin-1")})

    def _trickle_head(self, name: str) -> None:
        head = b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n"
        for byte in head:
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
            time.sleep(self.server.trickle_every)

    def _trickle_body(self, name: str) -> None:
        body = self.server.payloads[name]
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        for byte in body:
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
            time.sleep(self.server.trickle_every)

    def _gzip(self, name: str) -> None:
        body = self.server.gzipped.get(name) or gzip.compress(self.server.payloads[name])
        self._send(200, body, {"Content-Encoding": "gzip"})

    def _huge_length(self, name: str) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(10 * 1024**3))
        self.end_headers()
        self.wfile.write(self.server.payloads[name])

    def _busy_then(self, name: str) -> None:
        if name not in self.server.busy_once:
            self.server.busy_once.add(name)
            self._send(503, b"busy", {"Retry-After": "soon"})
            return
        self._send(200, self.server.payloads[name])
