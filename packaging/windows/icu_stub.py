"""The C source of a stub icuuc.dll for Wine (scripts/windows.sh, setup_icu_stub): Wine has no Windows 10
icuuc.dll, which the pinned Qt6Core.dll imports. Opening a converter fails (so Qt uses its own UTF
codecs) and every other function answers 0. Test environment only: the installer never ships it.

    objdump -p Qt6Core.dll | ... | python3 packaging/windows/icu_stub.py > icuuc.c

The function names come one per line on stdin (those Qt6Core.dll imports from icuuc.dll).
"""

from __future__ import annotations

import re
import sys

U_FILE_ACCESS_ERROR = 4
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def stub_source(names: list[str]) -> str:
    if not names:
        raise ValueError("Qt6Core.dll imports nothing from icuuc.dll: drop the stub")
    bad = [n for n in names if not _NAME.match(n)]
    if bad:
        raise ValueError(f"not a C name: {bad[0]!r}")
    lines = ["/* Test-environment stub of Windows 10 icuuc.dll for Wine (packaging/windows/icu_stub.py). */",
             f"#define U_FILE_ACCESS_ERROR {U_FILE_ACCESS_ERROR}"]  # fmt: skip
    for name in dict.fromkeys(names):
        if name == "ucnv_open":
            lines.append("__declspec(dllexport) void *ucnv_open(const char *name, int *err) "
                         "{ (void)name; if (err) *err = U_FILE_ACCESS_ERROR; return 0; }")  # fmt: skip
        else:
            lines.append(f"__declspec(dllexport) void *{name}(void) {{ return 0; }}")
    return "\n".join(lines) + "\n"


def main() -> int:
    try:
        sys.stdout.write(stub_source(sys.stdin.read().split()))
    except ValueError as exc:
        print(f"icu_stub: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
