"""Check boxes that can be seen on any palette (issue 13, item 7).

Fusion draws an unchecked indicator as Base on Window with a border a little darker than Window: on a
dark palette that border all but vanishes. This proxy draws a 1 px frame in the palette's text colour
(softened) over every check indicator, in check boxes and in item views alike.
"""

from __future__ import annotations

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


def use_contrast_style(app: QApplication) -> None:
    """Wrap the application's style once (build() may run more than once in a process, as in tests)."""
    if not isinstance(app.style(), ContrastStyle):
        app.setStyle(ContrastStyle(app.style().name()))
