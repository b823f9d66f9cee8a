"""Check boxes that can be seen on any palette (issue 13, item 7).

Fusion draws an unchecked indicator as Base on Window with a border a little darker than Window: on a
dark palette that border all but vanishes. This proxy draws a 1 px frame in the palette's text colour
(softened) over every check indicator, in check boxes and in item views alike; it is set on the few
widgets that show check boxes.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

_INDICATORS = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck)


class ContrastStyle(QProxyStyle):
    def drawPrimitive(  # noqa: N802 - Qt name
        self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in _INDICATORS:
            color = QColor(option.palette.color(QPalette.ColorRole.Text))
            color.setAlpha(150)
            painter.save()
            painter.setPen(QPen(color, 1))
            painter.setBrush(QColor(0, 0, 0, 0))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()


W = TypeVar("W", bound=QWidget)
_shared: list[ContrastStyle] = []


def with_visible_checks(widget: W) -> W:
    """Give one widget that shows check boxes the contrast style. Only those: a Python style override
    runs for every primitive its widgets draw, which made the whole window's first paint slower."""
    if not _shared:
        app = QApplication.instance()
        style = ContrastStyle(app.style().name() if isinstance(app, QApplication) else "fusion")
        style.setParent(app)  # lives as long as the application; widgets do not own their style
        _shared.append(style)
    widget.setStyle(_shared[0])
    return widget
