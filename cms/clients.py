"""Who a request comes from, for the limits that count per client: case actions
(cases.views.is_rate_limited), page passwords and password resets (cms.middleware), and the
admin's lockout after failed logins (django-axes, AXES_CLIENT_IP_CALLABLE).

Behind nginx every connection is the proxy's: the visitor's address is the one the trusted
proxies (TRUSTED_PROXIES) forwarded, and nothing a client writes in X-Forwarded-For itself is
believed. No address is kept: the counters hold a keyed hash of it, and axes a pseudonym.
"""

import functools
import ipaddress

from django.conf import settings
from django.utils.crypto import salted_hmac


def client_address(request) -> str:
    """The visitor's address: the connection's, or behind trusted proxies the last address
    they forwarded that is not one of theirs (addresses further left are the client's word)."""
    address = request.META.get("REMOTE_ADDR", "")
    forwarded = [a.strip() for a in request.headers.get("X-Forwarded-For", "").split(",")]
    while forwarded and is_trusted_proxy(address):
        address = forwarded.pop()
    return address


def is_trusted_proxy(address) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in trusted_networks(tuple(settings.TRUSTED_PROXIES)))


@functools.cache
def trusted_networks(proxies):
    return [ipaddress.ip_network(proxy) for proxy in proxies]


def client_network(request) -> str:
    """What a limit counts as one client: an IPv4 address, or an IPv6 /64 (what an operator
    gives one phone or one home, whose addresses within it change at will)."""
    address = client_address(request)
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if ip.version == 6 and ip.ipv4_mapped:
        return str(ip.ipv4_mapped)
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def client_pseudonym(request) -> str:
    """The client's network as an address nobody has, for django-axes to store and compare.

    Axes keeps an address with each failed login, in a column that takes addresses only: it
    gets a keyed hash of the client network instead, written as an address of the private
    range fd00::/8, the same for every login from that client and telling nothing of it."""
    digest = bytearray(salted_hmac("axes-client", client_network(request)).digest()[:16])
    digest[0] = 0xFD
    return str(ipaddress.IPv6Address(bytes(digest)))
