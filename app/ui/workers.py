"""The inference worker and its owner.

:class:`InferenceWorker` lives in its own ``QThread`` and owns the engine (one ``Llama``). The GUI
talks to it only through queued signals and a stop flag (a ``threading.Event`` the engine polls
between tokens and, during prompt processing, through llama.cpp's abort callback). Tokens are
batched so the GUI gets at most ~25 updates a second. The worker never touches widgets or SQLite.

:class:`InferenceController` is the main-thread owner: it starts and stops the thread and re-emits
the worker's signals from the main thread (so tests can wait on them, and slots run on the GUI
thread).

Order matters for privacy and for quitting. Forgetting a deleted conversation is a job on the
worker's queue, so it runs after any job that could still save that conversation's KV state.
Shutdown is a job too: the running reply is stopped, jobs still queued are skipped, the engine
saves its KV state and unloads, and only then does the worker end its own thread. (Calling
``QThread.quit()`` right after posting the shutdown could end the thread's event loop before the
job ran: no KV save, and the ``Llama`` freed by the garbage collector at exit.)
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..core.base.hashing import cached_sha256
from ..core.base.logs import log_exception
from ..core.history.turns import MessageDraft, TurnRequest
from ..core.inference.prompting import ContextOverflowError, MessageTooLongError, PromptError
from ..core.models.library import LibraryError, ModelLibrary

if TYPE_CHECKING:  # the engine module is imported on the inference thread, after the window is up
    from ..core.inference.engine import Engine, LoadOptions, LoadReport

log = logging.getLogger(__name__)
EMIT_INTERVAL_S = 0.04  # at most ~25 token batches per second reach the GUI


def default_engine() -> Engine:
    from ..core.inference.engine import LlamaCppEngine

    return LlamaCppEngine()


@dataclass(frozen=True)
class LoadRequest:
    model_path: Path
    options: LoadOptions
    hash_cache: Path | None = None
    force: bool = False  # load even when this model is loaded with these options (Settings → Measure again)


class InferenceWorker(QObject):
    """Runs in the inference thread. Every slot is invoked through a queued signal."""

    load_started = Signal(str)  # model file name
    # Byte counts pass 2 GiB on any larger model: a plain int signal argument is 32-bit in Qt.
    load_progress = Signal(str, "qint64", "qint64")  # what, done, total (e.g. hashing the file)
    load_finished = Signal(object)  # LoadReport
    load_failed = Signal(str)  # a sentence for the user
    tokens_received = Signal(str, str, int)  # request_id, text since the last batch, tokens in it
    generation_finished = Signal(str, object)  # request_id, GenerationResult
    generation_failed = Signal(str, str, str)  # request_id, a sentence, kind ("error", "context", "too_long")
    fit_checked = Signal(str, str)  # check id, why the message cannot fit ("" when it fits)
    starter_progress = Signal("qint64", "qint64")
    starter_ready = Signal(str)  # path
    starter_failed = Signal(str)
    library_scanned = Signal()
    conversation_forgotten = Signal(str)  # conversation id: no copy of its tokens is left

    def __init__(self, engine_factory: Callable[[], Engine] = default_engine, stop_event: threading.Event | None = None,
                 forget_saved: Callable[[str], object] = lambda _id: None, closing: threading.Event | None = None):
        super().__init__()
        self._engine_factory = engine_factory
        self._engine: Engine | None = None
        self._loaded_path: Path | None = None
        self._loaded_options: LoadOptions | None = None
        self._forget_saved = forget_saved  # deletes saved states when no engine exists yet
        self.stop_event = stop_event or threading.Event()
        self.closing = closing or threading.Event()  # set by the owner at quit: skip queued jobs

    # -- model
    @Slot(object)
    def load(self, request: LoadRequest) -> None:
        if self.closing.is_set():
            return
        if not request.force and self._loaded_path == request.model_path and self._loaded_options == request.options:
            return
        self.load_started.emit(request.model_path.name)
        try:
            sha = ""
            if request.hash_cache is not None:
                sha = cached_sha256(request.model_path, request.hash_cache, self._hash_progress)
            if self._engine is None:
                self._engine = self._engine_factory()
            self._loaded_path = None
            report = self._engine.load(request.model_path, request.options, model_sha256=sha)
        except _Closing:
            return  # the app is quitting: a multi-GB hash must not hold it up
        except (_engine_errors(), OSError) as exc:  # noqa - a tuple of classes from the engine module
            self.load_failed.emit(str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - report anything; never kill the thread
            log_exception(log, f"unexpected failure while loading {request.model_path.name}", exc)
            self.load_failed.emit(f"{request.model_path.name} could not be loaded: {exc}")
            return
        self._loaded_path, self._loaded_options = request.model_path, request.options
        self.load_finished.emit(report)

    def _hash_progress(self, done: int, total: int) -> None:
        if self.closing.is_set():
            raise _Closing()
        self.load_progress.emit("Checking", done, total)

    @Slot(str)
    def prepare_starter(self, models_dir: str) -> None:
        """Assemble the bundled starter model (a few hundred MB of file copying) off the GUI thread."""
        if self.closing.is_set():
            return
        try:
            path = ModelLibrary(Path(models_dir)).ensure_starter(lambda d, t: self.starter_progress.emit(d, t))
        except (ImportError, LibraryError, OSError) as exc:
            self.starter_failed.emit(str(exc))
            return
        self.starter_ready.emit(str(path))

    @Slot(str)
    def scan_library(self, models_dir: str) -> None:
        """Read every model's header here (~70 ms each); the GUI thread then finds them remembered."""
        if self.closing.is_set():
            return
        try:
            ModelLibrary(Path(models_dir)).models()
        except OSError as exc:
            log.warning("could not scan the models folder: %s", exc)
        self.library_scanned.emit()

    # -- generation
    @Slot(object)
    def generate(self, request: TurnRequest) -> None:
        if self.closing.is_set():  # the reply was already kept as "stopped" by the chat session
            return
        if self._engine is None or self._loaded_path is None:
            self.generation_failed.emit(request.request_id, "no model is loaded yet", "error")
            return
        batcher = _Batcher(lambda text, count: self.tokens_received.emit(request.request_id, text, count))
        try:
            result = self._engine.generate(
                request.history, request.system_prompt, request.sampling, batcher.add, self.stop_event.is_set,
                request.overflow_policy, conversation_id=request.conversation_id,
            )
        except ContextOverflowError as exc:  # raised before any inference: nothing was generated
            kind = "too_long" if isinstance(exc, MessageTooLongError) else "context"
            self.generation_failed.emit(request.request_id, str(exc), kind)
            return
        except (_engine_errors(), PromptError) as exc:
            batcher.flush()
            self.generation_failed.emit(request.request_id, str(exc), "error")
            return
        except Exception as exc:  # noqa: BLE001
            # The exception may quote the prompt: the log gets the stack, never the message.
            log_exception(log, f"generation failed in conversation {request.conversation_id}", exc)
            batcher.flush()
            self.generation_failed.emit(request.request_id, f"generation failed: {exc}", "error")
            return
        batcher.flush()
        self.generation_finished.emit(request.request_id, result)

    @Slot(str, object)
    def check_fit(self, check_id: str, draft: MessageDraft) -> None:
        """Whether a message not saved yet fits the context on its own (exact, with the tokenizer)."""
        problem = ""
        if self._engine is not None and self._loaded_path is not None:
            try:
                self._engine.fit(draft.history, draft.system_prompt, draft.sampling, "stop")
            except ContextOverflowError as exc:
                problem = str(exc)
            except Exception as exc:  # noqa: BLE001 - generation will report it in its own words
                log_exception(log, "could not check a message's length", exc)
        self.fit_checked.emit(check_id, problem)

    @Slot(str)
    def forget_conversation(self, conversation_id: str) -> None:
        """Drop a deleted conversation from the engine's memory and its saved KV states."""
        try:
            if self._engine is not None:
                self._engine.forget_conversation(conversation_id)
            self._forget_saved(conversation_id)
        except Exception as exc:  # noqa: BLE001 - never kill the thread
            log_exception(log, f"could not forget conversation {conversation_id}", exc)
        self.conversation_forgotten.emit(conversation_id)

    @Slot()
    def shutdown(self) -> None:
        """The last job: the engine saves its KV state and unloads, then this thread ends."""
        try:
            if self._engine is not None:
                self._engine.unload()
        except Exception as exc:  # noqa: BLE001 - the thread must still end
            log_exception(log, "the engine did not unload cleanly", exc)
        finally:
            self._engine = None
            self._loaded_path = None
            thread = self.thread()
            if thread is not None:
                thread.quit()  # after this job: the owner waits for the thread to finish


class _Closing(Exception):
    """Raised inside a long job's progress callback to end it when the app quits."""


def _engine_errors() -> type[Exception]:
    from ..core.inference.engine import EngineError

    return EngineError


class _Batcher:
    """Collects streamed text and passes it on at most every EMIT_INTERVAL_S."""

    def __init__(self, emit: Callable[[str, int], None]):
        self._emit = emit
        self._pieces: list[str] = []  # one piece per generated token
        self._last = 0.0

    def add(self, text: str) -> None:
        self._pieces.append(text)
        now = time.monotonic()
        if now - self._last >= EMIT_INTERVAL_S:
            self.flush()
            self._last = now

    def flush(self) -> None:
        if self._pieces:
            self._emit("".join(self._pieces), len(self._pieces))
            self._pieces.clear()


class InferenceController(QObject):
    """Owns the inference thread; the rest of the GUI uses only this object."""

    # Requests to the worker (queued across threads).
    _request_load = Signal(object)
    _request_generate = Signal(object)
    _request_starter = Signal(str)
    _request_scan = Signal(str)
    _request_fit_check = Signal(str, object)
    _request_shutdown = Signal()
    _request_forget = Signal(str)

    # Relays of the worker's signals, emitted on the main thread.
    load_started = Signal(str)
    load_progress = Signal(str, "qint64", "qint64")
    load_finished = Signal(object)
    load_failed = Signal(str)
    tokens_received = Signal(str, str, int)
    generation_finished = Signal(str, object)
    generation_failed = Signal(str, str, str)
    fit_checked = Signal(str, str)
    starter_progress = Signal("qint64", "qint64")
    starter_ready = Signal(str)
    starter_failed = Signal(str)
    library_scanned = Signal()
    conversation_forgotten = Signal(str)

    def __init__(self, engine_factory: Callable[[], Engine] = default_engine, parent: QObject | None = None,
                 forget_saved: Callable[[str], object] = lambda _id: None):
        super().__init__(parent)
        self._stop = threading.Event()
        self._closing = threading.Event()
        self._thread = QThread()
        self._thread.setObjectName("hearth-inference")
        self._worker = InferenceWorker(engine_factory, self._stop, forget_saved, self._closing)
        self._worker.moveToThread(self._thread)
        self._thread.finished.connect(self._worker.deleteLater)
        self._connect()
        self._thread.start()
        self.report: LoadReport | None = None
        self._running = True

    def _connect(self) -> None:
        w = self._worker
        self._request_load.connect(w.load)
        self._request_generate.connect(w.generate)
        self._request_starter.connect(w.prepare_starter)
        self._request_scan.connect(w.scan_library)
        self._request_fit_check.connect(w.check_fit)
        self._request_shutdown.connect(w.shutdown)
        self._request_forget.connect(w.forget_conversation)
        for name in ("load_started", "load_progress", "load_failed", "tokens_received", "generation_finished",
                     "generation_failed", "starter_progress", "starter_ready", "starter_failed", "library_scanned",
                     "fit_checked", "conversation_forgotten"):
            getattr(w, name).connect(getattr(self, name))
        w.load_finished.connect(self._on_loaded)

    @Slot(object)
    def _on_loaded(self, report: LoadReport) -> None:
        self.report = report
        self.load_finished.emit(report)

    def load(self, request: LoadRequest) -> None:
        self._request_load.emit(request)

    def generate(self, request: TurnRequest) -> None:
        self._stop.clear()
        self._request_generate.emit(request)

    def check_fit(self, check_id: str, draft: MessageDraft) -> None:
        """Ask (queued, answered by ``fit_checked``) whether an unsaved message fits the context."""
        self._request_fit_check.emit(check_id, draft)

    def prepare_starter(self, models_dir: Path) -> None:
        self._request_starter.emit(str(models_dir))

    def scan_library(self, models_dir: Path) -> None:
        self._request_scan.emit(str(models_dir))

    def forget_conversation(self, conversation_id: str) -> None:
        """The user deleted this conversation (or messages of it), here or elsewhere (the CLI):
        the worker drops its tokens from the engine's memory and its saved KV states, after any
        job already queued. ``conversation_forgotten`` says when it is done."""
        if self._running:
            self._request_forget.emit(conversation_id)

    def stop(self) -> None:
        """Ask the running generation to stop; it ends within one token."""
        self._stop.set()

    def begin_shutdown(self) -> None:
        """The app is quitting: stop the reply and skip every job still queued, from now on (the
        rest of the app may take a moment to close before :meth:`shutdown` is called)."""
        self._closing.set()
        self._stop.set()

    def shutdown(self, timeout_ms: int = 30000) -> None:
        """Stop the reply, skip queued jobs, let the worker save the KV state and unload the
        engine, and wait for the thread to end (the worker ends it after the unload)."""
        if not self._running:
            return
        self._running = False
        self.begin_shutdown()
        self._request_shutdown.emit()
        if self._thread.wait(timeout_ms):
            return
        # Only a job that cannot be interrupted (loading a large model) gets here.
        log.error("the inference thread did not stop within %d s; quitting without waiting for it",
                  timeout_ms // 1000)
        self._thread.quit()
        self._thread.wait(1000)
