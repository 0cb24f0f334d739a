"""``hearth history``: list, show, search and delete stored conversations."""

from __future__ import annotations

import datetime

from ..core.conversation import MessageStatus


def register(commands) -> None:
    parser = commands.add_parser("history", help="stored conversations")
    sub = parser.add_subparsers(dest="history_command", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="list conversations, newest first")
    listing.add_argument("--limit", type=int, default=50)
    listing.set_defaults(handler=run_list)
    show = sub.add_parser("show", help="print a conversation (the branch on screen)")
    show.add_argument("id", help="conversation id or unique prefix")
    show.set_defaults(handler=run_show)
    search = sub.add_parser("search", help="full-text search in every conversation")
    search.add_argument("query", nargs="+")
    search.add_argument("--limit", type=int, default=20)
    search.set_defaults(handler=run_search)
    remove = sub.add_parser("rm", help="delete conversations for good")
    remove.add_argument("ids", nargs="+")
    remove.set_defaults(handler=run_rm)
    extend = globals().get("_extend")
    if extend:
        extend(sub)


def _when(stamp: float) -> str:
    return datetime.datetime.fromtimestamp(stamp).strftime("%Y-%m-%d %H:%M")


def run_list(args, ctx) -> int:
    rows = ctx.storage.list_conversations(limit=args.limit)
    if not rows:
        print("No conversations yet.")
    for row in rows:
        pin = "*" if row.pinned else " "
        print(f"{row.id[:8]} {pin} {_when(row.updated_at)}  {row.message_count:4d} msgs  {row.title}")
    return 0


def run_show(args, ctx) -> int:
    conversation = ctx.storage.find_conversation(args.id)
    print(f"# {conversation.title}  ({conversation.id})")
    for message in ctx.storage.active_path(conversation.id):
        marker = "" if message.status is MessageStatus.DONE else f" [{message.status.value}]"
        print(f"\n## {message.role.value}{marker}\n{message.content}")
    return 0


def run_search(args, ctx) -> int:
    hits = ctx.storage.search(" ".join(args.query), limit=args.limit)
    if not hits:
        print("No matches.")
    for hit in hits:
        snippet = hit.snippet.replace("\x02", "[").replace("\x03", "]").replace("\n", " ")
        print(f"{hit.conversation_id[:8]} {hit.role.value:9s} {hit.conversation_title}: {snippet}")
    return 0


def run_rm(args, ctx) -> int:
    for ident in args.ids:
        conversation = ctx.storage.find_conversation(ident)
        ctx.storage.delete_conversation(conversation.id)
        print(f"deleted {conversation.id[:8]} {conversation.title}")
    return 0
