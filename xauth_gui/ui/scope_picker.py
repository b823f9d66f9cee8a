"""The scope picker: X's catalogue grouped, in plain language, with presets."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xauth_gui.core import scope_presets
from xauth_gui.core import scopes as catalogue
from xauth_gui.core.text import translate

from .style import with_visible_checks

_NAME_ROLE = Qt.ItemDataRole.UserRole
_WRAP = int(Qt.TextFlag.TextWordWrap.value)


class _WrappingDelegate(QStyledItemDelegate):
    """Row heights for wrapped descriptions: the view asks without a width, so measure at the column's
    width (minus indentation, check box and margins) and let the text wrap there (issue 13, item 8)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        if index.column() != 0 or not index.parent().isValid():
            return hint
        width = self.tree.header().sectionSize(0) - 2 * self.tree.indentation() - 32
        text = str(index.data() or "")
        rect = option.fontMetrics.boundingRect(QRect(0, 0, max(width, 80), 10_000), _WRAP, text)
        return QSize(hint.width(), max(hint.height(), rect.height() + 2))


class _NamesBesideDescriptions(QObject):
    """In a wide view the descriptions take only the width they need and the scope names follow
    right after them (not at the far edge of a maximised window); in a narrow one the descriptions
    take all but the names' width and wrap, as before."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)  # no Python reference back to the tree: a cycle would leave the whole
        metrics = tree.fontMetrics()  # window to the garbage collector, on whatever thread it runs
        widest = max((metrics.horizontalAdvance(str(item.text(0))) for item in _leaves(tree)), default=0)
        self.needed = widest + 2 * tree.indentation() + 48  # the check box and the item margins
        header = tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, header.ResizeMode.Fixed)
        # The width comes from the tree's own width, as if its scroll bar were shown, never from the
        # viewport: narrower descriptions wrap into taller rows, which can bring the scroll bar and so
        # narrow the viewport, which would widen them again, and so on for ever.
        tree.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.balance()
        return False

    def balance(self) -> None:
        tree = self.parent()
        assert isinstance(tree, QTreeWidget)
        bar = tree.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, tree)
        room = tree.width() - 2 * tree.frameWidth() - bar - tree.sizeHintForColumn(1)
        width = max(80, min(self.needed, room))
        if width != tree.header().sectionSize(0):
            tree.header().resizeSection(0, width)


def _leaves(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    leaves: list[QTreeWidgetItem] = []
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        if group is not None:
            leaves += [item for j in range(group.childCount()) if (item := group.child(j)) is not None]
    return leaves


def _group(tree: QTreeWidget, title: str) -> QTreeWidgetItem:
    group = QTreeWidgetItem(tree, [title])
    group.setFlags(group.flags() | Qt.ItemFlag.ItemIsAutoTristate | Qt.ItemFlag.ItemIsUserCheckable)
    group.setExpanded(True)
    return group


class ScopePicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scopePicker")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.preset = QComboBox()
        self.preset.setObjectName("presetCombo")
        self.preset.setAccessibleName(translate("ScopePicker", "Permission preset"))
        self.preset.addItem(translate("ScopePicker", "Custom selection"), "")
        for p in scope_presets.PRESETS:
            self.preset.addItem(p.label, p.key)
            self.preset.setItemData(self.preset.count() - 1, p.description, Qt.ItemDataRole.ToolTipRole)
        label = QLabel(translate("ScopePicker", "Pr&eset:"))
        label.setBuddy(self.preset)
        row.addWidget(label)
        row.addWidget(self.preset, 1)
        layout.addLayout(row)

        self.tree = self._build_tree()
        layout.addWidget(self.tree, 1)
        self.warnings = QLabel()
        self.warnings.setObjectName("scopeWarnings")
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setWordWrap(True)
        layout.addWidget(self.warnings)

        self._extra: tuple[str, ...] = ()  # selected names not in the catalogue (custom servers)
        self._offered: dict[str, QTreeWidgetItem] = {}  # a Custom server's own scopes (set_offered)
        self._offered_group: QTreeWidgetItem | None = None
        self._updating = False
        self.tree.itemChanged.connect(self._on_item_changed)
        self.preset.activated.connect(self._on_preset)

    def _build_tree(self) -> QTreeWidget:
        tree = QTreeWidget()
        with_visible_checks(tree)
        tree.setObjectName("scopeTree")
        tree.setAccessibleName(translate("ScopePicker", "Permissions"))
        tree.setHeaderLabels([translate("ScopePicker", "What the app may do"), translate("ScopePicker", "Scope")])
        tree.setRootIsDecorated(True)
        tree.setUniformRowHeights(False)
        tree.setWordWrap(True)  # long descriptions wrap instead of being cut off (issue 13, item 8)
        tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        tree.setItemDelegate(_WrappingDelegate(tree))
        self._items: dict[str, QTreeWidgetItem] = {}
        groups: dict[str, QTreeWidgetItem] = {}
        for scope in catalogue.CATALOGUE:
            group_item = groups.get(scope.group)
            if group_item is None:
                group_item = groups[scope.group] = _group(tree, scope.group)
            text = scope.description + (translate("ScopePicker", "  (special access)") if scope.special_access else "")
            item = QTreeWidgetItem(group_item, [text, scope.name])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setData(0, _NAME_ROLE, scope.name)
            kind = (
                translate("ScopePicker", "changes things for you")
                if scope.writes
                else translate("ScopePicker", "only reads")
            )
            item.setToolTip(
                0,
                f"{scope.description}\n"
                + translate("ScopePicker", "{scope}: {kind}.").format(scope=scope.name, kind=kind),
            )
            self._items[scope.name] = item
        _NamesBesideDescriptions(tree)
        tree.header().sectionResized.connect(lambda *_: tree.doItemsLayout())  # rows re-wrap to the new width
        return tree

    def selected_scopes(self) -> list[str]:
        boxes = {**self._items, **self._offered}
        chosen = [n for n, item in boxes.items() if item.checkState(0) == Qt.CheckState.Checked]
        return list(catalogue.ordered([*chosen, *self._extra]))

    def set_selected_scopes(self, names: list[str] | tuple[str, ...]) -> None:
        self._updating = True
        try:
            wanted = set(names)
            for name, item in {**self._items, **self._offered}.items():
                item.setCheckState(0, Qt.CheckState.Checked if name in wanted else Qt.CheckState.Unchecked)
            self._extra = tuple(n for n in names if n not in self._items and n not in self._offered)
        finally:
            self._updating = False
        self._refresh()

    def set_offered(self, names: tuple[str, ...]) -> None:
        """A Custom server's own scopes from its metadata (beyond X's), as boxes of their own group."""
        offered = tuple(n for n in dict.fromkeys(names) if n not in self._items)
        if offered == tuple(self._offered):
            return
        selected = self.selected_scopes()
        if self._offered_group is not None:
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(self._offered_group))
        self._offered, self._offered_group = {}, None
        if offered:
            group = self._offered_group = _group(self.tree, translate("ScopePicker", "Offered by this server"))
            for name in offered:
                item = QTreeWidgetItem(group, [translate("ScopePicker", "“{scope}” (from the server's metadata)")
                                               .format(scope=name), name])  # fmt: skip
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                self._offered[name] = item
        self.set_selected_scopes(selected)

    def _on_item_changed(self, _item: QTreeWidgetItem, _column: int) -> None:
        if not self._updating:
            self._refresh()
            self.changed.emit()

    def _on_preset(self, index: int) -> None:
        key = self.preset.itemData(index)
        if key:
            self.set_selected_scopes(scope_presets.PRESETS_BY_KEY[key].scopes)
            self.changed.emit()

    def _refresh(self) -> None:
        selected = self.selected_scopes()
        match = next(
            (
                i
                for i in range(1, self.preset.count())
                if set(scope_presets.PRESETS_BY_KEY[self.preset.itemData(i)].scopes) == set(selected)
            ),
            0,
        )
        self.preset.setCurrentIndex(match)
        warnings = catalogue.scope_warnings(selected)
        self.warnings.setText("\n".join(f"⚠ {w}" for w in warnings))
        self.warnings.setVisible(bool(warnings))
        self._describe_groups()

    def _describe_groups(self) -> None:
        """A group with some of its permissions ticked is heard as such (Qt's bridge says "not checked")."""
        words = {
            Qt.CheckState.Checked: translate("ScopePicker", "all chosen"),
            Qt.CheckState.PartiallyChecked: translate("ScopePicker", "some chosen"),
            Qt.CheckState.Unchecked: translate("ScopePicker", "none chosen"),
        }
        updating, self._updating = self._updating, True  # (setting the data emits itemChanged again)
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            if group is not None:
                said = f"{group.text(0)}, {words[group.checkState(0)]}"
                group.setData(0, Qt.ItemDataRole.AccessibleTextRole, said)
        self._updating = updating
