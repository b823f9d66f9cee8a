"""python -m xauth_gui.sandbox --port PORT [--auto-approve] [--redirect-uri URI]... [faults]"""

from __future__ import annotations

import argparse
import signal
import threading

from .app_tokens import API_KEY, API_SECRET
from .clients import CONFIDENTIAL_CLIENT_ID, CONFIDENTIAL_CLIENT_SECRET, PUBLIC_CLIENT_ID
from .server import Sandbox


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m xauth_gui.sandbox", description="An X-compatible OAuth 2.0 server on 127.0.0.1."
    )
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    parser.add_argument("--auto-approve", action="store_true", help="skip the consent page and approve at once")
    parser.add_argument(
        "--redirect-uri", action="append", default=[], metavar="URI", help="register a redirect URI (repeatable)"
    )
    parser.add_argument("--access-token-ttl", type=float, default=7200.0, metavar="SECONDS")
    parser.add_argument("--latency", type=float, default=0.0, metavar="SECONDS", help="fault: delay API answers")
    parser.add_argument(
        "--fail-status", type=int, default=None, metavar="CODE", help="fault: answer API calls with this status"
    )
    parser.add_argument(
        "--malformed-json", action="store_true", help="fault: answer API calls with a body that is not JSON"
    )
    parser.add_argument("--drop-connection", action="store_true", help="fault: close API connections without answering")
    parser.add_argument("--rate-limit", type=int, default=75, metavar="N", help="API calls per endpoint per 15 min")
    parser.add_argument("--client-not-enrolled", action="store_true", help="fault: every API call gets X's 403")
    parser.add_argument("--usage-capped", action="store_true", help="fault: every API call gets X's monthly-cap 429")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)

    sandbox = Sandbox(
        args.port,
        auto_approve=args.auto_approve,
        redirect_uris=args.redirect_uri,
        access_token_ttl=args.access_token_ttl,
        rate_limit=args.rate_limit,
    )
    sandbox.api.faults.client_not_enrolled = args.client_not_enrolled
    sandbox.api.faults.usage_capped = args.usage_capped
    sandbox.set_faults(
        latency=args.latency,
        status=args.fail_status,
        malformed_json=args.malformed_json,
        drop_connection=args.drop_connection,
    )
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())  # before it says it listens: a quick stop is clean
    sandbox.start()
    print(f"Sandbox listening on {sandbox.base_url}", flush=True)
    print(f"  public client:       {PUBLIC_CLIENT_ID}")
    print(f"  confidential client: {CONFIDENTIAL_CLIENT_ID} (secret {CONFIDENTIAL_CLIENT_SECRET})")
    print(f"  redirect URIs:       {', '.join(sorted(sandbox.redirect_uris))}", flush=True)
    print(f"  app-only API Key:    {API_KEY} (secret {API_SECRET})", flush=True)
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    sandbox.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
