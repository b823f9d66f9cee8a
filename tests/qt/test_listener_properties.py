"""Property-based suites: the request parser is total and chunking-invariant; the live listener
survives arbitrary bytes, arbitrary splits and arbitrary idle connections, and still accepts a
valid callback afterwards. Example counts are bounded so the suite stays well inside CI's time."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.examples import examples
from tests.support.qt_helpers import RawClient, free_port, get
from xauth_gui.core import loopback_http as lh
from xauth_gui.core.authorize import AuthorizationResponse
from xauth_gui.core.callback import login_judge
from xauth_gui.qt.listener import DEFAULT_MAX_CONNECTIONS, LoopbackListener

STATE = "prop-state"
QT = settings(
    max_examples=examples(1500),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

REQUEST_PIECES = st.sampled_from(
    [
        b"GET ",
        b"POST ",
        b"OPTIONS ",
        b"/callback",
        b"?code=c&state=" + STATE.encode(),
        b" HTTP/1.1",
        b" HTTP/1.0",
        b"\r\n",
        b"\n",
        b"\r",
        b"Host: 127.0.0.1:1\r\n",
        b"Host: evil\r\n",
        b"\x00",
        b"\xff",
        b"%",
        b"\x16\x03\x01",
        b"PRI * HTTP/2.0",
        b": ",
        b" ",
        b"a" * 100,
        b"\r\n\r\n",
    ]
)
HOSTILE = st.binary(max_size=2048) | st.lists(REQUEST_PIECES, max_size=20).map(b"".join)


# --- pure parser ---------------------------------------------------------------------------------------------
@settings(max_examples=examples(3000), deadline=None)
@given(st.binary(max_size=70_000) | HOSTILE)
def test_f1_parser_is_total(data: bytes) -> None:
    buffer = lh.HeadBuffer()
    try:
        head = buffer.feed(data)
        if head is not None:
            lh.route(head, "/callback", 8765)
    except lh.BadRequestError as bad:
        assert bad.status in (0, 400, 414, 431)


@settings(max_examples=examples(1000), deadline=None)
@given(st.data())
def test_f2_chunking_invariance(data: st.DataObject) -> None:
    request = get(f"/callback?code={data.draw(st.text('abc123-_.~%', max_size=30))}&state={STATE}", "127.0.0.1:8765")
    cuts = sorted(data.draw(st.lists(st.integers(0, len(request)), max_size=10)))
    buffer, result = lh.HeadBuffer(), None
    for start, end in zip([0, *cuts], [*cuts, len(request)], strict=True):
        result = buffer.feed(request[start:end]) or result
    assert result == lh.HeadBuffer().feed(request)


# --- the live listener -------------------------------------------------------------------------------------------
def fresh_listener() -> LoopbackListener:
    redirect_uri = f"http://127.0.0.1:{free_port()}/callback"
    listener = LoopbackListener(redirect_uri, login_judge(redirect_uri, STATE), read_deadline_ms=2000)
    listener.start()
    return listener


def assert_still_accepts(qtbot: Any, listener: LoopbackListener) -> None:
    port = listener.target.port
    with qtbot.waitSignal(listener.concluded, timeout=5000) as blocker:
        RawClient(port).send(get(f"/callback?code=c&state={STATE}", f"127.0.0.1:{port}"))
    assert blocker.args == [AuthorizationResponse(code="c", state=STATE)]


@QT
@given(HOSTILE)
def test_arbitrary_bytes_never_break_the_listener(qtbot: Any, data: bytes) -> None:
    listener = fresh_listener()
    try:
        hostile = RawClient(listener.target.port).send(data)
        qtbot.wait(1)  # let it read the bytes first
        if not listener.finished:
            assert_still_accepts(qtbot, listener)
        hostile.close()
    finally:
        listener.close()
        RawClient.close_all()


@settings(QT, max_examples=examples(800))
@given(st.lists(st.integers(1, 200), max_size=12))
def test_arbitrary_splits_are_assembled(qtbot: Any, cuts: list[int]) -> None:
    listener = fresh_listener()
    port = listener.target.port
    request = get(f"/callback?code=c&state={STATE}", f"127.0.0.1:{port}")
    points = sorted({min(c, len(request)) for c in cuts})
    client = RawClient(port)
    try:
        with qtbot.waitSignal(listener.concluded, timeout=5000):
            for start, end in zip([0, *points], [*points, len(request)], strict=True):
                client.send(request[start:end])
                qtbot.wait(0)
    finally:
        listener.close()
        RawClient.close_all()


@settings(QT, max_examples=examples(60))
@given(st.integers(0, 150), st.booleans())
def test_any_number_of_idle_connections(qtbot: Any, idle: int, partial: bool) -> None:
    listener = fresh_listener()
    try:
        for i in range(idle):
            c = RawClient(listener.target.port)
            if partial:
                c.send(b"GET /callback?co")
            if i % 16 == 15:  # browsers connect asynchronously; a blocking test client must let Qt accept
                qtbot.waitUntil(lambda n=i: listener.accepted_connections >= n + 1, timeout=5000)
        assert listener.open_connections <= DEFAULT_MAX_CONNECTIONS
        assert_still_accepts(qtbot, listener)
    finally:
        listener.close()
        RawClient.close_all()
