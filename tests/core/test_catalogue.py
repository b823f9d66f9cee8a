"""The console's catalogue of X API calls (issue 25): generated from X's OpenAPI description, searched,
matched back from a typed URL, filled for the signed-in user."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from xauth_gui.core.api import PRESETS
from xauth_gui.core.api_catalogue import filled_path, load, match, missing_scopes, search

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "x-api" / "catalogue.json"


@pytest.fixture(scope="module")
def calls():  # type: ignore[no-untyped-def]
    return load(CATALOGUE.read_text(encoding="utf-8"))


def test_the_committed_catalogue_is_what_the_generator_makes_from_the_vendored_spec() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import make_catalogue
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    assert make_catalogue.render() == CATALOGUE.read_text(encoding="utf-8"), "run `make catalogue`"
    answers = CATALOGUE.with_name("sandbox-answers.json").read_text(encoding="utf-8")
    assert make_catalogue.render_answers() == answers, "run `make catalogue`"  # the sandbox's, from the same spec
    spec = json.loads((ROOT / "specs" / "x-api" / "openapi.json").read_text(encoding="utf-8"))
    operations = [op for item in spec["paths"].values() for m, op in item.items() if m in make_catalogue.METHODS]
    assert len(json.loads(CATALOGUE.read_text())["operations"]) == len(operations) == 171
    for licence in (ROOT / "specs" / "x-api" / "LICENSE.xdk", CATALOGUE.with_name("LICENSE.xdk")):
        assert "MIT License" in licence.read_text()  # X's licence travels with its description


def test_what_each_call_needs_comes_from_x(calls) -> None:  # type: ignore[no-untyped-def]
    by_id = {c.id: c for c in calls}
    liked = by_id["getUsersLikedPosts"]
    assert liked.method == "GET" and liked.path == "/2/users/{id}/liked_tweets" and liked.tag == "Posts"
    assert liked.user_scopes == ("like.read", "tweet.read", "users.read") and not liked.app_only
    assert {p.name for p in liked.params} >= {"id", "max_results", "pagination_token", "post.fields"}
    assert by_id["searchPostsAll"].user_scopes is None and by_id["searchPostsAll"].app_only  # app-only only
    assert sum(c.stream for c in calls) == 15 and all(c.tag == "Stream" for c in calls if c.stream)
    assert sum(c.user_scopes is not None for c in calls) == 128 and sum(c.app_only for c in calls) == 78


def test_the_ready_calls_are_all_in_the_catalogue(calls) -> None:  # type: ignore[no-untyped-def]
    for preset in PRESETS:
        found = match(calls, preset.method, "https://api.x.com" + preset.path.replace("{me}", "me"))
        assert found is not None, preset.id


@pytest.mark.parametrize(
    ("query", "expected"),
    [("liked posts", "getUsersLikedPosts"), ("getUsersLikedPosts", "getUsersLikedPosts"),
     ("/2/users/me", "getUsersMe"), ("BOOKMARKS post", "createUsersBookmark")],
)  # fmt: skip
def test_search_by_words_path_name_or_tag(calls, query: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert expected in [c.id for c in search(calls, query)]
    assert len(search(calls, "")) == len(calls) and search(calls, "no such call at all") == []


@pytest.mark.parametrize(
    ("method", "url", "expected"),
    [("GET", "https://api.x.com/2/users/me?user.fields=id", "getUsersMe"),
     ("GET", "https://api.x.com/2/users/12/liked_tweets", "getUsersLikedPosts"),
     ("POST", "http://127.0.0.1:8780/2/tweets", "createPosts"),
     ("DELETE", "https://api.x.com/2/tweets/99", "deletePosts"),
     ("GET", "https://api.x.com/2/nothing/here", None), ("GET", "not a url at all", None)],
)  # fmt: skip
def test_a_typed_url_is_matched_back(calls, method: str, url: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    found = match(calls, method, url)
    assert (found.id if found else None) == expected


def test_the_path_is_filled_for_the_user_and_the_last_post(calls) -> None:  # type: ignore[no-untyped-def]
    by_id = {c.id: c for c in calls}
    assert filled_path(by_id["getUsersLikedPosts"], "1/../2", "") == "/2/users/1%2F..%2F2/liked_tweets"
    assert filled_path(by_id["deletePosts"], "7", "42") == "/2/tweets/42"
    assert filled_path(by_id["deletePosts"], "7", "") == "/2/tweets/{id}"  # left for the user to fill
    assert filled_path(by_id["unlikePost"], "7", "42") == "/2/users/7/likes/42"
    assert missing_scopes(by_id["getUsersLikedPosts"], ("tweet.read", "users.read")) == ["like.read"]
