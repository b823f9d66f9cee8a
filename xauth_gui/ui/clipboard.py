"""Copying secrets: marked sensitive for clipboard managers, cleared after a delay if still ours."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

# The hints KeePassXC sets: KDE/Klipper and most Linux managers, macOS, Windows (no history, no cloud).
SENSITIVE_FORMATS = {
    "x-kde-passwordManagerHint": b"secret",
    "application/x-nspasteboard-concealed-type": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": b"\x01\x00\x00\x00",
    "CanIncludeInClipboardHistory": b"\x00\x00\x00\x00",
    "CanUploadToCloudClipboard": b"\x00\x00\x00\x00",
}


class SecureClipboard(QObject):
    countdown = Signal(int)  # seconds left before clearing (0: cleared or nothing pending)

    def __init__(self, clear_after_s: int = 60, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clear_after_s = clear_after_s
        self._value: str | None = None
        self._left = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

    @property
    def seconds_left(self) -> int:
        return self._left

    def copy_secret(self, text: str) -> None:
        clipboard = QGuiApplication.clipboard()
        for mode in self._modes(clipboard):
            data = QMimeData()
            data.setText(text)
            for fmt, value in SENSITIVE_FORMATS.items():
                data.setData(fmt, value)
            clipboard.setMimeData(data, mode)
        self._value = text
        if self.clear_after_s > 0:
            self._left = self.clear_after_s
            self._timer.start()
            self.countdown.emit(self._left)

    def copy_plain(self, text: str) -> None:
        """Non-secret text (the callback URI, the authorize URL, the redacted log)."""
        QGuiApplication.clipboard().setText(text)

    def _tick(self) -> None:
        self._left -= 1
        self.countdown.emit(max(self._left, 0))
        if self._left <= 0:
            self.clear_if_ours()

    def clear_if_ours(self) -> None:
        """Clear only if the clipboard still holds what we put there (never wipe the user's own copy)."""
        self._timer.stop()
        self._left = 0
        if self._value is None:
            return
        clipboard = QGuiApplication.clipboard()
        for mode in self._modes(clipboard):
            if clipboard.text(mode) == self._value:
                clipboard.clear(mode)
        self._value = None
        self.countdown.emit(0)

    @staticmethod
    def _modes(clipboard: QClipboard) -> list[QClipboard.Mode]:
        modes = [QClipboard.Mode.Clipboard]
        if clipboard.supportsSelection():
            modes.append(QClipboard.Mode.Selection)  # X11 middle-click buffer
        return modes
