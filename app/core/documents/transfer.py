"""Attachments in Hearth's JSON export, and back on import.

A conversation's export carries a ``documents`` object: the documents its messages carry (name,
kind, size, pages, and the text as its chunks, so retrieval works at once after an import), which
message carries which, and each reply's sources. On import the documents are stored once (by their
sha256 id; one already stored is reused as it is) and linked to the imported messages, under their
new ids when the importer had to copy the conversation. The section is checked by
:data:`DOCUMENTS_SPEC` with the rest of the file, so a hostile file is refused before anything is
written.
"""

from __future__ import annotations

import sqlite3
import time
from typing import Any

from ..base.schema import Array, Nullable, Number, Object, Text
from . import store

_ID = Text(nonempty=True, max_length=200)
_SHA = Text(nonempty=True, max_length=64)
_COUNT = Number(0, 2**53, integer=True)
_PAGE = Nullable(Number(1, 1_000_000, integer=True))
DOCUMENTS_SPEC = Object(
    {
        "files": Array(
            Object(
                {
                    "sha256": _SHA,
                    "name": Text(max_length=1000),
                    "kind": Text(max_length=20),
                    "size": _COUNT,
                    "pages": _PAGE,
                    "chunks": Array(
                        Object(
                            {"position": _COUNT, "page": _PAGE, "heading": Nullable(Text()), "content": Text()},
                            required=("position", "content"),
                        )
                    ),
                },
                required=("sha256", "name", "kind", "size", "chunks"),
            )
        ),
        "attachments": Array(
            Object(
                {"message_id": _ID, "sha256": _SHA, "name": Text(max_length=1000), "position": _COUNT},
                required=("message_id", "sha256", "name", "position"),
            )
        ),
        "sources": Array(
            Object(
                {
                    "message_id": _ID,
                    "position": _COUNT,
                    "sha256": _SHA,
                    "name": Text(max_length=1000),
                    "page": _PAGE,
                    "heading": Nullable(Text()),
                    "mode": Text(max_length=20),
                    "excerpt": Text(),
                    "method": Text(),
                },
                required=("message_id", "position", "sha256", "name", "mode", "excerpt"),
            )
        ),
    },
    required=("files", "attachments", "sources"),
)


def export_section(db: sqlite3.Connection, message_ids: list[str]) -> dict[str, Any] | None:
    """The ``documents`` object for these messages, or None when they carry none."""
    if not message_ids or not store.has_schema(db):
        return None
    marks = ",".join("?" * len(message_ids))
    attachments = db.execute(
        f"SELECT message_id, document_id, name, position FROM attachments"
        f" WHERE message_id IN ({marks}) ORDER BY message_id, position",
        message_ids,
    ).fetchall()
    sources = db.execute(
        f"SELECT message_id, position, document_id, name, page, heading, mode, excerpt, method"
        f" FROM reply_sources WHERE message_id IN ({marks}) ORDER BY message_id, position",
        message_ids,
    ).fetchall()
    if not attachments and not sources:
        return None
    files = []
    for document_id in dict.fromkeys(row[1] for row in attachments):
        info = store.get_document(db, document_id)
        chunks = [
            {"position": c.position, "page": c.page, "heading": c.heading, "content": c.text}
            for c in store.document_chunks(db, document_id)
        ]
        files.append(
            {
                "sha256": info.id,
                "name": info.name,
                "kind": info.kind,
                "size": info.size,
                "pages": info.pages,
                "chunks": chunks,
            }
        )
    return {
        "files": files,
        "attachments": [{"message_id": m, "sha256": d, "name": n, "position": p} for m, d, n, p in attachments],
        "sources": [
            {
                "message_id": r[0],
                "position": r[1],
                "sha256": r[2],
                "name": r[3],
                "page": r[4],
                "heading": r[5],
                "mode": r[6],
                "excerpt": r[7],
                "method": r[8],
            }
            for r in sources
        ],
    }


def renamed(section: dict[str, Any] | None, old_messages, new_messages) -> dict[str, Any] | None:
    """The section for a conversation the importer copied under new message ids (same order)."""
    if not section:
        return section
    mapping = {old.id: new.id for old, new in zip(old_messages, new_messages, strict=True)}

    def moved(entries):
        return [
            {**entry, "message_id": mapping[entry["message_id"]]} for entry in entries if entry["message_id"] in mapping
        ]

    return {**section, "attachments": moved(section["attachments"]), "sources": moved(section["sources"])}


def restore(db: sqlite3.Connection, section: dict[str, Any] | None, message_ids: set[str]) -> None:
    """Store an imported ``documents`` object for the conversation just inserted, whose messages
    are ``message_ids``. Call inside the import's transaction."""
    if not section:
        return
    linked = [a for a in section["attachments"] if a["message_id"] in message_ids]
    wanted = {a["sha256"] for a in linked}  # a file no imported message carries would never be deleted
    for file in section["files"]:
        if file["sha256"] not in wanted or store.get_document(db, file["sha256"]) is not None:
            continue
        text_chars = sum(len(chunk["content"]) for chunk in file["chunks"])
        db.execute(
            "INSERT INTO documents (id, name, kind, size, pages, text_chars, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (file["sha256"], file["name"], file["kind"], file["size"], file.get("pages"), text_chars, time.time()),
        )
        db.executemany(
            "INSERT INTO document_chunks (document_id, position, page, heading, content) VALUES (?, ?, ?, ?, ?)",
            [(file["sha256"], c["position"], c.get("page"), c.get("heading"), c["content"]) for c in file["chunks"]],
        )
    db.executemany(
        "INSERT OR IGNORE INTO attachments (message_id, document_id, name, position) VALUES (?, ?, ?, ?)",
        [
            (a["message_id"], a["sha256"], a["name"], a["position"])
            for a in linked
            if store.get_document(db, a["sha256"]) is not None
        ],
    )
    db.executemany(
        "INSERT OR REPLACE INTO reply_sources (message_id, position, document_id, name, page, heading, mode,"
        " excerpt, method) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                s["message_id"],
                s["position"],
                s["sha256"],
                s["name"],
                s.get("page"),
                s.get("heading"),
                s["mode"],
                s["excerpt"],
                s.get("method", ""),
            )
            for s in section["sources"]
            if s["message_id"] in message_ids
        ],
    )


def caption_parts(section: dict[str, Any] | None, message_id: str) -> list[str]:
    """What the Markdown, text, HTML and PDF exports say under a message: the documents it carries,
    or the sources a reply was given (plain text; each format escapes it)."""
    if not section:
        return []
    pages = {file["sha256"]: file.get("pages") for file in section["files"]}
    attached = [
        f"{a['name']}" + (f" ({pages[a['sha256']]} pages)" if pages.get(a["sha256"]) else "")
        for a in section["attachments"]
        if a["message_id"] == message_id
    ]
    cited = [
        f"[{s['position']}] {s['name']}" + (f", page {s['page']}" if s.get("page") else "") + f" ({s['mode']})"
        for s in section["sources"]
        if s["message_id"] == message_id
    ]
    return ([f"attached: {', '.join(attached)}"] if attached else []) + (
        [f"sources: {'; '.join(cited)}"] if cited else []
    )
