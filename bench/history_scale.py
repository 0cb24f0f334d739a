"""6. History scale: the sidebar, search and a long conversation with a big history database.

10,000 conversations and 500,000 messages (one conversation of 5,000 messages, the rest about 50
each, every one a chain of user/model turns with random text) are generated into a temporary
database created by ``Storage`` itself, so the schema, indexes and FTS5 table are the app's own.
The bulk load skips the FTS triggers and rebuilds the index once at the end (same content as the
triggers would write). Then, each through a fresh connection as a restarted app would open it:
``Storage.list_conversations(limit=200)`` (the sidebar's first paint), ``Storage.search`` for
rare, common, multi-word and prefix queries, and ``Storage.active_path`` of the 5,000-message
conversation. The targets are absolute (ms): the ratio column is measured / target.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import time
from pathlib import Path

from app.core.history.conversation import new_id
from app.core.history.storage import Storage

from .common import Row, bench_dir, median, print_table

SEARCHES = {  # query -> what it exercises
    "lighthouse": "rare word (~0.1% of messages)",
    "harbour": "common word (~5% of messages)",
    "the": "very common word (in most messages)",
    "keeper storm": "two words",
    "lightho": "prefix of a word (as typed)",
}


def _vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    syllables = ["ka", "lo", "mi", "ne", "ru", "ta", "ve", "so", "pi", "da", "ren", "mor", "sel", "tan", "vis"]
    words = sorted({"".join(rng.choice(syllables) for _ in range(rng.randint(1, 3))) for _ in range(6000)})
    weights = [1.0 / (rank + 10) for rank in range(len(words))]  # Zipf-like
    fixed = {"the": 0.9, "harbour": 0.004, "keeper": 0.004, "storm": 0.004, "lighthouse": 0.00007}
    total = sum(weights)
    weights = [w / total * (1 - sum(fixed.values())) for w in weights]
    return words + list(fixed), weights + list(fixed.values())


def _text(rng, words, cum, n_words: int) -> str:
    return " ".join(rng.choices(words, cum_weights=cum, k=n_words))


def build(path: Path, conversations: int, messages: int, big: int, seed: int = 5) -> str:
    """Generate the database; returns the id of the big conversation."""
    Storage(path).close()  # the app's own schema
    rng = random.Random(seed)
    words, weights = _vocabulary(rng)
    cum, acc = [], 0.0
    for w in weights:
        acc += w
        cum.append(acc)
    sizes = _sizes(rng, conversations - 1, messages - big)
    sizes.insert(rng.randrange(len(sizes)), big)
    db = sqlite3.connect(str(path), isolation_level=None)
    db.execute("PRAGMA synchronous=OFF")
    triggers = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for name, _ in triggers:
        db.execute(f"DROP TRIGGER {name}")
    db.execute("BEGIN")
    start_time = time.time() - 2 * 365 * 86400
    big_id = ""
    for index, size in enumerate(sizes):
        conv_id = new_id()
        big_id = conv_id if size == big else big_id
        stamp = start_time + rng.random() * 2 * 365 * 86400
        rows, parent = [], None
        for n in range(size):
            message_id = new_id()
            role = "user" if n % 2 == 0 else "assistant"
            content = _text(rng, words, cum, rng.randint(6, 20) if role == "user" else rng.randint(15, 45))
            rows.append((message_id, conv_id, parent, role, content, "done", stamp + n, stamp + n, None))
            parent = message_id
        db.execute(
            "INSERT INTO conversations (id, title, created_at, updated_at, pinned, system_prompt, settings_json,"
            " current_leaf_id, model) VALUES (?, ?, ?, ?, ?, NULL, '{}', ?, 'gemma-3-270m-q4_k_m.gguf')",
            (conv_id, _text(rng, words, cum, 4).title(), stamp, stamp + size, int(index % 200 == 0), parent),
        )
        db.executemany(
            "INSERT INTO messages (id, conversation_id, parent_id, role, content, status, created_at,"
            " updated_at, stats_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    db.execute("COMMIT")
    db.execute("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')")
    for _, sql in triggers:
        db.execute(sql)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return big_id


def _sizes(rng: random.Random, count: int, total: int) -> list[int]:
    """``count`` even-ish sizes (whole turns) summing to ``total``."""
    mean = total / count
    sizes = [max(2, int(rng.gauss(mean, mean / 3)) // 2 * 2) for _ in range(count)]
    diff = total - sum(sizes)
    i = 0
    while diff:
        step = 2 if diff > 0 else -2
        if abs(diff) == 1:
            step = diff
        if sizes[i % count] + step >= 2:
            sizes[i % count] += step
            diff -= step
        i += 1
    return sizes


def _measure(path: Path, fn, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        with Storage(path) as storage:  # a fresh connection, as after a restart
            start = time.perf_counter()
            fn(storage)
            times.append(time.perf_counter() - start)
    return times


def run(quick: bool = False) -> list[Row]:
    conversations, messages, big = (1000, 50_000, 5000) if quick else (10_000, 500_000, 5000)
    folder = bench_dir() / "history-scale"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    path = folder / "hearth.sqlite3"
    started = time.perf_counter()
    big_id = build(path, conversations, messages, big)
    built_in = time.perf_counter() - started
    runs = 5
    sidebar = _measure(path, lambda s: s.list_conversations(limit=200), runs)
    searches = {q: _measure(path, lambda s, q=q: s.search(q), runs) for q in SEARCHES}
    with Storage(path) as storage:
        hits = {q: len(storage.search(q)) for q in SEARCHES}
        assert len(storage.list_conversations(limit=200)) == 200
        path_len = len(storage.active_path(big_id))
    opened = _measure(path, lambda s: s.active_path(big_id), runs)
    worst_query = max(SEARCHES, key=lambda q: median(searches[q]))
    rows = [
        Row("sidebar: list_conversations(limit=200)", median(sidebar) * 1000, 200, median(sidebar) * 5, 1.0, unit="ms"),
        Row(
            f"search, slowest query ({worst_query!r})",
            median(searches[worst_query]) * 1000,
            50,
            median(searches[worst_query]) * 20,
            1.0,
            unit="ms",
        ),
        Row(
            f"open the {path_len}-message conversation: active_path",
            median(opened) * 1000,
            300,
            median(opened) / 0.3,
            1.0,
            unit="ms",
        ),
    ]
    for q, what in SEARCHES.items():
        rows.append(
            Row(
                f"  search {q!r}: {what}, {hits[q]} hits",
                median(searches[q]) * 1000,
                50,
                median(searches[q]) * 20,
                None,
                unit="ms",
            )
        )
    size_mb = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
    print_table(
        "6. History scale: big database, fresh connection each time",
        rows,
        baseline_name="target",
        note=(
            f"{conversations} conversations, {messages} messages, {size_mb:.0f} MB database (built in "
            f"{built_in:.0f} s); medians of {runs} runs; the ratio is measured / target"
        ),
    )
    shutil.rmtree(folder, ignore_errors=True)
    return rows


if __name__ == "__main__":  # pragma: no cover
    import sys

    run(quick="--quick" in sys.argv)
