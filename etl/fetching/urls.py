"""URLs as the wire needs them: an IRI made a URI, and a URL that cannot be requested refused by name.

Publishers link to files named in Chinese (`/f/附件1.csv`), in the catalog and in a redirect's Location.
HTTP carries ASCII only, so before any request (RFC 3987, 3.1):

- the host is IDNA-encoded (`广东.中国` → `xn--...`);
- every other character outside printable ASCII (non-ASCII, space, controls) is percent-encoded as its
  UTF-8 bytes; `%xx` already there is kept, so a URI stays as it is.

A Location is bytes: valid UTF-8 is read as an IRI (what browsers do); bytes in a legacy encoding (a GBK
path) are percent-encoded as they are, which is what that server expects back.

A URL whose port is not a number in 0..65535, or whose host is not well formed (`[::1`, an empty host,
a label IDNA refuses), is refused with a FetchError naming the source, never a ValueError from deep in
the HTTP stack. The catalog checks its URLs with the same function (`check-catalog` included).
"""

from __future__ import annotations

from urllib.parse import SplitResult, urlsplit, urlunsplit

from etl.core.errors import FetchError


def _escape(data: bytes) -> str:
    """Bytes outside printable ASCII as %XX; printable ASCII (and any %xx already there) as is."""
    return "".join(chr(b) if 0x21 <= b <= 0x7E else f"%{b:02X}" for b in data)


def _ascii_host(host: str) -> str:
    """The host as the wire needs it: IDNA for a name with non-ASCII labels."""
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise ValueError(f"host {host!r} is not a valid internationalized name ({exc})") from None


def _netloc(parts: SplitResult) -> str:
    """The authority with its host made ASCII; user info and port kept as written."""
    userinfo, _, hostport = parts.netloc.rpartition("@")
    if hostport.startswith("["):  # an IPv6 literal: ASCII by construction, checked by _check
        host, rest = hostport, ""
    else:
        host, sep, port = hostport.partition(":")
        rest = sep + port
    escaped_user = _escape(userinfo.encode("utf-8")) + "@" if userinfo else ""
    return escaped_user + _ascii_host(host) + rest


def _split(reference: str) -> SplitResult:
    try:
        return urlsplit(reference)
    except ValueError as exc:  # only the authority makes urlsplit fail: '[::1', a bad IPv6 literal
        raise ValueError(f"bad host ({exc})") from None


def _check(uri: str) -> None:
    """Raise ValueError unless the URI has a well-formed host and a port in range."""
    parts = _split(uri)
    try:
        parts.port  # noqa: B018 -- the property parses the port
    except ValueError as exc:
        raise ValueError(f"bad port ({exc})") from None
    if not parts.hostname and parts.scheme.lower() in ("http", "https"):  # other schemes: check_scheme says
        raise ValueError("no host")


def _as_uri(reference: str) -> str:
    """A URI reference (absolute or relative) with every part made ASCII; not checked."""
    parts = _split(reference)
    return urlunsplit(parts._replace(netloc=_netloc(parts), path=_escape(parts.path.encode("utf-8")),
                                     query=_escape(parts.query.encode("utf-8")),
                                     fragment=_escape(parts.fragment.encode("utf-8"))))  # fmt: skip


def to_uri(iri: str) -> str:
    """An http(s) IRI as a URI the HTTP stack accepts; ValueError naming what is wrong if it cannot be one."""
    uri = _as_uri(iri.strip())
    _check(uri)
    return uri


def location_uri(raw: str) -> str:
    """A Location header's value (decoded as latin-1, byte for byte) as a URI reference, not yet checked."""
    data = raw.strip().encode("latin-1")
    try:
        return _as_uri(data.decode("utf-8"))
    except UnicodeDecodeError:
        return _escape(data)  # a legacy encoding (GBK): the server wants these very bytes back


def request_url(url: str, where: str) -> str:
    """`to_uri`, with a bad URL refused as a FetchError naming `where` (the source, the hop)."""
    try:
        return to_uri(url)
    except ValueError as exc:
        raise FetchError(f"{where}: {url!r} cannot be requested: {exc}") from None


def check_scheme(url: str, previous: str | None, allow_http: bool, where: str) -> None:
    """https, or http where the entry allows it and no https hop came before; FetchError otherwise."""
    scheme = urlsplit(url).scheme.lower()
    if scheme == "https":
        return
    if scheme != "http":
        raise FetchError(f"{where}: {scheme}: URLs are not fetched")
    if previous and urlsplit(previous).scheme.lower() == "https":
        raise FetchError(f"{where}: a redirect from https to http ({url}) is refused")
    if not allow_http:
        raise FetchError(
            f"{where}: plain http is refused; use https, or set allow_http: true in the catalog entry"
        )
