"""A chat the API server kept stays an API chat through a JSON export and import (real SQLite on
both sides, real files), and the human formats say where it came from."""

from __future__ import annotations

import json

import pytest

from app.core.history import export
from app.core.history.api_group import in_api_group
from app.core.history.conversation import SOURCE_API, GenerationStats, Role
from app.core.history.importers import ImportFormatError, import_file
from app.core.history.storage import Storage
from app.core.inference.prompting import ChatMessage
from app.core.server.api_history import keep_exchange

STATS = GenerationStats(prompt_tokens=9, completion_tokens=4, model_file="gemma.gguf", finish_reason="stop")


@pytest.fixture
def source_db(tmp_path):
    with Storage(tmp_path / "source.sqlite3") as opened:
        yield opened


@pytest.fixture
def target_db(tmp_path):
    with Storage(tmp_path / "target.sqlite3") as opened:
        yield opened


def _keep_api_chat(storage: Storage) -> str:
    question = (ChatMessage(Role.USER, "What is a fjord?"),)
    return keep_exchange(storage, question, None, "A long sea inlet.", STATS, "gemma.gguf")


def test_an_api_chat_round_trips_through_a_json_file(source_db, target_db, tmp_path):
    api_id = _keep_api_chat(source_db)
    window_id = source_db.create_conversation("From the window").id
    written = export.write_export(source_db, None, "json", tmp_path / "all.json")
    document = json.loads(written[0].read_text(encoding="utf-8"))
    by_id = {c["id"]: c for c in document["conversations"]}
    assert by_id[api_id]["source"] == SOURCE_API
    assert "source" not in by_id[window_id]  # the window's chats export exactly as before

    result = import_file(target_db, written[0])

    assert sorted(result.imported) == sorted([api_id, window_id])
    assert target_db.get_conversation(api_id).source == SOURCE_API
    assert target_db.get_conversation(window_id).source == ""
    rows = {row.id: row for row in target_db.list_conversations()}
    assert in_api_group(rows[api_id]) and not in_api_group(rows[window_id])
    # Exporting what was imported gives the same conversations back, source included.
    again = export.to_json_document(export.load_many(target_db, [api_id, window_id]))
    assert again["conversations"] == [by_id[api_id], by_id[window_id]]
    # A second import of the same file changes nothing (the source is part of what is compared).
    assert import_file(target_db, written[0]).imported == []


def test_an_unknown_source_is_refused_with_one_line(source_db, target_db, tmp_path):
    api_id = _keep_api_chat(source_db)
    document = export.to_json_document(export.load_many(source_db, [api_id]))
    document["conversations"][0]["source"] = "telepathy"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ImportFormatError, match="source"):
        import_file(target_db, path)
    assert target_db.list_conversations() == []


@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
def test_the_human_formats_name_an_api_chat(source_db, tmp_path, fmt):
    api_id = _keep_api_chat(source_db)
    window_id = source_db.create_conversation("From the window").id
    api_text = export.render(export.load_many(source_db, [api_id]), fmt)
    window_text = export.render(export.load_many(source_db, [window_id]), fmt)
    assert "from the API" in api_text
    assert "from the API" not in window_text
