"""How many examples a property test tries: all of them in `make test`, a fifth in `make check` (the fast
lane, HYPOTHESIS_PROFILE=check), where every property still runs, on fewer inputs."""

from __future__ import annotations

import os

FAST_LANE = os.environ.get("HYPOTHESIS_PROFILE") == "check"


def examples(count: int) -> int:
    return max(20, count // 5) if FAST_LANE else count
