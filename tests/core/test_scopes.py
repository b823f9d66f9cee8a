from xauth_gui.core import scope_presets, scopes

DOCUMENTED = [
    "tweet.read",
    "tweet.write",
    "tweet.moderate.write",
    "users.email",
    "users.read",
    "follows.read",
    "follows.write",
    "offline.access",
    "space.read",
    "mute.read",
    "mute.write",
    "like.read",
    "like.write",
    "list.read",
    "list.write",
    "block.read",
    "block.write",
    "bookmark.read",
    "bookmark.write",
    "dm.read",
    "dm.write",
    "media.write",
]
EXTRA = ["timeline.read", "broadcast.read", "broadcast.write", "ads.read", "ads.write"]


def test_catalogue_is_the_union_of_docs_and_spec() -> None:
    assert len(DOCUMENTED) == 22
    assert sorted(scopes.BY_NAME) == sorted(DOCUMENTED + EXTRA)
    for s in scopes.CATALOGUE:
        assert s.group in scopes.GROUPS and s.description.endswith(".") and len(s.description) < 90
        assert s.writes == s.name.endswith(".write")
    assert {s.name for s in scopes.CATALOGUE if s.special_access} == set(EXTRA)


def test_presets() -> None:
    keys = {p.key for p in scope_presets.PRESETS}
    assert {"read_profile", "post", "post_media", "dm", "everything"} <= keys
    for p in scope_presets.PRESETS:
        assert all(s in scopes.BY_NAME for s in p.scopes)
        assert scopes.REFRESH_SCOPE in p.scopes and set(scopes.WHOAMI_SCOPES) <= set(p.scopes)
    everything = scope_presets.PRESETS_BY_KEY["everything"].scopes
    assert "ads.read" not in everything and "dm.write" in everything and len(everything) == 22


def test_warnings() -> None:
    assert scopes.scope_warnings(scope_presets.DEFAULT_SCOPES) == []
    warn = " ".join(scopes.scope_warnings(["tweet.read"]))
    assert "refresh token" in warn and "users.read" in warn
    assert "special access" in " ".join(scopes.scope_warnings([*scope_presets.DEFAULT_SCOPES, "ads.read"]))
    assert "invalid_scope" in " ".join(scopes.scope_warnings([*scope_presets.DEFAULT_SCOPES, "account.follows.read"]))
    assert scopes.scope_warnings([]) == ["Pick at least one permission."]


def test_ordering_and_parsing() -> None:
    assert scopes.ordered(["zzz", "users.read", "tweet.read", "users.read"]) == ("tweet.read", "users.read", "zzz")
    assert scopes.parse_scope_string(" tweet.read  users.read,offline.access ") == (
        "tweet.read",
        "users.read",
        "offline.access",
    )
