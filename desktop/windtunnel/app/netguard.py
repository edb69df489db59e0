"""Refuse network access from Python for the rest of the process: the offline self-test.

Windtunnel never opens a network connection. :class:`NetworkGuard` makes that checkable from
inside any installation, frozen or not, on every platform: an audit hook (PEP 578, which
cannot be removed once added) raises ``PermissionError`` when Python code creates an IP
socket or resolves a host name, and records the attempt so that the self-test fails on it.
Local (AF_UNIX) sockets stay allowed: they are not networking. Native code that bypasses
Python's socket module is outside its reach; the build's smoke test therefore also runs the
app in a namespace without network (``unshare --net``) where the system allows it.
"""

from __future__ import annotations

import socket
import sys

__all__ = ["NetworkGuard"]

_IP_FAMILIES = {int(socket.AF_INET), int(getattr(socket, "AF_INET6", socket.AF_INET))}
_LOOKUPS = {"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
            "socket.gethostbyaddr", "socket.getnameinfo"}


class NetworkGuard:
    """The process-wide refusal of network sockets and the attempts it refused."""

    _installed: NetworkGuard | None = None

    def __init__(self) -> None:
        self.attempts: list[str] = []

    @classmethod
    def install(cls) -> NetworkGuard:
        """Add the audit hook (once per process) and return the guard that records attempts."""
        if cls._installed is None:
            cls._installed = cls()
            sys.addaudithook(cls._installed._audit)
        return cls._installed

    def _audit(self, event: str, args: tuple) -> None:
        if event == "socket.__new__" and len(args) > 1 and args[1] is not None:
            if int(args[1]) in _IP_FAMILIES:  # connecting needs a socket: refused here
                self._refuse(f"socket(family={args[1]!r})")
        elif event in _LOOKUPS:
            self._refuse(f"{event}{args!r}")

    def _refuse(self, what: str) -> None:
        self.attempts.append(what)
        raise PermissionError(f"network access is disabled (offline self-test): {what}")
