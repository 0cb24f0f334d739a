"""The frozen app, built for real: ``packaging/build.py`` then the bundle's own ``--self-test``.

Slow (about 30 s warm and a minute from a cold PyInstaller cache on 2 cores, plus ~15 s for the
tarball), so excluded from ``make test``; ``make test-slow`` runs it. It builds into a temporary
folder, so it never replaces a ``dist/`` someone is using, but reuses PyInstaller's cache in
``build/pyinstaller-test``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

from tests.ci import skip_or_fail_in_ci
from tests.packaging_files import ROOT, project_version, spec_constants
from tests.test_installer import missing_installer_files

pytestmark = [pytest.mark.slow, pytest.mark.model]

# The size target lives with the build script (the one place both read).
SIZE_TARGET_MB = int(re.search(r"^SIZE_TARGET_MB = (\d+)", (ROOT / "packaging" / "build.py").read_text(), re.M)[1])


@pytest.mark.timeout(1800)
def test_the_frozen_build_passes_its_self_test(tmp_path: Path, starter_gguf: Path):
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        skip_or_fail_in_ci("PyInstaller is missing: install the 'package' extra (pip install -e '.[package]')")
    dist = tmp_path / "dist"
    started = time.perf_counter()
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--distpath",
            str(dist),
            "--workpath",
            str(ROOT / "build" / "pyinstaller-test"),
            "--check-model",
            str(starter_gguf),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1700,
        env=dict(os.environ, HEARTH_BUNDLE_STARTER="0"),
    )
    elapsed = time.perf_counter() - started
    print(f"\nbuild + self-test + archive: {elapsed:.0f} s\n{result.stdout[-3000:]}")
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-6000:]
    assert "Self-test passed" in result.stdout
    # pypdf, python-docx and lxml are bundled and the --read-document child starts from the bundle.
    assert re.search(r"^\s+ok\s+documents\s", result.stdout, re.MULTILINE)
    assert not re.search(r"^\s+(FAIL|skip)\s", result.stdout, re.MULTILINE)

    size_mb = float(re.search(r"^size: ([\d.]+) MB", result.stdout, re.MULTILINE).group(1))
    assert size_mb < SIZE_TARGET_MB, f"the build is {size_mb} MB, over the {SIZE_TARGET_MB} MB target"

    names = spec_constants()
    folder = dist / names["DIST_FOLDER"]
    exe = folder / (names["EXE_NAME"] + (".exe" if sys.platform == "win32" else ""))
    assert missing_installer_files(folder, names) == []  # what installer.iss and hearth.desktop point at
    version = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=60)
    assert version.stdout.strip() == f"Hearth {project_version()}"

    if sys.platform.startswith("linux"):
        tarball = dist / f"hearth-{project_version()}-linux-{os.uname().machine}.tar.gz"
        with tarfile.open(tarball) as archive:
            members = set(archive.getnames())
        assert f"hearth-{project_version()}/{names['EXE_NAME']}" in members
        assert f"hearth-{project_version()}/_internal/resources/hearth.desktop" in members
