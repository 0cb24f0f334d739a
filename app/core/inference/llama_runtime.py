"""The llama.cpp runtime through llama-cpp-python's ctypes bindings: the only module that touches them.

* ``llama_cpp`` is imported on first use (:func:`load_llama_cpp`): the import costs ~150 ms (numpy,
  the shared library) that the window's start-up should not wait for. A broken install gives None
  and the reason (:func:`import_error`), reported when a model is loaded. Other modules use the
  lazy :data:`llama_cpp` proxy.
* llama.cpp's own log goes to Python logging through one :class:`LlamaLogRouter` (:data:`router`),
  which also keeps the recent lines a failed load is explained from.
* :class:`AbortSwitch` installs the abort callback that stops a prompt's evaluation within one
  step; :func:`read_sequence_state` / :func:`write_sequence_state` move a KV state in and out.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
from collections.abc import Callable, Iterator
from typing import Any

llama_log = logging.getLogger("hearth.llama_cpp")

_LEVELS = {0: logging.DEBUG, 1: logging.DEBUG, 2: logging.INFO, 3: logging.WARNING, 4: logging.ERROR}  # ggml_log_level
_module: Any = None
_import_error: Exception | None = None


def load_llama_cpp():
    """``llama_cpp``, imported once; None when the install cannot import it (see :func:`import_error`)."""
    global _module, _import_error
    if _module is None and _import_error is None:
        try:
            import llama_cpp as module
        except Exception as exc:  # pragma: no cover - depends on the install
            _import_error, module = exc, None
        _module = module
    return _module


def import_error() -> Exception | None:
    return _import_error


class _LazyModule:
    """``llama_cpp.name`` for code that runs only once a model is loaded (so the import worked)."""

    def __getattr__(self, name: str):
        return getattr(load_llama_cpp(), name)


llama_cpp = _LazyModule()


# ------------------------------------------------------------------ logging
class LlamaLogRouter:
    """Sends llama.cpp's log lines to Python logging and remembers the interesting ones."""

    def __init__(self) -> None:
        self._buffer = ""
        self._level = logging.INFO
        self.recent: list[str] = []
        self._callback = None
        self._captures: list[list[str]] = []

    @contextlib.contextmanager
    def capture(self) -> Iterator[list[str]]:
        """Collect every line logged inside the block (a model load logs over a thousand)."""
        lines: list[str] = []
        self._captures.append(lines)
        try:
            yield lines
        finally:
            self._captures.remove(lines)

    def install(self) -> None:
        if load_llama_cpp() is None or self._callback is not None:
            return

        @llama_cpp.llama_log_callback
        def callback(level: int, text: bytes, user_data: ctypes.c_void_p) -> None:
            self._receive(level, text)

        self._callback = callback  # keep a reference: ctypes does not
        llama_cpp.llama_log_set(callback, ctypes.c_void_p(0))

    def _receive(self, level: int, text: bytes) -> None:
        if level != 5:  # 5 continues the previous line at its level
            self._level = _LEVELS.get(level, logging.DEBUG)
        self._buffer += text.decode("utf-8", errors="replace")
        while "\n" in self._buffer:
            line, self._buffer = self._buffer.split("\n", 1)
            if line.strip():
                self.recent.append(line)
                del self.recent[:-400]
                for lines in self._captures:
                    lines.append(line)
                llama_log.log(self._level if self._level >= logging.WARNING else logging.DEBUG, "%s", line)


router = LlamaLogRouter()


def llama_cpp_version() -> str:
    return getattr(load_llama_cpp(), "__version__", "not installed")


def gpu_offload_supported() -> bool:
    if load_llama_cpp() is None:
        return False
    try:
        return bool(llama_cpp.llama_supports_gpu_offload())
    except Exception:  # noqa: BLE001 - very old builds lack the call
        return False


def system_info() -> str:
    if load_llama_cpp() is None:
        return f"llama-cpp-python unavailable: {_import_error}"
    return llama_cpp.llama_print_system_info().decode("utf-8", errors="replace").strip()


# ------------------------------------------------------------ the context
class AbortSwitch:
    """llama.cpp's abort callback for one engine: asked between steps of a prompt's evaluation."""

    def __init__(self) -> None:
        self._should_stop: Callable[[], bool] = lambda: False
        self._callback = None

    def arm(self, ctx, should_stop: Callable[[], bool]) -> None:
        self._should_stop = should_stop
        if self._callback is None:

            @llama_cpp.ggml_abort_callback
            def abort(_data) -> bool:
                return bool(self._should_stop())

            self._callback = abort  # keep a reference: llama.cpp holds only the pointer
        llama_cpp.llama_set_abort_callback(ctx, self._callback, None)

    @staticmethod
    def disarm(ctx) -> None:
        llama_cpp.llama_set_abort_callback(ctx, llama_cpp.ggml_abort_callback(0), None)


def reset_perf(ctx) -> None:
    with contextlib.suppress(Exception):
        # llama.cpp counts a decode when its results are first read: settle any earlier one
        # (an aborted prefill) so it is not counted in this turn's numbers.
        llama_cpp.llama_synchronize(ctx)
        llama_cpp.llama_perf_context_reset(ctx)


def perf(ctx):
    try:
        return llama_cpp.llama_perf_context(ctx)
    except Exception:  # noqa: BLE001 - older builds
        return None


def clear_memory(ctx) -> None:
    with contextlib.suppress(Exception):
        llama_cpp.llama_memory_clear(llama_cpp.llama_get_memory(ctx), True)


def drop_after(ctx, n_tokens: int) -> bool:
    """Remove every position from ``n_tokens`` on from the KV cache (all sequences)."""
    return bool(llama_cpp.llama_memory_seq_rm(llama_cpp.llama_get_memory(ctx), -1, n_tokens, -1))


def oldest_position(ctx) -> int:
    return llama_cpp.llama_memory_seq_pos_min(llama_cpp.llama_get_memory(ctx), 0)


def sliding_window(model) -> int:
    return llama_cpp.llama_model_n_swa(model)


def read_sequence_state(ctx) -> memoryview | None:
    """The KV state of sequence 0 as bytes (None: llama.cpp gave nothing)."""
    size = llama_cpp.llama_state_seq_get_size(ctx, 0)
    blob = bytearray(size)
    written = llama_cpp.llama_state_seq_get_data(ctx, (ctypes.c_uint8 * size).from_buffer(blob), size, 0)
    return memoryview(blob)[:written] if written else None


def write_sequence_state(ctx, blob: bytearray) -> bool:
    """Load a saved state into sequence 0; False when llama.cpp refuses it."""
    return bool(llama_cpp.llama_state_seq_set_data(ctx, (ctypes.c_uint8 * len(blob)).from_buffer(blob), len(blob), 0))
