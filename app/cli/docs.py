"""``hearth docs``: the documents stored for chats; and the attachments of ``hearth chat --attach``.

Attachments are read and extracted completely before anything is stored, so a bad file (encrypted
PDF, binary, too big, a FIFO) ends the command with one line and leaves nothing behind.
"""

from __future__ import annotations

from ..core.documents import store
from ..core.documents.extract import DocumentError, ExtractedDocument, extract_file
from . import CliError, require_utf8
from .terminal import safe_line


def extract_attachments(paths: list[str], no_save: bool = False) -> list[ExtractedDocument]:
    if paths and no_save:
        raise CliError("--attach needs a saved chat (the document is stored with it); leave out --no-save")
    documents = []
    for path in paths:
        require_utf8(path, "the file name")
        try:
            documents.append(extract_file(path))
        except DocumentError as exc:
            raise CliError(f"cannot attach: {exc}") from None
    return documents


def register(commands) -> None:
    parser = commands.add_parser("docs", help="documents attached to chats")
    sub = parser.add_subparsers(dest="docs_command", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="list the stored documents and how many messages use each")
    listing.set_defaults(handler=run_list)


def size_text(size: int) -> str:
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} B"


def describe(info: store.DocumentInfo) -> str:
    pages = f"{info.pages} pages, " if info.pages else ""
    return f"{pages}{size_text(info.size)}, {info.chunks} chunks"


def run_list(args, ctx) -> int:
    db = ctx.storage.connection
    if not store.has_schema(db):
        print("No documents yet.")
        return 0
    rows = db.execute("SELECT d.id, (SELECT COUNT(*) FROM attachments a WHERE a.document_id = d.id)"
                      " FROM documents d ORDER BY d.created_at").fetchall()
    if not rows:
        print("No documents yet.")
    for document_id, uses in rows:
        info = store.get_document(db, document_id)
        print(f"{info.id[:12]} {safe_line(info.name)} ({describe(info)}) · attached {uses}×")
    return 0


SOURCE_LINE_CHARS = 160


def print_documents(db, message) -> None:
    """Under a message in ``hearth history show``: its attachments, or the sources its reply was given."""
    attachments = store.attachments_of(db, [message.id])
    if attachments:
        print("Attached:")
        for attachment in attachments:
            print(f"  {safe_line(attachment.name)} ({describe(attachment.document)})")
    sources = store.sources_of(db, message.id)
    if sources:
        print("Sources:")
        for source in sources:
            where = source.location()
            excerpt = safe_line(source.excerpt)
            if len(excerpt) > SOURCE_LINE_CHARS:
                excerpt = excerpt[:SOURCE_LINE_CHARS] + "…"
            print(f"  [{source.position}] {safe_line(source.name)}{', ' + safe_line(where) if where else ''}"
                  f" ({source.mode}): {excerpt}")
