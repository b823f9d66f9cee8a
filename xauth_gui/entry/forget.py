"""`xauth-gui --forget-everything`: remove every saved profile's secrets from the OS keyring, the opt-in
plain-text secrets file, and the settings. The Windows uninstaller runs it when the user asks for their
settings to go too; it works the same from a terminal on every system.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from xauth_gui.core import errors
from xauth_gui.core.profile import SECRET_KINDS
from xauth_gui.core.text import translate
from xauth_gui.qt.settings import AppSettings


def forget_everything(settings: AppSettings) -> int:
    """Exit status 0 when everything is gone; 1 when the keyring is locked or did not answer (settings
    are kept then, so its entries can still be found and removed later). No keyring at all means
    nothing was ever saved in one."""
    from xauth_gui.services.secrets import open_default_store

    keys = {p.secret_key(kind) for p in settings.profiles() for kind in SECRET_KINDS}
    keys.update(settings.pending_deletions)
    try:
        store = open_default_store()
        for key in sorted(keys):
            store.delete(key)
    except errors.StorageUnavailableError:
        keys = set()
    except errors.XAuthError as exc:
        said = translate("Forget", "{problem} Your settings were kept; try again when the keyring is available.")
        print(said.format(problem=exc.message))
        return 1
    plain = settings.plain_file_path.parent
    settings.q.clear()
    settings.q.sync()
    settings_file = Path(settings.path)
    settings_file.unlink(missing_ok=True)
    shutil.rmtree(plain, ignore_errors=True)
    folder = settings_file.parent
    if folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
    print(
        translate("Forget", "Removed {count} keyring entries and the settings in {folder}.").format(
            count=len(keys), folder=folder
        )
    )
    return 0
