import base64
from urllib.parse import unquote_plus

import pytest

from xauth_gui.core.client import ClientConfig, ClientType, basic_authorization, client_id_hint
from xauth_gui.core.errors import ConfigError


@pytest.mark.parametrize(
    ("client_id", "secret", "expected_raw"),
    [
        ("plain-id", "plain_secret", "plain-id:plain_secret"),
        # Reserved characters are form-urlencoded before base64 (RFC 6749 §2.3.1, AppAuth-Android#337).
        ("my+client/id", "s3cr:t %£€", "my%2Bclient%2Fid:s3cr%3At+%25%C2%A3%E2%82%AC"),
        ("a b", "c&d=e", "a+b:c%26d%3De"),
    ],
)
def test_basic_header_form_encodes_then_base64(client_id: str, secret: str, expected_raw: str) -> None:
    header = basic_authorization(client_id, secret)
    assert header.startswith("Basic ")
    raw = base64.b64decode(header[6:]).decode()
    assert raw == expected_raw
    got_id, _, got_secret = raw.partition(":")
    assert (unquote_plus(got_id), unquote_plus(got_secret)) == (client_id, secret)


def test_confidential_uses_basic_and_never_puts_the_secret_in_the_body() -> None:
    client = ClientConfig("cid", ClientType.CONFIDENTIAL, "sec")
    headers, form = client.auth()
    assert headers == {"Authorization": basic_authorization("cid", "sec")}
    assert form == {"client_id": "cid"}
    assert "sec" not in form.values()


def test_public_puts_client_id_in_the_body_only() -> None:
    headers, form = ClientConfig("cid").auth()
    assert headers == {} and form == {"client_id": "cid"}


def test_pasted_whitespace_is_trimmed_and_secret_hidden_from_repr() -> None:
    client = ClientConfig("  cid\n", "confidential", "\tsecret-value \r\n")
    assert client.client_id == "cid" and client.client_secret == "secret-value"
    assert client.client_type is ClientType.CONFIDENTIAL
    assert "secret-value" not in repr(client)


def test_validation_messages() -> None:
    with pytest.raises(ConfigError, match="Client ID is empty"):
        ClientConfig(" ").validate()
    with pytest.raises(ConfigError, match="Client Secret"):
        ClientConfig("cid", "confidential").validate()
    ClientConfig("cid", "confidential", "s").validate()


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("", "Paste"),
        ("1234567890123456789", "App ID"),
        ("abcdefghijklmnopqrstuvwxy", "API Key"),
        ("abc def", "blanks"),
        ("abc", "long code"),
    ],
)
def test_client_id_hints(text: str, needle: str) -> None:
    hint = client_id_hint(text)
    assert hint is not None and needle in hint


def test_real_looking_client_id_gets_no_hint() -> None:
    assert client_id_hint("M1M5R3BMVy13QmpScXkzTUt5OE46MTpjaQ") is None
