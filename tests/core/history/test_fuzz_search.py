"""Fuzzing the full-text search: whatever is typed or pasted into the search box (FTS5 syntax,
quotes, surrogates, NULs, a word repeated thousands of times, 10,000 characters) gives results or
no results, quickly; never an exception, never an FTS5 syntax error, never a hang."""

from __future__ import annotations

import re
import sqlite3
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.history.conversation import Role
from app.core.history.search import MAX_QUERY_TERMS, MAX_TERM_CHARS, fts_query
from app.core.history.storage import Storage

FUZZ = settings(
    max_examples=300,
    deadline=timedelta(seconds=5),
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

WORDS = [
    "the",
    "keeper",
    "lamp",
    "lighthouse",
    "storm",
    "naïve",
    "café",
    "שלום",
    "مرحبا",
    "東京",
    "ß",
    "İstanbul",
    "x" * 100,
    "42",
    "a",
]
_fts_syntax = st.sampled_from(
    [
        '"',
        "*",
        "(",
        ")",
        ":",
        "^",
        "-",
        "+",
        "NEAR",
        "OR",
        "AND",
        "NOT",
        "{",
        "}",
        "NEAR(",
        "col:",
        "\\",
        "'",
        ";",
        "--",
        "/*",
    ]
)
_nasty = st.sampled_from(["\ud800", "\udfff", "\x00", "\x1b", "\u202e", "\u0300", "\ufeff", "\U0001f600", "\u00a0"])
_pieces = st.one_of(
    st.sampled_from(WORDS), _fts_syntax, _nasty, st.text(max_size=12), st.text(st.characters(codec="utf-8"), max_size=6)
)
_typed = st.lists(_pieces, max_size=40).map(" ".join)
_glued = st.lists(_pieces, max_size=40).map("".join)
_repeated = st.builds(
    lambda word, times: (word + " ") * times,
    st.one_of(st.sampled_from(WORDS), _fts_syntax),
    st.integers(min_value=0, max_value=2500),
)
_queries = st.one_of(_typed, _glued, _repeated, st.text(max_size=300))


@pytest.fixture(scope="module")
def storage(tmp_path_factory):
    with Storage(tmp_path_factory.mktemp("fuzz") / "h.sqlite3") as store:
        with store.transaction():
            for n in range(40):
                conv = store.create_conversation(f"chat {n}")
                parent = None
                for k in range(10):
                    text = " ".join(WORDS[(n + k + j) % len(WORDS)] for j in range(12))
                    parent = store.add_message(conv.id, Role.USER, text, parent_id=parent).id
        yield store


@FUZZ
@given(text=_queries)
def test_the_query_builder_makes_a_bounded_valid_fts5_query(storage, text):
    query = fts_query(text)
    assert isinstance(query, str)
    if not query:
        return
    terms = re.findall(r'"((?:[^"]|"")*)"\*?', query)
    assert " ".join(f'"{t}"' for t in terms) == query.replace("*", "")  # nothing but quoted terms
    assert 1 <= len(terms) <= MAX_QUERY_TERMS
    assert all(1 <= len(term) <= MAX_TERM_CHARS for term in terms)
    try:  # FTS5 itself must accept it: a syntax error would be a bug of the builder
        storage._db.execute("SELECT COUNT(*) FROM messages_fts WHERE messages_fts MATCH ?", (query,)).fetchone()
    except sqlite3.OperationalError as exc:
        pytest.fail(f"FTS5 refused {query!r}: {exc}")


@FUZZ
@given(text=_queries)
def test_search_gives_hits_or_none_never_an_exception(storage, text):
    hits = storage.search(text, limit=20)
    assert isinstance(hits, list) and len(hits) <= 20
    assert all(isinstance(hit.snippet, str) for hit in hits)
