"""PDF and DOCX readers in a child process, with a time limit and a memory limit.

pypdf and python-docx parse files that anyone can craft: a PDF whose content stream holds millions
of operators or whose objects loop, a DOCX whose XML is built to balloon. In the app's own process
such a file could spin a worker thread for ever or take all the memory the window needs. So the
structured formats are read in a short-lived child (``hearth --read-document``; ``python -m app
--read-document`` from source), the way :mod:`app.core.models.trial_load` tries model files:

* the parent sends a request on stdin (a JSON header line, then the file's bytes) and waits at
  most a minute (more for a bigger file, :func:`reading_time_limit`) for the answer; a child
  still reading then is killed;
* on Linux the child caps its own address space at ``READER_MEMORY_BYTES`` (``RLIMIT_AS``), so a
  file built to exhaust memory ends in a MemoryError inside the child, not in the window;
* the answer is one JSON object on stdout: the sections, or the one sentence that refuses the file.

Nothing is stored until the whole answer is in, so a file stopped half-way leaves nothing behind.
A child costs a fresh interpreter and pypdf's import (a few hundred milliseconds), paid only for
PDF and DOCX files: a :class:`ReaderSession` keeps one child for a whole folder.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import queue
import subprocess
import sys
import threading
from pathlib import Path

log = logging.getLogger(__name__)

READER_FLAG = "--read-document"
READER_TIMEOUT_S = 60.0  # for any file; a bigger one gets more (below)
READER_SECONDS_PER_MB = 4.0  # pypdf reads a 0.7 MB, 300-page PDF in ~1 s here: a wide margin for slow machines
READER_MEMORY_BYTES = 2 * 1024**3  # address space of the child, interpreter and libraries included
RESTART_AFTER = 200  # files one child reads before a fresh one takes over
CLOSE_WAIT_S = 5.0


class ReaderFailed(Exception):
    """The child did not give an answer (killed, crashed, could not start); one sentence."""


# -------------------------------------------------------------- the parent side
class ReaderSession:
    """A reader child that serves one file after another (a collection's folder pays its start-up
    once). Requests are answered in order; one that breaks a limit kills the child, and the next
    request starts a fresh one. Use it from one thread at a time, as a context manager."""

    def __init__(self, timeout: float | None = None, memory: int | None = None):
        self.timeout = timeout  # None: by the file's size (reading_time_limit)
        self.memory = READER_MEMORY_BYTES if memory is None else memory
        self._process: subprocess.Popen | None = None
        self._answers: queue.Queue | None = None
        self._pump: threading.Thread | None = None
        self._served = 0

    @property
    def pid(self) -> int | None:
        """The running child's process id (None between children)."""
        return self._process.pid if self._process is not None and self._process.poll() is None else None

    def __enter__(self) -> ReaderSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def read(self, kind: str, name: str, data: bytes):
        """``(sections, pages)``; DocumentError for a refusal or a broken limit, one sentence."""
        from .extract import DocumentError, Section

        timeout = self.timeout if self.timeout is not None else reading_time_limit(len(data))
        process = self._ensure_child()
        header = json.dumps({"kind": kind, "name": name, "memory": self.memory, "size": len(data)}).encode()
        try:
            process.stdin.write(header + b"\n")
            process.stdin.write(data)
            process.stdin.flush()
        except OSError:  # the child is gone (killed from outside, crashed at start)
            code = self._stop()
            raise DocumentError(f"{name} could not be read: the document reader stopped (exit {code})") from None
        try:
            answer = self._answers.get(timeout=timeout)
        except queue.Empty:
            self._stop()  # killed: a reader past its time never comes back
            log.info("document reader stopped after %.0f s (%s, %d bytes)", timeout, kind, len(data))
            raise DocumentError(
                f"{name} took longer than {timeout:.0f} s to read, so Hearth stopped reading it "
                "(the file may be damaged or built to never finish)"
            ) from None
        if answer is None:
            code = self._stop()
            log.info("document reader ended without an answer: exit %s (%s, %d bytes)", code, kind, len(data))
            raise DocumentError(f"{name} could not be read: the document reader stopped unexpectedly (exit {code})")
        self._served += 1
        if self._served >= RESTART_AFTER:  # memory a long series left fragmented goes back
            self.close()
        if "error" in answer:
            raise DocumentError(str(answer["error"]))
        sections = [Section(str(s["text"]), page=s.get("page"), heading=s.get("heading")) for s in answer["sections"]]
        return sections, answer.get("pages")

    def _ensure_child(self) -> subprocess.Popen:
        if self._process is not None and self._process.poll() is None:
            return self._process
        self._stop()
        try:
            self._process = subprocess.Popen(
                reader_command(),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,  # the answers carry every sentence; a full pipe must not block it
                env=_child_environment(),
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0,
            )
        except OSError as exc:
            raise ReaderFailed(f"the document reader could not start ({exc.strerror or exc})") from exc
        self._answers = queue.Queue()
        self._pump = threading.Thread(
            target=_pump_answers, args=(self._process.stdout, self._answers), name="hearth-reader", daemon=True
        )
        self._pump.start()
        self._served = 0
        return self._process

    def _stop(self) -> int | None:
        """Kill the child (if any) and forget it; its exit code."""
        process, self._process = self._process, None
        if process is None:
            return None
        if process.poll() is None:
            process.kill()
        code = process.wait()
        for stream in (process.stdin, process.stdout):
            with contextlib.suppress(OSError):
                stream.close()
        if self._pump is not None:
            self._pump.join(5)
        return code

    def close(self) -> None:
        """End the child politely (end of input), or kill it if it does not go."""
        process = self._process
        if process is None:
            return
        with contextlib.suppress(OSError):
            process.stdin.close()
        try:
            process.wait(CLOSE_WAIT_S)
        except subprocess.TimeoutExpired:
            pass
        self._stop()


def reading_time_limit(size: int) -> float:
    """Seconds a file of ``size`` bytes may take: ``READER_TIMEOUT_S`` plus a share per megabyte
    (a 30 MB PDF, the attachment limit, gets three minutes; a 10 KB one a minute)."""
    return READER_TIMEOUT_S + READER_SECONDS_PER_MB * size / (1024 * 1024)


def _pump_answers(stdout, answers: queue.Queue) -> None:
    """In a thread: each answer is a length line and that many bytes of JSON; None at the end."""
    try:
        while True:
            line = stdout.readline()
            if not line:
                break
            body = stdout.read(int(line))
            answer = json.loads(body.decode("utf-8"))
            answers.put(answer if isinstance(answer, dict) and ("error" in answer or "sections" in answer) else None)
    except (ValueError, OSError):
        pass
    answers.put(None)


def read_in_child(kind: str, name: str, data: bytes, timeout: float | None = None, memory: int | None = None):
    """``(sections, pages)`` of one PDF or DOCX, read by a child of its own."""
    with ReaderSession(timeout, memory) as session:
        return session.read(kind, name, data)


def reader_command() -> list[str]:
    """The frozen app is its own interpreter, so it gets a hidden flag, as ``--trial-load`` does.
    On Windows the windowed hearth.exe has no stdin/stdout: its console twin reads instead."""
    if getattr(sys, "frozen", False):
        program = Path(sys.executable)
        console_twin = program.with_name("hearth-cli.exe")
        if sys.platform == "win32" and console_twin.is_file():
            program = console_twin
        return [str(program), READER_FLAG]
    return [sys.executable, "-m", "app", READER_FLAG]


def _child_environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONIOENCODING"] = "utf-8"
    if not getattr(sys, "frozen", False):  # the child must import this very copy of the app
        root = str(Path(__file__).resolve().parents[3])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    return env


def _memory_sentence(name: str, memory: int) -> str:
    return (
        f"{name} needs more than {memory // (1024 * 1024):,} MB of memory to read, so Hearth stopped reading it "
        "(the file may be damaged or built to exhaust memory)"
    )


# -------------------------------------------------------------- the child side
def child_main(argv: list[str]) -> int:
    """``--read-document``: requests on stdin (a JSON header line, then the file's bytes), each
    answered on stdout (a length line, then JSON); exit 0 at the end of input. A refusal is an
    answer too; any other exit means the reader itself broke."""
    if argv:
        print(f"usage: hearth {READER_FLAG} < requests", file=sys.stderr)
        return 2
    logging.disable(logging.CRITICAL)  # pypdf's warnings quote the file; nobody reads them here
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    limited = False
    while True:
        line = stdin.readline()
        if not line:
            return 0
        header = json.loads(line.decode("utf-8"))
        data = stdin.read(int(header["size"]))
        name, kind, memory = str(header["name"]), str(header["kind"]), int(header["memory"])
        if not limited:
            _limit_memory(memory)
            limited = True
        try:
            answer = _read(kind, name, data)
            del data
            out = json.dumps(answer, ensure_ascii=False).encode("utf-8")
        except MemoryError:
            out = json.dumps({"error": _memory_sentence(name, memory)}).encode("utf-8")
        stdout.write(b"%d\n" % len(out))
        stdout.write(out)
        stdout.flush()


def _read(kind: str, name: str, data: bytes) -> dict:
    from . import extract

    try:
        if kind == "pdf":
            sections, pages = extract.pdf_sections(name, data)
        elif kind == "docx":
            sections, pages = extract.docx_sections(name, data), None
            if sum(len(s.text) for s in sections) > extract.MAX_TEXT_CHARS:  # not sent back at all
                return {"error": extract.too_much_text(name)}
        else:
            return {"error": f"{name}: the document reader does not read {kind} files"}
    except extract.DocumentError as exc:
        return {"error": str(exc)}
    return {"sections": [{"text": s.text, "page": s.page, "heading": s.heading} for s in sections], "pages": pages}


def _limit_memory(limit: int) -> None:
    """Cap this child's address space (Linux; elsewhere the time limit and size checks remain)."""
    if not sys.platform.startswith("linux"):
        return
    import resource

    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ValueError, OSError) as exc:  # a lower hard limit already: keep it
        print(f"memory limit not set: {exc}", file=sys.stderr)
