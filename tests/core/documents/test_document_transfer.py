"""Attachments and sources in the JSON export, restored by the import (also as a copy under new ids)."""

from __future__ import annotations

import copy
import json

import pytest

from app.core.base.settings import Settings
from app.core.documents import store
from app.core.documents.extract import extract_file
from app.core.history import export
from app.core.history.conversation import MessageStatus
from app.core.history.importers import ImportFormatError, import_data
from app.core.history.storage import Storage
from app.core.history.turns import begin_turn, finish_turn
from tests.document_files import write_pdf


@pytest.fixture
def storage(tmp_path):
    with Storage(tmp_path / "history.sqlite3") as opened:
        yield opened


def _chat_with_a_pdf(storage, tmp_path) -> str:
    pdf = write_pdf(tmp_path / "pump.pdf", [["Safety first."], ["Hold the red valve to reset the pump."]])
    conversation = storage.create_conversation("Pump")
    request = begin_turn(
        storage, conversation.id, "How do I reset the pump?", Settings(), attachments=[extract_file(pdf)]
    )
    finish_turn(storage, request, "Hold the red valve [1].", MessageStatus.DONE, None)
    return conversation.id


def _exported(storage, conversation_id) -> dict:
    return json.loads(export.to_json([export.load(storage, conversation_id)]))


def test_json_export_carries_the_document_and_import_restores_it(storage, tmp_path):
    conversation_id = _chat_with_a_pdf(storage, tmp_path)
    document = _exported(storage, conversation_id)
    section = document["conversations"][0]["documents"]
    (file,) = section["files"]
    assert (file["name"], file["pages"], [c["page"] for c in file["chunks"]]) == ("pump.pdf", 2, [1, 2])
    assert section["attachments"][0]["name"] == "pump.pdf" and section["sources"][0]["mode"] == "whole"
    storage.delete_conversation(conversation_id)
    assert storage.connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 0

    result = import_data(storage, document)
    assert result.imported == [conversation_id]
    assert _exported(storage, conversation_id)["conversations"] == document["conversations"]  # lossless
    user, reply = storage.active_path(conversation_id)
    assert [a.name for a in store.attachments_of(storage.connection, [user.id])] == ["pump.pdf"]
    assert "red valve" in store.sources_of(storage.connection, reply.id)[0].excerpt
    assert import_data(storage, document).skipped == [conversation_id]  # the same file again: nothing new
    follow_up = begin_turn(storage, conversation_id, "And then?", Settings())
    assert "Hold the red valve" in follow_up.history[0].content  # the document works in the imported chat


def test_a_copied_import_links_the_document_to_the_new_messages(storage, tmp_path):
    conversation_id = _chat_with_a_pdf(storage, tmp_path)
    document = _exported(storage, conversation_id)
    document["conversations"][0]["title"] = "Pump (edited elsewhere)"  # same ids, other content: a copy
    result = import_data(storage, document)
    copy_id = result.copied[conversation_id]
    user, reply = storage.active_path(copy_id)
    assert [a.name for a in store.attachments_of(storage.connection, [user.id])] == ["pump.pdf"]
    assert store.sources_of(storage.connection, reply.id)
    assert storage.connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 1  # shared
    storage.delete_conversation(conversation_id)
    assert storage.connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 1  # the copy uses it
    storage.delete_conversation(copy_id)
    assert storage.connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 0


@pytest.mark.parametrize(
    "damage, where",
    [
        (lambda s: s["files"][0].update(chunks="not a list"), "documents.files[0].chunks"),
        (lambda s: s["attachments"][0].update(position=-1), "documents.attachments[0].position"),
        (lambda s: s.pop("sources"), "documents.sources"),
    ],
)
def test_a_damaged_documents_section_is_refused_and_nothing_is_stored(storage, tmp_path, damage, where):
    conversation_id = _chat_with_a_pdf(storage, tmp_path)
    document = _exported(storage, conversation_id)
    storage.delete_conversation(conversation_id)
    broken = copy.deepcopy(document)
    damage(broken["conversations"][0]["documents"])
    with pytest.raises(ImportFormatError) as caught:
        import_data(storage, broken)
    assert where in str(caught.value)
    assert storage.count_conversations() == 0
    assert storage.connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 0


def test_markdown_text_and_html_exports_list_attachments_and_sources(storage, tmp_path):
    conversation_id = _chat_with_a_pdf(storage, tmp_path)
    data = export.load(storage, conversation_id)
    markdown, text, html = export.to_markdown(data), export.to_text(data), export.to_html([data])
    for rendered in (markdown, text, html):
        assert "attached: pump.pdf (2 pages)" in rendered
        assert "sources: [1] pump.pdf (whole)" in rendered.replace("\\[", "[").replace("\\]", "]")
