"""``rasd serve --db PATH``: the newsroom web app and JSON API over a corpus database.

Binds to 127.0.0.1:8000 by default (``--host``/``--port``), prints the URL,
and serves until interrupted. Needs the ``serve`` extra (FastAPI, uvicorn,
Jinja2, python-multipart); without it, one line names the extra to install.
"""

from __future__ import annotations

import argparse
import os
import sys


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default="rasd.db", help="corpus database (default: rasd.db)")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free one)")
    p.add_argument("--max-upload-kb", type=int, default=2048, help="largest request body in KiB (default 2048)")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds a request may take (default 30)")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--access-log", action="store_true", help="log every request")


def run(args: argparse.Namespace) -> int:
    from rasd.errors import RasdError
    from rasd.serve import create_app, require

    require()
    import socket

    import uvicorn

    if not 0 <= args.port <= 65535:
        raise RasdError(f"--port {args.port}: expected 0–65535")
    if args.max_upload_kb < 1 or args.timeout <= 0 or not 1 <= args.workers <= 64:
        raise RasdError("--max-upload-kb and --timeout must be positive, --workers 1–64")
    app = create_app(args.db, max_body=args.max_upload_kb * 1024, timeout=args.timeout,
                     warm_stories=args.workers == 1)
    # Bind first, so the printed URL is the one that answers (also when --port 0 picks one).
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    # proto must say TCP: asyncio turns Nagle off (TCP_NODELAY) only on accepted sockets whose
    # proto is IPPROTO_TCP, and they inherit it from this one; with proto 0 every keep-alive
    # request after the first waits ~40 ms for a delayed ACK (uvicorn issue #3149).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((args.host, args.port))
    except OSError as exc:
        raise RasdError(f"cannot listen on {args.host}:{args.port} ({exc.strerror})") from None
    port = sock.getsockname()[1]
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"rasd: serving {args.db} at http://{host}:{port}/  (Ctrl-C to stop)", file=sys.stderr, flush=True)
    if args.workers == 1:
        config = uvicorn.Config(app, log_level="warning", access_log=args.access_log)
        uvicorn.Server(config).run(sockets=[sock])
        return 0
    # Worker processes share the bound socket and build their own app from the environment.
    os.environ.update({"RASD_SERVE_DB": os.path.abspath(args.db), "RASD_SERVE_MAX_BODY": str(args.max_upload_kb * 1024),
                       "RASD_SERVE_TIMEOUT": str(args.timeout)})
    from uvicorn.supervisors import Multiprocess

    config = uvicorn.Config("rasd.serve.app:app_from_env", factory=True, workers=args.workers,
                            log_level="warning", access_log=args.access_log)
    try:
        supervisor = Multiprocess(config, sockets=[sock])
    except TypeError:  # uvicorn before 0.30 takes the worker target explicitly
        supervisor = Multiprocess(config, target=uvicorn.Server(config).run, sockets=[sock])  # type: ignore[call-arg]
    supervisor.run()
    return 0
