"""What the frozen bundles leave out (shared by build.spec and bare.spec).

Filters PyInstaller's TOC entries (dest_name, src, kind): `excludes=` of Python modules does not
remove Qt's plugins and libraries, which are most of the size.
"""

from __future__ import annotations

KEEP_PLATFORMS = ("libqxcb", "libqoffscreen", "libqwayland", "qwindows", "qoffscreen.dll", "qcocoa", "qminimal.dll")
KEEP_IMAGEFORMATS = ("qjpeg", "qgif", "qico")  # X avatars are JPEG/PNG (PNG is built in); ico for Windows
LANGUAGES = ("de", "es", "fr", "ja", "pt_BR")  # the app's own catalogues (resources/i18n), besides English
DROP_DIRS = (
    "plugins/tls/",  # requests uses Python's ssl
    "plugins/networkinformation/",
    "plugins/generic/",
    "plugins/egldeviceintegrations/",
    "plugins/iconengines/",
    "plugins/platforminputcontexts/libibusplatforminputcontextplugin",  # keep compose; drop ibus (D-Bus IME)
    "plugins/qmltooling/",
    "plugins/qmllint/",
    "plugins/designer/",
    "plugins/sqldrivers/",
    "plugins/printsupport/",
    "plugins/vectorimageformats/",
    "plugins/wayland-graphics-integration-server/",
    "opengl32sw.dll",  # Windows: Mesa's software OpenGL (20 MB); the app paints with Qt's raster engine
)


def keep(dest: str) -> bool:
    path = dest.replace("\\", "/")
    if "/translations/" in f"/{path}":  # Qt's own catalogues: only qtbase, only in the app's languages
        return any(path.endswith(f"/qtbase_{lang}.qm") for lang in LANGUAGES)
    if path.startswith("resources/i18n/"):
        return path.endswith(".qm")  # the compiled catalogues; the .ts sources stay out
    if any(part in path for part in DROP_DIRS):
        return False
    if "/plugins/platforms/" in path:
        return any(name in path for name in KEEP_PLATFORMS)
    if "/plugins/platformthemes/" in path:
        return "gtk3" not in path  # the GTK theme alone drags in ~20 MB of GTK, cairo and pango
    if "/plugins/imageformats/" in path:
        return any(name in path for name in KEEP_IMAGEFORMATS)
    return True


def trim(entries: list) -> list:  # type: ignore[type-arg]
    return [entry for entry in entries if keep(entry[0])]


def needed(path: str) -> list[str]:
    """DT_NEEDED sonames of an ELF file (Linux only; objdump from binutils)."""
    import subprocess

    out = subprocess.run(["objdump", "-p", path], capture_output=True, text=True, check=False).stdout
    return [line.split()[1] for line in out.splitlines() if line.strip().startswith("NEEDED")]


def drop_orphans(binaries: list, roots: list[str]) -> list:  # type: ignore[type-arg]
    """Drop bundled shared libraries that nothing kept still needs.

    PyInstaller collects a plugin's dependencies before `trim` removes the plugin (the GTK theme's GTK,
    cairo and pango stay behind): keep only what the executable, the Python extensions, Qt's libraries
    and the kept plugins reach through DT_NEEDED.
    """
    by_name: dict[str, tuple] = {}  # type: ignore[type-arg]
    for entry in binaries:
        by_name.setdefault(entry[0].replace("\\", "/").rsplit("/", 1)[-1], entry)
    keep_dests = set()
    queue = [e for e in binaries if not _is_plain_system_lib(e[0])] + [(r, r, "BINARY") for r in roots]
    seen: set[str] = set()
    while queue:
        dest, src, _kind = queue.pop()
        if src in seen:
            continue
        seen.add(src)
        keep_dests.add(dest)
        for soname in needed(src):
            entry = by_name.get(soname)
            if entry is not None and entry[1] not in seen:
                queue.append(entry)
    return [e for e in binaries if e[0] in keep_dests]


def _is_plain_system_lib(dest: str) -> bool:
    """A library PyInstaller copied from the system into the bundle's top level (not Qt, not Python's)."""
    path = dest.replace("\\", "/")
    return "/" not in path and path.startswith("lib") and ".so" in path and not path.startswith("libpython")
