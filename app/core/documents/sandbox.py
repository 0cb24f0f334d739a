"""PDF and DOCX readers in a child process, with a time limit and a memory limit.

pypdf and python-docx parse files that anyone can craft: a PDF whose content stream holds millions
of operators or whose objects loop, a DOCX whose XML is built to balloon. In the app's own process
such a file could spin a worker thread for ever or take all the memory the window needs. So the
structured formats are read in a short-lived child (``hearth --read-document``; ``python -m app
--read-document`` from source), the way :mod:`app.core.models.trial_load` tries model files:

* the parent sends one request on stdin (a JSON header line, then the file's bytes) and waits at
  most ``READER_TIMEOUT_S``; a child still reading then is killed;
* on Linux the child caps its own address space at ``READER_MEMORY_BYTES`` (``RLIMIT_AS``), so a
  file built to exhaust memory ends in a MemoryError inside the child, not in the window;
* the answer is one JSON object on stdout: the sections, or the one sentence that refuses the file.

Nothing is stored until the whole answer is in, so a file stopped half-way leaves nothing behind.
A child costs a fresh interpreter (a few hundred milliseconds), paid only for PDF and DOCX files.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

log = logging.getLogger(__name__)

READER_FLAG = "--read-document"
READER_TIMEOUT_S = 60.0  # pypdf reads ~250 pages/s here: 5,000 pages (the page limit) in ~20 s
READER_MEMORY_BYTES = 2 * 1024**3  # address space of the child, interpreter and libraries included
STRUCTURED_KINDS = ("pdf", "docx")


class ReaderFailed(Exception):
    """The child did not give an answer (killed, crashed, could not start); one sentence."""


# -------------------------------------------------------------- the parent side
def read_in_child(kind: str, name: str, data: bytes, timeout: float | None = None, memory: int | None = None):
    """``(sections, pages)`` of a PDF or DOCX read by a child process; DocumentError for a file the
    reader refuses or that breaks a limit. ``timeout``/``memory`` default to the module's limits."""
    from .extract import DocumentError, Section

    timeout = READER_TIMEOUT_S if timeout is None else timeout
    memory = READER_MEMORY_BYTES if memory is None else memory
    header = json.dumps({"kind": kind, "name": name, "memory": memory}).encode("utf-8") + b"\n"
    try:
        result = subprocess.run(
            reader_command(),
            input=header + data,
            capture_output=True,
            timeout=timeout,
            env=_child_environment(),
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0,
        )
    except subprocess.TimeoutExpired:  # subprocess.run has killed the child
        log.info("document reader stopped after %.0f s (%s, %d bytes)", timeout, kind, len(data))
        raise DocumentError(
            f"{name} took longer than {timeout:.0f} s to read, so Hearth stopped reading it "
            "(the file may be damaged or built to never finish)"
        ) from None
    except OSError as exc:
        raise ReaderFailed(f"the document reader could not start ({exc.strerror or exc})") from exc
    answer = _answer(result.stdout)
    if answer is None:
        tail = (result.stderr or b"").decode("utf-8", "replace").strip().splitlines()[-1:]
        log.info("document reader ended without an answer: exit %s (%s)", result.returncode, "".join(tail)[:200])
        if _memory_exhausted(result, tail):
            raise DocumentError(_memory_sentence(name, memory)) from None
        raise DocumentError(
            f"{name} could not be read: the document reader stopped unexpectedly (exit {result.returncode})"
        )
    if "error" in answer:
        raise DocumentError(str(answer["error"]))
    sections = [Section(str(s["text"]), page=s.get("page"), heading=s.get("heading")) for s in answer["sections"]]
    return sections, answer.get("pages")


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


def _answer(stdout: bytes | None) -> dict | None:
    try:
        answer = json.loads((stdout or b"").decode("utf-8"))
    except ValueError:
        return None
    return answer if isinstance(answer, dict) and ("error" in answer or "sections" in answer) else None


def _memory_exhausted(result: subprocess.CompletedProcess, tail: list[str]) -> bool:
    """A MemoryError that escaped the child's own handler (raised while answering, say)."""
    return any("MemoryError" in line for line in tail)


def _memory_sentence(name: str, memory: int) -> str:
    return (
        f"{name} needs more than {memory // (1024 * 1024):,} MB of memory to read, so Hearth stopped reading it "
        "(the file may be damaged or built to exhaust memory)"
    )


# -------------------------------------------------------------- the child side
def child_main(argv: list[str]) -> int:
    """``--read-document``: one request on stdin, one JSON answer on stdout, exit 0 (a refusal is
    an answer too). Any other exit means the reader itself broke."""
    if argv:
        print(f"usage: hearth {READER_FLAG} < request", file=sys.stderr)
        return 2
    header = json.loads(sys.stdin.buffer.readline().decode("utf-8"))
    data = sys.stdin.buffer.read()
    name, kind, memory = str(header["name"]), str(header["kind"]), int(header["memory"])
    _limit_memory(memory)
    try:
        answer = _read(kind, name, data)
    except MemoryError:
        answer = {"error": _memory_sentence(name, memory)}
    out = json.dumps(answer, ensure_ascii=False).encode("utf-8")
    sys.stdout.buffer.write(out)
    sys.stdout.buffer.flush()
    return 0


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
