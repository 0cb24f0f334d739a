"""``hearth --self-test [--model PATH]``: prove that this install (frozen or not) really works.

Frozen builds fail in ways a source checkout never shows: a shared library left out of the bundle,
a Qt plugin missing, package metadata that entry points need. This check exercises each of those
paths for real, without a display and without touching the user's conversations:

1. runtime   llama-cpp-python imports and its native libraries load;
2. model     the model to test is found (``--model``, else the starter model, else the library);
3. load      ``LlamaCppEngine`` loads it on the CPU;
4. generate  a few tokens come out;
5. database  a *temporary* history database is created, written, searched and closed;
6. keyring   the keyring backend is identified (having none is reported, not a failure);
7. render    Markdown renders and Pygments finds its lexers (loaded by name, so easily left out);
8. qt        Qt starts on the offscreen platform, renders the SVG app icon, and the bundle holds
             this OS's native platform plugin, the image-format plugins and a widget style;
9. server    the API server answers one request on loopback;
10. documents a small PDF and DOCX are read by pypdf and python-docx in the reader child.

Independent steps all run even when one fails, so one report shows every problem; a step that
depends on a failed one is skipped. The exit status is 0 when every step passed, else 1.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from . import __version__

PROMPT = "Say hello in five words."
MAX_TOKENS = 8
# Small: the test proves the model runs, not that a long context fits in memory.
SELF_TEST_CONTEXT = 512

# The native platform plugin a desktop session of each OS needs (file names carry a lib prefix and
# a suffix that differ per OS, hence the substring match).
NATIVE_PLATFORM_PLUGIN = {"linux": "xcb", "win32": "windows", "darwin": "cocoa"}


class StepFailed(Exception):
    """A self-test step failed; the message says why in one line."""


@dataclass
class StepResult:
    name: str
    status: str  # "ok", "FAIL" or "skip"
    detail: str


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def resources_dir() -> Path:
    """``resources/`` beside the code: inside the bundle when frozen, the repository otherwise."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


class _SelfTest:
    def __init__(self, model: Path | None, out: TextIO):
        self.requested_model = model
        self.out = out
        self.results: list[StepResult] = []
        self.engine = None
        self.model_path: Path | None = None

    # ------------------------------------------------------------------ driver
    def run(self) -> int:
        started = time.perf_counter()
        build = "frozen build" if is_frozen() else "source install"
        self._print(
            f"Hearth {__version__} self-test ({build}, Python {platform.python_version()}, "
            f"{platform.system()} {platform.machine()})"
        )
        self._step("runtime", self.check_runtime)
        self._step("model", self.find_model, needs="runtime")
        self._step("load", self.load_model, needs="model")
        self._step("generate", self.generate, needs="load")
        self._unload()
        self._step("database", self.check_database)
        self._step("keyring", self.check_keyring)
        self._step("render", self.check_render)
        self._step("qt", self.check_qt)
        self._step("server", self.check_server)
        self._step("documents", self.check_documents)
        failed = [r for r in self.results if r.status == "FAIL"]
        elapsed = time.perf_counter() - started
        if failed:
            first = failed[0]
            names = ", ".join(r.name for r in failed)
            self._print(
                f"Self-test FAILED at step '{first.name}': {first.detail}"
                + (f" (failed steps: {names})" if len(failed) > 1 else "")
            )
            return 1
        self._print(f"Self-test passed ({len(self.results)} steps, {elapsed:.1f} s).")
        return 0

    def _step(self, name: str, action: Callable[[], str], needs: str | None = None) -> None:
        if needs is not None and not any(r.name == needs and r.status == "ok" for r in self.results):
            result = StepResult(name, "skip", f"needs the '{needs}' step")
        else:
            try:
                result = StepResult(name, "ok", action())
            except StepFailed as exc:
                result = StepResult(name, "FAIL", str(exc))
            except Exception as exc:  # noqa: BLE001 - the report must name the step, whatever broke
                result = StepResult(name, "FAIL", f"{exc.__class__.__name__}: {exc}")
        self.results.append(result)
        self._print(f"  {result.status:<5} {result.name:<9} {result.detail}")

    def _print(self, line: str) -> None:
        print(line, file=self.out, flush=True)

    # ------------------------------------------------------------------- steps
    def check_runtime(self) -> str:
        from .core.inference import engine

        if engine.llama_cpp is None:
            raise StepFailed(f"llama-cpp-python cannot be imported: {engine._IMPORT_ERROR}")
        offload = "GPU offload available" if engine.gpu_offload_supported() else "CPU only"
        return f"llama-cpp-python {engine.llama_cpp_version()} ({offload})"

    def find_model(self) -> str:
        from .core.base.paths import AppPaths
        from .core.base.system import format_bytes
        from .core.models.library import LibraryError, ModelLibrary

        if self.requested_model is not None:
            path = Path(self.requested_model).expanduser()
            if not path.is_file():
                raise StepFailed(f"no model file at {path}")
            source = "given with --model"
        else:
            library = ModelLibrary(AppPaths.from_environment().models_dir)
            if library.starter_available():
                try:
                    path = library.ensure_starter()
                except (LibraryError, OSError) as exc:
                    raise StepFailed(f"the starter model could not be prepared: {exc}") from exc
                source = "bundled starter model" if is_frozen() else "starter model package"
            else:
                usable = [m for m in library.models() if m.usable]
                if not usable:
                    raise StepFailed(
                        "no model to test: the starter model is not bundled and the library "
                        f"({library.models_dir}) is empty; pass --model PATH"
                    )
                path, source = usable[0].path, "first model in the library"
        self.model_path = path
        return f"{path.name}, {format_bytes(path.stat().st_size)} ({source})"

    def load_model(self) -> str:
        from .core.inference.engine import EngineError, LlamaCppEngine, LoadOptions

        engine = LlamaCppEngine()
        try:
            report = engine.load(self.model_path, LoadOptions(n_ctx=SELF_TEST_CONTEXT, n_gpu_layers=0))
        except EngineError as exc:
            raise StepFailed(str(exc)) from exc
        self.engine = engine
        return f"{report.architecture}, {report.backend}, context {report.context_length}, {report.load_seconds:.2f} s"

    def generate(self) -> str:
        from .core.base.settings import SamplingParams
        from .core.history.conversation import Role
        from .core.inference.prompting import ChatMessage

        sampling = SamplingParams(temperature=0.0, max_tokens=MAX_TOKENS, seed=1)
        result = self.engine.generate(
            [ChatMessage(Role.USER, PROMPT)], None, sampling, on_text=lambda _text: None, should_stop=lambda: False
        )
        tokens = result.stats.completion_tokens
        if tokens < 1 or not result.text.strip():
            raise StepFailed(f"the model produced no text (finish reason: {result.finish_reason or 'none'})")
        speed = f", {result.stats.tokens_per_second:.1f} tok/s" if result.stats.tokens_per_second else ""
        preview = " ".join(result.text.split())[:40]
        return f"{tokens} tokens{speed}: {preview!r}"

    def _unload(self) -> None:
        if self.engine is not None:
            self.engine.unload()
            self.engine = None

    def check_database(self) -> str:
        import sqlite3

        from .core.history.conversation import Role
        from .core.history.storage import Storage

        # A throwaway folder: the self-test must never create, migrate or lock the user's history.
        with tempfile.TemporaryDirectory(prefix="hearth-selftest-", ignore_cleanup_errors=True) as folder:
            storage = Storage(Path(folder) / "hearth.sqlite3")
            try:
                conversation = storage.create_conversation("Self-test")
                storage.add_message(conversation.id, Role.USER, "the hearth keeps the embers warm", parent_id=None)
                if not storage.search("embers"):
                    raise StepFailed("the full-text index (FTS5) found nothing it had just stored")
                schema = storage.schema_version()
            finally:
                storage.close()
        return f"SQLite {sqlite3.sqlite_version}, schema {schema}, FTS5 search ok (temporary database)"

    def check_keyring(self) -> str:
        from importlib import metadata

        from .core.base.secrets import keyring_status

        # keyring finds its own backends (Windows, macOS, SecretService...) through entry points in
        # its package metadata. A frozen build without that metadata silently falls back to "no
        # keyring" on every OS, so an empty list is a packaging bug, whatever the desktop offers.
        plugins = sorted(ep.name for ep in metadata.entry_points(group="keyring.backends"))
        if not plugins:
            raise StepFailed("keyring's backend list is empty (its package metadata is missing from the build)")
        return f"{keyring_status()}; backends known: {', '.join(plugins)}"

    def check_server(self) -> str:
        """The API server's stack (starlette, uvicorn) answers one real request on loopback."""
        import json

        from .core.server.selfcheck import serve_one_request

        with tempfile.TemporaryDirectory(prefix="hearth-selftest-") as folder:
            status, body = serve_one_request(Path(folder))
        if status != 200 or json.loads(body).get("object") != "list":
            raise StepFailed(f"the API server answered {status}")
        return "starlette + uvicorn answered GET /v1/models on loopback"

    def check_documents(self) -> str:
        """pypdf, python-docx and lxml are bundled and the ``--read-document`` child starts."""
        from .core.documents.selfcheck import check_readers

        try:
            return check_readers()
        except Exception as exc:  # noqa: BLE001 - a DocumentError or a wrong result: one line
            raise StepFailed(f"{type(exc).__name__}: {exc}") from exc

    def check_render(self) -> str:
        from markdown_it import MarkdownIt
        from pygments import highlight
        from pygments.formatters import HtmlFormatter
        from pygments.lexers import get_lexer_by_name

        html = MarkdownIt("commonmark").enable("table").render("**bold**\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
        if "<strong>bold</strong>" not in html or "<table>" not in html:
            raise StepFailed("Markdown did not render (markdown-it-py)")
        languages = ("python", "javascript", "rust", "bash", "json")
        for language in languages:
            code = highlight("x = 1", get_lexer_by_name(language), HtmlFormatter())
            if "<span" not in code:
                raise StepFailed(f"Pygments did not highlight {language}")
        return f"Markdown tables ok, code highlighting ok ({', '.join(languages)})"

    def check_qt(self) -> str:
        # Never open a window: the check must pass on a headless build machine or over SSH.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import QLibraryInfo
        from PySide6.QtGui import QImage, QImageReader, QPainter
        from PySide6.QtSvg import QSvgRenderer
        from PySide6.QtWidgets import QApplication, QStyleFactory

        app = QApplication.instance() or QApplication(["hearth", "-platform", "offscreen"])
        plugins_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
        platforms = sorted(p.name for p in (plugins_dir / "platforms").glob("*") if p.is_file())
        native = NATIVE_PLATFORM_PLUGIN.get(sys.platform)
        native_note = ""
        if native:
            candidates = [name for name in platforms if native in name]
            if not candidates:
                raise StepFailed(
                    f"the '{native}' platform plugin is missing from {plugins_dir / 'platforms'} "
                    f"(found: {', '.join(platforms) or 'nothing'}); the window could not open"
                )
            native_note = _plugin_load_note(plugins_dir / "platforms" / candidates[0], native)
        formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
        missing = {"svg", "ico"} - formats
        if missing:
            raise StepFailed(f"image-format plugins missing: {', '.join(sorted(missing))}")
        if not QStyleFactory.keys():
            raise StepFailed("no widget style is available")
        icon = resources_dir() / "icons" / "hearth.svg"
        renderer = QSvgRenderer(str(icon))
        if not renderer.isValid():
            raise StepFailed(f"the app icon {icon} is missing or not valid SVG")
        image = QImage(64, 64, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        if image.pixelColor(32, 40).alpha() == 0:
            raise StepFailed("the app icon rendered as an empty image")
        return (
            f"PySide6 {pyside_version}, platform {app.platformName()}, {native_note or 'native plugin n/a'}, "
            f"styles: {', '.join(QStyleFactory.keys())}"
        )


def _plugin_load_note(plugin: Path, name: str) -> str:
    """Whether the native platform plugin's library loads here (its system dependencies resolve).

    Reported, not failed: a headless build machine may lack the X/Wayland client libraries that
    every desktop has, yet a missing ``libxcb-cursor0`` is the classic reason a Qt 6 app will not
    open a window, so the user should see it.
    """
    from PySide6.QtCore import QPluginLoader

    loader = QPluginLoader(str(plugin))
    if loader.load():
        return f"{name} plugin loads"
    reason = loader.errorString().split(": ", 1)[-1]
    return f"WARNING: the {name} plugin cannot load on this machine ({reason})"


def run_self_test(model: Path | None = None, out: TextIO | None = None) -> int:
    """Run every step, print the report to ``out`` (stdout by default), return the exit status."""
    return _SelfTest(Path(model) if model is not None else None, out or sys.stdout).run()
