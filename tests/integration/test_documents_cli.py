"""``hearth chat --attach`` and the Sources of ``hearth history show``, through the real CLI (a
subprocess with its own HEARTH_HOME) and, where marked, the real starter model."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.base.settings import Settings
from app.core.documents import store
from app.core.documents.extract import extract_file
from app.core.history.conversation import MessageStatus
from app.core.history.storage import Storage
from app.core.history.turns import begin_turn, finish_turn
from tests.document_files import write_pdf

ROOT = Path(__file__).resolve().parents[2]


def _hearth(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        env=dict(os.environ),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _written(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _tables_empty(db_path: Path) -> bool:
    if not db_path.exists():
        return True
    with sqlite3.connect(db_path) as db:
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        counts = [
            db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("conversations", "messages", "documents")
            if t in names
        ]
    return not any(counts)


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: write_pdf(p / "locked.pdf", [["secret"]], password="pw"), "locked.pdf is encrypted with a password"),
        (lambda p: _written(p / "blob.txt", b"\x00\x01\x02" * 100), "blob.txt is a binary file"),
        (lambda p: os.mkfifo(p / "pipe.txt") or p / "pipe.txt", "pipe.txt is a FIFO"),
        (lambda p: p / "missing.txt", "does not exist"),
    ],
)
def test_a_bad_attachment_is_one_line_and_stores_nothing(hearth_home, app_paths, tmp_path, make, message):
    path = make(tmp_path)
    result = _hearth("chat", "--attach", str(path), "What does it say?", timeout=60)
    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert _tables_empty(app_paths.database_path)


def test_history_show_prints_attachments_and_sources(hearth_home, app_paths, tmp_path):
    pdf = write_pdf(tmp_path / "manual.pdf", [["Unrelated first page."], ["Reset the pump by holding the red valve."]])
    with Storage(app_paths.database_path) as storage:
        conversation = storage.create_conversation()
        request = begin_turn(
            storage,
            conversation.id,
            "How do I reset the pump?",
            Settings(context_length=4096),
            attachments=[extract_file(pdf)],
        )
        finish_turn(storage, request, "Hold the red valve [1].", MessageStatus.DONE, None)
    shown = _hearth("history", "show", conversation.id[:8], timeout=60)
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert "Attached:" in lines and any(line.strip().startswith("manual.pdf (2 pages,") for line in lines)
    assert "Sources:" in lines
    source = lines[lines.index("Sources:") + 1]
    assert source.startswith("  [1] manual.pdf (whole):") and "Reset the pump" in source
    listing = _hearth("docs", "list", timeout=60)
    assert "manual.pdf (2 pages," in listing.stdout and "attached 1×" in listing.stdout


@pytest.mark.model
def test_the_starter_model_answers_with_an_attached_document(hearth_home, installed_starter, app_paths, tmp_path):
    pages = [[f"Page {n}: the harbour log lists ordinary tides and nets."] for n in range(1, 121)]
    pages[88] = ["The ferry to Inishmore leaves at seven forty from pier nine."]
    pdf = write_pdf(tmp_path / "harbour.pdf", pages)
    notes = tmp_path / "notes.md"
    notes.write_text("# Trip\n\nBring a raincoat.", encoding="utf-8")
    result = _hearth(
        "chat",
        "--seed",
        "1",
        "--temperature",
        "0",
        "--max-tokens",
        "24",
        "--attach",
        str(pdf),
        "--attach",
        str(notes),
        "When does the ferry to Inishmore leave?",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() and "Traceback" not in result.stderr
    with Storage(app_paths.database_path) as storage:
        (summary,) = storage.list_conversations()
        user, reply = storage.active_path(summary.id)
        assert reply.status is MessageStatus.DONE and reply.stats.completion_tokens > 0
        attached = store.attachments_of(storage.connection, [user.id])
        assert [a.name for a in attached] == ["harbour.pdf", "notes.md"]
        sources = store.sources_of(storage.connection, reply.id)
    # 120 pages do not fit half of a 4,096-token context: the answering page was retrieved.
    assert sources[0].mode == "retrieved" and sources[0].page == 89
    assert reply.stats.prompt_tokens > 40  # the excerpts reached the model, not the question alone
    shown = _hearth("history", "show", summary.id[:8], timeout=60)
    assert "Sources:" in shown.stdout
    assert (
        "harbour.pdf, page 89 (retrieved, keywords (BM25); no embedding model): The ferry to Inishmore" in shown.stdout
    )


def test_docs_collections_and_modes_through_the_cli(hearth_home, app_paths, tmp_path):
    folder = tmp_path / "shelf"
    folder.mkdir()
    (folder / "bees.md").write_text("Bees visit the lavender at noon.", encoding="utf-8")
    (folder / "junk.txt").write_bytes(b"\x00\x00binary")
    added = _hearth("docs", "add", "shelf", str(folder), timeout=60)
    assert added.returncode == 0, added.stderr
    assert "skipped junk.txt: junk.txt is a binary file" in added.stdout
    assert "collection shelf: 1 indexed, 0 unchanged, 0 removed, 1 could not be read" in added.stdout
    again = _hearth("docs", "add", "shelf", str(folder), timeout=60)
    assert again.returncode == 1 and "already a collection named shelf" in again.stderr
    listing = _hearth("docs", "list", timeout=60)
    assert "collection shelf: 1 documents" in listing.stdout
    with Storage(app_paths.database_path) as storage:
        conversation = storage.create_conversation()
    used = _hearth("docs", "use", conversation.id[:8], "shelf", timeout=60)
    mode = _hearth("docs", "mode", conversation.id[:8], "retrieve", timeout=60)
    assert used.returncode == 0 and mode.returncode == 0, used.stderr + mode.stderr
    with Storage(app_paths.database_path) as storage:
        settings = storage.get_conversation(conversation.id).settings
        assert settings["collections"] == ["shelf"] and settings["documents_mode"] == "retrieve"
        request = begin_turn(storage, conversation.id, "When do bees visit the lavender?", Settings())
        (source,) = store.sources_of(storage.connection, request.assistant_message_id)
        assert source.name == "shelf/bees.md" and source.mode == "retrieved"
        finish_turn(storage, request, "At noon [1].", MessageStatus.DONE, None)
    missing = _hearth("docs", "use", conversation.id[:8], "nope", timeout=60)
    assert missing.returncode == 1 and missing.stderr.strip() == "hearth: error: no collection named nope"
    removed = _hearth("docs", "rm", "shelf", timeout=60)
    assert removed.returncode == 0 and "deleted collection shelf" in removed.stdout


@pytest.mark.model
def test_an_embedding_model_chosen_in_the_cli_fuses_vectors_into_retrieval(
    hearth_home, installed_starter, app_paths, tmp_path
):
    paragraphs = [
        f"Paragraph {n}: routine notes about nets, tides and the weather over the bay." * 3 for n in range(40)
    ]  # about 9,600 characters: more than half the context, so retrieved
    paragraphs[7] = "The spare oars are kept in the blue shed behind the chapel."
    notes = tmp_path / "harbour.txt"
    notes.write_text("\n\n".join(paragraphs), encoding="utf-8")
    before = _hearth("docs", "embed", timeout=60)
    assert "no embedding model: retrieval uses keywords only" in before.stdout
    chat = _hearth(
        "chat", "--max-tokens", "8", "--temperature", "0", "--attach", str(notes), "Where are the spare oars kept?"
    )
    assert chat.returncode == 0, chat.stderr
    chosen = _hearth("docs", "embed", str(installed_starter))
    assert chosen.returncode == 0, chosen.stderr
    assert "new vectors" in chosen.stdout and "Traceback" not in chosen.stderr
    again = _hearth(
        "chat",
        "--max-tokens",
        "8",
        "--temperature",
        "0",
        "--conversation",
        _only_conversation(app_paths)[:8],
        "Where are the spare oars kept?",
    )
    assert again.returncode == 0, again.stderr
    shown = _hearth("history", "show", _only_conversation(app_paths)[:8], timeout=60)
    lines = shown.stdout.splitlines()
    first, second = [i for i, line in enumerate(lines) if line == "Sources:"]
    assert "keywords (BM25); no embedding model" in lines[first + 1]
    assert f"keywords (BM25) + vectors ({installed_starter.name})" in lines[second + 1]
    with Storage(app_paths.database_path) as storage:  # the one chunk BM25 finds survives the fusion
        reply = storage.active_path(_only_conversation(app_paths))[-1]
        assert any("blue shed" in s.excerpt for s in store.sources_of(storage.connection, reply.id))


def _only_conversation(app_paths) -> str:
    with Storage(app_paths.database_path) as storage:
        (summary,) = storage.list_conversations()
        return summary.id
