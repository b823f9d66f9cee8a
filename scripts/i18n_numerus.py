"""Part of `scripts/i18n.sh update`. pyside6-lupdate's Python parser marks a text as plural (numerus) only
when its count is a number literal, and on the next update it drops the plural forms of texts it thinks
are not plural. So after lupdate: every text with %n is marked plural, with as many forms as the
catalogue's language has (Qt's rules: one for Japanese, two for the others), and the forms translated
before the update (read from the copy made before it) are put back."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FORMS = {"ja": 1, "de": 2, "es": 2, "fr": 2, "pt_BR": 2}
Key = tuple[str, str]


def plural_forms(path: Path) -> dict[Key, list[str]]:
    """The translated plural forms of a catalogue, by (context, source)."""
    if not path.exists():
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314
        for message in context.iter("message"):
            forms = [f.text or "" for f in message.iter("numerusform")]
            if any(forms):
                found[(context.findtext("name") or "", message.findtext("source") or "")] = forms
    return found


def mark(path: Path, before: dict[Key, list[str]]) -> None:
    tree = ET.parse(path)  # noqa: S314
    root = tree.getroot()
    count = FORMS[root.get("language", "")]
    for context in root.iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if "%n" not in source or translation is None:
                continue
            message.set("numerus", "yes")
            kept = before.get((context.findtext("name") or "", source))
            old = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            forms = kept if kept and len(kept) == count else (old + [old[-1]] * count)[:count]
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form or None
            if kept and all(kept) and translation.get("type") == "unfinished" and not _other_reason(message):
                del translation.attrib["type"]
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def _other_reason(message: ET.Element) -> bool:
    """lupdate also marks a text unfinished when its source changed; then it stays unfinished."""
    return message.find("oldsource") is not None


if __name__ == "__main__":  # i18n_numerus.py BEFORE AFTER: BEFORE is the catalogue's copy from before lupdate
    mark(Path(sys.argv[2]), plural_forms(Path(sys.argv[1])))
