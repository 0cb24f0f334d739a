"""``hearth docs``: the documents stored for chats; and the attachments of ``hearth chat --attach``.

Attachments are read and extracted completely before anything is stored, so a bad file (encrypted
PDF, binary, too big, a FIFO) ends the command with one line and leaves nothing behind.
"""

from __future__ import annotations

import sys

from ..core.documents import collections, embeddings, store
from ..core.documents.collections import CollectionError
from ..core.documents.context import MODES
from ..core.documents.extract import DocumentError, ExtractedDocument, extract_file
from . import CliError, require_utf8
from .terminal import safe_line


def extract_attachments(paths: list[str], no_save: bool = False, ctx=None) -> list[ExtractedDocument]:
    """The documents of ``hearth chat --attach``, read completely; and the embedding model (when one
    was chosen with ``hearth docs embed``) activated for a chat that may retrieve."""
    if paths and no_save:
        raise CliError("--attach needs a saved chat (the document is stored with it); leave out --no-save")
    documents = []
    for path in paths:
        require_utf8(path, "the file name")
        try:
            documents.append(extract_file(path))
        except DocumentError as exc:
            raise CliError(f"cannot attach: {exc}") from None
    if ctx is not None and not no_save:
        _activate_embedding_model(ctx)
    return documents


def _activate_embedding_model(ctx) -> None:
    db = ctx.storage.connection
    chosen = store.get_setting(db, embeddings.SETTING)
    if chosen is None or not db.execute("SELECT 1 FROM document_chunks LIMIT 1").fetchone():
        return
    try:
        embeddings.activate(embeddings.LlamaEmbedder(chosen))
    except Exception as exc:  # noqa: BLE001 - a missing or broken model: say so, keywords still work
        print(
            f"hearth: the embedding model {chosen} cannot be loaded ({type(exc).__name__}); "
            "retrieving by keywords only",
            file=sys.stderr,
        )


def register(commands) -> None:
    parser = commands.add_parser("docs", help="documents for chats: collections, attachments, whole/retrieve")
    sub = parser.add_subparsers(dest="docs_command", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="list the collections and the stored documents")
    listing.set_defaults(handler=run_list)
    add = sub.add_parser("add", help="index a folder as a named collection")
    add.add_argument("name")
    add.add_argument("folder")
    add.set_defaults(handler=run_add)
    reindex = sub.add_parser("reindex", help="re-check a collection's folder for new, changed or deleted files")
    reindex.add_argument("name")
    reindex.set_defaults(handler=run_reindex)
    remove = sub.add_parser("rm", help="delete a collection (documents no chat uses go with it)")
    remove.add_argument("name")
    remove.set_defaults(handler=run_rm)
    use = sub.add_parser("use", help="let a chat retrieve from collections (none: stop)")
    use.add_argument("conversation", help="conversation id or unique prefix")
    use.add_argument("names", nargs="*", metavar="NAME")
    use.set_defaults(handler=run_use)
    embed = sub.add_parser("embed", help="choose an embedding model (a GGUF) and compute the vectors it needs")
    embed.add_argument("model", nargs="?", help="model name in the library or a path to a .gguf")
    embed.add_argument("--off", action="store_true", help="stop using an embedding model (keywords only)")
    embed.set_defaults(handler=run_embed)
    mode = sub.add_parser("mode", help="how a chat sends its attachments: auto, whole or retrieve")
    mode.add_argument("conversation", help="conversation id or unique prefix")
    mode.add_argument("mode", choices=MODES)
    mode.set_defaults(handler=run_mode)


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
    for collection in collections.list_all(db):
        print(
            f"collection {safe_line(collection.name)}: {collection.documents} documents, {collection.chunks} chunks"
            f" · {safe_line(collection.folder)}"
        )
    rows = db.execute(
        "SELECT d.id, (SELECT COUNT(*) FROM attachments a WHERE a.document_id = d.id)"
        " FROM documents d ORDER BY d.created_at"
    ).fetchall()
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
            how = f"{source.mode}, {source.method}" if source.method else source.mode
            print(
                f"  [{source.position}] {safe_line(source.name)}{', ' + safe_line(where) if where else ''}"
                f" ({how}): {excerpt}"
            )


def _collection_call(call, *args):
    try:
        return call(*args)
    except CollectionError as exc:
        raise CliError(str(exc)) from None


def _print_report(report) -> int:
    for failure in report.failures:
        print(f"  skipped {safe_line(failure)}")
    print(report.summary())
    return 0


def run_add(args, ctx) -> int:
    name = require_utf8(args.name, "the collection name")
    return _print_report(_collection_call(collections.add, ctx.storage, name, require_utf8(args.folder, "the folder")))


def run_reindex(args, ctx) -> int:
    return _print_report(_collection_call(collections.reindex, ctx.storage, require_utf8(args.name, "the name")))


def run_rm(args, ctx) -> int:
    _collection_call(collections.remove, ctx.storage, require_utf8(args.name, "the name"))
    print(f"deleted collection {safe_line(args.name)}")
    return 0


def _set_chat_setting(ctx, ident: str, key: str, value) -> object:
    conversation = ctx.storage.find_conversation(require_utf8(ident, "the id"))
    settings = {**conversation.settings, key: value}
    ctx.storage.set_conversation_settings(conversation.id, system_prompt=conversation.system_prompt, settings=settings)
    return conversation


def run_use(args, ctx) -> int:
    known = {c.name for c in collections.list_all(ctx.storage.connection)}
    missing = [name for name in args.names if name not in known]
    if missing:
        raise CliError(f"no collection named {missing[0]}")
    conversation = _set_chat_setting(ctx, args.conversation, "collections", list(dict.fromkeys(args.names)))
    used = ", ".join(args.names) or "no collection"
    print(f"{conversation.id[:8]} now retrieves from {safe_line(used)}")
    return 0


def run_mode(args, ctx) -> int:
    conversation = _set_chat_setting(ctx, args.conversation, "documents_mode", args.mode)
    print(f"{conversation.id[:8]} sends its documents: {args.mode}")
    return 0


def run_embed(args, ctx) -> int:
    storage = ctx.storage
    if args.off:
        with storage.transaction() as db:
            store.set_setting(db, embeddings.SETTING, None)
        print("retrieval uses keywords only now")
        return 0
    if not args.model:
        chosen = store.get_setting(storage.connection, embeddings.SETTING)
        print(f"embedding model: {chosen}" if chosen else "no embedding model: retrieval uses keywords only (BM25)")
        return 0
    from ..core.models.library import resolve_model

    model = resolve_model(ctx.library, require_utf8(args.model, "the model"), None)
    try:
        embedder = embeddings.LlamaEmbedder(model.path)
    except Exception as exc:  # noqa: BLE001 - llama.cpp says little: one line
        raise CliError(f"{model.name} cannot be loaded as an embedding model ({type(exc).__name__}: {exc})") from None
    with storage.transaction() as db:
        store.set_setting(db, embeddings.SETTING, str(model.path))
    total = storage.connection.execute("SELECT COUNT(*) FROM document_chunks").fetchone()[0]
    added = embeddings.embed_chunks(storage, embedder)
    print(f"embedding model: {model.name}; {added} new vectors ({total} chunks in all)")
    return 0
