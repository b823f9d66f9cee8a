"""Hostile API answers stay harmless (issue 21, point 4): shown, never raised; explained in clean words."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xauth_gui.core.api import explain
from xauth_gui.core.json_preview import PARSE_LIMIT, preview, reindent

REORDERING = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def test_a_small_answer_is_indented_json() -> None:
    body = json.dumps({"data": {"id": "1", "text": 'a "quoted" {brace}'}}).encode()
    shown = preview(body, 10_000)
    assert json.loads(shown.text) == json.loads(body) and shown.note == "" and not shown.cut
    assert shown.text == json.dumps(json.loads(body), indent=2, ensure_ascii=False)


@pytest.mark.parametrize("depth", [2_000, 100_000, 600_000])
def test_deep_nesting_is_text_with_a_note_never_an_exception(depth: int) -> None:
    shown = preview(b"[" * depth + b"]" * depth, 5_000)
    assert len(shown.text) <= 5_000 and shown.note and shown.cut


@pytest.mark.parametrize("body", [b"not json", b'{"a": ', b"\xff\xfe\x00garbage", b"<html>502</html>"])
def test_invalid_json_is_shown_as_text_with_a_note(body: bytes) -> None:
    shown = preview(body, 100)
    assert shown.note and len(shown.text) <= 100


def test_a_big_answer_is_scanned_in_part_not_parsed() -> None:
    body = json.dumps({"data": [{"id": str(i), "text": "x" * 80} for i in range(30_000)]}).encode()
    assert len(body) > PARSE_LIMIT
    shown = preview(body, 50_000)
    assert shown.cut and len(shown.text) == 50_000 and "MB" in shown.note
    assert shown.text.startswith('{\n  "data": [\n    {\n      "id": "0",')


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(),
        lambda c: st.lists(c) | st.dictionaries(st.text(), c),
        max_leaves=30,
    )
)
def test_the_scanner_keeps_the_document(value: object) -> None:
    text = json.dumps(value)
    indented, cut = reindent(text, 10**9)
    assert not cut and json.loads(indented) == value


def test_hostile_error_texts_are_cleaned_and_bounded() -> None:
    evil = "\u202egnp.exe\x1b[31m\x00\u2066"
    body = json.dumps({"title": evil + "Locked", "detail": (evil + "Your account is locked. ") * 100_000}).encode()
    for status in (400, 403, 500):
        said = explain(status, body, {}, [], False).text
        assert not REORDERING.search(said) and len(said) < 700, said[:200]
    ok_with_errors = json.dumps({"errors": [{"detail": evil * 1000}]}).encode()
    said = explain(200, ok_with_errors, {}, [], False).text
    assert not REORDERING.search(said) and len(said) < 700
