#!/usr/bin/env bash
# Build dist/xauth-gui_<version>_<arch>.deb (with its bill of materials and SHA256SUMS) from the onedir bundle (built first if missing or older than
# the sources: a stale bundle must never be packaged).
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' xauth_gui/__init__.py)
arch=$(dpkg --print-architecture)
bundle=dist/xauth-gui/xauth-gui
stale=""
if [ -x "$bundle" ]; then
    stale=$(find xauth_gui main.py build.spec resources -newer "$bundle" -type f -not -name '*.pyc' | wc -l)
fi
if [ ! -x "$bundle" ] || [ "$stale" != "0" ]; then
    .venv/bin/pyinstaller --noconfirm --log-level WARN build.spec
fi

stage="build/deb/xauth-gui_${version}_${arch}"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" "$stage/usr/share/doc/xauth-gui"
cp -a dist/xauth-gui "$stage/opt/xauth-gui"
# The bill of materials of what the bundle carries, and those parts' licence texts beside the program.
read -r site py_version py_licence < <(.venv/bin/python -c 'import sys, sysconfig, platform, pathlib
print(sysconfig.get_paths()["purelib"], platform.python_version(),
      next(pathlib.Path(sys.base_prefix, "lib", f"python{sys.version_info[0]}.{sys.version_info[1]}").glob("LICENSE*")))')
sbom="dist/xauth-gui_${version}_${arch}.cdx.json"
.venv/bin/python scripts/sbom.py "$site" --platform linux --python "$py_version" --out "$sbom" \
  --licences "$stage/opt/xauth-gui/licenses" --python-licence "$py_licence"
cat > "$stage/usr/bin/xauth-gui" <<'SH'
#!/bin/sh
exec /opt/xauth-gui/xauth-gui "$@"
SH
chmod 755 "$stage/usr/bin/xauth-gui"
install -m 644 packaging/xauth-gui.desktop "$stage/usr/share/applications/xauth-gui.desktop"
for size in 16 32 48 64 128 256 512; do
  install -D -m 644 "resources/icons/xauth-gui-$size.png" "$stage/usr/share/icons/hicolor/${size}x${size}/apps/xauth-gui.png"
done
printf 'xauth-gui %s\nSee https://github.com/ for the source. Bundles Qt (LGPLv3) via PySide6.\n' "$version" \
  > "$stage/usr/share/doc/xauth-gui/README"

# Depends: the glibc floor the bundle needs, and every library it links that it does not carry.
elves=$(find "$stage/opt/xauth-gui" -type f \( -name '*.so*' -o -perm -u+x \) -exec sh -c 'head -c4 "$1" | grep -q ELF && echo "$1"' _ {} \;)
glibc=$(for f in $elves; do objdump -T "$f" 2>/dev/null; done | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)
bundled=$(find "$stage/opt/xauth-gui" -name '*.so*' -printf '%f\n' | sort -u)
deps="libc6 (>= $glibc)"
for soname in $(for f in $elves; do objdump -p "$f" 2>/dev/null | awk '/NEEDED/{print $2}'; done | sort -u); do
  grep -qx "$soname" <<<"$bundled" && continue
  case "$soname" in libc.so.*|libm.so.*|libdl.so.*|libpthread.so.*|librt.so.*|ld-linux*|libutil.so.*) continue;; esac
  # Readers consume all their input: an early exit would SIGPIPE the writer and, with pipefail, fail the build.
  path=$(ldconfig -p | awk -v s="$soname" '$1==s && p=="" {p=$NF} END{print p}')
  [ -n "$path" ] || { echo "warning: $soname not found on this machine" >&2; continue; }
  pkg=$(dpkg -S "$(readlink -f "$path")" 2>/dev/null | sed -n 1p | cut -d: -f1) || pkg=""
  [ -n "$pkg" ] || pkg=$(dpkg -S "$path" 2>/dev/null | sed -n 1p | cut -d: -f1) || pkg=
  [ -n "$pkg" ] && [ "$pkg" != libc6 ] && deps="$deps, $pkg"
done
deps=$(echo "$deps" | tr ',' '\n' | sed 's/^ *//' | sort -u | paste -sd, | sed 's/,/, /g')

cat > "$stage/DEBIAN/control" <<CONTROL
Package: xauth-gui
Version: $version
Architecture: $arch
Maintainer: xauth-gui maintainers <maintainers@users.noreply.github.com>
Installed-Size: $(du -sk "$stage" | cut -f1)
Depends: $deps
Section: net
Priority: optional
Homepage: https://github.com/
Description: get X (Twitter) API user tokens with OAuth 2.0 PKCE
 A desktop app that runs X's OAuth 2.0 Authorization Code Flow with PKCE:
 enter your app's Client ID, pick permissions in plain words, approve in
 your browser, and copy, refresh, revoke or check the tokens. Secrets are
 kept in the desktop keyring. Includes an offline sandbox to try it out.
CONTROL
out="dist/xauth-gui_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$out" >/dev/null
(cd dist && sha256sum "$(basename "$out")" "$(basename "$sbom")" > SHA256SUMS)  # what a download is checked against
echo "$out"
