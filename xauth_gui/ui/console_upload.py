"""The console's media upload row: pick an image or a video, watch it upload (X's chunked upload, through
qt/console_media.py), cancel it; the media id it gives goes into the next post's body."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QProgressBar, QWidget

from xauth_gui.core import media
from xauth_gui.core.text import translate
from xauth_gui.qt.console_media import MediaUpload

from .panel import announce, plain_label, push_button


class UploadRow(QWidget):
    said = Signal(str, bool)  # a sentence for the console's message line, and whether it is a problem
    wants_scope = Signal()  # the token lacks media.write: the console offers to add it
    uploaded = Signal(str)  # the media id

    def __init__(self, engine: MediaUpload, scopes_granted: object) -> None:
        super().__init__()
        self.engine, self._granted = engine, scopes_granted
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.upload_button = push_button(translate("ConsolePanel", "&Upload media…"), "consoleUploadButton")
        self.upload_button.setToolTip(translate("ConsolePanel", "Upload an image or a video for your next post"))
        self.progress = QProgressBar()
        self.progress.setObjectName("consoleUploadProgress")
        self.progress.setAccessibleName(translate("ConsolePanel", "Upload progress"))
        self.progress.setVisible(False)
        self.cancel_button = push_button(translate("ConsolePanel", "Cancel upload"), "consoleUploadCancelButton")
        self.cancel_button.setVisible(False)
        self.state_label = plain_label("", "consoleUploadState")
        for widget, stretch in ((self.progress, 1), (self.cancel_button, 0), (self.state_label, 1)):
            row.addWidget(widget, stretch)
        self.setVisible(False)  # the progress row shows once an upload starts; the button sits by the body
        self.upload_button.clicked.connect(self._choose)
        self.cancel_button.clicked.connect(engine.cancel)
        engine.progress.connect(self._progress)
        engine.finished.connect(self._finished)
        engine.failed.connect(self._failed)

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, translate("ConsolePanel", "Upload media"), str(Path.home()),
            translate("ConsolePanel", "Images and videos (*.jpg *.jpeg *.png *.webp *.gif *.mp4 *.mov *.webm)"),
        )  # fmt: skip
        if name:
            self.upload(Path(name))

    def upload(self, path: Path) -> None:
        """Checked first: the token must carry media.write (nothing is sent without it)."""
        if callable(self._granted) and media.SCOPE not in self._granted():
            said = translate("ConsolePanel", "Uploading media needs {scope}, which this token was not granted.")
            self.said.emit(said.format(scope=media.SCOPE), True)
            self.wants_scope.emit()
            return
        self._set_running(True)
        self.engine.start(path)

    def _set_running(self, running: bool) -> None:
        self.setVisible(True)
        self.progress.setVisible(running or self.progress.value() > 0)
        self.cancel_button.setVisible(running)
        self.upload_button.setEnabled(not running)
        if running:
            self.progress.setValue(0)

    def _progress(self, percent: int, what: str) -> None:
        self.progress.setValue(percent)
        self.state_label.setText(what)

    def _finished(self, media_id: str) -> None:
        self._set_running(False)
        said = translate("ConsolePanel", "Uploaded: media id {id}. It is in the body of your next post.")
        self.state_label.setText(said.format(id=media_id))
        announce(self.state_label, self.state_label.text())
        self.uploaded.emit(media_id)

    def _failed(self, said: str) -> None:
        self._set_running(False)
        self.state_label.setText("")
        self.said.emit(said, True)
