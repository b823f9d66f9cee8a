"""The in-process sandbox the window uses: started the first time the Sandbox profile is used."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from xauth_gui.core.endpoints import Endpoints
    from xauth_gui.sandbox import Sandbox

log = logging.getLogger(__name__)


class SandboxHost:
    """The in-process sandbox, started the first time the Sandbox profile is used, on its usual port
    (DEFAULT_PORT) or, when another program has that, on a free one (the window says so)."""

    def __init__(self, port: int | None = None, state_file: Path | None = None) -> None:
        from xauth_gui.core.sandbox_facts import DEFAULT_PORT

        self.port = DEFAULT_PORT if port is None else port
        self.state_file = state_file  # where it remembers the tokens it issued (None: it forgets them)
        self.sandbox: Sandbox | None = None

    def endpoints(self, redirect_uri: str) -> Endpoints:
        from xauth_gui.sandbox import Sandbox

        if self.sandbox is None:
            try:
                sandbox = Sandbox(port=self.port)
            except OSError:
                log.info("the sandbox's usual port is taken; using a free one")
                sandbox = Sandbox()
            if self.state_file is not None:  # its tokens outlive a restart, like X's
                from xauth_gui.sandbox.memory import remember

                remember(sandbox.oauth, self.state_file)
            self.sandbox = sandbox.start()
        if redirect_uri:
            self.sandbox.register_redirect_uri(redirect_uri)  # "registered" like in X's console
        return self.sandbox.endpoints

    def stop(self) -> None:
        if self.sandbox is not None:
            self.sandbox.stop()
            self.sandbox = None
