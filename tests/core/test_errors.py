"""Every X error text and failure mode maps to a plain message with a next step, and leaks nothing."""

import json

import pytest

from xauth_gui.core import errors
from xauth_gui.core.error_mapping import error_from_response

X_CASES = [
    # (operation, status, error, description, expected class)
    (
        "exchange",
        400,
        "invalid_request",
        "Value passed for the authorization code was invalid.",
        errors.InvalidCodeError,
    ),
    ("exchange", 400, "invalid_request", "Missing required parameter [code_verifier].", errors.CodeVerifierError),
    (
        "exchange",
        400,
        "invalid_request",
        "Value passed for the code verifier did not match the code challenge.",
        errors.CodeVerifierError,
    ),
    (
        "exchange",
        400,
        "invalid_request",
        "Value passed for the redirect uri did not match the uri of the authorization code.",
        errors.RedirectUriMismatchError,
    ),
    ("exchange", 401, "unauthorized_client", "Missing valid authorization header", errors.ClientAuthError),
    ("refresh", 401, "unauthorized_client", "Missing valid authorization header", errors.ClientAuthError),
    ("exchange", 400, "invalid_request", "Missing required parameter [client_id].", errors.MissingClientIdError),
    (
        "exchange",
        400,
        "invalid_request",
        "Value passed for the grant type was invalid. Grant type should be one of [authorization_code, refresh_token].",
        errors.InvalidGrantTypeError,
    ),
    ("refresh", 400, "invalid_request", "Value passed for the token was invalid.", errors.RefreshTokenInvalidError),
    ("refresh", 400, "invalid_grant", "", errors.RefreshTokenInvalidError),
    ("exchange", 400, "invalid_grant", "", errors.InvalidCodeError),
    ("revoke", 400, "unsupported_token_type", "", errors.UnsupportedTokenTypeError),
    ("exchange", 401, "invalid_client", "", errors.ClientAuthError),
]


@pytest.mark.parametrize(("operation", "status", "error", "description", "cls"), X_CASES)
def test_x_error_strings_are_recognised(operation: str, status: int, error: str, description: str, cls: type) -> None:
    exc = error_from_response(status, json.dumps({"error": error, "error_description": description}), operation)
    assert type(exc) is cls
    assert exc.message and exc.hint and exc.user_text.endswith((".", ")"))
    assert exc.status == status and exc.error == error


@pytest.mark.parametrize(
    ("status", "body", "headers", "cls", "needle"),
    [
        (401, {"title": "Unauthorized", "detail": "Unauthorized"}, {}, errors.UnauthorizedError, "Refresh"),
        (403, {"title": "Forbidden", "type": "about:blank"}, {}, errors.MissingScopesError, "users.read"),
        (
            403,
            {"type": "https://api.twitter.com/2/problems/client-forbidden"},
            {},
            errors.ClientForbiddenError,
            "usage package",
        ),
        (429, {}, {"x-rate-limit-reset": "1800000000"}, errors.RateLimitedError, "Try again after"),
        (503, "<html>oops</html>", {"retry-after": "30"}, errors.ServerUnavailableError, "Wait 30 seconds"),
        (500, "", {}, errors.ServerUnavailableError, "nothing was lost"),
        (302, "", {}, errors.UnexpectedRedirectError, "token URL"),
    ],
)
def test_api_and_http_failures(status: int, body: object, headers: dict[str, str], cls: type, needle: str) -> None:
    raw = body if isinstance(body, str) else json.dumps(body)
    exc = error_from_response(status, raw, "me", headers)
    assert type(exc) is cls and needle in exc.user_text


def test_non_json_4xx_and_unknown_error() -> None:
    assert isinstance(error_from_response(400, "<html>", "exchange"), errors.ResponseError)
    exc = error_from_response(400, json.dumps({"error": "weird", "error_description": "Some\ntext"}), "exchange")
    assert type(exc) is errors.ServerError and "Some text" in exc.user_text


def test_server_text_is_cleaned_and_bounded() -> None:
    exc = error_from_response(
        400, json.dumps({"error": "x", "error_description": "a\x1b[31m" + "b" * 1000}), "exchange"
    )
    assert (
        exc.description is not None
        and "\x1b" not in exc.description
        and len(exc.description) <= errors.SERVER_TEXT_LIMIT
    )


def test_every_error_class_has_a_message_and_a_next_step() -> None:
    def walk(cls: type) -> list[type]:
        return [cls, *[c for sub in cls.__subclasses__() for c in walk(sub)]]

    classes = walk(errors.XAuthError)
    assert len(classes) > 30
    needs = {
        errors.PortInUseError: (8765,),
        errors.SecretNotConfirmedError: ("https://a.example:443", "https://b.example:443"),
        errors.TokensNotForTheseSettingsError: (errors.TokenAction.REFRESH, "https://a.example:443 (Client ID c)"),
    }
    for cls in classes:
        exc: errors.XAuthError = cls(*needs.get(cls, ()))
        assert exc.message.endswith((".", ")")), cls
        assert exc.hint, cls
        assert str(exc) == exc.user_text


def test_the_held_back_action_is_said_in_the_users_language() -> None:
    """No English leftover: the action a held-back call would have done is translated with the sentence."""
    from xauth_gui.qt import i18n

    i18n.apply("de")
    said = errors.TokensNotForTheseSettingsError(errors.TokenAction.REVOKE, "https://a.example (Client ID c)")
    assert "das Widerrufen" in said.message and "revoking" not in said.message
