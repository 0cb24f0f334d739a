"""The bridge from async HTTP requests to the engine owner's jobs.

A request becomes a generate job on the one :class:`EngineOwner`; the tokens the engine produces
on its thread are handed to the event loop in batches (see ``_Relay``). Leaving the stream early
(a client that hangs up, a stop sequence) cancels the job: queued, it never runs; running, it
stops within one token and the next request starts at once.

With "Keep API conversations in history" on, a chat request's question and its complete reply
are saved on the server's database thread (:mod:`.server_db`, :mod:`.api_history`) before the
stream's last event, so a client that sends its next turn has its follow-up appended.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ..base.settings import SamplingParams, SettingsError
from ..history.conversation import GenerationStats, Role
from ..history.store_errors import StorageError
from ..inference.owner import EngineOwner, Job
from ..inference.prompting import ChatMessage
from .errors import ApiError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ChatCall:
    """One generation, in the engine's terms."""

    history: tuple[ChatMessage, ...]
    system_prompt: str | None
    sampling: SamplingParams
    stop: tuple[str, ...] = ()
    model: str = ""  # the model's name, as the reply names it
    keep: bool = False  # a chat the history may keep (chat endpoints; not plain completions)


@dataclass
class Outcome:
    """Filled in when the stream ends."""

    finish_reason: str = "stop"  # "stop", "length", "stop_sequence"
    stop_sequence: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    stats: GenerationStats | None = None  # the engine's, for a kept conversation


class ModelService:
    """What the endpoints need: the models on offer, loading on demand, and generation."""

    def __init__(
        self,
        owner: EngineOwner,
        library,
        settings,
        load_options: Callable[[], object],
        sha256: Callable[[Path], str] = lambda _path: "",
        *,
        may_switch_model: bool = True,
        database=None,
        keep_history: Callable[[], bool] = lambda: False,
    ):
        self.owner = owner
        # The server's own SQLite thread (ServerDatabase), for kept chats and the embedding model.
        self.database = database
        self.keep_history = keep_history  # asked per request: the window's switch takes effect at once
        # In the window the person chose the model: a request must not swap it under them.
        self.may_switch_model = may_switch_model
        self.library = library
        self.settings = settings
        self._load_options = load_options
        self._sha256 = sha256
        self.created = 0
        self.embedding_models = None
        if database is not None:
            from .embeddings_api import EmbeddingModels

            self.embedding_models = EmbeddingModels(owner, library, database)

    def close(self, timeout: float = 30.0) -> None:
        """Unload the embedding model (before the owner shuts down); waits at most ``timeout``."""
        if self.embedding_models is not None:
            self.embedding_models.close(timeout)

    # -- models
    def model_names(self) -> list[str]:
        names = [m.name for m in self.library.models() if m.usable]
        loaded = self.owner.loaded_path
        if loaded is not None and loaded.name not in names:
            names.insert(0, loaded.name)
        return names

    def running_context(self, name: str) -> int | None:
        """The context length the loaded model runs with (``None`` for models not loaded): other
        tools, and another Hearth using this one as a remote, size their prompts by it."""
        loaded, report = self.owner.loaded_path, self.owner.report
        if loaded is None or name != loaded.name:
            return None
        context = getattr(report, "context_length", None)
        return context if isinstance(context, int) and context > 0 else None

    async def use_model(self, requested: str | None) -> str:
        """The model a request runs on: the loaded one for an empty name (or one it names),
        else the named library model, loaded first (after the jobs ahead of it)."""
        loaded = self.owner.loaded_path
        if not requested or (loaded is not None and requested in (loaded.name, loaded.stem)):
            if loaded is None:
                raise ApiError(503, "no model is loaded", "model_not_loaded")
            return loaded.name
        model = self._find(requested)
        if not self.may_switch_model:
            raise ApiError(
                409,
                f"Hearth's window has {loaded.name if loaded else 'no model'} loaded; choose "
                f"{model.name} in the window to serve it",
                "model_not_loaded",
                "model",
            )
        await wait_job(self.owner.load(model.path, self._load_options(), sha256=self._sha256(model.path)))
        return model.name

    def _find(self, name: str):
        for model in self.library.models():
            if name in (model.name, model.path.stem) and model.usable:
                return model
        raise ApiError(
            404, f"the model {name!r} does not exist here; GET /v1/models lists the models", "model_not_found", "model"
        )

    # -- sampling
    def sampling(self, *, max_tokens=None, temperature=None, top_p=None, seed=None, top_k=None) -> SamplingParams:
        changes = {}
        for name, value, kind in (
            ("max_tokens", max_tokens, int),
            ("temperature", temperature, float),
            ("top_p", top_p, float),
            ("seed", seed, int),
            ("top_k", top_k, int),
        ):
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, (int, float)) or (kind is int and value != int(value)):
                raise ApiError(400, f"{name} must be a number", param=name)
            changes[name] = kind(value)
        if "seed" in changes and changes["seed"] < 0:
            changes["seed"] = -1
        try:
            return replace(self.settings.sampling, **changes).validate()
        except SettingsError as exc:
            raise ApiError(400, str(exc)) from None

    # -- generation
    async def stream(self, call: ChatCall, outcome: Outcome) -> AsyncIterator[str]:
        """Yield the reply's text as it is generated; ``outcome`` is complete when this ends.
        Closing the iterator early (a client gone) cancels the job."""
        relay = _Relay(asyncio.get_running_loop())
        stop_event = threading.Event()
        watcher = _StopWatcher(call.stop, relay.put, stop_event)
        job = self.owner.generate(
            list(call.history),
            call.system_prompt,
            call.sampling,
            watcher.feed,
            self.settings.overflow_policy,
            stop_event=stop_event,
        )
        job.add_done_callback(relay.end)
        keep = call.keep and self.database is not None and self.keep_history()
        sent: list[str] = []
        try:
            while not relay.ended:
                text = await relay.next_batch()
                if text:
                    if keep:
                        sent.append(text)
                    yield text
            result = job.result(0)
        finally:
            if not job.done():
                job.cancel()  # a client gone: a queued job never runs, a running one stops within a token
        tail = watcher.flush()
        if tail:
            sent.append(tail)
            yield tail
        outcome.prompt_tokens = result.stats.prompt_tokens
        outcome.completion_tokens = result.stats.completion_tokens
        outcome.stats = result.stats
        if watcher.matched is not None:
            outcome.finish_reason, outcome.stop_sequence = "stop_sequence", watcher.matched
        else:
            outcome.finish_reason = "length" if result.finish_reason == "length" else "stop"
        if keep:
            await self._keep(call, "".join(sent), outcome)

    async def _keep(self, call: ChatCall, reply: str, outcome: Outcome) -> None:
        """Save the exchange on the database thread; a failure is logged, the reply still goes out."""
        from .api_history import keep_exchange

        stats = replace(outcome.stats or GenerationStats(), finish_reason=outcome.finish_reason)
        if not stats.model_file:
            stats = replace(stats, model_file=call.model)
        try:
            await self.database.run(
                lambda storage: keep_exchange(storage, call.history, call.system_prompt, reply, stats, call.model)
            )
        except StorageError as exc:  # a read-only or busy database: one sentence
            log.warning("an API chat could not be kept in history: %s", exc)
        except Exception as exc:  # noqa: BLE001 - keeping the chat must never break the reply
            log.warning("an API chat could not be kept in history (%s)", type(exc).__name__, exc_info=exc)

    async def complete(self, call: ChatCall) -> tuple[str, Outcome]:
        outcome = Outcome()
        pieces = [piece async for piece in self.stream(call, outcome)]
        return "".join(pieces), outcome


# How often the event loop collects the tokens the engine thread produced. Waking the loop once per
# token (call_soon_threadsafe writes to a socket) made the engine thread give up the GIL and wait for
# it on every token: 8 % fewer tokens/s through the server on 2 cores. The first token and the end
# still wake the loop at once, so time to first token is unchanged.
COLLECT_INTERVAL_S = 0.015


class _Relay:
    """Text from the engine thread to the event loop, without a system call per token."""

    def __init__(self, loop: asyncio.AbstractEventLoop):
        self._loop = loop
        self._lock = threading.Lock()
        self._pieces: list[str] = []
        self._woken = False
        self._wake = asyncio.Event()
        self.ended = False
        self._end_seen = False

    def put(self, text: str) -> None:
        """Engine thread: keep the text; wake the loop only for the first piece."""
        with self._lock:
            self._pieces.append(text)
            first, self._woken = not self._woken, True
        if first:
            self._loop.call_soon_threadsafe(self._wake.set)

    def end(self, _job: Job) -> None:
        """Any thread: the job finished (done, failed, stopped or cancelled)."""
        with self._lock:
            self._end_seen = True
        self._loop.call_soon_threadsafe(self._wake.set)

    async def next_batch(self) -> str:
        """The text produced since the last call (maybe empty); sets ``ended`` once all is collected."""
        if not self._wake.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), COLLECT_INTERVAL_S)
        self._wake.clear()
        with self._lock:
            pieces, self._pieces = self._pieces, []
            self.ended = self._end_seen
        return "".join(pieces)


class _StopWatcher:
    """Passes text on, holding back what could be the start of a stop sequence; on a match it
    drops the sequence and what follows, and stops the generation."""

    def __init__(self, stops: Sequence[str], emit: Callable[[str], None], stop_event: threading.Event):
        self.stops = [s for s in stops if s]
        self.emit = emit
        self.stop_event = stop_event
        self.pending = ""
        self.matched: str | None = None

    def feed(self, piece: str) -> None:
        if self.matched is not None:
            return
        if not self.stops:
            self.emit(piece)
            return
        self.pending += piece
        hits = [(self.pending.find(s), s) for s in self.stops if s in self.pending]
        if hits:
            index, stop = min(hits)
            self.matched, text, self.pending = stop, self.pending[:index], ""
            if text:
                self.emit(text)
            self.stop_event.set()
            return
        keep = max((n for s in self.stops for n in range(1, len(s)) if self.pending.endswith(s[:n])), default=0)
        ready, self.pending = self.pending[: len(self.pending) - keep], self.pending[len(self.pending) - keep :]
        if ready:
            self.emit(ready)

    def flush(self) -> str:
        text, self.pending = ("" if self.matched else self.pending), ""
        return text


async def wait_job(job: Job):
    """Await an owner job from the event loop (its exception is raised here)."""
    loop = asyncio.get_running_loop()
    future = loop.create_future()

    def done(finished: Job) -> None:
        loop.call_soon_threadsafe(lambda: future.done() or future.set_result(None))

    job.add_done_callback(done)
    try:
        await future
    except asyncio.CancelledError:
        job.cancel()
        raise
    return job.result(0)


def merge_turns(messages: Sequence[tuple[str, str]]) -> tuple[ChatMessage, ...]:
    """User/assistant turns for the chat template: consecutive turns of one role are joined (Gemma's
    templates refuse two user turns in a row); the last turn must be the user's."""
    merged: list[ChatMessage] = []
    for role, text in messages:
        kind = Role.USER if role == "user" else Role.ASSISTANT
        if merged and merged[-1].role == kind:
            merged[-1] = ChatMessage(kind, merged[-1].content + "\n\n" + text)
        else:
            merged.append(ChatMessage(kind, text))
    if not merged or merged[-1].role != Role.USER:
        raise ApiError(400, "the last message must be the user's", param="messages")
    return tuple(merged)
