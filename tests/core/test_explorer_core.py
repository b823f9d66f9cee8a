"""The explorer's pure parts (issue 25): pages, query strings, the token a call takes, what an answer bills
for, and snippets that stay inert whatever the call holds."""

from __future__ import annotations

import ast

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xauth_gui.core.api_catalogue import ApiCall, Param, TokenKind, next_page, query_values, token_for, with_query
from xauth_gui.core.billing import billing_text, count
from xauth_gui.core.snippets import Snippet, python, snippet


def _call(params: tuple[str, ...] = (), user: tuple[str, ...] | None = ("tweet.read",), app: bool = False) -> ApiCall:
    query = tuple(Param(name, "query", False, "string", "") for name in params)
    return ApiCall("op", "GET", "/2/x", "X", "Tag", query, user, app)


def test_the_next_page_goes_into_the_parameter_the_call_takes() -> None:
    url = "https://api.x.com/2/lists/1/tweets?max_results=5"
    assert next_page(_call(("max_results", "pagination_token")), url, "abc") == url + "&pagination_token=abc"
    assert next_page(_call(("next_token",)), url + "&next_token=old", "new").endswith("max_results=5&next_token=new")
    assert next_page(_call(("max_results",)), url, "abc") == "" and next_page(None, url, "abc") == ""


def test_query_values_are_set_removed_and_kept_in_order() -> None:
    url = with_query("https://api.x.com/2/tweets/search/recent?query=a%20b&x=1", {"max_results": "10", "x": ""})
    assert url == "https://api.x.com/2/tweets/search/recent?query=a+b&max_results=10"
    assert query_values(url) == {"query": "a b", "max_results": "10"}
    assert "post.fields=created_at,lang" in with_query(url, {"post.fields": "created_at,lang"})


def test_the_user_token_wherever_it_is_taken_else_app_only() -> None:
    assert token_for(_call()) is TokenKind.USER and token_for(_call(app=True)) is TokenKind.USER
    assert token_for(_call(user=None, app=True)) is TokenKind.APP
    assert token_for(_call(user=None)) is TokenKind.NONE


def test_billing_counts_data_and_includes_and_names_no_price() -> None:
    answer = {"data": [{"id": "1"}, {"id": "2"}], "includes": {"users": [{"id": "9"}], "tweets": [{"id": "3"}]}}
    assert count(answer, "Post") == {"post": 3, "user": 1}
    assert count({"data": {"id": "1"}}, "User") == {"user": 1}
    assert count({"data": {"id": "1"}}, "CreatePostsResponseData") == {} and count([], "Post") == {}
    said = billing_text({"post": 100, "user": 3})
    assert said.startswith("This answer returned 100 posts, 3 users.") and "$" not in said
    assert billing_text({}) == ""


@given(st.text(), st.text(), st.text())
def test_a_python_snippet_holds_every_value_as_a_literal(url: str, body: str, header: str) -> None:
    tree = ast.parse(python("POST", url, {"X-Extra": header}, body, "S3CR3T"))
    called = {ast.unparse(node.func) for node in ast.walk(tree) if isinstance(node, ast.Call)}
    assert called <= {"requests.request", "print"}
    assert "S3CR3T" not in ast.unparse(tree) or "S3CR3T" in url + body + header  # from the environment


@pytest.mark.parametrize("kind", list(Snippet))
def test_the_token_is_in_a_snippet_only_when_asked(kind: Snippet) -> None:
    assert "SECRET123" not in snippet(kind, "GET", "https://api.x.com/2/users/me", {}, "", "SECRET123")
    assert "SECRET123" in snippet(kind, "GET", "https://api.x.com/2/users/me", {}, "", "SECRET123", reveal=True)
