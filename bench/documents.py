"""7. Documents: indexing a 300-page PDF and retrieving from 10,000 chunks.

Indexing: a 300-page PDF with a text layer (about 250 words a page, written with pypdf as in the
tests) through the whole path the window takes: ``extract_file`` (pypdf), chunking, and storing
document + chunks + FTS5 index in one transaction (``turns.begin_turn`` with the attachment).
Reported as pages per second for the whole path, and the store step alone (the part that runs in
the turn's transaction). The target is absolute: 20 pages/s (a 300-page PDF in 15 s on 2 CPUs).

Retrieval: documents with 10,000 chunks in all (about 1,000 characters of Zipf-distributed words
each), then ``store.search_chunks`` for several questions, as ``context.for_turn`` calls it once
per turn, through a fresh connection. Target: 50 ms for the slowest question (median of runs).
"""

from __future__ import annotations

import random
import shutil
import time

from app.core.base.settings import Settings
from app.core.documents import store
from app.core.documents.extract import ExtractedDocument, Section, extract_file
from app.core.history.storage import Storage
from app.core.history.turns import begin_turn
from tests.document_files import write_pdf

from .common import Row, bench_dir, median, print_table

QUESTIONS = {
    "Where did the keeper hide the brass key?": "rare words (one chunk answers)",
    "What does the harbour log say about the storm?": "common words",
    "the a of and": "stop words only (no query)",
    "kalo mire tanvis renso sel morda piru vevis talo neka": "ten ordinary words",
}


def _words(rng: random.Random) -> tuple[list[str], list[float]]:
    syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "ve", "so", "pi", "da", "ren", "mor", "sel", "tan", "vis"]
    words = sorted({"".join(rng.choice(syllables) for _ in range(rng.randint(1, 3))) for _ in range(6000)})
    words += ["the", "harbour", "storm", "log", "keeper"]
    weights = [1.0 / (rank + 10) for rank in range(len(words))]
    return words, weights


def _pdf_pages(rng: random.Random, pages: int) -> list[list[str]]:
    words, weights = _words(rng)
    out = []
    for _ in range(pages):
        text = rng.choices(words, weights, k=250)
        out.append([" ".join(text[i : i + 12]) for i in range(0, len(text), 12)])
    return out


def _indexing(folder, pages: int) -> list[Row]:
    rng = random.Random(7)
    pdf = write_pdf(folder / "big.pdf", _pdf_pages(rng, pages))
    started = time.perf_counter()
    document = extract_file(pdf)
    extracted = time.perf_counter()
    chunks = document.chunks
    chunked = time.perf_counter()
    with Storage(folder / "index.sqlite3") as storage:
        conversation = storage.create_conversation()
        stored_at = time.perf_counter()
        begin_turn(storage, conversation.id, "Summarise it", Settings(), attachments=[document])
        done = time.perf_counter()
    total = done - started
    store_s = done - stored_at
    rate = pages / total
    print(
        f"indexing {pages} pages ({pdf.stat().st_size / 1e6:.1f} MB, {len(chunks)} chunks): extract "
        f"{extracted - started:.2f} s, chunk {chunked - extracted:.3f} s, store {store_s:.3f} s"
    )
    return [
        Row(
            f"index a {pages}-page PDF (extract+chunk+store), pages/s", rate, 20, rate / 20, 1.0, lower_is_better=False
        ),
        Row(
            f"  store step alone ({len(chunks)} chunks, in the turn's transaction)",
            store_s * 1000,
            None,
            None,
            unit="ms",
        ),
    ]


def _retrieval(folder, chunks: int, runs: int = 7) -> list[Row]:
    rng = random.Random(11)
    words, weights = _words(rng)
    path = folder / "retrieval.sqlite3"
    per_document = 500
    ids = []
    with Storage(path) as storage, storage.transaction() as db:
        for number in range(chunks // per_document):
            sections = []
            for page in range(per_document):
                text = " ".join(rng.choices(words, weights, k=170))
                if number == chunks // per_document - 1 and page == 123:
                    text += " The keeper hid the brass key under the seventh stair."
                sections.append(Section(text, page=page + 1))
            document = ExtractedDocument(f"doc{number}.pdf", "pdf", 1, f"{number:064x}", tuple(sections), per_document)
            ids.append(store.store_document(db, document).id)
    timings: dict[str, list[float]] = {q: [] for q in QUESTIONS}
    hits: dict[str, int] = {}
    for _ in range(runs):
        with Storage(path) as storage:  # a fresh connection, as after a restart
            for question in QUESTIONS:
                started = time.perf_counter()
                found = store.search_chunks(storage.connection, ids, question, limit=12)
                timings[question].append(time.perf_counter() - started)
                hits[question] = len(found)
                if question.startswith("Where"):
                    assert found and "brass key" in found[0].text, "the answering chunk must rank first"
    worst = max(QUESTIONS, key=lambda q: median(timings[q]))
    rows = [
        Row(
            f"retrieve from {chunks:,} chunks, slowest question",
            median(timings[worst]) * 1000,
            50,
            median(timings[worst]) * 20,
            1.0,
            unit="ms",
        )
    ]
    for question, what in QUESTIONS.items():
        rows.append(
            Row(
                f"  {what}: {hits[question]} chunks returned",
                median(timings[question]) * 1000,
                50,
                median(timings[question]) * 20,
                None,
                unit="ms",
            )
        )
    return rows


def _reopen(folder, quick: bool) -> list[Row]:
    """A chat whose attached document went in whole (in front of the first message): after a
    restart, the next question's first token with the saved KV state against a cold prefill."""
    from app.core.base.settings import SamplingParams
    from app.core.history.conversation import MessageStatus
    from app.core.history.turns import finish_turn
    from app.core.inference.engine import LlamaCppEngine, LoadOptions
    from app.core.inference.kv_cache import KVCache

    from .common import starter_model

    path, sha = starter_model()
    cache = KVCache(folder / "kv", limit_mb=1024)
    settings = Settings(context_length=8192, sampling=SamplingParams(temperature=0.0, max_tokens=8, seed=3))
    rng = random.Random(5)
    words, weights = _words(rng)
    text = "\n\n".join(" ".join(rng.choices(words, weights, k=100)) for _ in range(5 if quick else 10))
    (folder / "notes.txt").write_text(text, encoding="utf-8")

    def engine_with(kv):
        engine = LlamaCppEngine(kv_cache=kv)
        engine.load(path, LoadOptions(n_ctx=settings.context_length, n_gpu_layers=0), model_sha256=sha)
        return engine

    with Storage(folder / "reopen.sqlite3") as storage:
        conversation = storage.create_conversation()
        first = begin_turn(
            storage, conversation.id, "Summarise the notes.", settings, attachments=[extract_file(folder / "notes.txt")]
        )
        assert store.sources_of(storage.connection, first.assistant_message_id)[0].mode == "whole"
        engine = engine_with(cache)
        result = engine.generate(
            first.history,
            first.system_prompt,
            first.sampling,
            lambda _: None,
            lambda: False,
            conversation_id=conversation.id,
        )
        finish_turn(storage, first, result.text, MessageStatus.DONE, result.stats)
        engine.unload()  # quitting: the chat's KV state is saved
        ask = begin_turn(storage, conversation.id, "Which word comes up most?", settings)
    times: dict[str, list[float]] = {"restored": [], "cold": []}
    prompt = 0
    for _ in range(1 if quick else 2):
        for label, kv in (("restored", cache), ("cold", None)):
            engine = engine_with(kv)
            result = engine.generate(
                ask.history, ask.system_prompt, ask.sampling, lambda _: None, lambda: False, kv_cache=kv
            )
            engine.unload(save_state=False)
            times[label].append(result.stats.time_to_first_token_s)
            prompt = result.stats.prompt_tokens
    r, c = median(times["restored"]), median(times["cold"])
    print(f"reopen: {prompt}-token prompt with a {len(text):,}-character document given whole")
    return [Row("TTFT after restart, whole document in context: saved KV / cold", r, c, r / c, 0.15, unit="s")]


def run(quick: bool = False, with_model: bool = True) -> list[Row]:
    folder = bench_dir() / "documents"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    pages, chunks = (30, 1000) if quick else (300, 10_000)
    rows = _indexing(folder, pages) + _retrieval(folder, chunks)
    if with_model:
        rows += _reopen(folder, quick)
    print_table("7. Documents: indexing and retrieval", rows, baseline_name="target")
    return rows
