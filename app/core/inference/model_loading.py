"""What a model load decides before and after llama.cpp reads the file: the header check, the memory
check (the one estimate of :mod:`..models.memory`, at the context of :mod:`..models.context_window`),
the construction of the ``Llama`` with its GPU fallback, the generation threads (measured once per
machine and model) and the fingerprint saved KV states must match."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import logging
import time
from pathlib import Path

from ..base.system import available_memory_bytes, format_bytes
from ..models.gguf_info import GGUFError, GGUFInfo, read_gguf_info
from ..models.memory import DEFAULT_UBATCH, estimate_for_file
from .cpu_threads import ThreadChoice
from .engine_api import LoadOptions, ModelLoadError
from .llama_runtime import llama_cpp, llama_cpp_version, llama_log
from .load_report import load_failure_reason
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


def require_trial(path: Path, trial_cache: Path | None, model_sha256: str) -> None:
    """Refuse a file that crashed llama.cpp in a trial load (a child process): loading it in this
    process would abort the whole app. Each file is tried once; see :mod:`..models.trial_load`.
    ``trial_cache``: where verdicts are remembered (None: the profile's library folder)."""
    from ..models.trial_load import default_trial_cache, ensure_trial

    verdict = ensure_trial(path, trial_cache or default_trial_cache(), model_sha256 or None)
    if not verdict.usable:
        raise ModelLoadError(f"{path.name} cannot be used: {verdict.reason}")


REINSTALL_HINT = (
    'reinstall llama-cpp-python with GPU support, e.g. CMAKE_ARGS="-DGGML_CUDA=on" pip install '
    "--force-reinstall --no-cache-dir llama-cpp-python (or -DGGML_VULKAN=on, -DGGML_HIP=on; "
    "-DGGML_METAL=on on a Mac)"
)


def offload_warnings(requested_layers: int, offload_supported: bool) -> list[str]:
    """Say so when GPU layers were asked for by number and this build cannot offload. -1 is
    "auto": all layers when the build can, else the CPU without a word."""
    if requested_layers > 0 and not offload_supported:
        return [
            "GPU offload was requested, but this llama-cpp-python build has none; running on the CPU. "
            f"To use the GPU, {REINSTALL_HINT}."
        ]
    return []


def memory_warnings(info: GGUFInfo, n_ctx: int, refuse: bool = True) -> list[str]:
    """Refuse a model that cannot fit in free memory (before llama.cpp tries and the OS starts
    swapping or kills the app); warn when it is tight."""
    estimate = estimate_for_file(info, n_ctx, N_UBATCH)
    need, available = estimate.total, available_memory_bytes()
    if refuse and available is not None and need > available:
        raise ModelLoadError(
            f"{info.path.name} needs about {format_bytes(need)} at a {estimate.context_length}-token context, "
            f"but only {format_bytes(available)} of memory is free; choose a smaller quantization or context"
        )
    if available is not None and need > 0.8 * available:
        return [f"{info.path.name} needs about {format_bytes(need)}; only {format_bytes(available)} is free"]
    return []


# ------------------------------------------------------------------ construction
# Prompt processing, measured (bench/RESULTS.md, "Threads, prompt speed and start-up"): flash
# attention on the CPU too, and 2,048-token batches (fewer llama_decode calls) in 512-token
# micro-batches (a larger n_ubatch was faster still, but the compute buffer grows with it: the
# memory estimate counts n_ubatch x vocabulary x 4 bytes, 2 GiB at 2,048 for Gemma).
N_BATCH = 2048
N_UBATCH = DEFAULT_UBATCH


def load_with_fallback(
    path: Path, n_ctx: int, layers: int, options: LoadOptions, warnings: list[str], threads: ThreadChoice
):
    """(the ``Llama``, the GPU layers it got): the requested layers, then half, then the CPU,
    with a warning for each attempt that failed."""
    attempts = [layers] if layers == 0 else [layers, max(1, (_layers_hint(path) or 2) // 2), 0]
    last_error: Exception | None = None
    for attempt in dict.fromkeys(attempts):
        try:
            return _construct(path, n_ctx, attempt, options, threads), attempt
        except (ValueError, RuntimeError, OSError) as exc:
            last_error = exc
            if attempt != 0:
                warnings.append(
                    f"loading with {attempt if attempt >= 0 else 'all'} GPU layers failed ({exc}); retrying with fewer"
                )
    raise ModelLoadError(load_failure_reason(path, last_error)) from last_error


def _layers_hint(path: Path) -> int | None:
    try:
        return read_gguf_info(path).block_count
    except GGUFError:
        return None


def _construct(path: Path, n_ctx: int, layers: int, options: LoadOptions, threads: ThreadChoice):
    kwargs = dict(
        model_path=str(path),
        n_ctx=n_ctx,
        n_gpu_layers=layers,
        verbose=True,
        n_threads=threads.generation,
        n_threads_batch=threads.batch,
        n_batch=N_BATCH,
        n_ubatch=N_UBATCH,
        flash_attn=True,
    )
    kwargs.update(options.extra)
    captured = io.StringIO()
    # verbose=True keeps llama-cpp-python from dup2-ing the whole process's stdout/stderr to
    # /dev/null; its few Python prints during load are captured here and logged instead.
    with contextlib.redirect_stderr(captured):
        llm = llama_cpp.Llama(**kwargs)
    llm.verbose = False  # no per-call prints to stderr; llama.cpp's own log goes through the router
    for line in captured.getvalue().splitlines():
        if line.strip():
            llama_log.debug("%s", line[:2000])
    return llm
