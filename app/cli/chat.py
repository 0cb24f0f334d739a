"""``hearth chat``: stream one reply to stdout and store the exchange like the window does."""

from __future__ import annotations

import queue
import signal
import sys
import threading
from dataclasses import replace
from typing import NamedTuple

from ..core.base.hashing import cached_sha256
from ..core.history.conversation import (
    Conversation,
    GenerationStats,
    MessageStatus,
    Role,
)
from ..core.history.storage import StorageError
from ..core.history.turns import (
    ReplyBuffer,
    TurnRequest,
    begin_turn,
    draft_message,
    status_for,
    surely_fits,
)
from ..core.inference.engine import EngineError, LlamaCppEngine, LoadOptions
from ..core.inference.owner import EngineOwner, Job
from ..core.inference.prompting import ChatMessage
from ..core.models.library import resolve_model
from . import read_stdin_text, require_utf8
from .docs import extract_attachments
from .progress import ProgressLine
from .remotes import remote_for_chat
from .terminal import safe_text


class SavedTurn(NamedTuple):
    conversation: Conversation
    request: TurnRequest
    buffer: ReplyBuffer


def register(commands) -> None:
    parser = commands.add_parser("chat", help="send one message and stream the reply")
    parser.add_argument("prompt", nargs="+", help="your message (use - to read it from stdin)")
    parser.add_argument("--model", help="model file name in the library, or a path to a .gguf")
    parser.add_argument("--system", help="system prompt for a new conversation")
    parser.add_argument("--seed", type=int, help="sampling seed (reproducible replies)")
    parser.add_argument("--max-tokens", type=int, dest="max_tokens")
    parser.add_argument("--temperature", type=float)
    parser.add_argument("--conversation", help="continue this conversation (id or unique prefix)")
    parser.add_argument("--no-save", action="store_true", help="do not store this exchange")
    parser.add_argument(
        "--attach",
        action="append",
        default=[],
        metavar="PATH",
        help="attach a document (text, Markdown, code, CSV, HTML, PDF, DOCX); repeatable",
    )
    parser.add_argument(
        "--remote",
        metavar="NAME",
        help="chat through this remote server (hearth remotes); "
        "--model is then its model id (default: the server's first)",
    )
    parser.add_argument(
        "--api-key-stdin",
        action="store_true",
        dest="api_key_stdin",
        help="read the remote server's API key from standard input (used, not stored)",
    )
    parser.set_defaults(handler=run_chat)


def run_chat(args, ctx) -> int:
    text = read_stdin_text("the message on standard input") if args.prompt == ["-"] else " ".join(args.prompt)
    require_utf8(text, "the message")
    if args.system is not None:
        require_utf8(args.system, "the system prompt")
    if not text.strip():
        raise EngineError("the message is empty")
    settings = ctx.settings
    overrides = {
        k: v
        for k, v in (("seed", args.seed), ("max_tokens", args.max_tokens), ("temperature", args.temperature))
        if v is not None
    }
    attachments = extract_attachments(args.attach, args.no_save, ctx)  # a bad file stops here, nothing stored
    conversation = ctx.storage.find_conversation(args.conversation) if args.conversation else None
    remote = remote_for_chat(ctx, args, conversation)  # (name, connected engine) for a remote server
    if remote is None:
        progress = ProgressLine("Preparing the starter model")
        model = resolve_model(
            ctx.library, args.model or (conversation.model if conversation else None), settings.default_model, progress
        )
        progress.close()
    else:
        model = remote[0]
    draft = (
        None
        if args.no_save
        else draft_message(ctx.storage, conversation.id if conversation else None, text, settings, overrides)
    )
    # Like the window: the user's message is committed before the model loads, so a chat killed
    # while loading (seconds for a big model) still has the question. Only a message that might
    # not fit the context waits for the model's tokenizer, so that it is refused before anything
    # (even a new chat) is stored.
    turn = None
    if draft is not None and surely_fits(draft, settings.context_length):
        turn = _begin_saved_turn(ctx.storage, conversation, model, text, args, settings, overrides, attachments)

    stop = threading.Event()
    kv_cache = None if args.no_save else ctx.kv_cache
    if remote is None:
        owner = EngineOwner(lambda: LlamaCppEngine(kv_cache=kv_cache), name="hearth-chat-engine")
    else:  # the remote engine is connected already; loading it again (below) only re-checks its model
        owner = EngineOwner(lambda: remote[1], name="hearth-chat-engine")

    def interrupt(*_) -> None:  # Ctrl+C: the reply ends within one token and is kept as stopped
        stop.set()
        owner.stop_running()

    previous = signal.signal(signal.SIGINT, interrupt)
    try:
        try:
            if remote is None:
                _wait(
                    owner.load(
                        model.path,
                        LoadOptions.from_settings(settings, ctx.library.thread_tuner),
                        sha256=cached_sha256(model.path, ctx.library.hash_cache),
                    )
                )
            else:
                _wait(owner.load(model.ref.model_id, None))
        except Exception as exc:
            if turn is not None:  # the question stays; its reply says why there is no answer
                _mark_failed(turn.buffer, exc, model)
            raise
        if args.no_save:
            return _chat_unsaved(owner, text, args, settings, overrides, stop)
        if turn is None:
            system = (args.system if args.system is not None else draft.system_prompt) or None
            # a message longer than the context stops here
            _wait(owner.fit(draft.history, system, draft.sampling))
            turn = _begin_saved_turn(ctx.storage, conversation, model, text, args, settings, overrides, attachments)
        return _chat_saved(owner, model, *turn, stop)
    finally:
        owner.shutdown()  # saves this conversation's KV state, so the next `--conversation` turn skips the prefill
        signal.signal(signal.SIGINT, previous)


def _wait(job: Job, pieces: queue.Queue[str] | None = None, on_piece=None):
    """The job's result; waits in short steps so Ctrl+C is handled while the model works.
    Streamed ``pieces`` are handed to ``on_piece`` here, on this thread (SQLite is used only here)."""
    while True:
        finished = job.wait(0.05)
        while pieces is not None:
            try:
                on_piece(pieces.get_nowait())
            except queue.Empty:
                break
        if finished:
            return job.result(0)


def _begin_saved_turn(storage, conversation, model, text, args, settings, overrides, attachments=()) -> SavedTurn:
    """Store the message (and a new conversation for it) in one transaction: a refused message
    leaves no empty conversation behind."""
    with storage.transaction():
        if conversation is None:
            conversation = storage.create_conversation(system_prompt=args.system, model=model.name)
        elif args.system is not None:
            storage.set_conversation_settings(
                conversation.id, system_prompt=args.system, settings=conversation.settings
            )
        request = begin_turn(storage, conversation.id, text, settings, overrides, attachments)
    return SavedTurn(conversation, request, ReplyBuffer(storage, request))


def _mark_failed(buffer: ReplyBuffer, exc: Exception, model) -> None:
    try:
        buffer.finish(MessageStatus.ERROR, GenerationStats(error=str(exc), model_file=model.name))
    except StorageError:  # a full disk: the caller reports the first failure, not this one
        pass


def _write(piece: str) -> None:
    sys.stdout.write(safe_text(piece))  # a model's output must not drive the terminal either
    sys.stdout.flush()


def _chat_unsaved(owner, text, args, settings, overrides, stop) -> int:
    sampling = replace(settings.sampling, **overrides).validate()
    system = args.system if args.system is not None else (settings.system_prompt or None)
    pieces: queue.Queue[str] = queue.Queue()
    job = owner.generate([ChatMessage(Role.USER, text)], system, sampling, pieces.put, settings.overflow_policy)
    if stop.is_set():
        job.stop()
    result = _wait(job, pieces, _write)
    _write("\n")
    return 0 if result.finish_reason != "stopped" else 130


def _chat_saved(owner, model, conversation, request, buffer, stop) -> int:
    def on_piece(piece: str) -> None:
        _write(piece)
        buffer.append(piece)

    pieces: queue.Queue[str] = queue.Queue()
    try:
        job = owner.generate(
            request.history,
            request.system_prompt,
            request.sampling,
            pieces.put,
            request.overflow_policy,
            conversation_id=conversation.id,
        )
        if stop.is_set():  # Ctrl+C while loading
            job.stop()
        result = _wait(job, pieces, on_piece)
    except Exception as exc:
        _mark_failed(buffer, exc, model)
        raise
    buffer.finish(status_for(result.finish_reason), result.stats, result.text)
    _write("\n")
    about = "~" if result.stats.tokens_estimated else ""  # a remote server that sent no usage: estimated
    print(
        f"[conversation {conversation.id[:8]} · {about}{result.stats.completion_tokens} tokens · "
        f"{result.stats.tokens_per_second or 0:.1f} tok/s]",
        file=sys.stderr,
    )
    return 0 if result.finish_reason != "stopped" else 130
