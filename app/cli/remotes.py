"""``hearth remotes``: the OpenAI-compatible servers Hearth can chat through, and the helpers
that let ``hearth chat --remote`` and ``hearth models list --remote`` use them.

Keys are read from standard input only (``--api-key-stdin``: never on the command line, where
the shell history and ``ps`` would see them) and go to the keyring, or this process's memory.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from ..core.models.remotes import (
    RemoteEndpoint,
    RemoteError,
    RemoteKeys,
    RemoteModelRef,
    RemoteStore,
    insecure_warning,
    parse_model_ref,
)
from . import CliError, read_stdin_text
from .terminal import safe_line

PROBE_TIMEOUT_S = 5.0


def register(commands) -> None:
    parser = commands.add_parser(
        "remotes", help="OpenAI-compatible servers to chat through (vLLM, llama.cpp, Ollama, another Hearth)"
    )
    sub = parser.add_subparsers(dest="remotes_command", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="add (or change) a server")
    add.add_argument("name", help="a short name, e.g. gpu-box")
    add.add_argument("url", help="the API base, e.g. http://gpu-box:8000/v1 (/v1 is added to a bare host:port)")
    add.add_argument(
        "--api-key-stdin",
        action="store_true",
        dest="api_key_stdin",
        help="read the server's API key from standard input (kept in the keyring)",
    )
    add.add_argument(
        "--context",
        type=int,
        default=0,
        metavar="N",
        help="the context length (tokens) to use when the server does not say its own; 0: ask the server",
    )
    add.set_defaults(handler=run_add)
    sub.add_parser("list", help="the servers, whether they answer, and their models").set_defaults(handler=run_list)
    rm = sub.add_parser("rm", help="forget a server and its key")
    rm.add_argument("name")
    rm.set_defaults(handler=run_rm)


def store_of(ctx) -> RemoteStore:
    return RemoteStore(ctx.paths.config_dir)


def read_key_from_stdin() -> str:
    key = read_stdin_text("the API key on standard input").strip()
    if not key or "\n" in key:
        raise CliError("give the API key as one line on standard input")
    return key


def run_add(args, ctx) -> int:
    try:
        endpoint = store_of(ctx).add(args.name, args.url, args.context)
    except RemoteError as exc:
        raise CliError(str(exc)) from None
    print(f"added {endpoint.name}: {endpoint.url} ({context_label(endpoint)})")
    if args.api_key_stdin:
        if RemoteKeys().set(endpoint.name, read_key_from_stdin()):
            print("the API key is in the system keyring")
        else:
            print(
                "hearth: warning: no keyring on this system: the API key is kept for this command only; "
                "pass --api-key-stdin to each chat",
                file=sys.stderr,
            )
    _warn_insecure(endpoint)
    return 0


def run_list(args, ctx) -> int:
    from ..core.inference.engine import EngineError
    from ..core.inference.remote import list_models

    try:
        endpoints = store_of(ctx).endpoints()
    except RemoteError as exc:
        raise CliError(str(exc)) from None
    if not endpoints:
        print("No remote servers yet. Add one with: hearth remotes add NAME URL [--api-key-stdin]")
        return 0
    keys = RemoteKeys()
    for endpoint in endpoints:
        try:
            ids = [
                str(m.get("id", ""))
                for m in list_models(endpoint, keys.get(endpoint.name), connect_timeout=PROBE_TIMEOUT_S)
            ]
            state = f"reachable · {len(ids)} model(s): {', '.join(ids) or 'none'}"
        except EngineError as exc:
            state = f"NOT REACHABLE: {exc}"
        key = "with a key" if keys.get(endpoint.name) else "no key"
        print(safe_line(f"{endpoint.name}  {endpoint.url}  ({key}; {context_label(endpoint)})  {state}"))
        _warn_insecure(endpoint)
    return 0


def run_rm(args, ctx) -> int:
    try:
        removed = store_of(ctx).remove(args.name)
    except RemoteError as exc:
        raise CliError(str(exc)) from None
    RemoteKeys().clear(args.name)  # a key left behind would outlive the server it was for
    if not removed:
        raise CliError(f"no remote server named {args.name!r}; nothing was removed")
    print(f"removed {args.name} and its key")
    return 0


def context_label(endpoint: RemoteEndpoint) -> str:
    """The endpoint's context setting as ``remotes add`` and ``remotes list`` show it."""
    if endpoint.context_length:
        return f"context {endpoint.context_length} tokens when the server does not say"
    return "context: as the server says"


def _warn_insecure(endpoint: RemoteEndpoint) -> None:
    warning = insecure_warning(endpoint)
    if warning:
        print(f"hearth: warning: {warning}", file=sys.stderr)


# -------------------------------------------------------- used by chat and models
@dataclass(frozen=True)
class RemoteModelName:
    """Stands where ``hearth chat`` handles a library model: its ``name`` is what the
    conversation stores (``remote:NAME/MODEL_ID``)."""

    ref: RemoteModelRef

    @property
    def name(self) -> str:
        return self.ref.ref


def open_remote(ctx, name: str, api_key_from_stdin: bool = False):
    """(endpoint, RemoteEngine) for the endpoint called ``name``; the key from stdin or the keyring."""
    from ..core.inference.remote import RemoteEngine

    try:
        endpoint = store_of(ctx).get(name)
    except RemoteError as exc:
        raise CliError(str(exc)) from None
    keys = RemoteKeys()
    if api_key_from_stdin:
        keys.remember_for_session(endpoint.name, read_key_from_stdin())
    _warn_insecure(endpoint)
    return endpoint, RemoteEngine(endpoint, keys.get(endpoint.name))


def remote_for_chat(ctx, args, conversation):
    """(RemoteModelName, engine) when this chat goes to a remote server, else None.

    ``--remote NAME [--model ID]`` chooses one; continuing a conversation whose model is
    ``remote:NAME/ID`` (and naming no other model) reconnects to it. The engine is connected."""
    stored = parse_model_ref(conversation.model) if conversation is not None else None
    if args.remote is None and (stored is None or args.model):
        if getattr(args, "api_key_stdin", False):
            raise CliError("--api-key-stdin goes with --remote (or a conversation held with a remote model)")
        return None
    if args.prompt == ["-"] and args.api_key_stdin:
        raise CliError("standard input can carry the message or the API key, not both")
    name = args.remote or stored.remote
    model_id = args.model if args.remote else stored.model_id
    if args.remote and not args.model and stored is not None and stored.remote == args.remote:
        model_id = stored.model_id
    endpoint, engine = open_remote(ctx, name, args.api_key_stdin)
    report = engine.load(RemoteModelRef(endpoint.name, model_id or ""))
    for warning in report.warnings:
        print(f"hearth: note: {warning}", file=sys.stderr)
    return RemoteModelName(RemoteModelRef(endpoint.name, report.model_id)), engine


def run_models_list(args, ctx) -> int:
    """``hearth models list --remote NAME``."""
    from ..core.inference.remote import list_models

    endpoint, _engine = open_remote(ctx, args.remote, getattr(args, "api_key_stdin", False))
    models = list_models(endpoint, RemoteKeys().get(endpoint.name))
    if not models:
        print(f"{endpoint.name} offers no models")
        return 0
    for model in models:
        model_id = str(model.get("id", ""))
        owner = str(model.get("owned_by") or "")
        print(safe_line(f"{RemoteModelRef(endpoint.name, model_id).ref}  {owner}".rstrip()))
    return 0
