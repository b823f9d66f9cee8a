"""The query parameters of the picked call as a form: one labelled field each, with X's description, its
example or allowed values; editing a field rewrites the address, and a typed address fills the fields."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QScrollArea, QWidget

from xauth_gui.core.api_catalogue import ApiCall, Param, query_values
from xauth_gui.core.text import translate

from .panel import buddy_label

VALUES_SHOWN = 6  # allowed values listed in the placeholder; all of them are in the tooltip


def _placeholder(param: Param) -> str:
    if param.values:
        listed = ", ".join(param.values[:VALUES_SHOWN]) + (", …" if len(param.values) > VALUES_SHOWN else "")
        return translate("ConsoleQuery", "comma-separated: {values}").format(values=listed)
    if param.example:
        return translate("ConsoleQuery", "for example {example}").format(example=param.example)
    return param.description


class QueryForm(QScrollArea):
    edited = Signal(dict)  # {name: value} typed by the user ("" removes the parameter)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("consoleQueryForm")
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, never to the scroll area
        self.setMaximumHeight(124)
        self.setAccessibleName(translate("ConsoleQuery", "Query parameters"))
        self.fields: dict[str, QLineEdit] = {}
        self.setVisible(False)

    def show_for(self, call: ApiCall | None, url: str) -> None:
        """A field per query parameter of `call` (none for a call outside the catalogue)."""
        inner = QWidget()
        form = QFormLayout(inner)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields = {}
        for param in call.query if call else ():
            edit = QLineEdit()
            edit.setObjectName(f"consoleQuery_{param.name}")
            edit.setPlaceholderText(_placeholder(param))
            allowed = "\n" + ", ".join(param.values) if param.values else ""
            edit.setToolTip(param.description + allowed)
            edit.setAccessibleName(param.name)
            edit.setAccessibleDescription(param.description)
            edit.textEdited.connect(lambda text, name=param.name: self.edited.emit({name: text.strip()}))
            label = param.name + (translate("ConsoleQuery", " (required)") if param.required else "")
            form.addRow(buddy_label(label + ":", edit), edit)
            self.fields[param.name] = edit
        self.setWidget(inner)
        self.setVisible(bool(self.fields))
        self.follow(url)

    def follow(self, url: str) -> None:
        """The fields show what the address holds (typed by hand, or a next page asked for)."""
        values = query_values(url)
        for name, edit in self.fields.items():
            if edit.text() != values.get(name, ""):
                edit.setText(values.get(name, ""))
