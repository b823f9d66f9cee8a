"""The translation catalogues (resources/i18n/*.ts): complete, in step with the code, and every
translation keeps its source's placeholders, plural count, mnemonic and edge spaces."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted((ROOT / "resources" / "i18n").glob("xauth_gui_*.ts"))
LANGUAGES = {"de", "es", "fr", "ja", "pt_BR"}
PLURAL_FORMS = {"ja": 1, "de": 2, "es": 2, "fr": 2, "pt_BR": 2}
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
MNEMONIC = re.compile(r"(?<!&)&(?!&)(.)")
Entry = tuple[str, str, list[str]]  # context, source, translations (one per plural form)


def entries(path: Path) -> list[Entry]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                forms = [""]
            elif message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            found.append((name, message.findtext("source") or "", forms))
    return found


def texts_in_code() -> set[tuple[str, str]]:
    """Every (context, text) the code passes to translate() or QT_TRANSLATE_NOOP as literals."""
    found = set()
    for path in (ROOT / "xauth_gui").rglob("*.py"):
        if "sandbox" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id not in ("translate", "QT_TRANSLATE_NOOP") or len(node.args) < 2:
                continue
            context, source = node.args[0], node.args[1]
            if isinstance(context, ast.Constant) and isinstance(source, ast.Constant):
                found.add((context.value, source.value))
    return found


def test_there_is_a_catalogue_for_each_language() -> None:
    assert {p.stem.removeprefix("xauth_gui_") for p in CATALOGUES} == LANGUAGES


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.stem)
def test_catalogue_has_every_text_of_the_code_and_nothing_else(path: Path) -> None:
    """lupdate's Python parser misses calls it can't read: this finds every literal the code translates."""
    in_catalogue = {(context, source) for context, source, _ in entries(path)}
    code = texts_in_code()
    assert sorted(code - in_catalogue) == [], "run scripts/i18n.sh update, then translate the new texts"
    assert sorted(in_catalogue - code) == [], "stale entries: run scripts/i18n.sh update"


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.stem)
def test_every_entry_is_translated_and_keeps_what_the_code_needs(path: Path) -> None:
    assert problems_in(path) == []


def problems_in(path: Path) -> list[str]:
    lang = path.stem.removeprefix("xauth_gui_")
    problems = []
    for context, source, forms in entries(path):
        where = f"{context}: {source[:50]!r}"
        if "%n" in source and len(forms) != PLURAL_FORMS[lang]:
            problems.append(f"{where}: {len(forms)} plural forms, {lang} has {PLURAL_FORMS[lang]}")
        for text in forms:
            if not text.strip():
                problems.append(f"{where}: unfinished")
                continue
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: placeholders {PLACEHOLDER.findall(text)}")
            if ("%n" in source) != ("%n" in text):
                problems.append(f"{where}: %n")
            if len(MNEMONIC.findall(text)) != len(MNEMONIC.findall(source)):
                problems.append(f"{where}: mnemonic in {text!r}")
            elif MNEMONIC.search(text) and MNEMONIC.search(text).group(1).isspace():  # type: ignore[union-attr]
                problems.append(f"{where}: mnemonic on a space")
            for edge in (" ", "\n"):
                if source.startswith(edge) != text.startswith(edge):
                    problems.append(f"{where}: leading {edge!r} (texts are joined to others)")
    return problems


def test_the_checks_would_notice_a_bad_translation(tmp_path: Path) -> None:
    bad = tmp_path / "xauth_gui_de.ts"
    bad.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="de"><context><name>C</name>'
        "<message><source>&amp;Refresh {count}</source><translation>Erneuern {anzahl}</translation></message>"
        '<message><source>Later</source><translation type="unfinished"></translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    said = " ".join(problems_in(bad))
    assert "placeholders" in said and "mnemonic" in said and "unfinished" in said
