"""Enter presses the focused button in every window (ui/widgets.enter_presses_buttons), with real key
events travelling from the button up to its window; a dialog's default-button rule is left to Qt."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMainWindow, QPushButton, QToolButton, QVBoxLayout, QWidget

from xauth_gui.ui.widgets import enter_presses_buttons


def _focused(qtbot: Any, window: QWidget, widget: QWidget) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=5000)


def _pressed(button: QPushButton | QToolButton) -> list[bool]:
    clicks: list[bool] = []
    button.clicked.connect(lambda: clicks.append(True))
    return clicks


def test_enter_and_keypad_enter_press_the_focused_buttons_of_a_main_window(qtbot: Any) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    body = QWidget()
    push, tool, edit = QPushButton("Push"), QToolButton(), QLineEdit()
    tool.setText("Tool")
    column = QVBoxLayout(body)
    for w in (push, tool, edit):
        column.addWidget(w)
    window.setCentralWidget(body)
    enter_presses_buttons(window)
    pushes, tools = _pressed(push), _pressed(tool)
    _focused(qtbot, window, push)
    qtbot.keyClick(push, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(pushes) == 1, timeout=5000)  # animateClick: the click lands a moment later
    _focused(qtbot, window, tool)
    qtbot.keyClick(tool, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    qtbot.waitUntil(lambda: len(tools) == 1, timeout=5000)
    qtbot.waitUntil(lambda: not tool.isDown(), timeout=5000)
    # A press shows at once (animateClick holds the button down, the click follows): none of these is one.
    qtbot.keyClick(tool, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # a modified Enter
    assert not tool.isDown()
    _focused(qtbot, window, edit)
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # Enter in a field is the field's own business
    assert not (push.isDown() or tool.isDown())
    assert (len(pushes), len(tools)) == (1, 1)


def test_in_a_dialog_the_focused_tool_button_wins_and_push_buttons_keep_qts_rule(qtbot: Any) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    default, other, tool = QPushButton("Default"), QPushButton("Other"), QToolButton()
    default.setDefault(True)
    column = QVBoxLayout(dialog)
    for w in (default, other, tool):
        column.addWidget(w)
    enter_presses_buttons(dialog)
    defaults, others, tools = _pressed(default), _pressed(other), _pressed(tool)
    _focused(qtbot, dialog, tool)
    qtbot.keyClick(tool, Qt.Key.Key_Return)  # without the filter, the dialog would press its default
    assert not defaults
    qtbot.waitUntil(lambda: len(tools) == 1, timeout=5000)
    _focused(qtbot, dialog, other)
    qtbot.keyClick(other, Qt.Key.Key_Return)  # an auto-default push button: Qt clicks it itself, at once
    assert not other.isDown()  # (not a second, animated press on top)
    assert (len(defaults), len(others), len(tools)) == (0, 1, 1)
