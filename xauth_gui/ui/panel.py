"""Rendering only what changed: each panel renders slices of the session state it shows.

A `StateView` picks a slice (a small tuple or value) from each new `SessionState` and calls its
renderer only when that slice differs from the one rendered last: typing in the form re-renders
the form's hints, not the tokens or the log.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget

from xauth_gui.core.session import SessionState

V = TypeVar("V")
_NOTHING: Any = object()


class StateView(Generic[V]):
    def __init__(self, select: Callable[[SessionState], V], render: Callable[[V], None]) -> None:
        self._select = select
        self._render = render
        self._last: Any = _NOTHING
        self.renders = 0  # how often it really rendered (tests and the benchmark look)

    def update(self, state: SessionState) -> None:
        value = self._select(state)
        if value != self._last:
            self._last = value
            self.renders += 1
            self._render(value)

    def forget(self) -> None:
        """Render again on the next update (after the widgets were rebuilt or refilled)."""
        self._last = _NOTHING


def render_all(views: list[StateView[Any]], state: SessionState) -> None:
    for view in views:
        view.update(state)


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def hint_label(object_name: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # no gap above a short hint
    if object_name:
        label.setObjectName(object_name)
    # A palette, not a style sheet: style sheets cost a style re-polish each (slower first paint).
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    return label


def plain_label(text: str = "", object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # server and user texts are never rich text
    if object_name:
        label.setObjectName(object_name)
    return label


def scrolling(widget: QWidget, name: str) -> QScrollArea:
    area = QScrollArea()
    area.setAccessibleName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop on the container: its contents have them
    area.setWidget(widget)
    return area
