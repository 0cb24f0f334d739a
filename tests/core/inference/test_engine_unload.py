"""unload() never raises (a quit must not be blocked), but it says in the log what went wrong."""

from __future__ import annotations

import logging
from pathlib import Path

from app.core.inference.engine import LlamaCppEngine
from app.core.inference.kv_cache import KVCache


class _BrokenLlama:
    """Stands in for a ``Llama`` whose state cannot be read and which fails to close."""

    @property
    def n_tokens(self) -> int:
        raise RuntimeError("no context")

    def close(self) -> None:
        raise RuntimeError("llama_free failed")


def test_unload_logs_a_failed_save_and_a_failed_close(tmp_path: Path, caplog):
    engine = LlamaCppEngine(kv_cache=KVCache(tmp_path / "kv"))
    engine._llm = _BrokenLlama()
    with caplog.at_level(logging.ERROR, logger="app.core.inference.engine"):
        engine.unload()
    assert engine.llama is None and not engine.is_loaded
    assert "could not save the KV state while unloading" in caplog.text
    assert "llama.cpp did not close the model cleanly" in caplog.text and "RuntimeError" in caplog.text
