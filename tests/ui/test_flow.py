"""The wrapping button row (ui/flow.py): its height follows its items, also after a change it cached."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPushButton, QWidget

from xauth_gui.ui.flow import FlowLayout


def test_the_row_wraps_and_its_cached_height_follows_changes(qtbot: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    row = FlowLayout(host, spacing=6)
    buttons = [QPushButton(f"Button {i}") for i in range(3)]
    for b in buttons:
        row.addWidget(b)
    host.show()
    one_line = buttons[0].sizeHint().height()
    narrow = buttons[0].sizeHint().width() + 10  # one button per line
    assert row.heightForWidth(10_000) == one_line
    assert row.heightForWidth(narrow) == 3 * one_line + 2 * 6
    buttons[2].hide()  # Qt invalidates the layout: the cached heights go
    assert row.heightForWidth(narrow) == 2 * one_line + 6
    both = buttons[0].sizeHint().width() + 6 + buttons[1].sizeHint().width()
    assert row.heightForWidth(both) == one_line  # both fit on one line (and that height is cached)
    buttons[1].setText("A much, much longer label than any other on this row")  # Qt invalidates again
    assert row.heightForWidth(both) == 2 * one_line + 6
