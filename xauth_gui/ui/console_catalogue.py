"""The console's catalogue of every X API call (core/api_catalogue.py): a search box over a list grouped
by X's tags. Loaded when the console first opens, never at start-up."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from xauth_gui.core.api import PRESETS
from xauth_gui.core.api_catalogue import ApiCall, load, match, search
from xauth_gui.core.text import translate
from xauth_gui.resources import resources_dir


def catalogue_calls() -> tuple[ApiCall, ...]:
    return load((resources_dir() / "x-api" / "catalogue.json").read_text(encoding="utf-8"))


PRESET_ROLE = Qt.ItemDataRole.UserRole + 1  # a ready call's preset id (its item also carries the operationId)


class CatalogueBox(QWidget):
    picked = Signal(object)  # the ApiCall chosen (Enter or double-click)
    picked_preset = Signal(str)  # one of the ready calls, with its example values

    def __init__(self) -> None:
        super().__init__()
        self._calls: tuple[ApiCall, ...] | None = None  # read when the console is first shown or searched
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("consoleCatalogueSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(translate("ConsoleCatalogue", "Find an X API call"))
        self.search_edit.setPlaceholderText(translate("ConsoleCatalogue", "Find a call: words, a path or a name"))
        self.view = QTreeWidget()
        self.view.setObjectName("consoleCatalogueView")
        self.view.setAccessibleName(translate("ConsoleCatalogue", "X API calls"))
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.view, 1)
        self.search_edit.textChanged.connect(self.show_matching)
        self.search_edit.returnPressed.connect(self._pick_first)
        self.view.itemActivated.connect(self._on_activated)

    @property
    def calls(self) -> tuple[ApiCall, ...]:
        """The catalogue, read on first need: never at start-up, nor in the work after the first paint."""
        if self._calls is None:
            self._calls = catalogue_calls()
        return self._calls

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt name
        if self.view.topLevelItemCount() == 0:
            self.show_matching(self.search_edit.text())
        super().showEvent(event)

    def show_matching(self, query: str) -> None:
        self.view.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        found = search(self.calls, query)
        self._favourites(query, found)
        for call in found:
            group = groups.get(call.tag)
            if group is None:
                group = groups[call.tag] = QTreeWidgetItem(self.view, [call.tag])
                group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            stream = translate("ConsoleCatalogue", " (stream)") if call.stream else ""
            item = QTreeWidgetItem(group, [f"{call.summary}{stream}\n{call.method} {call.path}"])
            item.setData(0, Qt.ItemDataRole.UserRole, call.id)
            item.setToolTip(0, call.summary + (f"\n{call.docs}" if call.docs else ""))
        self.view.expandAll() if query.strip() else self._collapse_all_but_favourites()
        count = len(found)
        self.search_edit.setAccessibleDescription(translate("ConsoleCatalogue", "%n call(s) found", None, count))

    def _favourites(self, query: str, found: list[ApiCall]) -> None:
        """The ready calls first, as favourites: each is its catalogue entry with example values."""
        words = query.casefold().split()
        group = None
        for preset in PRESETS:
            call = match(self.calls, preset.method, preset.path.replace("{me}", "me").replace("{id}", "1"))
            if call is None or (words and call not in found and not all(w in preset.label.casefold() for w in words)):
                continue
            if group is None:
                group = QTreeWidgetItem(self.view, [translate("ConsoleCatalogue", "Ready calls")])
                group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            item = QTreeWidgetItem(group, [f"★ {preset.label}\n{preset.method} {preset.path}"])
            item.setData(0, Qt.ItemDataRole.UserRole, call.id)
            item.setData(0, PRESET_ROLE, preset.id)
        if group is not None:
            group.setExpanded(True)

    def select(self, call: ApiCall | None) -> None:
        """Show which entry a URL typed by hand is (without picking it again)."""
        self.view.clearSelection()
        for item in self._items():
            if call is not None and item.data(0, Qt.ItemDataRole.UserRole) == call.id:
                self.view.setCurrentItem(item)
                self.view.scrollToItem(item)

    def _items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        for i in range(self.view.topLevelItemCount()):
            group = self.view.topLevelItem(i)
            if group is not None:
                items += [item for j in range(group.childCount()) if (item := group.child(j)) is not None]
        return items

    def _collapse_all_but_favourites(self) -> None:
        self.view.collapseAll()
        first = self.view.topLevelItem(0)
        child = first.child(0) if first is not None else None
        if first is not None and child is not None and child.data(0, PRESET_ROLE):
            first.setExpanded(True)

    def _pick_first(self) -> None:
        items = self._items()
        if items:
            self._on_activated(items[0], 0)

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, PRESET_ROLE):
            self.picked_preset.emit(item.data(0, PRESET_ROLE))
            return
        call = next((c for c in self.calls if c.id == item.data(0, Qt.ItemDataRole.UserRole)), None)
        if call is not None:
            self.picked.emit(call)


def required_query(call: ApiCall) -> str:
    """The required query parameters, as name={name} for the user to fill (X's example where it gives one)."""
    wanted = [p for p in call.params if p.where == "query" and p.required]
    return ("?" + "&".join(f"{p.name}={p.example or '{' + p.name + '}'}" for p in wanted)) if wanted else ""


def calling_text(call: ApiCall) -> str:
    """What the call needs, said before anything is sent: the token kind and the scopes."""
    if call.user_scopes is not None and call.app_only:
        said = translate("ConsoleCatalogue", "{summary}: the user token (with {scopes}) or the app-only token.")
    elif call.user_scopes is not None:
        said = translate("ConsoleCatalogue", "{summary}: the user token, with {scopes}.")
    elif call.app_only:
        said = translate("ConsoleCatalogue", "{summary}: only the app-only token (Send with: the app-only token).")
    else:
        said = translate("ConsoleCatalogue", "{summary}: a token kind this app does not make (OAuth 1.0a).")
    text = said.format(summary=call.summary, scopes=", ".join(call.user_scopes or ()))
    return text + (translate("ConsoleCatalogue", " It is a stream: it keeps sending.") if call.stream else "")


def token_reason(call: ApiCall) -> str:
    """Why the console chose the token it did for this call."""
    if call.user_scopes is not None and call.app_only:
        return translate("ConsoleCatalogue", "The user token is chosen: it acts as you and sees your own data. "
                         "This call also takes the app-only token.")  # fmt: skip
    if call.user_scopes is not None:
        return translate("ConsoleCatalogue", "This call takes only the user token.")
    if call.app_only:
        return translate("ConsoleCatalogue", "The app-only token is chosen: this call takes no user token. "
                         "Make one below with your app's API Key and Secret.")  # fmt: skip
    return translate("ConsoleCatalogue", "This call takes only OAuth 1.0a user tokens, which this app does not make.")
