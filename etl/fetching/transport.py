"""The sockets a fetch uses: connected only to allowed addresses, and never past the fetch's deadline.

httpcore's network backend is the one place every connection and every read goes through — the first
request, each redirect hop, a retry — so the network policy and the deadline are enforced here:

- connect_tcp resolves the name itself, checks every address (etl/fetching/addresses.py) and connects
  to the checked one; TLS still verifies the certificate against the name;
- every connect, read and write waits at most until the deadline, so a server that trickles one byte
  per minute (in its headers or its body) is cut off when the fetch's time is up.
"""

from __future__ import annotations

import ssl
import time
import typing

import httpcore

from etl.fetching.addresses import AddressPolicy


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
        return self._inner.read(max_bytes, _remaining(self._deadline, timeout))

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
