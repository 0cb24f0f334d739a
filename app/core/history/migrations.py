"""The history database's schema: numbered migrations, tracked by ``PRAGMA user_version``."""

from __future__ import annotations

import sqlite3

MIGRATIONS: list[str] = [
    # 1: conversations and a tree of messages, with a full-text index kept by triggers.
    """
    CREATE TABLE conversations (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        pinned INTEGER NOT NULL DEFAULT 0,
        system_prompt TEXT,
        settings_json TEXT NOT NULL DEFAULT '{}',
        current_leaf_id TEXT,
        model TEXT
    );
    CREATE TABLE messages (
        id TEXT PRIMARY KEY,
        conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        parent_id TEXT REFERENCES messages(id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        content TEXT NOT NULL,
        status TEXT NOT NULL,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        stats_json TEXT
    );
    CREATE INDEX messages_by_conversation ON messages(conversation_id, created_at);
    CREATE INDEX messages_by_parent ON messages(parent_id);
    CREATE INDEX messages_by_status ON messages(status);
    CREATE INDEX conversations_by_order ON conversations(pinned DESC, updated_at DESC);
    CREATE VIRTUAL TABLE messages_fts USING fts5(
        content, content='messages', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER messages_ai AFTER INSERT ON messages BEGIN
        INSERT INTO messages_fts(rowid, content) VALUES (new.rowid, new.content);
    END;
    CREATE TRIGGER messages_ad AFTER DELETE ON messages BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.rowid, old.content);
    END;
    CREATE TRIGGER messages_au AFTER UPDATE OF content ON messages BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, content) VALUES ('delete', old.rowid, old.content);
        INSERT INTO messages_fts(rowid, content) VALUES (new.rowid, new.content);
    END;
    """,
    # 2: named presets of sampling settings and system prompt.
    """
    CREATE TABLE presets (
        name TEXT PRIMARY KEY,
        system_prompt TEXT,
        settings_json TEXT NOT NULL DEFAULT '{}',
        created_at REAL NOT NULL
    );
    """,
    # 3: prefix indexes for 2- and 3-character prefixes: search-as-you-type queries such as "th*"
    # otherwise merge the lists of every word with that prefix (~100 ms on 500,000 messages).
    """
    DROP TABLE messages_fts;
    CREATE VIRTUAL TABLE messages_fts USING fts5(
        content, content='messages', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2',
        prefix='2 3'
    );
    INSERT INTO messages_fts(messages_fts) VALUES ('rebuild');
    """,
    # 4: a message can be pinned: the "drop oldest" overflow policy never leaves it out.
    """
    ALTER TABLE messages ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;
    """,
    # 5: who is streaming a reply (a token naming a live process's lock file, see writer_lock), so
    # a second Hearth process starting meanwhile does not mark that live reply interrupted.
    """
    ALTER TABLE messages ADD COLUMN writer TEXT;
    """,
    # 6: where a conversation came from: '' for the window and the CLI, 'api' for one the API server
    # kept ("Keep API conversations in history"); the sidebar shows those in their own group.
    """
    ALTER TABLE conversations ADD COLUMN source TEXT NOT NULL DEFAULT '';
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


def split_sql(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies (which contain ';') whole."""
    statements, current = [], []
    for line in script.strip().splitlines():
        current.append(line)
        joined = "\n".join(current).strip()
        if joined.endswith(";") and sqlite3.complete_statement(joined):
            statements.append(joined)
            current = []
    if "".join(current).strip():
        statements.append("\n".join(current))
    return statements
