"""Listener latency: from the callback's last byte leaving the client to the `concluded` signal,
with 0, 10 and 100 idle connections open. The client runs in its own thread, as a browser would.

    .venv/bin/python -m bench.listener [--rounds 200]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from xauth_gui.core.callback import login_judge
from xauth_gui.qt.listener import LoopbackListener

STATE = "bench-state"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def one_round(app: QCoreApplication, idle: int) -> float:
    port = free_port()
    redirect_uri = f"http://127.0.0.1:{port}/callback"
    listener = LoopbackListener(redirect_uri, login_judge(redirect_uri, STATE))
    listener.start()
    sent_at: list[float] = []
    got_at: list[float] = []
    loop = QEventLoop()
    listener.concluded.connect(lambda _url: (got_at.append(time.perf_counter()), loop.quit()))
    sockets: list[socket.socket] = []
    request = f"GET /callback?code=c&state={STATE} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode()

    def client() -> None:
        for _ in range(idle):
            sockets.append(socket.create_connection(("127.0.0.1", port)))
        time.sleep(0.02)  # let the listener accept them all first
        s = socket.create_connection(("127.0.0.1", port))
        sockets.append(s)
        sent_at.append(time.perf_counter())  # one small segment: the last byte leaves with sendall
        s.sendall(request)

    thread = threading.Thread(target=client)
    thread.start()
    QTimer.singleShot(10_000, loop.quit)  # bound
    loop.exec()
    thread.join(timeout=10)
    listener.close()
    for s in sockets:
        s.close()
    if not got_at or not sent_at:
        raise RuntimeError("callback not received within 10 s")
    return (got_at[0] - sent_at[0]) * 1000


def measure(rounds: int) -> dict[str, dict[str, float]]:
    app = QCoreApplication.instance() or QCoreApplication([])
    results: dict[str, dict[str, float]] = {}
    for idle in (0, 10, 100):
        samples = sorted(one_round(app, idle) for _ in range(rounds))
        results[f"idle{idle}"] = {
            "rounds": rounds,
            "median": round(statistics.median(samples), 3),
            "p99": round(samples[min(len(samples) - 1, int(len(samples) * 0.99))], 3),
            "min": round(samples[0], 3),
            "max": round(samples[-1], 3),
        }
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    results = measure(args.rounds)
    print(f"{'idle connections':>18} {'median ms':>10} {'p99 ms':>8} {'max ms':>8}")
    for key, r in results.items():
        print(f"{key[4:]:>18} {r['median']:>10.3f} {r['p99']:>8.3f} {r['max']:>8.3f}")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
