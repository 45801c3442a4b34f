"""The sockets a fetch uses: connected only to allowed addresses, and never past the fetch's deadline.

httpx sends every request of a fetch — the first, each redirect hop, a retry — through one transport,
and that transport's connection pool opens every socket through httpcore's network backend. So the
network policy and the deadline are enforced there, below anything a server can steer:

- `GuardedTransport` is httpx's own HTTPTransport (request and response mapping, httpcore's exceptions
  made httpx's) whose pool uses `GuardedBackend`; httpx cannot take a backend as an argument, so the pool
  it built is replaced by one that does. httpx mounts no proxy from the environment on a client given
  its own transport, so no socket bypasses the backend (and trust_env=False keeps .netrc and SSL_CERT_*
  out of a fetch too);
- connect_tcp resolves the name itself, checks every address (etl/fetching/addresses.py) and connects
  to the checked one; TLS still verifies the certificate against the name;
- every connect, read and write waits at most until the deadline, so a server that trickles one byte
  per minute (in its headers or its body) is cut off when the fetch's time is up;
- a read asks for at most READ_BYTES, so one compressed read inflates to at most ~16 MiB (deflate's
  ratio tops out near 1032:1) before the byte cap (etl/fetching/http.py) can count it.
"""

from __future__ import annotations

import ssl
import time
import typing

import httpcore
import httpx

from etl.fetching.addresses import AddressPolicy

READ_BYTES = 16 * 1024


def _remaining(deadline: float, timeout: float | None) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("the fetch's deadline passed (GDMP_FETCH_DEADLINE_SECONDS)")
    return left if timeout is None else min(timeout, left)


class DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every operation ends by the deadline."""

    def __init__(self, inner: httpcore.NetworkStream, deadline: float) -> None:
        self._inner, self._deadline = inner, deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(min(max_bytes, READ_BYTES), _remaining(self._deadline, timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _remaining(self._deadline, timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:  # fmt: skip
        inner = self._inner.start_tls(ssl_context, server_hostname, _remaining(self._deadline, timeout))
        return DeadlineStream(inner, self._deadline)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class GuardedBackend(httpcore.NetworkBackend):
    """Connects only to addresses the policy allows, within the deadline."""

    def __init__(self, addresses: AddressPolicy, deadline: float) -> None:
        self._inner, self._addresses, self._deadline = httpcore.SyncBackend(), addresses, deadline

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: typing.Iterable | None = None) -> httpcore.NetworkStream:  # fmt: skip
        address = self._addresses.resolve(host, port)
        stream = self._inner.connect_tcp(address, port, _remaining(self._deadline, timeout), local_address,
                                         socket_options)  # fmt: skip
        return DeadlineStream(stream, self._deadline)

    def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options=None):
        raise httpcore.ConnectError("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class GuardedTransport(httpx.HTTPTransport):
    """httpx's HTTP transport over a connection pool whose every socket goes through GuardedBackend."""

    def __init__(self, addresses: AddressPolicy, deadline: float, ssl_context: ssl.SSLContext) -> None:
        super().__init__(verify=ssl_context, trust_env=False, retries=0)
        backend = GuardedBackend(addresses, deadline)
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context, max_connections=4, retries=0, network_backend=backend
        )
