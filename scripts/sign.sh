#!/usr/bin/env bash
# Authenticode-sign Windows files in place, when a certificate is configured (scripts/windows.sh calls it
# for xauth-gui.exe before packing and for the setup after; the release workflow gives the secrets):
#   XAUTH_GUI_SIGN_PFX            a PKCS#12 file with the code-signing certificate and its key
#   XAUTH_GUI_SIGN_PASSWORD_FILE  a file holding its password (never on the command line: `ps` shows those)
#   XAUTH_GUI_TIMESTAMP_URL       an RFC 3161 time-stamp server (optional; signatures then outlive the cert)
# With no certificate it signs nothing and says so once per build (XAUTH_GUI_UNSIGNED_SAID).
#   scripts/sign.sh FILE...
set -euo pipefail

if [ -z "${XAUTH_GUI_SIGN_PFX:-}" ]; then
  if [ -z "${XAUTH_GUI_UNSIGNED_SAID:-}" ]; then
    echo "sign: no certificate configured (XAUTH_GUI_SIGN_PFX): building unsigned" >&2
  fi
  exit 0
fi
[ -r "$XAUTH_GUI_SIGN_PFX" ] || { echo "sign: can't read $XAUTH_GUI_SIGN_PFX" >&2; exit 1; }
password=()
if [ -n "${XAUTH_GUI_SIGN_PASSWORD_FILE:-}" ]; then password=(-readpass "$XAUTH_GUI_SIGN_PASSWORD_FILE"); fi
stamp=()
if [ -n "${XAUTH_GUI_TIMESTAMP_URL:-}" ]; then stamp=(-ts "$XAUTH_GUI_TIMESTAMP_URL"); fi
for file in "$@"; do
  osslsigncode sign -pkcs12 "$XAUTH_GUI_SIGN_PFX" "${password[@]}" "${stamp[@]}" -h sha256 \
    -n "xauth-gui" -in "$file" -out "$file.signed" >/dev/null
  mv "$file.signed" "$file"
  echo "sign: signed $(basename "$file")" >&2
done
