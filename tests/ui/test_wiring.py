"""Wiring you can find (issue 11): signals are connected to named things, never looked up by a
string (``getattr(obj, name).connect`` in a loop, ``SIGNAL("...")``, Qt's connect-slots-by-name),
and each composition root makes its connections in ``_connect_signals`` (or the ``_connect_*``
helpers it, or a lazily built part, calls), so one method shows what is wired to what.

Read from the source with ``ast``: nothing is imported or run."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import app.ui

UI = Path(app.ui.__file__).parent
# (module, class): the classes that put widgets, workers and signals together; each connects in
# ``_connect_signals``, called from ``__init__``
COMPOSITION_ROOTS = [
    ("application.py", "ErrorDialogs"),
    ("application.py", "HearthApp"),
    ("attachments.py", "AttachmentChip"),
    ("attachments.py", "AttachmentTray"),
    ("chat_session.py", "ChatSession"),
    ("chat_view.py", "ChatView"),
    ("collection_jobs.py", "CollectionJobs"),
    ("collections_page.py", "CollectionsPage"),
    ("collections_page.py", "DocumentsInWindow"),
    ("composer.py", "Composer"),
    ("conversation_settings.py", "ConversationSettingsDialog"),
    ("download_worker.py", "DownloadService"),
    ("main_window.py", "MainWindow"),
    ("message_body.py", "CodeBlockView"),
    ("message_body.py", "ProseView"),
    ("message_view.py", "MessageView"),
    ("model_manager.py", "ModelManagerDialog"),
    ("model_manager_discover.py", "DiscoverTab"),
    ("model_manager_downloads.py", "DownloadsTab"),
    ("model_manager_library.py", "LibraryTab"),
    ("model_picker.py", "ModelPicker"),
    ("model_session.py", "ModelSession"),
    ("remote_servers_page.py", "RemoteServersPage"),
    ("search_worker.py", "SearchRunner"),
    ("sent_attachments.py", "StoredTextViewer"),
    ("server_panel.py", "ServerControl"),
    ("server_panel.py", "ServerPanel"),
    ("settings_dialog.py", "SettingsDialog"),
    ("shortcuts_sheet.py", "ShortcutsSheet"),
    ("sidebar.py", "Sidebar"),
    ("sources_view.py", "AttachmentChips"),
    ("sources_view.py", "SourcesList"),
    ("tasks.py", "DatabaseTasks"),
    ("workers.py", "_Relay"),
]
# Classes that connect only what they build later (a notice, a one-shot callback, one import's
# progress): nothing at construction, and every connection in a ``_connect_*`` helper.
LATER_WIRING = [
    ("chat_history.py", "ChatHistory"),
    ("chat_navigation.py", "ChatNavigator"),
    ("first_frame.py", "FirstFrame"),
    ("message_body.py", "MessageBody"),
    ("sent_attachments.py", "SentAttachments"),
    ("tasks.py", "ModelImport"),
]
LOOKUP_BY_NAME = {"getattr", "vars", "SIGNAL", "SLOT", "__getattribute__", "__dict__", "connectSlotsByName"}


def _modules() -> list[Path]:
    return sorted(UI.glob("*.py"))


def _is_connect(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "connect"


def _names_used(node: ast.AST) -> set[str]:
    """Every function and attribute name anywhere inside ``node``."""
    names = set()
    for inner in ast.walk(node):
        if isinstance(inner, ast.Name):
            names.add(inner.id)
        elif isinstance(inner, ast.Attribute):
            names.add(inner.attr)
    return names


def _lookups_by_name(tree: ast.AST) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(tree):
        if _is_connect(node):
            parts = [node.func.value, *node.args, *(k.value for k in node.keywords)]
            for used in sorted(set().union(*(_names_used(p) for p in parts)) & LOOKUP_BY_NAME):
                found.append((node.lineno, used))
        elif isinstance(node, ast.Attribute) and node.attr == "connectSlotsByName":
            found.append((node.lineno, node.attr))
    return found


def test_no_signal_or_slot_is_found_by_its_name():
    offenders = [
        f"{path.name}:{line} ({how})"
        for path in _modules()
        for line, how in _lookups_by_name(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert offenders == []


def test_the_check_catches_a_connection_made_by_name_in_a_loop():
    """Guards the test above: the pattern it exists for is found."""
    source = (
        "for name in ('clicked', 'pressed'):\n"
        "    getattr(button, name).connect(getattr(self, '_on_' + name))\n"
        "QMetaObject.connectSlotsByName(self)\n"
    )
    assert [how for _line, how in _lookups_by_name(ast.parse(source))] == ["getattr", "connectSlotsByName"]


def _class(tree: ast.Module, name: str) -> ast.ClassDef:
    return next(node for node in tree.body if isinstance(node, ast.ClassDef) and node.name == name)


def _methods(cls: ast.ClassDef) -> list[ast.FunctionDef]:
    return [node for node in cls.body if isinstance(node, ast.FunctionDef)]


def _connections_outside_connect_helpers(methods: dict[str, ast.FunctionDef]) -> list[str]:
    return [
        f"{method.name}:{node.lineno}"
        for method in methods.values()
        if not method.name.startswith("_connect")
        for node in ast.walk(method)
        if _is_connect(node)
    ]


@pytest.mark.parametrize(("module", "class_name"), COMPOSITION_ROOTS)
def test_a_composition_root_connects_its_signals_in_one_place(module, class_name):
    cls = _class(ast.parse((UI / module).read_text(encoding="utf-8")), class_name)
    methods = {m.name: m for m in _methods(cls)}
    assert "_connect_signals" in methods
    init_calls = {
        n.func.attr
        for n in ast.walk(methods["__init__"])
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
    }
    assert "_connect_signals" in init_calls
    assert _connections_outside_connect_helpers(methods) == []


@pytest.mark.parametrize(("module", "class_name"), LATER_WIRING)
def test_what_is_connected_later_is_connected_in_a_connect_helper(module, class_name):
    cls = _class(ast.parse((UI / module).read_text(encoding="utf-8")), class_name)
    methods = {m.name: m for m in _methods(cls)}
    assert any(name.startswith("_connect") for name in methods)
    assert _connections_outside_connect_helpers(methods) == []


def test_no_class_in_the_window_connects_outside_its_connect_methods():
    """The rule for every class of app/ui, including ones added later: a connection is made in
    ``_connect_signals`` or a ``_connect_*`` helper, where a reader looks for it."""
    offenders = [
        f"{path.name}: {cls.name}.{where}"
        for path in _modules()
        for cls in ast.parse(path.read_text(encoding="utf-8")).body
        if isinstance(cls, ast.ClassDef)
        for where in _connections_outside_connect_helpers({m.name: m for m in _methods(cls)})
    ]
    assert offenders == []
