"""The window fits the screen it opens on (issue 22, item 11): a 1366x768 laptop, or 200 % scaling on a
1920x1080 screen (960x540 logical pixels), frame included. Plain geometry, no Qt objects needed."""

from __future__ import annotations

from dataclasses import dataclass

FRAME = (16, 48)  # room for a window manager's borders and title bar before the real frame is known


@dataclass(frozen=True)
class Box:
    x: int
    y: int
    width: int
    height: int


def fitted(wanted: Box, minimum: tuple[int, int], available: Box, frame: tuple[int, int] = FRAME) -> Box:
    """The window's geometry so that it, frame and all, lies on `available` (never below `minimum`, the
    smallest its layout allows, even if that is more than the screen has)."""
    room_w, room_h = max(1, available.width - frame[0]), max(1, available.height - frame[1])
    width = max(min(wanted.width, room_w), minimum[0])
    height = max(min(wanted.height, room_h), minimum[1])
    left, top = available.x + frame[0] // 2, available.y + frame[1] - frame[0] // 2
    x = min(max(wanted.x, left), available.x + available.width - width - frame[0] // 2)
    y = min(max(wanted.y, top), available.y + available.height - height - frame[0] // 2)
    return Box(max(x, available.x), max(y, available.y), width, height)
