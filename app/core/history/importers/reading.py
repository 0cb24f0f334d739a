"""Reading an import file, bounded: only regular files, at most ``MAX_IMPORT_BYTES`` of JSON text
(a .zip's ``conversations.json`` is unpacked in chunks and refused past that), strict JSON numbers."""

from __future__ import annotations

import json
import lzma
import zipfile
import zlib
from pathlib import Path
from typing import IO, Any

from ...base.fileutil import NotRegularFileError, open_regular_file
from .checks import ImportFormatError

MAX_IMPORT_BYTES = 512 * 1024 * 1024  # of JSON text; ChatGPT's largest real exports are a few hundred MB


_CHUNK = 1024 * 1024


# -------------------------------------------------------------------- reading
def read_json(path: Path, max_bytes: int = MAX_IMPORT_BYTES) -> Any:
    """The parsed JSON of ``path`` (for a .zip: its conversations.json), read within ``max_bytes``."""
    return parse_json(read_import_text(Path(path), max_bytes))


def read_import_text(path: Path, max_bytes: int = MAX_IMPORT_BYTES) -> str:
    """The JSON text of an import file as a string. The bytes live only in this frame, so they are
    let go as soon as they are decoded and a large file is held twice only for a moment."""
    raw = read_import_bytes(path, max_bytes)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFormatError(f"not UTF-8 text (bad byte at offset {exc.start})") from None


def read_import_bytes(path: Path, max_bytes: int = MAX_IMPORT_BYTES) -> bytes | bytearray:
    """The JSON text of an import file, refusing special files and anything over ``max_bytes``."""
    try:
        handle = open_regular_file(path)
    except NotRegularFileError as exc:
        raise ImportFormatError(f"it is {exc.kind}, not a regular file; only a file can be imported") from None
    except OSError as exc:
        raise ImportFormatError(f"cannot be read ({exc.strerror or exc})") from None
    try:
        with handle:
            if handle.read(2) == b"PK":  # a zip archive; no JSON text starts with these letters
                handle.seek(0)
                return _conversations_from_zip(handle, max_bytes)
            handle.seek(0)
            return _read_capped(handle, max_bytes, "the file")
    except OSError as exc:
        raise ImportFormatError(f"cannot be read ({exc.strerror or exc})") from None


def _too_large(what: str, max_bytes: int) -> ImportFormatError:
    return ImportFormatError(f"{what} holds more than {_size(max_bytes)} of text, more than Hearth imports at once")


def _size(size: int) -> str:
    mib = 1024 * 1024
    return f"{size / mib:g} MB" if size >= mib else f"{size} bytes"


def _read_capped(stream: IO[bytes], max_bytes: int, what: str) -> bytearray:
    """Read ``stream`` in chunks, stopping as soon as it has given more than ``max_bytes``."""
    data = bytearray()
    while True:
        chunk = stream.read(min(_CHUNK, max_bytes + 1 - len(data)))
        if not chunk:
            return data
        data += chunk
        if len(data) > max_bytes:
            raise _too_large(what, max_bytes)


def _conversations_from_zip(handle: IO[bytes], max_bytes: int) -> bytearray:
    """conversations.json from a ChatGPT export .zip, unpacked as a stream within ``max_bytes``.

    The declared size is checked first (a bomb usually admits it), and the bytes are counted while
    unpacking (a bomb may lie about it): at most ``max_bytes`` are ever held.
    """
    try:
        with zipfile.ZipFile(handle) as archive:
            candidates = [
                info
                for info in archive.infolist()
                if not info.is_dir() and info.filename.rsplit("/", 1)[-1] == "conversations.json"
            ]
            if not candidates:
                raise ImportFormatError("the zip archive has no conversations.json (is it a ChatGPT data export?)")
            info = min(candidates, key=lambda i: len(i.filename))
            what = "conversations.json in the zip archive"
            if info.file_size > max_bytes:
                raise _too_large(what, max_bytes)
            with archive.open(info) as member:
                return _read_capped(member, max_bytes, what)
    except ImportFormatError:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        NotImplementedError,
        RuntimeError,
        EOFError,
        zlib.error,
        lzma.LZMAError,
        ValueError,
    ) as exc:
        raise ImportFormatError(f"the zip archive cannot be read ({exc})") from None


def parse_json(text: str) -> Any:
    """Parse an import's JSON text. Numbers too large to be anything (an integer of 5,000 digits,
    1e400) become infinities here and are refused by the schema check with their path."""
    try:
        return json.loads(text, parse_int=_bounded_int, parse_constant=_refuse_constant)
    except RecursionError:
        raise ImportFormatError("nested too deeply to be a conversation export") from None
    except json.JSONDecodeError as exc:
        raise ImportFormatError(f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None


def _bounded_int(digits: str) -> int | float:
    # Python refuses to convert more than 4,300 digits (a traceback); no field needs more than 40.
    if len(digits) <= 40:
        return int(digits)
    return float("-inf") if digits.startswith("-") else float("inf")


def _refuse_constant(name: str) -> Any:
    raise ImportFormatError(f"not valid JSON ({name} is not a JSON number)")
