"""Documents a chat is about: extraction, chunking, storage with full-text search, and the
context a turn sends with them (whole or retrieved excerpts, each marked with its source)."""
