"""Conversations: the SQLite store (message tree, FTS5, migrations), the turn life cycle, deletion policy, titles, export and import."""
