"""The window's adapter over the engine owner.

:class:`~app.core.inference.owner.EngineOwner` (Qt-free) owns the engine on its own thread and
runs jobs in order; the CLI and the API server use it directly. :class:`InferenceController` is
the window's thin Qt face on it: each request becomes a job, and what the job reports (tokens,
results, failures) is relayed to the GUI thread as signals, so slots run there and tests can
wait on them. Tokens are batched so the GUI gets at most ~25 updates a second.

Order matters for privacy and for quitting, and the owner keeps it: forgetting a deleted
conversation runs after any job that could still save its KV state; shutdown stops the reply,
skips queued jobs, unloads the engine (saving its KV state) and only then ends the thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot

from ..core.base.hashing import cached_sha256
from ..core.base.logs import log_exception
from ..core.history.turns import MessageDraft, TurnRequest
from ..core.inference.owner import EngineOwner, Job, JobCancelled
from ..core.inference.prompting import (
    ContextOverflowError,
    MessageTooLongError,
    PromptError,
)
from ..core.models.library import LibraryError, ModelLibrary
from .text_args import fill

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


class _Relay(QObject):
    """Lives on the GUI thread: runs callables posted from the engine's thread, in order."""

    posted = Signal(object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.posted.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _run(self, fn: Callable[[], None]) -> None:
        fn()


class InferenceController(QObject):
    """The GUI's handle on the engine owner; the rest of the window uses only this object."""

    load_started = Signal(str)  # model file name
    # Byte counts pass 2 GiB on any larger model: a plain int signal argument is 32-bit in Qt.
    load_progress = Signal(str, "qint64", "qint64")  # what, done, total (e.g. hashing the file)
    load_finished = Signal(object)  # LoadReport
    load_failed = Signal(str)  # a sentence for the user
    tokens_received = Signal(str, str, int)  # request_id, text since the last batch, tokens in it
    prefill_progress = Signal(str, int, int)  # request_id, prompt tokens read, tokens to read
    generation_finished = Signal(str, object)  # request_id, GenerationResult
    generation_failed = Signal(str, str, str)  # request_id, a sentence, kind ("error", "context", "too_long")
    fit_checked = Signal(str, str)  # check id, why the message cannot fit ("" when it fits)
    starter_progress = Signal("qint64", "qint64")
    starter_ready = Signal(str)  # path
    starter_failed = Signal(str)
    library_scanned = Signal()
    conversation_forgotten = Signal(str)  # conversation id: no copy of its tokens is left

    def __init__(
        self,
        engine_factory: Callable[[], Engine] = default_engine,
        parent: QObject | None = None,
        forget_saved: Callable[[str], object] = lambda _id: None,
    ):
        super().__init__(parent)
        self.owner = EngineOwner(engine_factory, forget_saved=forget_saved, name="hearth-inference")
        self._relay = _Relay(self)
        self._generations: list[Job] = []  # this window's replies, running or queued
        self.report: LoadReport | None = None
        self._running = True

    def _post(self, fn: Callable[[], None]) -> None:
        """Called on the engine's thread: run ``fn`` on the GUI thread."""
        self._relay.posted.emit(fn)

    def _when_done(self, job: Job, handle: Callable[[Job], None]) -> None:
        """Relay ``job``'s outcome to ``handle`` on the GUI thread."""
        job.add_done_callback(lambda done: self._post(lambda: handle(done)))

    # -- model
    def load(self, request: LoadRequest) -> None:
        sha = (
            (lambda progress: cached_sha256(request.model_path, request.hash_cache, progress))
            if request.hash_cache is not None
            else ""
        )
        job = self.owner.load(
            request.model_path,
            request.options,
            sha256=sha,
            force=request.force,
            progress=lambda what, done, total: self._post(lambda: self.load_progress.emit(what, done, total)),
            on_start=lambda name: self._post(lambda: self.load_started.emit(name)),
        )
        self._when_done(job, lambda done: self._on_load_done(done, request.model_path.name))

    def _on_load_done(self, job: Job, name: str) -> None:
        try:
            outcome = job.result(0)
        except JobCancelled:
            return  # the app is quitting: a multi-GB hash must not hold it up
        except Exception as exc:  # noqa: BLE001 - every failure becomes one sentence
            if not isinstance(exc, (_engine_errors(), OSError)):
                log_exception(log, "unexpected failure while loading a model", exc)
                exc = fill(self.tr("%1 could not be loaded: %2"), name, exc)
            self.load_failed.emit(str(exc))
            return
        if not outcome.skipped:
            self.report = outcome.report
            self.load_finished.emit(outcome.report)

    def prepare_starter(self, models_dir: Path) -> None:
        """Assemble the bundled starter model (a few hundred MB of file copying) off the GUI thread."""

        def work() -> str:
            def progress(done: int, total: int) -> None:
                self._post(lambda: self.starter_progress.emit(done, total))

            return str(ModelLibrary(Path(models_dir)).ensure_starter(progress))

        self._when_done(self.owner.call("starter", work), self._on_starter_done)

    def _on_starter_done(self, job: Job) -> None:
        try:
            path = job.result(0)
        except JobCancelled:
            return
        except (ImportError, LibraryError, OSError) as exc:
            self.starter_failed.emit(str(exc))
            return
        except Exception as exc:  # noqa: BLE001
            log_exception(log, "could not prepare the starter model", exc)
            self.starter_failed.emit(self.tr("the starter model could not be prepared: %1").replace("%1", str(exc)))
            return
        self.starter_ready.emit(path)

    def scan_library(self, models_dir: Path) -> None:
        """Read every model's header off the GUI thread (~70 ms each); the window then finds them remembered."""

        def work() -> None:
            try:
                ModelLibrary(Path(models_dir)).models()
            except OSError as exc:
                log.warning("could not scan the models folder: %s", exc)

        self._when_done(
            self.owner.call("scan", work),
            lambda job: None if isinstance(job.error, JobCancelled) else self.library_scanned.emit(),
        )

    # -- generation
    def generate(self, request: TurnRequest) -> None:
        batcher = _Batcher(
            lambda text, count: self._post(lambda: self.tokens_received.emit(request.request_id, text, count))
        )
        job = self.owner.generate(
            request.history,
            request.system_prompt,
            request.sampling,
            batcher.add,
            request.overflow_policy,
            conversation_id=request.conversation_id,
            on_prefill=lambda done, total: self._post(
                lambda: self.prefill_progress.emit(request.request_id, done, total)
            ),
        )
        self._generations.append(job)

        def finished(done: Job) -> None:
            batcher.flush()  # the last tokens go out before the result
            self._post(lambda: self._on_generation_done(request, done))

        job.add_done_callback(finished)

    def _on_generation_done(self, request: TurnRequest, job: Job) -> None:
        if job in self._generations:
            self._generations.remove(job)
        try:
            result = job.result(0)
        except JobCancelled:  # skipped while quitting: the reply was already kept as "stopped"
            return
        except ContextOverflowError as exc:  # raised before any inference: nothing was generated
            kind = "too_long" if isinstance(exc, MessageTooLongError) else "context"
            self.generation_failed.emit(request.request_id, str(exc), kind)
        except (_engine_errors(), PromptError) as exc:
            self.generation_failed.emit(request.request_id, str(exc), "error")
        except Exception as exc:  # noqa: BLE001
            # The exception may quote the prompt: the log gets the stack, never the message.
            log_exception(log, f"generation failed in conversation {request.conversation_id}", exc)
            self.generation_failed.emit(
                request.request_id, self.tr("generation failed: %1").replace("%1", str(exc)), "error"
            )
        else:
            self.generation_finished.emit(request.request_id, result)

    def check_fit(self, check_id: str, draft: MessageDraft) -> None:
        """Ask (queued, answered by ``fit_checked``) whether an unsaved message fits the context."""
        self._when_done(
            self.owner.fit(draft.history, draft.system_prompt, draft.sampling, "stop"),
            lambda job: self._on_fit_done(check_id, job),
        )

    def _on_fit_done(self, check_id: str, job: Job) -> None:
        problem = ""
        try:
            job.result(0)
        except JobCancelled:
            return
        except ContextOverflowError as exc:
            problem = str(exc)
        except Exception as exc:  # noqa: BLE001 - no model yet, or generation will report it in its own words
            if not isinstance(exc, _engine_errors()):
                log_exception(log, "could not check a message's length", exc)
        self.fit_checked.emit(check_id, problem)

    def forget_conversation(self, conversation_id: str) -> None:
        """The user deleted this conversation (or messages of it), here or elsewhere (the CLI):
        the owner drops its tokens from the engine's memory and its saved KV states, after any
        job already queued. ``conversation_forgotten`` says when it is done."""
        if not self._running:
            return
        job = self.owner.forget_conversation(conversation_id)
        self._when_done(job, lambda j: self._on_forgotten(conversation_id, j))

    def _on_forgotten(self, conversation_id: str, job: Job) -> None:
        if job.error is not None:  # never silent: the log says a copy may be left
            log_exception(log, f"could not forget conversation {conversation_id}", job.error)
        self.conversation_forgotten.emit(conversation_id)

    def stop(self) -> None:
        """Ask this window's running (and queued) replies to stop; each ends within one token."""
        for job in list(self._generations):
            job.stop()

    def begin_shutdown(self) -> None:
        """The app is quitting: stop the reply and skip every job still queued, from now on (the
        rest of the app may take a moment to close before :meth:`shutdown` is called)."""
        self.owner.begin_shutdown()

    def shutdown(self, timeout_ms: int = 30000) -> None:
        """Stop the reply, skip queued jobs, let the owner save the KV state and unload the
        engine, and wait for its thread to end."""
        if not self._running:
            return
        self._running = False
        self.owner.shutdown(timeout_ms / 1000)


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
