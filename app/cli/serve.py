"""``hearth serve``: the local API server (OpenAI- and Anthropic-compatible), headless.

Loopback only unless ``--host`` says otherwise, a key required unless ``--no-auth`` (loopback
only), no CORS unless ``--allow-origin``. One log line per request on stderr; Ctrl+C stops.
``--keep-history`` (default: the "Keep API conversations in history" setting) saves each chat
request and its reply as a conversation in the "API" group; ``/v1/embeddings`` serves the
embedding model chosen for documents (``hearth docs embed``)."""

from __future__ import annotations

import argparse
import sys

from ..core.base.hashing import cached_sha256
from ..core.inference.engine import LlamaCppEngine, LoadOptions
from ..core.inference.owner import EngineOwner
from ..core.models.library import resolve_model
from ..core.server import DEFAULT_PORT
from . import CliError
from .progress import ProgressLine


def register(commands) -> None:
    parser = commands.add_parser("serve", help="serve the model to other programs (OpenAI/Anthropic API)")
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1: this machine only; 0.0.0.0: the network)",
    )
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    parser.add_argument("--model", help="model file name in the library (default: the default model)")
    parser.add_argument(
        "--no-auth", action="store_true", dest="no_auth", help="require no API key (allowed on a loopback address only)"
    )
    parser.add_argument(
        "--allow-origin",
        action="append",
        default=[],
        dest="allow_origins",
        metavar="ORIGIN",
        help="a web origin allowed to call the server from a browser (repeatable)",
    )
    parser.add_argument(
        "--keep-history",
        action=argparse.BooleanOptionalAction,
        default=None,
        dest="keep_history",
        help="save API chats as conversations in the history (default: the api_keep_history setting, off)",
    )
    parser.set_defaults(handler=run_serve)


def run_serve(args, ctx) -> int:
    from ..core.server.app import build_app
    from ..core.server.keys import resolve_api_key
    from ..core.server.runner import (
        ServerAddress,
        ServerError,
        bind,
        check_exposure,
        serve_forever,
    )
    from ..core.server.server_db import ServerDatabase
    from ..core.server.service import ModelService

    if not 0 <= args.port <= 65535:
        raise CliError(f"--port must be between 0 and 65535, not {args.port}")
    try:
        check_exposure(args.host, auth=not args.no_auth)
        sock = bind(args.host, args.port)
    except ServerError as exc:
        raise CliError(str(exc)) from None
    key = None if args.no_auth else resolve_api_key()
    settings, library = ctx.settings, ctx.library
    owner = EngineOwner(LlamaCppEngine, name="hearth-engine")
    keep_history = settings.api_keep_history if args.keep_history is None else args.keep_history
    database = ServerDatabase(ctx.paths.database_path)  # the server's own SQLite connection and thread
    service = None
    try:
        progress = ProgressLine("Preparing the starter model")
        model = resolve_model(library, args.model, settings.default_model, progress)
        progress.close()

        def options():
            return LoadOptions.from_settings(settings, library.thread_tuner)

        def sha256(path):
            return cached_sha256(path, library.hash_cache)

        owner.load(model.path, options(), sha256=sha256(model.path)).result()
        service = ModelService(
            owner, library, settings, options, sha256, database=database, keep_history=lambda: keep_history
        )
        app = build_app(
            service,
            bind_host=args.host,
            api_key=lambda: key.value if key else None,
            allow_origins=tuple(args.allow_origins),
            on_request=_print_request,
        )
        address = ServerAddress(*sock.getsockname()[:2])
        _announce(address, model.name, key, keep_history)
        serve_forever(app, sock)
    finally:
        sock.close()
        if service is not None:
            service.close()
        owner.shutdown()
        database.close()
    print("hearth: server stopped", file=sys.stderr)
    return 0


def _announce(address, model_name: str, key, keep_history: bool) -> None:
    print(f"Hearth API server on {address.base_url} · model {model_name}", file=sys.stderr)
    if keep_history:
        print("API chats are kept in the history (the sidebar's API group).", file=sys.stderr)
    if key is None:
        print("No API key required (--no-auth, loopback only).", file=sys.stderr)
    elif key.is_new:
        where = "stored in the keyring" if key.source == "generated" else "not stored: no keyring; set HEARTH_API_KEY"
        print(f"API key ({where}; shown once): {key.value}", file=sys.stderr)
    else:
        print(f"API key: from the {key.source} (HEARTH_API_KEY or the keyring)", file=sys.stderr)
    print("Ctrl+C stops the server.", file=sys.stderr, flush=True)


def _print_request(record) -> None:
    print(record.line(), file=sys.stderr, flush=True)
