"""Which addresses a fetch may reach: the network policy, checked after DNS resolution on every hop.

A publisher's link, or a redirect, must not make the pipeline reach into the network it runs in:
loopback, private, link-local (cloud metadata at 169.254.169.254 among them), shared, multicast and
reserved addresses are refused unless allowed by GDMP_ALLOWED_NETWORKS or the catalog entry's
`allow_networks` (tests allow 127.0.0.1 explicitly). The address checked is the one connected to, so a
name that resolves differently a second later (DNS rebinding) gains nothing.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass

from etl.core.errors import FetchError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
_SHARED = ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT: not public either


def parse_networks(*specs: str | list[str] | None) -> tuple:
    """'127.0.0.1/32, 10.1.0.0/16' (and lists of such) → ip_network objects."""
    networks = []
    for spec in specs:
        items = spec if isinstance(spec, list) else (spec or "").split(",")
        networks += [ipaddress.ip_network(item.strip(), strict=False) for item in items if item.strip()]
    return tuple(networks)


def why_refused(ip: IPAddress) -> str | None:
    """The kind of a non-public address, or None for a public one."""
    ip = ip.ipv4_mapped or ip if isinstance(ip, ipaddress.IPv6Address) else ip
    for kind, test in (("loopback", ip.is_loopback), ("link-local", ip.is_link_local),
                       ("private", ip.is_private), ("multicast", ip.is_multicast),
                       ("unspecified", ip.is_unspecified), ("reserved", ip.is_reserved),
                       ("shared", isinstance(ip, ipaddress.IPv4Address) and ip in _SHARED)):  # fmt: skip
        if test:
            return kind
    return None


@dataclass(frozen=True)
class AddressPolicy:
    """Refuses non-public addresses but those in `allowed`."""

    allowed: tuple = ()
    where: str = "fetch"  # 'source <id>', for the message

    def refusal(self, ip: IPAddress) -> str | None:
        """Why this address may not be reached, or None if it may."""
        kind = why_refused(ip)
        if kind and not any(ip in network for network in self.allowed if network.version == ip.version):
            return f"{ip}, a {kind} address"
        return None

    def resolve(self, host: str, port: int) -> str:
        """The address to connect to: the first the name resolves to that the policy allows. The connection
        goes to that very address, so the other ones the name may have never matter."""
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise FetchError(f"{self.where}: cannot resolve {host}: {exc.strerror}", transient=True) from None
        addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
        refused = [self.refusal(ip) for ip in addresses]
        allowed = [ip for ip, why in zip(addresses, refused, strict=True) if why is None]
        if not allowed:
            raise FetchError(
                f"{self.where}: {host} is {'; '.join(dict.fromkeys(refused))}: refused (allow it with the "
                "catalog entry's allow_networks or GDMP_ALLOWED_NETWORKS)"
            )
        return str(allowed[0])
