"""What a model load decides before and after llama.cpp reads the file: the header check, the context
length (the clamp to what the model was trained for), the memory check, the generation threads
(measured once per machine and model) and the fingerprint saved KV states must match."""

from __future__ import annotations

import hashlib
import json
import logging
import time
from pathlib import Path

from ..base.system import available_memory_bytes, format_bytes
from ..models.gguf_info import GGUFError, GGUFInfo, estimate_memory_bytes, read_gguf_info
from .cpu_threads import ThreadChoice
from .engine_api import ModelLoadError
from .llama_runtime import llama_cpp, llama_cpp_version
from .thread_tuning import ThreadTuner

log = logging.getLogger(__name__)


# ------------------------------------------------------------------ helpers
def file_key(path: Path) -> str:
    """Identifies a model file when its sha256 is not known yet."""
    try:
        stat = path.stat()
    except OSError:
        return path.name
    return f"{path.name}:{stat.st_size}:{int(stat.st_mtime)}"


# Longest a single decode may take for the tune to run at all: slower models keep the default
# rather than make every first load several seconds longer.
_TUNE_MAX_SECONDS_PER_TOKEN = 0.25


def tune_threads(llm, choice: ThreadChoice, tuner: ThreadTuner, model_key: str) -> ThreadChoice:
    """Measure a few single-token decodes per candidate count (well under 2 s for a small model)
    and leave the context empty, with the chosen counts set."""
    prompt = llm.tokenize(b"The quick brown fox jumps over the lazy dog and runs far away.", add_bos=True)

    def seconds_per_token(threads: int, steps: int) -> float:
        llama_cpp.llama_set_n_threads(llm.ctx, threads, choice.batch)
        llama_cpp.llama_memory_clear(llama_cpp.llama_get_memory(llm.ctx), True)
        llm.reset()
        llm.eval(prompt[:4])
        start = time.perf_counter()
        for token in prompt[4 : 4 + steps]:
            llm.eval([token])
        return (time.perf_counter() - start) / steps

    try:
        first = seconds_per_token(choice.generation, 1)
        steps = max(1, min(8, int(0.1 / max(first, 1e-4))))
        if first <= _TUNE_MAX_SECONDS_PER_TOKEN:
            choice = tuner.tune(choice, model_key, lambda n: seconds_per_token(n, steps))
    except Exception as exc:  # a failed tune never fails the load: the physical-core default stays
        log.warning("thread auto-tune skipped: %s", exc)
    finally:
        llama_cpp.llama_set_n_threads(llm.ctx, choice.generation, choice.batch)
        llama_cpp.llama_memory_clear(llama_cpp.llama_get_memory(llm.ctx), True)
        llm.reset()
    return choice


def kv_fingerprint_of(llm) -> str:
    """A short hash of everything that decides what a saved KV state means and how it is laid
    out. The model itself is matched separately by its sha256."""
    params = llm.context_params
    parts = {"llama_cpp": llama_cpp_version(), "n_ctx": llm.n_ctx()}
    for name in ("type_k", "type_v", "flash_attn_type", "swa_full", "n_seq_max", "kv_unified", "n_rs_seq"):
        value = getattr(params, name, None)
        parts[name] = value if value is None or isinstance(value, (bool, int)) else int(value)
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:16]


def check_model_file(path: Path) -> GGUFInfo:
    if not path.exists():
        raise ModelLoadError(f"model file not found: {path}")
    try:
        info = read_gguf_info(path)
    except GGUFError as exc:  # its message names the file and the reason
        raise ModelLoadError(str(exc)) from exc
    if info.is_truncated:
        raise ModelLoadError(
            f"{path.name} is incomplete: {format_bytes(info.file_size)} of {format_bytes(info.expected_size)} "
            "(an interrupted download?); download or import it again"
        )
    return info


def choose_context(requested: int, trained: int | None) -> int:
    if requested <= 0:
        return trained or 4096
    return min(requested, trained) if trained else requested


def memory_warnings(info: GGUFInfo, n_ctx: int, refuse: bool = True) -> list[str]:
    """Refuse a model that cannot fit in free memory (before llama.cpp tries and the OS starts
    swapping or kills the app); warn when it is tight."""
    need = estimate_memory_bytes(info, n_ctx)
    available = available_memory_bytes()
    if refuse and available is not None and need > available:
        raise ModelLoadError(
            f"{info.path.name} needs about {format_bytes(need)} at a {n_ctx}-token context, but only "
            f"{format_bytes(available)} of memory is free; choose a smaller quantization or context"
        )
    if available is not None and need > 0.8 * available:
        return [f"{info.path.name} needs about {format_bytes(need)}; only {format_bytes(available)} is free"]
    return []
