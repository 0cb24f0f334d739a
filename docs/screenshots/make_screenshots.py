"""Regenerate the README's screenshots from the real window, without loading a real model.

Run from the repository root::

    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_screenshots.py
    xvfb-run -a python docs/screenshots/make_screenshots.py      # same pictures under a real X server

It builds the real :class:`~app.ui.application.HearthApp` on a throwaway HEARTH_HOME (deleted at the
end) with the tests' :class:`~tests.fakes.ScriptedEngine` in place of llama.cpp: the starter GGUF sits
in the library so the picker and the Library tab are real, but no weights are loaded. A few older
chats are written to the database first so the sidebar shows its date groups and the API group; one
question is then sent through the window and the scripted Markdown reply is rendered as usual. The
model manager's Discover tab reads the tests' fake Hugging Face hub on 127.0.0.1, the Document
collections page indexes a small folder of notes (keywords only), and the API server panel serves
one real request so its log has a line. Nothing touches the user's profile, keyring or the network.

Writes chat-light, chat-dark, chat-de (German), chat-small (640x480), models-discover,
models-library, collections and api-server .png files next to this script (palette-quantized only
when one would be over 150 KB).
"""

# ruff: noqa: TID251  (a window tool, like app/ui: it drives Qt)
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))  # the app and the tests' fakes, from this checkout

QUESTION = "How do I count the words in a text file in Python?"
# The scripted reply, streamed token by token: a code block with a long line, a list, inline code.
REPLY = [
    "Read the file, split on whitespace and count the pieces:\n\n",
    "```python\n",
    "from pathlib import Path\n\n",
    "def count_words(path: Path) -> int:\n",
    "    return len(path.read_text(encoding='utf-8').split())  # split() with no argument treats tabs, "
    "newlines and runs of spaces as one separator\n\n",
    "print(count_words(Path('notes.txt')))\n",
    "```\n\n",
    "A few things to know:\n\n",
    "- `split()` without an argument ignores leading and trailing whitespace.\n",
    "- For very large files, count line by line: `sum(len(line.split()) for line in f)`.\n",
    '- Punctuation stays attached to words; use `re.findall(r"\\w+", text)` to drop it.\n',
]
OLDER_CHATS = [  # (title, days ago, pinned, source, question, answer)
    ("Weekly plan", 9, True, "", "Help me plan my week.", "Here is a simple plan..."),
    ("Trip to Lisbon ideas", 1, False, "", "Three days in Lisbon?", "Day 1: Alfama..."),
    ("Recipe: lentil soup", 3, False, "", "A lentil soup recipe?", "You need red lentils..."),
    ("What is a KV cache?", 40, False, "", "What is a KV cache?", "It stores attention keys..."),
    ("Git rebase or merge", 75, False, "", "Rebase or merge?", "Both combine histories..."),
    ("Summarise release notes", 0, False, "api", "Summarise these notes.", "The release adds..."),
]
NOTES = {  # the collection's documents
    "tides.md": "# Tides\n\nThe spring tide floods the causeway at dawn.",
    "lamp.md": "# Lamp room\n\nThe lamp room holds forty litres of paraffin.",
    "ferry.md": "# Ferry\n\nThe ferry to the island leaves at noon.",
    "birds.txt": "Puffins nest on the north cliffs from April to August.",
}


def wait_until(condition, timeout_s: float = 30.0) -> None:
    """Let Qt run until ``condition()`` holds; a hang guard, not a timing assumption."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"gave up waiting for {condition}")
        QApplication.processEvents()
        time.sleep(0.01)


def settle(seconds: float = 0.4) -> None:
    """Process events for a moment so layouts, elisions and deferred timers finish."""
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


MAX_BYTES = 150_000  # the README loads every picture; keep each one small


def save(widget, name: str) -> None:
    """Grab ``widget`` as a full-colour PNG; palette-quantize it only when that is too big."""
    settle()
    image = widget.grab().toImage()
    path = HERE / f"{name}.png"
    image.save(str(path), "PNG", 9)
    if path.stat().st_size > MAX_BYTES:
        quantized(image).save(str(path), "PNG", 9)
    print(f"{path.name}: {image.width()}x{image.height()}, {path.stat().st_size // 1024} KB")


def quantized(image):
    """The image in its 256 most frequent colours (Qt maps the rest to the nearest). Qt's own
    Indexed8 conversion uses a fixed colour cube, which turns dark greys into navy blue."""
    import numpy
    from PySide6.QtCore import Qt

    rgb = image.convertToFormat(image.Format.Format_RGB32)
    pixels = numpy.frombuffer(rgb.constBits(), dtype=numpy.uint32, count=rgb.width() * rgb.height())
    colours, counts = numpy.unique(pixels, return_counts=True)
    palette = [int(c) for c in colours[numpy.argsort(counts)[::-1][:256]]]
    return rgb.convertToFormat(image.Format.Format_Indexed8, palette, Qt.ImageConversionFlag.ThresholdDither)


def scripted_engine():
    """The tests' scripted engine, reporting believable numbers instead of the test ones."""
    from tests.fakes import ScriptedEngine

    class ShowcaseEngine(ScriptedEngine):
        def generate(self, *args, **kwargs):
            result = super().generate(*args, **kwargs)
            stats = replace(
                result.stats,
                time_to_first_token_s=0.38,
                tokens_per_second=41.7,
                prompt_tokens=31,
                completion_tokens=148,
                model_file=self.loaded.name if self.loaded else "",
                seed=1234,
            )
            return replace(result, stats=stats)

    return ShowcaseEngine(tokens=REPLY)


def seed_history(database_path: Path) -> None:
    """Older chats, written before the window opens, so the sidebar has something to group."""
    from app.core.history.conversation import Role
    from app.core.history.storage import Storage

    with Storage(database_path) as storage:
        for title, days, pinned, source, question, answer in OLDER_CHATS:
            stamp = time.time() - days * 86400 - 3600
            conv = storage.create_conversation(title, created_at=stamp, pinned=pinned, source=source)
            user = storage.add_message(conv.id, Role.USER, question, parent_id=None)
            reply = storage.add_message(conv.id, Role.ASSISTANT, answer, parent_id=user.id)
            storage.restore_updated_at(conv.id, stamp, {user.id: stamp, reply.id: stamp + 5})


def build_app(qt_app, paths, language: str, hub_endpoint: str):
    from app.ui.application import HearthApp, SettingsStore

    store = SettingsStore(paths.settings_path)
    store.save(store.get().with_changes(language=language, theme="light"))
    hearth = HearthApp(qt_app, paths, engine_factory=scripted_engine, hub_endpoint=hub_endpoint, settings=store)
    hearth.window.resize(1100, 720)
    hearth.window.show()
    hearth.start()
    wait_until(lambda: hearth.models.ready)
    return hearth


def send(hearth, text: str) -> None:
    done: list[bool] = []
    hearth.chat.reply_finished.connect(lambda *_: done.append(True))
    hearth.window.navigator.submit(text)
    wait_until(lambda: bool(done))


def shoot_chat(hearth) -> None:
    save(hearth.window, "chat-light")
    hearth.set_theme("dark")
    save(hearth.window, "chat-dark")
    hearth.set_theme("light")
    hearth.window.resize(640, 480)
    save(hearth.window, "chat-small")
    hearth.window.resize(1100, 720)


def shoot_model_manager(hearth) -> None:
    manager = hearth.open_model_manager()
    manager.confirm = lambda *args: True
    manager.resize(1000, 600)
    loaded: list[bool] = []
    manager.files_loaded.connect(lambda *_: loaded.append(True))
    manager.discover.open_repo(STARTER_REPO)
    wait_until(lambda: bool(loaded), 120)
    manager.discover.select_file(STARTER_FILE)
    save(manager, "models-discover")
    manager.tabs.setCurrentWidget(manager.library_tab)
    save(manager, "models-library")
    manager.hide()


def shoot_collections(hearth, folder: Path) -> None:
    page = hearth.documents.open_page()
    page.resize(900, 520)
    finished: list[bool] = []
    page._jobs.finished.connect(lambda *_: finished.append(True))
    page.add_folder(folder, "island-notes")
    wait_until(lambda: bool(finished), 120)
    tick = page.table.item(0, len(page.COLUMNS) - 1)
    from PySide6.QtCore import Qt

    tick.setCheckState(Qt.CheckState.Checked)  # used by the open chat
    save(page, "collections")
    page.hide()


def shoot_server_panel(hearth) -> None:
    import httpx

    from tests.integration.conftest import free_port

    hearth.server.open_panel()
    panel = hearth.server.panel[0]
    panel.resize(820, 560)
    panel.port.setValue(free_port())
    panel.enabled.setChecked(True)
    wait_until(lambda: hearth.server.running)
    base = panel.url.text()
    headers = {"Authorization": f"Bearer {panel.key.text()}"}
    body = {"messages": [{"role": "user", "content": "Hello"}], "max_tokens": 64}
    # Off the GUI thread would be tidier; the server runs on its own thread, so a blocking call is fine.
    httpx.get(f"{base}/models", headers=headers, timeout=20)
    httpx.post(f"{base}/chat/completions", headers=headers, json=body, timeout=20)
    wait_until(lambda: panel.log_table.rowCount() >= 2)
    save(panel, "api-server")
    panel.enabled.setChecked(False)
    wait_until(lambda: not hearth.server.running)
    panel.hide()


STARTER_REPO = "ggml-org/gemma-3-270m-it-GGUF"
STARTER_FILE = "gemma-3-270m-it-Q4_K_M.gguf"


def main() -> int:
    home = Path(tempfile.gettempdir()) / "hearth-demo"  # a short, stable path: the Library tab shows it
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir()
    os.environ["HEARTH_HOME"] = str(home / "profile")
    os.environ["HEARTH_API_KEY"] = "hk-demo-3f9c2a7e51b84d06"  # not the keyring
    os.environ.pop("HF_TOKEN", None)
    import keyring
    from PySide6.QtWidgets import QApplication

    from app.core.base.paths import AppPaths
    from app.core.models.library import ModelLibrary
    from tests.fakes_hub import FakeHub, MemoryKeyring

    keyring.set_keyring(MemoryKeyring())  # the model manager's token box must not reach the real keyring
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    paths = AppPaths.from_environment().ensure()
    starter = ModelLibrary(paths.models_dir).ensure_starter()
    seed_history(paths.database_path)
    hub = FakeHub().start()
    hub.add_repo(STARTER_REPO, {STARTER_FILE: starter})
    folder = home / "island-notes"
    folder.mkdir()
    for name, text in NOTES.items():
        (folder / name).write_text(text, encoding="utf-8")
    try:
        hearth = build_app(qt_app, paths, "en", hub.endpoint)
        send(hearth, QUESTION)
        shoot_chat(hearth)
        shoot_model_manager(hearth)
        shoot_collections(hearth, folder)
        shoot_server_panel(hearth)
        hearth.shutdown()
        hearth.window.close()

        german = build_app(qt_app, paths, "de", hub.endpoint)  # reopens the last chat
        save(german.window, "chat-de")
        german.shutdown()
        german.window.close()
    finally:
        hub.stop()
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
