"""The one owner of the loaded model: a thread that runs engine jobs in order.

A ``Llama`` is not thread-safe, and every caller (the window, ``hearth chat``, the API server)
wants the same loaded model. :class:`EngineOwner` owns the engine on its own thread and runs
jobs one at a time, first come first served: load, generate, fit, save a state, forget a
conversation, or any callable that needs the engine's thread. Callers get a :class:`Job` back:
a small future with ``wait()``/``result()``, a per-job stop flag the engine polls between tokens
(and during prompt processing), and ``cancel()``, which removes a job that has not started yet
and stops one that has.

Order matters for privacy and for quitting. Forgetting a deleted conversation is a job like the
others, so it runs after any job that could still save that conversation's KV state, and it runs
even while the owner is closing. :meth:`EngineOwner.shutdown` stops the running job, cancels the
queued ones (except forgets), unloads the engine (which saves its KV state) and only then lets
the thread end. A job that raises never kills the thread: the exception goes to its caller.

No Qt here: the window wraps this in a thin adapter (:mod:`app.ui.workers`).
"""

from __future__ import annotations

import itertools
import logging
import os
import threading
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..base.logs import log_exception

log = logging.getLogger(__name__)

_PENDING, _RUNNING, _DONE, _CANCELLED = "pending", "running", "done", "cancelled"


class JobCancelled(Exception):
    """The job was cancelled before it ran, or the owner closed first."""


class OwnerClosed(JobCancelled):
    """The owner is shutting down and takes no new jobs."""


class Job:
    """One unit of work for the engine's thread, and the caller's handle on it."""

    _ids = itertools.count(1)

    def __init__(
        self,
        kind: str,
        work: Callable[[Job, Any], Any],
        *,
        runs_when_closing: bool = False,
        stop_event: threading.Event | None = None,
    ):
        self.id = next(self._ids)
        self.kind = kind
        self._work = work
        self.runs_when_closing = runs_when_closing
        self.stop_event = stop_event or threading.Event()  # the engine polls it: set means "end within one token"
        self._done = threading.Event()
        self._state = _PENDING
        self._result: Any = None
        self._error: BaseException | None = None
        self._owner: EngineOwner | None = None
        self._callbacks: list[Callable[[Job], None]] = []
        self._callback_lock = threading.Lock()

    # -- for callers
    @property
    def state(self) -> str:
        return self._state

    def done(self) -> bool:
        return self._done.is_set()

    def stop(self) -> None:
        """Ask the job to end early (a generation returns "stopped" within one token)."""
        self.stop_event.set()

    def cancel(self) -> bool:
        """Drop the job if it has not started (True); otherwise stop it and return False."""
        self.stop_event.set()
        if self._owner is not None and self._owner._remove(self):
            self._finish(error=JobCancelled(f"{self.kind} job cancelled before it ran"), state=_CANCELLED)
            return True
        return False

    def add_done_callback(self, fn: Callable[[Job], None]) -> None:
        """Call ``fn(job)`` when the job ends (on the engine's thread, or the canceller's);
        at once when it has already ended."""
        with self._callback_lock:
            if not self._done.is_set():
                self._callbacks.append(fn)
                return
        fn(self)

    @property
    def error(self) -> BaseException | None:
        return self._error

    def wait(self, timeout: float | None = None) -> bool:
        return self._done.wait(timeout)

    def result(self, timeout: float | None = None) -> Any:
        """The job's return value; re-raises its exception; JobCancelled if it never ran."""
        if not self._done.wait(timeout):
            raise TimeoutError(f"{self.kind} job did not finish within {timeout} s")
        if self._error is not None:
            raise self._error
        return self._result

    # -- for the owner
    def _run(self, engine: Any) -> None:
        self._state = _RUNNING
        try:
            value = self._work(self, engine)
        except BaseException as exc:  # noqa: BLE001 - delivered to the caller, never kills the thread
            self._finish(error=exc)
        else:
            self._finish(value=value)

    def _finish(self, value: Any = None, error: BaseException | None = None, state: str = _DONE) -> None:
        with self._callback_lock:
            self._result, self._error, self._state = value, error, state
            self._done.set()
            callbacks, self._callbacks = self._callbacks, []
        for fn in callbacks:
            try:
                fn(self)
            except Exception as exc:  # noqa: BLE001 - a caller's bug must not kill the engine's thread
                log_exception(log, f"a callback of the {self.kind} job failed", exc)


@dataclass(frozen=True)
class LoadOutcome:
    """What a load job did: ``skipped`` when that model was already loaded with those options."""

    report: Any
    skipped: bool = False


class EngineOwner:
    """Owns one engine (created lazily on its own thread) and runs jobs on it in order."""

    def __init__(
        self,
        engine_factory: Callable[[], Any],
        *,
        forget_saved: Callable[[str], object] = lambda _id: None,
        name: str = "hearth-engine",
    ):
        self._engine_factory = engine_factory
        self._forget_saved = forget_saved  # deletes saved states when no engine exists yet
        self._engine: Any = None
        self._loaded: tuple[Path, Any] | None = None  # (path, options) of the model in the engine
        self.report: Any = None
        self._queue: deque[Job] = deque()
        self._lock = threading.Condition()
        self._running: Job | None = None
        self.closing = threading.Event()  # set at quit: queued jobs are skipped, new ones refused
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

    # -- state
    @property
    def loaded_path(self) -> Path | None:
        return self._loaded[0] if self._loaded else None

    @property
    def waiting(self) -> int:
        """Jobs queued behind the running one."""
        with self._lock:
            return len(self._queue)

    @property
    def busy(self) -> bool:
        return self._running is not None

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    # -- submitting
    def submit(
        self,
        kind: str,
        work: Callable[[Job, Any], Any],
        *,
        runs_when_closing: bool = False,
        stop_event: threading.Event | None = None,
    ) -> Job:
        """Queue ``work(job, engine)`` (engine may be None before the first load). ``stop_event``:
        the caller's own flag, when something it runs (a stop-sequence watcher) must stop the job."""
        job = Job(kind, work, runs_when_closing=runs_when_closing, stop_event=stop_event)
        job._owner = self
        with self._lock:
            if self.closing.is_set() and not runs_when_closing:
                job._finish(error=OwnerClosed("the model is shutting down"), state=_CANCELLED)
                return job
            self._queue.append(job)
            self._lock.notify()
        return job

    def call(self, kind: str, fn: Callable[[], Any]) -> Job:
        """Run a callable that does not need the engine on its thread, in order with the rest."""
        return self.submit(kind, lambda _job, _engine: fn())

    def load(
        self,
        path: Path,
        options: Any,
        *,
        sha256: Callable[[Callable[[int, int], None]], str] | str = "",
        progress: Callable[[str, int, int], None] | None = None,
        on_start: Callable[[str], None] | None = None,
        force: bool = False,
    ) -> Job:
        """Load a model (a no-op when it is already loaded with the same options, unless ``force``:
        Settings → Measure again reloads to re-tune the threads).

        ``sha256`` is the model's hash or a function computing it with a progress callback (a
        multi-GB hash runs here, not on the caller's thread; closing interrupts it)."""
        # A local file's path; a remote model's reference (RemoteModelRef) passes through as it is.
        path = Path(path) if isinstance(path, (str, os.PathLike)) else path

        def work(job: Job, _engine: Any) -> LoadOutcome:
            if not force and self._loaded == (path, options):
                return LoadOutcome(self.report, skipped=True)
            if on_start is not None:
                on_start(path.name)
            digest = sha256
            if callable(sha256):
                digest = sha256(lambda done, total: self._hash_progress(job, progress, done, total))
            engine = self._ensure_engine()
            self._loaded = None
            self.report = None
            report = engine.load(path, options, model_sha256=digest)
            self._loaded, self.report = (path, options), report
            return LoadOutcome(report)

        return self.submit("load", work)

    def _hash_progress(self, job: Job, progress, done: int, total: int) -> None:
        if self.closing.is_set() or job.stop_event.is_set():
            raise JobCancelled("loading was cancelled")
        if progress is not None:
            progress("Checking", done, total)

    def generate(
        self,
        history: Sequence[Any],
        system_prompt: str | None,
        sampling: Any,
        on_text: Callable[[str], None],
        overflow_policy: str = "stop",
        *,
        conversation_id: str | None = None,
        stop_event: threading.Event | None = None,
        on_prefill: Callable[[int, int], None] | None = None,
    ) -> Job:
        """Stream a reply; ``job.stop()`` (or ``cancel()``) ends it within one token.
        ``on_prefill(done, total)``: progress while a long prompt is read (engines that can)."""

        def work(job: Job, engine: Any):
            self._require_model(engine)
            progress = {"on_prefill": on_prefill} if on_prefill is not None else {}  # only engines that report it
            return engine.generate(
                history,
                system_prompt,
                sampling,
                on_text,
                job.stop_event.is_set,
                overflow_policy,
                conversation_id=conversation_id,
                **progress,
            )

        return self.submit("generate", work, stop_event=stop_event)

    def fit(
        self, history: Sequence[Any], system_prompt: str | None, sampling: Any, overflow_policy: str = "stop"
    ) -> Job:
        """The fitted prompt (counts tokens with the model's tokenizer); raises ContextOverflowError."""
        return self.submit(
            "fit",
            lambda _job, engine: self._require_model(engine).fit(history, system_prompt, sampling, overflow_policy),
        )

    def save_state(self, conversation_id: str | None = None) -> Job:
        """Save the live KV state (engines without saved states answer False)."""

        def work(_job: Job, engine: Any) -> bool:
            saver = getattr(engine, "save_conversation_state", None)
            return bool(saver(conversation_id)) if engine is not None and self._loaded and saver else False

        return self.submit("save_state", work)

    def forget_conversation(self, conversation_id: str) -> Job:
        """Drop a deleted conversation from the engine's memory and its saved states. Runs after
        every job queued before it, and even while closing."""

        def work(_job: Job, engine: Any) -> None:
            if engine is not None:
                engine.forget_conversation(conversation_id)
            self._forget_saved(conversation_id)

        return self.submit("forget", work, runs_when_closing=True)

    def with_engine(self, kind: str, fn: Callable[[Any], Any]) -> Job:
        """Run ``fn(engine)`` on the engine's thread once a model is loaded (benchmarks, meters)."""
        return self.submit(kind, lambda _job, engine: fn(self._require_model(engine)))

    # -- stopping
    def stop_running(self) -> None:
        """Stop whatever job is running now (the window's Stop button)."""
        job = self._running
        if job is not None:
            job.stop()

    def begin_shutdown(self) -> None:
        """From now on: stop the running job and skip every queued one (forgets still run)."""
        self.closing.set()
        with self._lock:
            skipped = [job for job in self._queue if not job.runs_when_closing]
            for job in skipped:
                self._queue.remove(job)
            self._lock.notify()
        for job in skipped:
            job.stop_event.set()
            job._finish(error=OwnerClosed("the model is shutting down"), state=_CANCELLED)
        self.stop_running()

    def shutdown(self, timeout: float = 30.0) -> bool:
        """Stop, skip queued jobs, unload the engine (saving its KV state), end the thread.
        Returns False when the thread did not end in time (only an uninterruptible load)."""
        self.begin_shutdown()
        self.submit("unload", self._unload_job, runs_when_closing=True)
        with self._lock:
            self._queue.append(_END)
            self._lock.notify()
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.error("the engine thread did not stop within %.0f s; quitting without waiting for it", timeout)
            return False
        return True

    def _unload_job(self, _job: Job, engine: Any) -> None:
        try:
            if engine is not None:
                engine.unload()
        finally:
            self._engine, self._loaded, self.report = None, None, None

    # -- the thread
    def _loop(self) -> None:
        while True:
            with self._lock:
                while not self._queue:
                    self._lock.wait()
                job = self._queue.popleft()
                if job is _END:
                    return
                self._running = job
            try:
                job._run(self._engine)
            except BaseException as exc:  # noqa: BLE001 - the loop itself must survive anything
                log_exception(log, f"{job.kind} job failed outside its handler", exc)
            finally:
                self._running = None
            if job._error is not None and not isinstance(job._error, JobCancelled):
                log.debug("%s job %d ended with %s", job.kind, job.id, type(job._error).__name__)

    def _remove(self, job: Job) -> bool:
        with self._lock:
            try:
                self._queue.remove(job)
            except ValueError:
                return False
            return True

    def _ensure_engine(self) -> Any:
        if self._engine is None:
            self._engine = self._engine_factory()
        return self._engine

    def _require_model(self, engine: Any) -> Any:
        if engine is None or self._loaded is None:
            from .engine import EngineError

            raise EngineError("no model is loaded yet")
        return engine


_END = Job("end", lambda _job, _engine: None)
