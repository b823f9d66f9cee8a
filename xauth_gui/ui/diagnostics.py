"""Help → Diagnostics: runs `--diagnose` in a separate process and shows its plain report."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from xauth_gui.core.session import MessageKind
from xauth_gui.core.text import translate
from xauth_gui.qt import i18n
from xauth_gui.qt.controller import FlowController

from .clipboard import SecureClipboard

if TYPE_CHECKING:
    from PySide6.QtCore import QProcess
    from PySide6.QtWidgets import QDialog


class Diagnostics(QObject):
    finished = Signal(str, bool)  # the report, and whether every needed check passed

    def __init__(self, parent: QWidget, controller: FlowController, clipboard: SecureClipboard) -> None:
        super().__init__(parent)
        self.window = parent
        self.controller = controller
        self.clipboard = clipboard
        self.process: QProcess | None = None
        self.action = QAction(translate("Diagnostics", "&Diagnostics…"), parent)
        self.action.setObjectName("diagnosticsAction")
        self.action.triggered.connect(self.run)

    def run(self) -> None:
        """It opens its own sandbox and Qt probe, so nothing of this window's state is touched."""
        from PySide6.QtCore import QProcess

        from xauth_gui.resources import self_command

        if self.process is not None:
            return
        self.controller.release_callback_port()  # else its port check finds this window holding it
        command = self_command("--diagnose", "--lang", i18n.current())  # the report in the window's language
        process = self.process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        process.finished.connect(lambda *_: self._done(process))
        self.action.setEnabled(False)
        self.controller.say(MessageKind.PROGRESS, translate("Diagnostics", "Running diagnostics (about 10 seconds)…"))
        process.start(command[0], command[1:])

    def _done(self, process: QProcess) -> None:
        from PySide6.QtCore import QProcess

        report = bytes(process.readAll().data()).decode("utf-8", "replace")
        self.process = None
        self.action.setEnabled(True)
        ok = process.exitStatus() == QProcess.ExitStatus.NormalExit and process.exitCode() == 0
        self.controller.say(
            MessageKind.SUCCESS if ok else MessageKind.WARNING,
            translate("Diagnostics", "Diagnostics finished: all needed checks passed.")
            if ok
            else translate("Diagnostics", "Diagnostics finished: some checks failed."),
        )
        self.show_report(report)
        process.deleteLater()
        self.finished.emit(report, ok)

    def show_report(self, report: str) -> QDialog:
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout

        dialog = QDialog(self.window)
        dialog.setObjectName("diagnosticsDialog")
        dialog.setWindowTitle(translate("Diagnostics", "xauth-gui diagnostics"))
        layout = QVBoxLayout(dialog)
        text = QPlainTextEdit(report.strip())
        text.setReadOnly(True)
        text.setMinimumSize(640, 240)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(translate("Diagnostics", "Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: self.clipboard.copy_plain(report))
        buttons.rejected.connect(dialog.close)
        layout.addWidget(buttons)
        dialog.show()
        return dialog
