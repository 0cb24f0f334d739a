"""Packaging files that need no build: Linux desktop entry and MIME type, icons, the spec's rules.

The build itself is tested (slowly) in tests/integration/test_frozen_build.py.
"""

from __future__ import annotations

import configparser
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET

import pytest

from tests.ci import in_ci, skip_or_fail_in_ci
from tests.packaging_files import ROOT, SPEC_PATH, spec_constants

RESOURCES = ROOT / "resources"
ICONS = RESOURCES / "icons"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _desktop_entry() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(RESOURCES / "hearth.desktop", encoding="utf-8")
    return dict(parser["Desktop Entry"])


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_desktop_entry_launches_hearth_with_the_file(tmp_path):
    entry = _desktop_entry()
    assert entry["Type"] == "Application" and entry["Name"] == "Hearth"
    assert entry["Exec"] == f"{spec_constants()['EXE_NAME']} %f"  # one file: a lone .gguf opens the window
    assert entry["Terminal"] == "false"
    assert entry["Icon"] == "hearth"
    assert "application/x-gguf" in entry["MimeType"].split(";")
    if shutil.which("desktop-file-validate") is None and in_ci():
        pytest.fail("desktop-file-validate (desktop-file-utils) is not installed: CI must validate the entry")
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(
            ["desktop-file-validate", str(RESOURCES / "hearth.desktop")], capture_output=True, text=True
        )
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_mime_type_matches_gguf_files_by_name_and_content():
    root = ET.parse(RESOURCES / "hearth-gguf.xml").getroot()
    assert root.tag == f"{MIME_NS}mime-info"
    (mime,) = root.findall(f"{MIME_NS}mime-type")
    assert mime.get("type") in _desktop_entry()["MimeType"].split(";")
    assert [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")] == ["*.gguf"]
    match = mime.find(f"{MIME_NS}magic/{MIME_NS}match")
    assert (match.get("type"), match.get("offset"), match.get("value")) == ("string", "0", "GGUF")


def test_mime_xml_is_accepted_by_update_mime_database(tmp_path):
    tool = shutil.which("update-mime-database")
    if tool is None:
        skip_or_fail_in_ci("update-mime-database (shared-mime-info) is not installed")
    (tmp_path / "packages").mkdir()
    shutil.copy(RESOURCES / "hearth-gguf.xml", tmp_path / "packages")
    subprocess.run([tool, str(tmp_path)], check=True, capture_output=True)
    assert "application/x-gguf:*.gguf" in (tmp_path / "globs2").read_text()


def test_png_icons_exist_at_every_size():
    for size in PNG_SIZES:
        assert _png_size((ICONS / f"hearth-{size}.png").read_bytes()) == (size, size)
    assert ET.parse(ICONS / "hearth.svg").getroot().tag.endswith("svg")


def test_ico_holds_png_images_from_16_to_256():
    data = (ICONS / "hearth.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * index : 22 + 16 * index])
        side = width or 256
        assert _png_size(data[offset : offset + length]) == (side, side)
        sizes.append(side)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_icns_entries_are_well_formed():
    data = (ICONS / "hearth.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    position, kinds = 8, []
    while position < len(data):
        kind, length = data[position : position + 4], struct.unpack(">I", data[position + 4 : position + 8])[0]
        assert data[position + 8 : position + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.append(kind)
        position += length
    assert position == len(data) and b"ic10" in kinds and b"icp4" in kinds


def test_the_spec_excludes_no_qt_module_the_app_imports():
    used = set()
    for source in (ROOT / "app").rglob("*.py"):
        used |= set(re.findall(r"\bPySide6\.(Qt\w+)", source.read_text(encoding="utf-8")))
    excluded = {name.split(".", 1)[1] for name in spec_constants()["EXCLUDES"] if name.startswith("PySide6.")}
    assert used, "the app imports no Qt module?"
    assert not used & excluded, f"hearth.spec excludes Qt modules the app imports: {sorted(used & excluded)}"


def test_the_spec_bundles_resources_and_uses_the_llama_cpp_hook():
    text = SPEC_PATH.read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "resources")' in text
    assert 'hookspath=[str(ROOT / "packaging" / "hooks")]' in text
    hook = (ROOT / "packaging" / "hooks" / "hook-llama_cpp.py").read_text(encoding="utf-8")
    assert 'collect_dynamic_libs("llama_cpp")' in hook and "collect_data_files(" in hook
    assert "vcomp140.dll" in text  # Windows: the OpenMP runtime next to llama.dll (pyinstaller #9216)
    assert spec_constants()["BUNDLE_STARTER_ENV"] == "HEARTH_BUNDLE_STARTER"


def test_make_package_runs_the_build_script():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^package:.*\n\t.*packaging/build\.py", makefile, re.MULTILINE)
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'^package = \[.*"pyinstaller', pyproject, re.MULTILINE)
