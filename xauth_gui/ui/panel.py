"""Rendering only what changed: each panel renders slices of the session state it shows.

A `StateView` picks a slice (a small tuple or value) from each new `SessionState` and calls its
renderer only when that slice differs from the one rendered last: typing in the form re-renders
the form's hints, not the tokens or the log.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QFrame, QLabel, QLineEdit, QPushButton, QScrollArea, QWidget

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


WRAP_MIN_WIDTH = 80  # a narrow label asks only this much width: it grows in height instead


class WrapLabel(QLabel):
    """A word-wrapped label that is never the reason a column is wide: Qt's own hints for a wrapping label
    use its text's width at a guessed line length (a sideways scroll in a narrow column, or a tall gap in
    a wide one); this one asks for a short width and the height its lines take at the width it has."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self.setMinimumWidth(WRAP_MIN_WIDTH)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)  # the layout asks how tall it is at the width it gets
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt name
        return True

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        natural = self.fontMetrics().horizontalAdvance(self.text()) + 2
        width = self.width() if self.width() > WRAP_MIN_WIDTH else min(natural, 400)
        return QSize(min(natural, 400), self.heightForWidth(max(width, WRAP_MIN_WIDTH)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        return QSize(WRAP_MIN_WIDTH, self.fontMetrics().height())


def hint_label(object_name: str = "", narrow: bool = False) -> QLabel:
    """A grey explanation. `narrow`: it may sit in a narrow column (see WrapLabel)."""
    label = WrapLabel() if narrow else QLabel()
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


def plain_label(text: str = "", object_name: str = "", narrow: bool = False) -> QLabel:
    """Plain text (never rich text). `narrow`: word-wrapped, for a narrow column (see WrapLabel)."""
    label = WrapLabel(text) if narrow else QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # server and user texts are never rich text
    if object_name:
        label.setObjectName(object_name)
    return label


def plain(text: str) -> str:
    """A button's text as words: the mnemonic's & and a Japanese-style "(&A)" taken out."""
    return re.sub(r"\s*\(&\w\)|&(?=\w)", "", text).strip()


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Tell assistive technology (a screen reader) `text` now, from `widget` (Qt's announcement event)."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    polite = QAccessible.AnnouncementPoliteness
    event.setPoliteness(polite.Assertive if assertive else polite.Polite)
    QAccessible.updateAccessibility(event)


class Column(QScrollArea):
    """A column that scrolls up and down only: as wide as its content needs (so nothing in it is cut off
    or scrolls sideways), as short as the window makes it."""

    def __init__(self, widget: QWidget, name: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(widget)
        widget.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        inner = self.widget()
        width = inner.minimumSizeHint().width() if inner is not None else 0
        return QSize(width + self.verticalScrollBar().sizeHint().width(), 120)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the content's needs changed (another provider, a language): ask again
        return super().eventFilter(watched, event)


def push_button(text: str, object_name: str, accessible: str = "") -> QPushButton:
    """A button with its objectName (the test contract) and, where its text alone says too little, the
    name a screen reader speaks."""
    made = QPushButton(text)
    made.setObjectName(object_name)
    if accessible:
        made.setAccessibleName(accessible)
    return made


def line_edit(object_name: str, accessible: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    return edit


def combo_box(object_name: str, accessible: str, items: Iterable[tuple[str, Any]]) -> QComboBox:
    """A combo of (shown text, item data) pairs, the texts already translated."""
    combo = QComboBox()
    combo.setObjectName(object_name)
    combo.setAccessibleName(accessible)
    for text, key in items:
        combo.addItem(text, key)
    return combo
