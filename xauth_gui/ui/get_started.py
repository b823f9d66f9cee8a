"""The first run: three ways in (try the sandbox, use my X app, help me make one), and the set-up guide.

Nothing here changes the form: the pages sit beside the main page in the window's stack, so whatever
was typed is still there when the user comes back (Help → Get started reopens them).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from xauth_gui.core.text import QT_TRANSLATE_NOOP, translate

from .clipboard import SecureClipboard
from .panel import hint_label, plain_label

DEVELOPER_CONSOLE = "https://developer.x.com/en/portal/dashboard"
WEBSITE_URL = "https://example.com"  # X asks for one; any address you own (or this placeholder) is fine for testing


def _title(text: str) -> QLabel:
    label = plain_label(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _choice(text: str, object_name: str, explanation: str) -> tuple[QPushButton, QWidget]:
    box = QFrame()
    box.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(box)
    button = QPushButton(text)
    button.setObjectName(object_name)
    button.setMinimumHeight(40)
    font = button.font()
    font.setBold(True)
    button.setFont(font)
    layout.addWidget(button)
    note = hint_label()
    note.setText(explanation)
    button.setAccessibleDescription(explanation)  # a screen reader says it with the button
    layout.addWidget(note)
    return button, box


CHOICES = (  # (button text, objectName, explanation), in English: translated where shown
    (
        QT_TRANSLATE_NOOP("GetStarted", "&Sandbox: try it now, no account needed"),
        "getStartedSandboxButton",
        QT_TRANSLATE_NOOP(
            "GetStarted",
            "A pretend X built into this app. Sign in with one click and see every step; nothing leaves your computer.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("GetStarted", "I have an X &app"),
        "getStartedHaveAppButton",
        QT_TRANSLATE_NOOP(
            "GetStarted", "You have a Client ID from the X developer console. Paste it, pick permissions, sign in."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("GetStarted", "Help me set &up an X app"),
        "getStartedSetupButton",
        QT_TRANSLATE_NOOP(
            "GetStarted", "Step by step through the X developer console, with the exact values to paste."
        ),
    ),
)
STEPS = (
    QT_TRANSLATE_NOOP(
        "GetStarted",
        "Open the X developer console and sign in with your X account; create a Project and an App if you have none.",
    ),
    QT_TRANSLATE_NOOP(
        "GetStarted",
        "In your app, open User authentication settings → Set up. App permissions: Read (or Read and write if you "
        "will post).",
    ),
    QT_TRANSLATE_NOOP(
        "GetStarted",
        "Type of App: Native App (this app keeps no secret: choose Public here), or Web App, Automated App or Bot "
        "(X gives you a Client Secret: choose Confidential).",
    ),
    QT_TRANSLATE_NOOP("GetStarted", "Callback URI / Redirect URL: paste exactly"),
    QT_TRANSLATE_NOOP("GetStarted", "Website URL: X needs one; any site of yours, or for testing"),
    QT_TRANSLATE_NOOP(
        "GetStarted",
        "Save. Then open Keys and tokens → OAuth 2.0 Client ID and Client Secret, and copy the Client ID (and the "
        "Secret, for Confidential) into this app.",
    ),
)


class GetStartedPage(QWidget):
    sandbox_chosen = Signal()
    have_app_chosen = Signal()
    setup_chosen = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("getStartedPage")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 32, 48, 32)
        outer.addWidget(_title(translate("GetStarted", "Get an X API user token")))
        intro = hint_label()
        intro.setText(
            translate(
                "GetStarted",
                "This app signs you in to X in your browser and gives you the token a program needs to act as you. "
                "Choose how to start; you can come back here from Help → Get started.",
            )
        )
        outer.addWidget(intro)
        outer.addSpacing(16)
        signals = (self.sandbox_chosen, self.have_app_chosen, self.setup_chosen)
        for (text, name, explanation), signal in zip(CHOICES, signals, strict=True):
            button, box = _choice(translate("GetStarted", text), name, translate("GetStarted", explanation))
            button.clicked.connect(signal)
            outer.addWidget(box)
        outer.addStretch(1)


class SetupGuidePage(QWidget):
    """Numbered steps for the X developer console, with Copy for every value to paste."""

    done = Signal()
    back = Signal()
    open_console = Signal()

    def __init__(self, clipboard: SecureClipboard, callback_uri: str) -> None:
        super().__init__()
        self.setObjectName("setupGuidePage")
        self.clipboard = clipboard
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 24, 48, 24)
        outer.addWidget(_title(translate("GetStarted", "Set up an X app (about five minutes)")))
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.callback_value = plain_label(callback_uri, "setupCallbackUri")
        values = {3: self.callback_value, 4: plain_label(WEBSITE_URL)}  # the steps with a value to paste
        for row, text in enumerate(STEPS):
            value = values.get(row)
            label = plain_label(f"{row + 1}. {translate('GetStarted', text)}")
            label.setWordWrap(True)
            grid.addWidget(label, row, 0, 1, 2 if value is None else 1)
            if value is not None:
                grid.addWidget(value, row, 1)
                copy = QToolButton()
                copy.setText(translate("GetStarted", "Copy"))
                copy.setAccessibleName(translate("GetStarted", "Copy {value}").format(value=value.text()))
                copy.clicked.connect(lambda _c=False, v=value: self.clipboard.copy_plain(v.text()))
                grid.addWidget(copy, row, 2)
        outer.addLayout(grid)
        outer.addSpacing(12)
        buttons = QHBoxLayout()
        console = QPushButton(translate("GetStarted", "Open the developer &console"))
        console.setObjectName("openDeveloperConsoleButton")
        console.clicked.connect(self.open_console)
        back = QPushButton(translate("GetStarted", "&Back"))
        back.clicked.connect(self.back)
        done = QPushButton(translate("GetStarted", "&Next: fill in the form"))
        done.setObjectName("setupDoneButton")
        done.clicked.connect(self.done)
        buttons.addWidget(console)
        buttons.addStretch(1)
        buttons.addWidget(back)
        buttons.addWidget(done)
        outer.addLayout(buttons)
        outer.addStretch(1)

    def set_callback_uri(self, uri: str) -> None:
        self.callback_value.setText(uri)
