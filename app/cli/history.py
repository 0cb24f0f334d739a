"""``hearth history``: list, show, search, export, import and delete stored conversations."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

from ..core.history.conversation import SOURCE_API, MessageStatus
from . import MIN_PREFIX, CliError, check_destructive_targets, count_argument, require_utf8
from .docs import print_documents
from .terminal import emit, safe_line


def register(commands) -> None:
    parser = commands.add_parser("history", help="stored conversations")
    sub = parser.add_subparsers(dest="history_command", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="list conversations, newest first (API marks chats the API server kept)")
    listing.add_argument("--limit", type=count_argument, default=50, help="at most this many (default 50)")
    listing.set_defaults(handler=run_list)
    show = sub.add_parser("show", help="print a conversation (the branch on screen)")
    show.add_argument("id", help="conversation id or unique prefix")
    show.set_defaults(handler=run_show)
    search = sub.add_parser("search", help="full-text search in every conversation")
    search.add_argument("query", nargs="+")
    search.add_argument("--limit", type=count_argument, default=20, help="at most this many hits (default 20)")
    search.set_defaults(handler=run_search)
    remove = sub.add_parser("rm", help="delete conversations for good")
    remove.add_argument(
        "ids", nargs="+", help=f"conversation ids, or unique prefixes of at least {MIN_PREFIX} characters"
    )
    remove.add_argument("--yes", action="store_true", help="confirm deleting more than one conversation")
    remove.set_defaults(handler=run_rm)
    _register_export(sub)
    _register_import(sub)


def _register_export(sub) -> None:
    from ..core.history.export import FORMATS

    export = sub.add_parser(
        "export",
        help="export conversations as md, json, html, txt or pdf",
        description="Export conversations. -o names a file (everything in it) or a folder (an existing one, "
        "or a path ending in /): one file per conversation there, except JSON, which always "
        "holds all of them in one file. Without -o, text formats go to standard output.",
    )
    export.add_argument("ids", nargs="*", metavar="ID", help="conversation ids or unique prefixes")
    export.add_argument("--all", action="store_true", help="export every conversation")
    export.add_argument("-f", "--format", choices=FORMATS, help="default: from the -o file's extension")
    export.add_argument("-o", "--output", metavar="PATH", help="a file or a folder; '-' for standard output")
    export.set_defaults(handler=run_export)


def _register_import(sub) -> None:
    importer = sub.add_parser(
        "import",
        help="import a Hearth JSON export or a ChatGPT conversations.json (or its .zip)",
        description="The format is detected from the content. Nothing is imported unless the whole file "
        "is readable. A conversation already stored unchanged is skipped; one whose ids are "
        "taken by different content is imported as a copy with new ids.",
    )
    importer.add_argument("path", type=Path)
    importer.set_defaults(handler=run_import)


def _when(stamp: float) -> str:
    return datetime.datetime.fromtimestamp(stamp).strftime("%Y-%m-%d %H:%M")


def run_list(args, ctx) -> int:
    rows = ctx.storage.list_conversations(limit=args.limit)
    if not rows:
        print("No conversations yet.")
    for row in rows:
        pin = "*" if row.pinned else " "
        origin = "API" if row.source == SOURCE_API else "   "  # kept by the API server ("Keep API conversations")
        print(
            f"{row.id[:8]} {pin} {origin} {_when(row.updated_at)}  {row.message_count:4d} msgs  {safe_line(row.title)}"
        )
    if any(row.source == SOURCE_API for row in rows):
        print("API: kept by the API server (Keep API conversations in history)")
    return 0


def run_show(args, ctx) -> int:
    conversation = ctx.storage.find_conversation(args.id)
    print(f"# {safe_line(conversation.title)}  ({conversation.id})")
    for message in ctx.storage.active_path(conversation.id):
        marker = "" if message.status is MessageStatus.DONE else f" [{message.status.value}]"
        emit(f"\n## {message.role.value}{marker}\n{message.content}")
        print_documents(ctx.storage.connection, message)  # "Attached:" and "Sources:" lines
    return 0


def run_search(args, ctx) -> int:
    hits = ctx.storage.search(require_utf8(" ".join(args.query), "the search"), limit=args.limit)
    if not hits:
        print("No matches.")
    for hit in hits:
        snippet = safe_line(hit.snippet.replace("\x02", "[").replace("\x03", "]"))
        print(f"{hit.conversation_id[:8]} {hit.role.value:9s} {safe_line(hit.conversation_title)}: {snippet}")
    return 0


def run_rm(args, ctx) -> int:
    from ..core.history.deletion import delete_conversations

    conversations = [ctx.storage.find_conversation(require_utf8(ident, "the id")) for ident in args.ids]
    check_destructive_targets(args.ids, [c.id for c in conversations], args.yes, "conversation")
    unique = list({c.id: c for c in conversations}.values())
    # The window's policy too: rows, saved KV states (no engine runs here), the search index's old pages.
    delete_conversations(ctx.storage, [c.id for c in unique], ctx.kv_cache.remove_conversation)
    for conversation in unique:
        print(f"deleted {conversation.id[:8]} {safe_line(conversation.title)}")
    _mention_backups(ctx)
    return 0


def _mention_backups(ctx) -> None:
    """Copies Hearth kept of the database (of a damaged file) still hold what was just deleted."""
    from ..core.history.db_repair import iter_backups

    for backup in iter_backups(ctx.paths.database_path):
        print(f"note: the backup {backup} still holds older copies of your chats; delete it if you no longer need it")


def run_export(args, ctx) -> int:
    from ..core.history import export

    if args.all == bool(args.ids):
        raise CliError("give conversation ids or --all (not both)")
    fmt = args.format or _format_from_suffix(args.output)
    ids = None if args.all else [ctx.storage.find_conversation(ident).id for ident in args.ids]
    if args.output in (None, "-"):
        if fmt == "pdf":
            raise CliError("a PDF needs a file: add -o PATH")
        try:
            sys.stdout.write(export.render(export.load_many(ctx.storage, ids), fmt))
        except export.ExportError as exc:
            raise CliError(str(exc)) from None
        return 0
    pdf_writer = None
    if fmt == "pdf":
        from ..ui.pdf_export import export_pdf as pdf_writer
    try:
        written = export.write_export(ctx.storage, ids, fmt, args.output, pdf_writer=pdf_writer)
    except export.ExportError as exc:
        raise CliError(str(exc)) from None
    for path in written:
        print(f"wrote {path}")
    return 0


def _format_from_suffix(output: str | None) -> str:
    from ..core.history.export import EXTENSIONS

    suffix = Path(output).suffix.lower() if output not in (None, "-") else ""
    by_suffix = {ext: fmt for fmt, ext in EXTENSIONS.items()} | {".markdown": "md", ".htm": "html", ".text": "txt"}
    if suffix in by_suffix:
        return by_suffix[suffix]
    raise CliError("say which format with --format md|json|html|txt|pdf")


def run_import(args, ctx) -> int:
    from ..core.history.importers import ImportFormatError, import_file

    try:
        result = import_file(ctx.storage, args.path)
    except ImportFormatError as exc:
        raise CliError(f"cannot import {exc}; nothing was imported") from None
    print(result.summary())
    for old, new in result.copied.items():
        print(f"  {old[:8]} was already taken: imported as {new[:8]}")
    return 0
