#!/usr/bin/env bash
# Set up everything xauth-gui needs, idempotently and fast on second use:
#   scripts/setup.sh gui    Debian libraries for a real window + .venv with the runtime deps
#   scripts/setup.sh test   the same, plus Chromium, Xvfb and a Secret Service for the end-to-end
#                           tests + .venv with the dev deps
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-gui}

# Debian packages. Offscreen Qt needs GL/EGL, fontconfig, xkbcommon, dbus and a font; a real window
# (xcb) also needs the xcb helpers (libxcb-icccm4 and libxcb-keysyms1 are the ones Qt's message hides).
base_pkgs="libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0 fonts-dejavu-core"
gui_pkgs="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
  libxcb-randr0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-xinerama0"
# The end-to-end tests use the parts users have: Chromium, a Secret Service, a real X server, and the
# shells (bash, dash, zsh) exports are pasted into.
e2e_pkgs="chromium xvfb gnome-keyring dbus-x11 dbus-daemon desktop-file-utils binutils zsh"
# What a screen reader uses on Linux: the AT-SPI bus and Debian's pyatspi (read by the system python3),
# xdotool for real key presses, and a small window manager that gives new windows the focus as a
# desktop does (tests/e2e/test_screen_reader.py).
e2e_pkgs="$e2e_pkgs at-spi2-core python3-pyatspi xdotool matchbox-window-manager"
# A Japanese font, so the Japanese window renders (and its screenshot shows) real glyphs, as on a desktop.
e2e_pkgs="$e2e_pkgs fonts-ipafont-gothic"
# Node (18 or later: fetch), to run the console's JavaScript snippet against the sandbox; any node on PATH does.
command -v node >/dev/null 2>&1 || e2e_pkgs="$e2e_pkgs nodejs"
pkgs="$base_pkgs $gui_pkgs"
[ "$mode" = test ] && pkgs="$pkgs $e2e_pkgs"
if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then pkgs="$pkgs python3-venv"; fi

missing=""
if command -v dpkg-query >/dev/null 2>&1; then
  for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
  done
fi
if [ -n "$missing" ]; then
  echo "Installing Debian packages:$missing"
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

# Python environment, reinstalled only when the requirements change.
reqs="requirements.txt"
[ "$mode" = test ] && reqs="requirements.txt requirements-dev.txt"
[ -x .venv/bin/python ] || python3 -m venv .venv
want=$(cat $reqs | sha256sum | cut -c1-64)
stamp=".venv/.installed-$mode"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "Installing Python packages ($reqs)..."
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null 2>&1 || true
  # (grep drops this machine image's notes about absent local mirrors; errors still show and fail)
  for r in $reqs; do
    .venv/bin/python -m pip install -q --disable-pip-version-check -r "$r" 2>&1 | { grep -v "^WARNING: Location 'file:" || true; }
  done
  echo "$want" > "$stamp"
fi
# The `xauth-gui` command (pyproject's [project.scripts]) in .venv/bin, pointing at this checkout.
if [ "$(cat .venv/.installed-command 2>/dev/null)" != "$(sha256sum pyproject.toml | cut -c1-64)" ] \
    || [ ! -x .venv/bin/xauth-gui ]; then
  if ! out=$(.venv/bin/python -m pip install -q --disable-pip-version-check --no-deps -e . 2>&1); then
    echo "$out" >&2; exit 1
  fi
  sha256sum pyproject.toml | cut -c1-64 > .venv/.installed-command
fi
# Start from bytecode even where PYTHONDONTWRITEBYTECODE is set (saves ~25 ms per launch).
.venv/bin/python -m compileall -q xauth_gui >/dev/null
# The translations: .ts catalogues (committed) compiled to .qm (build outputs), redone when a .ts changes.
scripts/i18n.sh build
