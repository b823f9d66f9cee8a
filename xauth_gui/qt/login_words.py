"""What the login says, in the user's language: the login machine's notes (core/login_machine.py) as words."""

from __future__ import annotations

from xauth_gui.core import errors
from xauth_gui.core import login_machine as machine
from xauth_gui.core.text import translate


def before(note: machine.Note | None) -> str:
    return translate("LoginFlow", "The login did not finish:") if note is machine.Note.DID_NOT_FINISH else ""


def said(say: machine.Say) -> str:
    n = machine.Note
    if say.note is n.SIGNED_IN:
        notes = [translate("LoginFlow", "Signed in: your token is ready.")]
        if say.not_granted:
            notes.append(translate("LoginFlow", "X did not grant: {scopes}.").format(scopes=", ".join(say.not_granted)))
        return " ".join([*notes, *([say.no_refresh] if say.no_refresh else [])])
    if say.note is n.APPROVED:
        return translate("LoginFlow", "Approved. Getting your token…")
    if say.note is n.CANCELLED:
        return errors.LoginCancelledError().user_text
    if say.note is n.NOT_THIS_ATTEMPT:
        return translate(
            "LoginFlow",
            "An answer arrived from the browser tab of an earlier login, so it was ignored. Approve in the newest "
            "tab, or press Restart login.",
        )
    if say.note is n.PASTE_FIRST:
        return translate(
            "LoginFlow", "Press Authorize first; then paste the address the browser shows after approving."
        )
    if say.note is n.BROWSER_NOT_OPENED:
        return translate(
            "LoginFlow",
            "The browser could not be opened. Copy the address below, open it in your browser, "
            "approve, then come back (paste the final address below if this app does not notice).",
        )
    if say.note is n.WAITING_PASTE_ONLY:
        return translate(
            "LoginFlow",
            "Approve the request in the browser. This callback URI can't be caught by the app: "
            "after approving, copy the address the browser shows and paste it below.",
        )
    return translate("LoginFlow", "Waiting for you to approve the request in the browser…")
