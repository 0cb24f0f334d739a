"""Shared pieces every domain uses: paths, settings, logs, files, hashing, machine facts, secrets, the schema checker."""
