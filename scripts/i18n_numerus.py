"""Part of `scripts/i18n.sh update`: pyside6-lupdate's Python parser marks a text as plural (numerus) only
when its count is a number literal, so every text with %n is marked here, with as many plural forms as
the catalogue's language has (Qt's rules: one for Japanese, two for the others)."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FORMS = {"ja": 1, "de": 2, "es": 2, "fr": 2, "pt_BR": 2}


def mark(path: Path) -> None:
    tree = ET.parse(path)
    root = tree.getroot()
    forms = FORMS[root.get("language", "")]
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if "%n" not in source or message.get("numerus") == "yes" or translation is None:
            continue
        message.set("numerus", "yes")
        if translation.find("numerusform") is not None:  # translated earlier: lupdate kept the forms
            continue
        old = translation.text or ""
        translation.text = None
        for _ in range(forms):
            ET.SubElement(translation, "numerusform").text = old or None
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


if __name__ == "__main__":
    for name in sys.argv[1:]:
        mark(Path(name))
