#!/usr/bin/env bash
# The app's translations (Qt Linguist workflow):
#   scripts/i18n.sh update   pyside6-lupdate: collect every translate()/QT_TRANSLATE_NOOP text from the sources
#                            into resources/i18n/xauth_gui_<lang>.ts (new texts arrive unfinished)
#   scripts/i18n.sh build    pyside6-lrelease: compile each .ts into its .qm (build outputs, not committed);
#                            setup.sh runs this, so the app, the tests and the bundles always have them
set -euo pipefail
cd "$(dirname "$0")/.."
LANGS="de es fr ja pt_BR"
bin=.venv/bin
case ${1:-build} in
  update)
    sources=$(find xauth_gui -name '*.py' -not -path '*/sandbox/*' -not -path '*/__pycache__/*' | sort)
    before=$(mktemp -d); trap 'rm -rf "$before"' EXIT
    for lang in $LANGS; do
      ts=resources/i18n/xauth_gui_$lang.ts
      [ -f "$ts" ] && cp "$ts" "$before/"
      $bin/pyside6-lupdate $sources -no-obsolete -locations none -target-language "$lang" -ts "$ts" 2>&1 \
        | { grep -v "^Updating\|Found \|Removed \|If this sounds wrong\|Same-text heuristic" || true; }
      $bin/python scripts/i18n_numerus.py "$before/xauth_gui_$lang.ts" "$ts"
    done ;;
  build)
    for lang in $LANGS; do
      ts=resources/i18n/xauth_gui_$lang.ts qm=resources/i18n/xauth_gui_$lang.qm
      if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then $bin/pyside6-lrelease -silent "$ts" -qm "$qm"; fi
    done ;;
  *) echo "usage: scripts/i18n.sh [update|build]" >&2; exit 2 ;;
esac
