"""installer.iss, checked without Inno Setup: names, per-user install, association, version, data.

The names come from the PyInstaller spec's own constants (what the build really writes); when a
build exists in dist/, its files are checked too.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path, PureWindowsPath

import pytest

import app
from app.__main__ import WINDOWS_MUTEX_NAME, _wants_cli
from app.core.base import paths as app_paths
from tests.ci import skip_or_fail_in_ci
from tests.packaging_files import (
    BUILD_PATH,
    ROOT,
    InnoScript,
    load_iss,
    module_constants,
    parse_iss,
    project_version,
    spec_constants,
    unconditional_deletions,
)


@pytest.fixture(scope="module")
def iss() -> InnoScript:
    return load_iss()


@pytest.fixture(scope="module")
def spec() -> dict:
    return spec_constants()


def _load_build_module():
    loader_spec = importlib.util.spec_from_file_location("hearth_build_script", BUILD_PATH)
    module = importlib.util.module_from_spec(loader_spec)
    loader_spec.loader.exec_module(module)
    return module


# ------------------------------------------------------------------ names and version
def test_the_version_default_matches_the_project(iss):
    assert iss.defines["AppVersion"] == project_version() == app.__version__
    assert iss.setup()["appversion"] == project_version()
    assert project_version() in iss.setup()["outputbasefilename"]


def test_the_build_script_passes_the_project_version_to_inno_setup():
    build = _load_build_module()
    assert build.project_version() == project_version()
    assert "/DAppVersion={version}" in BUILD_PATH.read_text(encoding="utf-8")
    assert re.search(r"#ifndef AppVersion\s+#define AppVersion", load_iss().text)  # /D overrides the default


def test_names_match_what_the_spec_builds(iss, spec):
    assert iss.defines["AppExeName"] == f"{spec['EXE_NAME']}.exe"
    assert iss.defines["AppCliExeName"] == f"{spec['CLI_EXE_NAME']}.exe"
    assert PureWindowsPath(iss.defines["DistDir"]) == PureWindowsPath("dist", spec["DIST_FOLDER"])
    (files,) = iss.entries("files")
    assert PureWindowsPath(files["source"]) == PureWindowsPath("dist", spec["DIST_FOLDER"], "*")
    assert files["destdir"] == "{app}" and "recursesubdirs" in files["flags"]
    assert iss.setup()["outputdir"] == "dist"
    # build.py repeats the names it needs; they must be the spec's.
    build = module_constants(BUILD_PATH)
    for name in ("DIST_FOLDER", "EXE_NAME", "CLI_EXE_NAME", "MAC_BUNDLE_NAME", "BUNDLE_STARTER_ENV"):
        assert build[name] == spec[name], name
    # Every path the installer points at names the GUI executable.
    exe = iss.defines["AppExeName"]
    targets = [e["filename"] for e in iss.entries("icons")] + [e["filename"] for e in iss.entries("run")]
    assert targets and all(t == f"{{app}}\\{exe}" for t in targets)
    assert iss.setup()["uninstalldisplayicon"] == f"{{app}}\\{exe}"


def missing_installer_files(folder: Path, spec: dict) -> list[str]:
    """What a PyInstaller build in ``folder`` lacks of the files installer.iss and the desktop
    entry point at. tests/integration/test_frozen_build.py runs it on a fresh build (``make
    test-slow``, which CI runs), so the check never depends on a ``dist/`` lying around."""
    exe = spec["EXE_NAME"] + (".exe" if sys.platform == "win32" else "")
    expected = [exe, "_internal/resources/icons/hearth.svg", "_internal/resources/hearth.desktop"]
    return [name for name in expected if not (folder / name).is_file()]


def test_the_build_check_names_what_is_missing(spec, tmp_path):
    exe = spec["EXE_NAME"] + (".exe" if sys.platform == "win32" else "")
    (tmp_path / exe).write_bytes(b"")
    assert missing_installer_files(tmp_path, spec) == [
        "_internal/resources/icons/hearth.svg",
        "_internal/resources/hearth.desktop",
    ]
    for name in ("icons/hearth.svg", "hearth.desktop"):
        (tmp_path / "_internal" / "resources" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "_internal" / "resources" / name).write_bytes(b"")
    assert missing_installer_files(tmp_path, spec) == []


def test_an_existing_build_in_dist_has_the_files_the_installer_expects(spec):
    dist = ROOT / "dist" / spec["DIST_FOLDER"]
    if not dist.is_dir():  # nothing to check here; test_frozen_build checks a fresh build (CI runs it)
        return
    assert missing_installer_files(dist, spec) == []


def test_the_setup_icon_exists(iss):
    icon = ROOT / PureWindowsPath(iss.setup()["setupiconfile"]).as_posix()
    assert icon.read_bytes()[:4] == b"\x00\x00\x01\x00"  # ICO header


# ------------------------------------------------------------------ per-user install
def test_installs_per_user_without_admin_rights(iss):
    setup = iss.setup()
    assert setup["privilegesrequired"] == "lowest"
    assert "privilegesrequiredoverridesallowed" not in setup
    assert setup["defaultdirname"] == r"{localappdata}\Programs\Hearth"
    assert re.fullmatch(r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", setup["appid"])
    # Nothing machine-wide: every registry entry is the user's own.
    assert all(e["root"] == "HKCU" for e in iss.entries("registry"))


def test_start_menu_entry_and_an_optional_desktop_icon(iss):
    icons = {e["name"]: e for e in iss.entries("icons")}
    assert "{autoprograms}\\Hearth" in icons and "tasks" not in icons["{autoprograms}\\Hearth"]
    desktop = icons["{autodesktop}\\Hearth"]
    tasks = {t["name"]: t for t in iss.entries("tasks")}
    assert "unchecked" in tasks[desktop["tasks"]]["flags"].split()


def test_gguf_files_open_in_hearth(iss):
    assert iss.setup()["changesassociations"] == "yes"
    registry = iss.entries("registry")
    progid = iss.defines["ProgId"]
    by_key = {(e["subkey"], e["valuename"]): e for e in registry}
    assert all(e["subkey"].startswith("Software\\Classes\\") for e in registry)
    assert by_key[("Software\\Classes\\.gguf", "")]["valuedata"] == progid
    assert ("Software\\Classes\\.gguf\\OpenWithProgids", progid) in by_key
    command = by_key[(f"Software\\Classes\\{progid}\\shell\\open\\command", "")]["valuedata"]
    assert command == '"{app}\\hearth.exe" "%1"'
    # The association is removed with the program (the ProgId key, the .gguf values).
    assert "uninsdeletekey" in by_key[(f"Software\\Classes\\{progid}", "")]["flags"]
    assert "uninsdeletevalue" in by_key[("Software\\Classes\\.gguf", "")]["flags"]
    # ...and the app opens a lone .gguf argument in the window, not the CLI.
    assert _wants_cli([r"C:\Users\me\Downloads\gemma-3-1b-it-Q4_K_M.gguf"]) is False


def test_an_upgrade_closes_a_running_hearth_first(iss):
    setup = iss.setup()
    assert setup["closeapplications"] in {"yes", "force"}
    assert "*.exe" in setup["closeapplicationsfilter"] and "*.pyd" in setup["closeapplicationsfilter"]
    # The uninstaller cannot use Restart Manager; it checks the mutex the running app holds.
    assert iss.defines["AppMutexName"] == WINDOWS_MUTEX_NAME
    assert f"CheckForMutexes('{WINDOWS_MUTEX_NAME}')" in iss.code
    # Stale runtime files from the previous version are replaced, inside {app} only.
    assert all(e["name"].startswith("{app}") for e in iss.entries("installdelete"))


# ------------------------------------------------------------------ the user's data survives
def test_the_data_dir_is_where_platformdirs_puts_hearths_files(iss, monkeypatch):
    from platformdirs.windows import Windows

    assert app_paths.APP_DIR_NAME == iss.defines["UserDataDirName"]
    local = r"C:\Users\someone\AppData\Local"
    # platformdirs' own override of the shell folder, so its Windows rules run on any OS.
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", local)
    monkeypatch.setenv("WIN_PD_OVERRIDE_APPDATA", r"C:\Users\someone\AppData\Roaming")
    dirs = Windows(appname=app_paths.APP_DIR_NAME, appauthor=False)
    try:
        folders = (dirs.user_data_dir, dirs.user_config_dir, dirs.user_cache_dir, dirs.user_log_dir)
    except NotImplementedError:
        skip_or_fail_in_ci("this platformdirs has no WIN_PD_OVERRIDE_* and cannot resolve Windows folders here")
    data_dir = PureWindowsPath(local, iss.defines["UserDataDirName"])
    for folder in folders:
        folder = PureWindowsPath(folder)
        assert folder == data_dir or data_dir in folder.parents, folder
    assert f"ExpandConstant('{{localappdata}}\\{iss.defines['UserDataDirName']}')" in iss.code
    # The program folder and the data folder are apart: removing {app} cannot reach the data.
    install_dir = PureWindowsPath(iss.setup()["defaultdirname"].replace("{localappdata}", local))
    assert install_dir != data_dir
    assert data_dir not in install_dir.parents and install_dir not in data_dir.parents


def test_uninstall_deletes_nothing_outside_the_program_folder(iss):
    for section in ("uninstalldelete", "installdelete"):
        for entry in iss.entries(section):
            assert entry["name"].startswith("{app}"), (section, entry)


def test_uninstall_keeps_user_data_unless_the_user_says_yes(iss):
    assert unconditional_deletions(iss.code) == []
    assert "usPostUninstall" in iss.code and "DelTree(DataDir" in iss.code


@pytest.mark.parametrize(
    "bad_code",
    [
        # deletes unconditionally
        "procedure CurUninstallStepChanged(S: TUninstallStep);\nbegin\n"
        "  DelTree(ExpandConstant('{localappdata}\\Hearth'), True, True, True);\nend;",
        # asks, but Yes is the default button
        "procedure X();\nvar R: Boolean;\nbegin\n  R := MsgBox('Delete?', mbConfirmation, MB_YESNO) = IDYES;\n"
        "  if R then DelTree(ExpandConstant('{localappdata}\\Hearth'), True, True, True);\nend;",
        # silent uninstall removes data by default
        "procedure X();\nvar R: Boolean;\nbegin\n  R := CompareText(ExpandConstant('{param:PURGE|yes}'), 'yes') = 0;\n"
        "  if R then DelTree(ExpandConstant('{localappdata}\\Hearth'), True, True, True);\nend;",
    ],
)
def test_the_data_safety_check_catches_unsafe_code(bad_code):
    script = parse_iss("[Code]\n" + bad_code)
    assert unconditional_deletions(script.code), "the checker let an unsafe deletion through"
