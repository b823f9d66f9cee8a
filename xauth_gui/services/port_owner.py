"""Which program holds a TCP port, where the operating system tells (Linux: /proc). Blocking, bounded."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from xauth_gui.core.text import translate

_LISTEN = "0A"
_SCAN_LIMIT_S = 1.0


def _listening_inodes(port: int) -> set[str]:
    inodes: set[str] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if len(fields) > 9 and fields[3] == _LISTEN and int(fields[1].rsplit(":", 1)[1], 16) == port:
                inodes.add(fields[9])
    return inodes


def _holds(pid: str, sockets: set[str]) -> bool:
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return False  # gone, or another user's process
    for fd in fds:
        try:
            if os.readlink(f"/proc/{pid}/fd/{fd}") in sockets:
                return True
        except OSError:
            continue  # closed meanwhile (the listing's own descriptor, for one)
    return False


def port_owner(port: int) -> str | None:
    """ "name, process N" of the program listening on `port`, or None when the OS does not say."""
    if not sys.platform.startswith("linux"):
        return None
    inodes = {f"socket:[{inode}]" for inode in _listening_inodes(port) if inode != "0"}
    if not inodes:
        return None
    deadline = time.monotonic() + _SCAN_LIMIT_S
    for pid in (p for p in os.listdir("/proc") if p.isdigit()):
        if time.monotonic() > deadline:
            return None
        if _holds(pid, inodes):
            try:
                name = Path(f"/proc/{pid}/comm").read_text().strip()
            except OSError:
                name = translate("PortOwner", "a program")
            return f"{name}, process {pid}"
    return None


def free_port(host: str = "127.0.0.1") -> int:
    """A port nothing listens on now (the OS picks it), for moving the callback URI off a busy one."""
    import socket

    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])
