"""``hearth models``: the local library, the Hugging Face hub, downloads and the token.

``pull`` resumes: run it again after an interruption (Ctrl+C, a crash, a lost connection) and it
continues from the bytes already on disk. The token is read from the OS keyring (``login``), or
for one command from stdin (``--token-stdin``); never from ``HF_TOKEN`` or another tool's login.
"""

from __future__ import annotations

import getpass
import sys

from ..core.base.system import format_bytes
from . import check_destructive_targets, count_argument
from .progress import ProgressLine


def register(commands) -> None:
    parser = commands.add_parser("models", help="model library, Hugging Face search and downloads")
    sub = parser.add_subparsers(dest="models_command", metavar="ACTION", required=True)

    listing = sub.add_parser("list", help="models in the library (or offered by a remote server)")
    listing.add_argument("--remote", metavar="NAME", help="list the models of this remote server (hearth remotes)")
    listing.set_defaults(handler=run_list)
    sub.add_parser("catalogue", help="the curated Gemma repositories").set_defaults(handler=run_catalogue)

    search = sub.add_parser("search", help="search Hugging Face for GGUF repositories")
    search.add_argument("query", nargs="+")
    search.add_argument("--limit", type=count_argument, default=30)
    search.set_defaults(handler=run_search)

    files = sub.add_parser("files", help="the GGUF files of a repository, with sizes and whether they fit")
    files.add_argument("repo", help="owner/name, e.g. ggml-org/gemma-3-1b-it-GGUF")
    files.add_argument("--ctx", type=int, help="context length for the memory estimate (default: settings)")
    _token_option(files)
    files.set_defaults(handler=run_files)

    pull = sub.add_parser("pull", help="download a model (resumes an interrupted download)")
    pull.add_argument(
        "target",
        help="REPO, REPO:FILE or REPO:QUANT (e.g. ggml-org/gemma-3-1b-it-GGUF:Q4_K_M); "
        "without a file the recommended one for this machine",
    )
    pull.add_argument("--ctx", type=int, help="context length for choosing what fits (default: settings)")
    _token_option(pull)
    pull.set_defaults(handler=run_pull)

    resume = sub.add_parser("resume", help="finish the downloads left in the queue")
    _token_option(resume)
    resume.set_defaults(handler=run_resume)

    imp = sub.add_parser("import", help="add a local .gguf file to the library")
    imp.add_argument("path")
    how = imp.add_mutually_exclusive_group()
    how.add_argument("--link", action="store_true", help="hard link instead of copying (symbolic across drives)")
    how.add_argument("--symlink", action="store_true", help="symbolic link instead of copying")
    imp.set_defaults(handler=run_import)

    remove = sub.add_parser("rm", help="delete models from the library (and their saved KV states)")
    remove.add_argument("names", nargs="+", help="file names, or unique prefixes of at least 4 characters")
    remove.add_argument("--yes", action="store_true", help="confirm deleting more than one model")
    remove.set_defaults(handler=run_rm)

    info = sub.add_parser("info", help="a model's metadata, checksum and memory estimate")
    info.add_argument("name")
    info.set_defaults(handler=run_info)

    verify = sub.add_parser("verify", help="re-read a model and check its sha256")
    verify.add_argument("name")
    verify.set_defaults(handler=run_verify)

    default = sub.add_parser("default", help="the model new chats use")
    default.add_argument("name")
    default.set_defaults(handler=run_default)

    login = sub.add_parser("login", help="store a Hugging Face token in the OS keyring (for gated repos)")
    login.add_argument("--token-stdin", action="store_true", help="read the token from stdin")
    login.set_defaults(handler=run_login)
    sub.add_parser("logout", help="forget the stored token").set_defaults(handler=run_logout)


def _token_option(parser) -> None:
    parser.add_argument(
        "--token-stdin", action="store_true", help="read a Hugging Face token from stdin for this command only"
    )


# ------------------------------------------------------------------- helpers
def _client(args, ctx):
    from ..core.base.secrets import TokenStore
    from ..core.models.hub import HubClient

    token = sys.stdin.readline().strip() if getattr(args, "token_stdin", False) else TokenStore().get()
    return HubClient(token=token or None, endpoint=ctx.settings.hub_endpoint or None)


def _manager(ctx, client):
    from ..core.models.downloads import DownloadManager

    return DownloadManager.for_paths(ctx.paths, client)


class DownloadBar(ProgressLine):
    """ProgressLine fed with the downloader's own speed and ETA (right for resumed downloads too)."""

    def update(self, progress) -> None:
        import time

        now = time.monotonic()
        finished = progress.done >= progress.total
        if not self.interactive or (now - self._last < self._min_interval and not finished):
            return
        self._last = now
        if progress.phase == "checking":
            text = f"\r{self.label}: checking the partial file {format_bytes(progress.done)}"
        else:
            bar = "#" * int(30 * progress.fraction)
            eta = f" ETA {int(progress.eta)}s" if progress.eta is not None else ""
            text = (
                f"\r{self.label} [{bar:<30}] {100 * progress.fraction:5.1f}% {format_bytes(progress.done)}/"
                f"{format_bytes(progress.total)} {format_bytes(progress.speed)}/s{eta}"
            )
        self.stream.write(text.ljust(100))
        self.stream.flush()
        self._shown = True


def _download(manager, jobs) -> list:
    paths = []
    for job in jobs:
        bar = DownloadBar(job.name)
        try:
            paths.append(manager.run(job, progress=bar.update))
        except KeyboardInterrupt:
            bar.close()
            print("hearth: download paused; run the same command again to resume", file=sys.stderr)
            raise
        finally:
            bar.close()
        manager.queue.remove(job.id)  # finished: nothing left to resume
    return paths


def _print_rows(rows: list[tuple[str, ...]], header: tuple[str, ...]) -> None:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip())


# ------------------------------------------------------------------- library
def run_list(args, ctx) -> int:
    if getattr(args, "remote", None):
        from .remotes import run_models_list

        return run_models_list(args, ctx)
    models = ctx.library.models()
    if not models:
        print(f"No models in {ctx.library.models_dir}. Try `hearth models catalogue` and `hearth models pull`.")
        return 0
    default = ctx.settings.default_model
    rows = []
    for m in models:
        info = m.info
        rows.append(
            (
                "*" if m.name == default else " ",
                m.name,
                format_bytes(m.size),
                info.architecture if info else "?",
                info.quantization if info else "?",
                str(info.context_length or "?") if info else "?",
                "ok" if m.usable else f"PROBLEM: {m.problem}",
            )
        )
    _print_rows(rows, ("", "NAME", "SIZE", "ARCH", "QUANT", "CONTEXT", "STATUS"))
    return 0


def run_info(args, ctx) -> int:
    from ..core.models.memory import estimate_for_file

    model = ctx.library.find(args.name)
    lines = [
        f"Name            {model.name}",
        f"Path            {model.path}",
        f"Size            {format_bytes(model.size)}",
    ]
    if model.parts:
        lines.append(f"Parts           {len(model.parts)}")
    info = model.info
    if info is not None:
        lines += [
            f"Model           {info.name}",
            f"Architecture    {info.architecture}",
            f"Parameters      {info.parameter_count / 1e9:.2f} B" if info.parameter_count else "Parameters      ?",
            f"Quantization    {info.quantization}",
            f"Context length  {info.context_length or '?'}",
            f"Sliding window  {info.sliding_window or 'none'}",
            f"Chat template   {'in the file' if info.chat_template else 'none (Gemma format chosen by architecture)'}",
        ]
        memory = estimate_for_file(info, ctx.settings.context_length)  # at the context a load would use
        lines.append(f"Memory          about {format_bytes(memory.total)} at context {memory.context_length}")
    if model.source is not None:
        lines.append(f"Source          {model.source.label}")
        if model.source.sha256:
            lines.append(f"Recorded sha256 {model.source.sha256}")
    lines.append(f"Default         {'yes' if ctx.settings.default_model == model.name else 'no'}")
    lines.append(f"Status          {'ok' if model.usable else 'PROBLEM: ' + str(model.problem)}")
    print("\n".join(lines))
    return 0


def run_import(args, ctx) -> int:
    from ..core.models.library import COPY, LINK, SYMLINK

    mode = LINK if args.link else SYMLINK if args.symlink else COPY
    bar = ProgressLine("Copying")
    try:
        model = ctx.library.import_file(args.path, mode, bar)
    finally:
        bar.close()
    print(f"imported {model.name} ({format_bytes(model.size)}, {mode})")
    return 0


def run_rm(args, ctx) -> int:
    from ..core.base.settings import save_settings
    from ..core.models.model_removal import delete_model

    models = [ctx.library.find(name) for name in args.names]
    check_destructive_targets(args.names, [m.name for m in models], args.yes, "model")
    settings = ctx.settings
    for model in {m.name: m for m in models}.values():
        removal = delete_model(ctx.library, ctx.kv_cache, model.name, settings)
        if removal.settings is not settings:
            settings = removal.settings
            save_settings(ctx.paths.settings_path, settings)
        print(
            f"deleted {removal.model.name}"
            + (f" and {removal.states_removed} saved KV state(s)" if removal.states_removed else "")
        )
        if removal.was_default:
            print(
                "it was the default model; new chats now use the first usable model "
                "(`hearth models default NAME` picks one)"
            )
    return 0


def run_verify(args, ctx) -> int:
    bar = ProgressLine("Hashing")
    try:
        result = ctx.library.verify(args.name, bar)
    finally:
        bar.close()
    print(("ok: " if result.ok else "FAILED: ") + result.message)
    return 0 if result.ok else 1


def run_default(args, ctx) -> int:
    from ..core.models.library import set_default_model

    settings = set_default_model(ctx.library, args.name, ctx.paths.settings_path)
    print(f"default model: {settings.default_model}")
    return 0


# ------------------------------------------------------------------------ hub
def run_catalogue(args, ctx) -> int:
    from ..core.models.hub import load_catalogue

    rows = [(e.family, e.parameters, e.repo_id, "gated" if e.gated else "", e.note) for e in load_catalogue()]
    _print_rows(rows, ("FAMILY", "SIZE", "REPOSITORY", "", "NOTE"))
    return 0


def run_search(args, ctx) -> int:
    results = _client(args, ctx).search(" ".join(args.query), limit=args.limit)
    if not results:
        print("No GGUF repositories found.")
        return 0
    _print_rows(
        [(r.repo_id, str(r.downloads), "gated" if r.gated else "") for r in results], ("REPOSITORY", "DOWNLOADS", "")
    )
    return 0


def run_files(args, ctx) -> int:
    from ..core.models.hub import assess

    client = _client(args, ctx)
    listing = client.list_gguf_files(args.repo)
    n_ctx = args.ctx or ctx.settings.context_length
    if not listing.files:
        print(f"{listing.repo_id} has no GGUF files.")
        return 0
    rows = []
    for choice in assess(listing, n_ctx):
        f = choice.file
        role = "" if f.role == "model" else f" [{f.role}]"
        rows.append(
            (
                "*" if choice.recommended else " ",
                f.label + role,
                f.quant,
                format_bytes(f.size),
                choice.fit.verdict,
                format_bytes(choice.fit.total),
                (f.sha256 or "")[:12],
            )
        )
    print(f"{listing.repo_id} @ {listing.revision[:12]}" + ("  (gated: needs a token)" if listing.gated else ""))
    _print_rows(rows, ("", "FILE", "QUANT", "SIZE", "FIT", f"MEMORY@{n_ctx}", "SHA256"))
    for path in listing.rejected:
        print(f"ignored {path!r}: a file name that would write outside the models folder")
    print(
        "* recommended for this machine"
        + (
            ""
            if listing.shape and listing.shape.kv_bytes_per_token()
            else "; KV cache size unknown for this model, not counted"
        )
    )
    return 0


def run_pull(args, ctx) -> int:
    repo, _, spec = args.target.partition(":")
    client = _client(args, ctx)
    listing = client.list_gguf_files(repo)
    file = listing.find(spec or None, n_ctx=args.ctx or ctx.settings.context_length)
    print(f"{file.label}: {file.quant}, {format_bytes(file.size)} from {listing.repo_id}")
    manager = _manager(ctx, client)
    _download(manager, manager.enqueue(listing, file))
    return _report(ctx, file.name)


def run_resume(args, ctx) -> int:
    manager = _manager(ctx, _client(args, ctx))
    pending = manager.pending()
    if not pending:
        print("No downloads waiting.")
        return 0
    _download(manager, pending)
    for name in dict.fromkeys(job.name for job in pending):
        _report(ctx, name)
    return 0


def _report(ctx, name: str) -> int:
    from ..core.models.library import LibraryError

    try:
        model = ctx.library.find(name)
    except LibraryError:  # a later part of a split model: the first part reports for it
        return 0
    if model.usable:
        print(f"ready: {model.name} (sha256 verified) in {ctx.library.models_dir}")
        return 0
    print(f"downloaded {model.name}, but it cannot be used: {model.problem}")
    return 1


# ---------------------------------------------------------------------- token
def run_login(args, ctx) -> int:
    from ..core.base.secrets import TokenStore, keyring_status

    if args.token_stdin:
        token = sys.stdin.readline().strip()
    else:
        print("Create a read token at https://huggingface.co/settings/tokens (and accept the model's license).")
        token = getpass.getpass("Hugging Face token (input hidden): ").strip()
    if not token:
        print("hearth: error: no token given", file=sys.stderr)
        return 1
    if TokenStore().set(token):
        print(f"token stored in the OS keyring ({keyring_status()})")
        return 0
    print(
        "hearth: error: no OS keyring is available, so the token cannot be kept after this command; "
        "pass it per command with --token-stdin, or use the window (it keeps it for the session)",
        file=sys.stderr,
    )
    return 1


def run_logout(args, ctx) -> int:
    from ..core.base.secrets import TokenStore

    TokenStore().clear()
    print("token removed")
    return 0
