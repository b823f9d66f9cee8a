"""The bill of materials of a build: CycloneDX JSON made by cyclonedx-bom (cyclonedx-py) from the Python
packages the build used, kept to what the app bundles (requirements.txt and what those need on the target
system), plus the Python runtime and Qt (inside PySide6) that the bundle carries.

    .venv/bin/python scripts/sbom.py SITE_PACKAGES --platform win32|linux --python 3.11.0 --out FILE \
        [--licences DIR --python-licence FILE]

With --licences it also writes the licence texts of all of it into DIR (shipped inside the installers):
each package's own licence files, Python's licence, and the LGPL/GPL texts PySide6 and Qt are offered under
(their wheels carry none: the texts come from Debian's /usr/share/common-licenses).

SITE_PACKAGES is the build's environment (the Windows Python's Lib/site-packages, or .venv's): the packages
are read from their own metadata (versions, licences), never listed by hand.
"""

from __future__ import annotations

import argparse
import json
import os
import stat
import subprocess
import sys
import tempfile
from importlib.metadata import distributions
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {
    "win32": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"},
    "linux": {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"},
    "darwin": {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix"},
}


def runtime_roots() -> list[str]:
    lines = (ROOT / "requirements.txt").read_text().splitlines()
    return [canonicalize_name(Requirement(line.split("#")[0].strip()).name)
            for line in lines if line.split("#")[0].strip()]  # fmt: skip


def bundled(site: Path, platform: str, python: str) -> set[str]:
    """The runtime requirements and, transitively, what they need on the target system."""
    env = {**default_environment(), **TARGETS[platform], "python_version": ".".join(python.split(".")[:2]),
           "python_full_version": python, "extra": ""}  # fmt: skip
    needs: dict[str, list[str]] = {}
    for dist in distributions(path=[str(site)]):
        wanted = [Requirement(r) for r in dist.requires or []]
        needs[canonicalize_name(dist.metadata["Name"])] = [
            canonicalize_name(r.name) for r in wanted if r.marker is None or r.marker.evaluate(env)
        ]
    found, todo = set(), runtime_roots()
    while todo:
        name = todo.pop()
        if name not in found and name in needs:
            found.add(name)
            todo.extend(needs[name])
    return found


def generate(site: Path) -> dict:
    """cyclonedx-py reads the environment through an interpreter whose path is exactly `site` (on Windows,
    where the release workflow builds in this very environment, through this interpreter)."""
    with tempfile.TemporaryDirectory() as folder:
        python = Path(sys.executable)
        if os.name != "nt":
            python = Path(folder) / "python"
            python.write_text(f'#!/bin/sh\nPYTHONPATH="{site}" PYTHONNOUSERSITE=1 exec "{sys.executable}" -S "$@"\n')
            python.chmod(python.stat().st_mode | stat.S_IXUSR)
        out = Path(folder) / "bom.json"
        cyclonedx = Path(sys.executable).with_name("cyclonedx-py.exe" if os.name == "nt" else "cyclonedx-py")
        subprocess.run([str(cyclonedx), "environment", "-S", "--pyproject", str(ROOT / "pyproject.toml"),
                        "--output-reproducible", "--of", "JSON", "-o", str(out), str(python)],
                       check=True, capture_output=True, timeout=300, env={**os.environ, "PYTHONPATH": ""})  # fmt: skip
        return json.loads(out.read_text())


COMMON_LICENCES = Path("/usr/share/common-licenses")
LICENCE_FILE = ("LICENSE", "LICENCE", "COPYING", "NOTICE", "AUTHORS")


def licence_words(component: dict) -> str:
    found = [e.get("expression") or e.get("license", {}).get("id") or "" for e in component.get("licenses", [])]
    return " / ".join(dict.fromkeys(w for w in found if w)) or "see the files"


def write_licences(site: Path, keep: set[str], folder: Path, python: tuple[str, Path], bom: dict) -> None:
    """One folder per component with its licence texts, and an index (README.txt) naming each licence."""
    folder.mkdir(parents=True, exist_ok=True)
    index = ["Licences of what xauth-gui bundles (its bill of materials lists the same components).", ""]
    said = {canonicalize_name(c["name"]): licence_words(c) for c in bom["components"]}
    qt = next((c["version"] for c in bom["components"] if c["name"] == "Qt"), "")
    for dist in sorted(distributions(path=[str(site)]), key=lambda d: canonicalize_name(d.metadata["Name"])):
        name = canonicalize_name(dist.metadata["Name"])
        if name not in keep:
            continue
        target = folder / f"{name}-{dist.version}"
        target.mkdir(exist_ok=True)
        for file in dist.files or []:
            if "licenses" in file.parts or file.name.upper().startswith(LICENCE_FILE):
                (target / file.name).write_bytes(Path(dist.locate_file(file)).read_bytes())
        if name in ("pyside6-essentials", "shiboken6"):  # offered under LGPL-3.0 (or GPL): the texts
            for text in ("LGPL-3", "GPL-3"):
                (target / f"{text}.txt").write_bytes((COMMON_LICENCES / text).read_bytes())
        index.append(f"{target.name}: {said.get(name, 'see the files')}")
    xdk = ROOT / "resources" / "x-api" / "LICENSE.xdk"  # the console's catalogue derives from X's description
    if xdk.is_file():
        (folder / "x-api-description").mkdir(exist_ok=True)
        (folder / "x-api-description" / "LICENSE").write_bytes(xdk.read_bytes())
        index.append("x-api-description: MIT (X's OpenAPI description of the X API v2, xdevplatform/xdk)")
    version, licence = python
    (folder / f"python-{version}").mkdir(exist_ok=True)
    (folder / f"python-{version}" / "LICENSE.txt").write_bytes(licence.read_bytes())
    index += [f"python-{version}: PSF-2.0", f"Qt {qt}: LGPL-3.0-only, inside PySide6 (its folder has the texts)", ""]
    (folder / "README.txt").write_text("\n".join(index))


def runtime_component(kind: str, name: str, version: str, licence: str) -> dict:
    return {"type": kind, "bom-ref": f"{name}=={version}", "name": name, "version": version,
            "licenses": [{"license": {"id": licence}}]}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("site_packages", type=Path)
    parser.add_argument("--platform", choices=sorted(TARGETS), required=True)
    parser.add_argument("--python", required=True, help="the bundled Python's version, e.g. 3.11.0")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--licences", type=Path, help="also write the licence texts into this folder")
    parser.add_argument("--python-licence", type=Path, help="the bundled Python's LICENSE file")
    args = parser.parse_args()
    keep = bundled(args.site_packages, args.platform, args.python)
    bom = generate(args.site_packages)
    bom["components"] = [c for c in bom.get("components", []) if canonicalize_name(c["name"]) in keep]
    refs = {c["bom-ref"] for c in bom["components"]} | {bom["metadata"]["component"]["bom-ref"]}
    bom["dependencies"] = [
        {**d, "dependsOn": [r for r in d.get("dependsOn", []) if r in refs]}
        for d in bom.get("dependencies", []) if d["ref"] in refs
    ]  # fmt: skip
    pyside = next((c for c in bom["components"] if canonicalize_name(c["name"]) == "pyside6-essentials"), None)
    bom["components"].append(runtime_component("platform", "CPython", args.python, "PSF-2.0"))
    if pyside is not None:  # PySide6's wheels carry the Qt libraries of the same version
        bom["components"].append(runtime_component("framework", "Qt", pyside["version"], "LGPL-3.0-only"))
    args.out.write_text(json.dumps(bom, indent=1) + "\n")
    if args.licences:
        write_licences(args.site_packages, keep, args.licences, (args.python, args.python_licence), bom)
    names = ", ".join(sorted(f"{c['name']} {c['version']}" for c in bom["components"]))
    print(f"sbom: {len(bom['components'])} components: {names}", file=sys.stderr)


if __name__ == "__main__":
    main()
