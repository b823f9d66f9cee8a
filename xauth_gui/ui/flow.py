"""Layout pieces that never force a column wider than it is (issue 22, item 1): in a long language or a
narrow window, a row of buttons wraps onto the next line, and a check box's text wraps like a label."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLayout, QLayoutItem, QSizePolicy, QWidget

from .panel import WrapLabel


class FlowLayout(QLayout):
    """Items left to right, wrapping to a new line when the width runs out (after Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._heights: dict[int, int] = {}  # heightForWidth, asked many times per layout pass; reset on change
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt name
        self._items.append(item)
        self._heights.clear()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt name
        self._heights.clear()
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt name
        if width not in self._heights:
            self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return self._heights[width]

    def invalidate(self) -> None:
        """Qt calls this when an item changes (text, shown, hidden): the cached heights go with it."""
        self._heights.clear()
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt name
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt name
        width = sum(i.sizeHint().width() for i in self._visible()) + self._spacing * max(0, len(self._visible()) - 1)
        return QSize(width, self.minimumSize().height())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt name
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not ((w := i.widget()) is not None and w.isHidden())]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._visible():
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, line = rect.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


def wrapping_check(text: str, object_name: str) -> tuple[QCheckBox, QWidget]:
    """A check box whose text wraps: the box (named, keyboard and screen-reader focus) and a buddy label
    beside it that carries the words and the mnemonic; clicking the words toggles the box."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    check = QCheckBox()
    check.setObjectName(object_name)
    check.setAccessibleName(text.replace("&", ""))
    label = WrapLabel(text)
    label.setBuddy(check)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    label.mousePressEvent = lambda _event: check.toggle()  # type: ignore[method-assign]
    layout.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(label, 1)
    return check, row


class BusyStripe(QWidget):
    """A short stripe sliding to and fro while something is under way (issue 22, item 13): styles draw an
    indeterminate progress bar full, which reads as "finished". It moves only while shown."""

    def __init__(self, name: str) -> None:
        from PySide6.QtCore import QTimer

        super().__init__()
        self.setAccessibleName(name)
        self.setFixedHeight(6)
        self._step = 0
        self._timer = QTimer(self)
        self._timer.setInterval(40)
        self._timer.timeout.connect(self._advance)

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt name
        self._timer.start()
        super().showEvent(event)  # type: ignore[arg-type]

    def hideEvent(self, event: object) -> None:  # noqa: N802 - Qt name
        self._timer.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    def _advance(self) -> None:
        self._step = (self._step + 1) % 100
        self.update()

    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt name
        from PySide6.QtGui import QPainter, QPalette

        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Mid))
        width = max(24, self.width() // 4)
        phase = self._step if self._step < 50 else 100 - self._step  # to and fro
        x = (self.width() - width) * phase // 50
        painter.fillRect(x, 0, width, self.height(), palette.color(QPalette.ColorRole.Highlight))
