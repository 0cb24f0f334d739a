"""Saved llama.cpp KV states on disk, so reopening a long conversation skips its prefill.

Prefilling a 3,000-token history takes tens of seconds on a laptop CPU; reading back the KV state
llama.cpp computed for it takes a fraction of that. One file per saved state lives in
``AppPaths.kv_cache_dir``, in the format of :mod:`kv_file`.

The header names the model (sha256), a fingerprint of every setting that changes the KV layout
(context length, KV types, flash attention, llama.cpp version...), hashes of the exact token prefix
and of the prompt text it spells, and a CRC of the blob. Only the tokens and the KV blob are
stored: never llama-cpp-python's ``save_state()`` logits array (hundreds of MB for Gemma's vocabulary),
and never the conversation text itself (only its hash, for matching).

The file name is derived from (model, fingerprint, tokens), so one prefix is stored once. A file's
mtime is its last use; above the size limit the least recently used files go first. A file that
cannot be read or fails its checksum is logged and deleted: the cache is an optimisation and must
never stop a conversation. Callers are expected to use it from the inference thread; a lock makes
the occasional call from another thread (deleting a conversation) safe.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from .kv_file import (  # noqa: F401 (KVState, tokens_digest: re-exported for kv_states and the tests)
    SUFFIX,
    CorruptEntry,
    KVEntry,
    KVState,
    encode_state,
    parse_entry,
    read_state,
    tokens_as_bytes,
    tokens_digest,
)

log = logging.getLogger(__name__)

_STALE_TMP_SECONDS = 3600


class KVCache:
    """A size-capped directory of saved KV states (see the module docstring)."""

    def __init__(self, directory: Path, limit_mb: int = 2048):
        self.directory = Path(directory)
        self.limit_bytes = max(0, int(limit_mb)) * 1024 * 1024
        self._lock = threading.RLock()

    @property
    def enabled(self) -> bool:
        return self.limit_bytes > 0

    # ------------------------------------------------------------ reading
    def entries(self) -> list[KVEntry]:
        """Every readable entry; unreadable files are logged and removed."""
        with self._lock:
            if not self.directory.is_dir():
                return []
            found = []
            for path in self.directory.iterdir():
                if path.name.endswith(".tmp"):
                    self._remove_stale_tmp(path)
                    continue
                if path.suffix != SUFFIX:
                    continue
                entry = self._read_entry(path)
                if entry is not None:
                    found.append(entry)
            return found

    def total_bytes(self) -> int:
        return sum(e.file_size for e in self.entries())

    def find(
        self, *, model_sha256: str, fingerprint: str, text: str | None = None, tokens: Sequence[int] | None = None
    ) -> KVEntry | None:
        """The longest saved state the prompt extends (by text or by exact tokens), if any.

        Only states of the same model and settings fingerprint are considered: a state computed
        under other settings would restore into a context that means something else.
        """
        if not self.enabled or not model_sha256:
            return None
        token_bytes = tokens_as_bytes(tokens) if tokens is not None else None
        best: KVEntry | None = None
        for entry in self.entries():
            if not entry.matches(model_sha256, fingerprint):
                continue
            if best is not None and entry.n_tokens <= best.n_tokens:
                continue
            if entry.prefix_of_text(text) or entry.prefix_of_tokens(token_bytes):
                best = entry
        return best

    def load(self, entry: KVEntry) -> KVState | None:
        """Read and verify ``entry``; None (with a log line, the file removed) when it is unusable."""
        with self._lock:
            try:
                state = read_state(entry)
            except FileNotFoundError:
                return None
            except (OSError, CorruptEntry, ValueError) as exc:
                self._discard(entry.path, exc)
                return None
            self._touch(entry.path)
            return state

    # ------------------------------------------------------------ writing
    def put(
        self,
        *,
        model_sha256: str,
        fingerprint: str,
        tokens: Sequence[int],
        blob: bytes | bytearray | memoryview,
        text: str | None = None,
        conversation_id: str | None = None,
    ) -> KVEntry | None:
        """Save a state; returns its entry, or None when caching is off or the state is too big."""
        if not self.enabled or not model_sha256 or not tokens:
            return None
        text_sha256, parts = encode_state(
            model_sha256=model_sha256,
            fingerprint=fingerprint,
            tokens=tokens,
            blob=blob,
            text=text,
            conversation_id=conversation_id,
        )
        size = sum(len(part) for part in parts)
        if size > self.limit_bytes:
            log.info(
                "KV state of %d tokens (%.1f MB) is larger than the %d MB cache limit; not saved",
                len(tokens),
                size / 1e6,
                self.limit_bytes // (1024 * 1024),
            )
            return None
        path = self.directory / (self._key(model_sha256, fingerprint, tokens_as_bytes(tokens)) + SUFFIX)
        with self._lock:
            self._drop_other_settings(model_sha256, fingerprint)
            existing = self._read_entry(path) if path.exists() else None
            if existing is not None and text_sha256 in (None, existing.text_sha256):
                self._touch(path)  # the same prefix is already saved
            else:
                self._write(path, parts)
            self.evict()
            return self._read_entry(path) if path.exists() else None

    def evict(self) -> int:
        """Delete least recently used entries until the cache fits its limit. Returns how many."""
        with self._lock:
            entries = sorted(self.entries(), key=lambda e: e.last_used)
            total = sum(e.file_size for e in entries)
            removed = 0
            for entry in entries:
                if total <= self.limit_bytes:
                    break
                self._unlink(entry.path)
                total -= entry.file_size
                removed += 1
            if removed:
                log.info("evicted %d saved KV state(s) to stay under %d MB", removed, self.limit_bytes // (1024 * 1024))
            return removed

    def invalidate(self, model_sha256: str | None = None) -> int:
        """Forget every state of one model (all states when None): the model was deleted or replaced."""
        return self._remove(e for e in self.entries() if model_sha256 is None or e.model_sha256 == model_sha256)

    def remove_conversation(self, conversation_id: str) -> int:
        """Forget the states saved for a conversation the user deleted, or deleted messages from
        (they encode its text). States saved with no conversation id go too: they could hold
        anyone's text, and no later deletion could ever find them by id."""
        return self._remove(e for e in self.entries() if e.conversation_id in (conversation_id, None))

    def clear(self) -> int:
        return self.invalidate(None)

    # ------------------------------------------------------------ internals
    @staticmethod
    def _key(model_sha256: str, fingerprint: str, token_bytes: bytes) -> str:
        digest = hashlib.sha256()
        for part in (model_sha256.encode(), b"\0", fingerprint.encode(), b"\0", token_bytes):
            digest.update(part)
        return digest.hexdigest()[:40]

    def _drop_other_settings(self, model_sha256: str, fingerprint: str) -> None:
        """States of this model under other settings can never be restored again: the settings
        changed (context length, KV type, llama.cpp version), so they only waste the space."""
        stale = [e for e in self.entries() if e.model_sha256 == model_sha256 and e.fingerprint != fingerprint]
        if stale:
            log.info("removing %d saved KV state(s) made with other settings", len(stale))
            self._remove(stale)

    def _remove(self, entries: Iterable[KVEntry]) -> int:
        with self._lock:
            count = 0
            for entry in list(entries):
                count += self._unlink(entry.path)
            return count

    def _write(self, path: Path, parts: list) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        try:
            with open(tmp, "wb") as handle:
                for part in parts:
                    handle.write(part)
            # No fsync: a torn file after a power cut fails its size or CRC check and is dropped.
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def _read_entry(self, path: Path) -> KVEntry | None:
        try:
            return parse_entry(path)
        except FileNotFoundError:
            return None
        except (OSError, CorruptEntry, ValueError) as exc:
            self._discard(path, exc)
            return None

    def _discard(self, path: Path, reason: Exception) -> None:
        log.warning("ignoring unusable KV cache file %s (%s); deleting it", path.name, reason)
        self._unlink(path)

    @staticmethod
    def _unlink(path: Path) -> int:
        try:
            path.unlink()
            return 1
        except FileNotFoundError:
            return 0
        except OSError as exc:
            log.warning("could not delete KV cache file %s: %s", path, exc)
            return 0

    @staticmethod
    def _touch(path: Path) -> None:
        try:
            os.utime(path)
        except OSError:
            pass

    def _remove_stale_tmp(self, path: Path) -> None:
        """A .tmp left by a crash mid-write: delete it once it is clearly not being written."""
        try:
            if time.time() - path.stat().st_mtime > _STALE_TMP_SECONDS:
                path.unlink()
        except OSError:
            pass
