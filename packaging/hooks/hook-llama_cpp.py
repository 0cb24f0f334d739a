"""PyInstaller hook for llama-cpp-python, which ships none.

llama_cpp loads its native libraries with ctypes from ``<package>/lib`` at import time, so
PyInstaller's import analysis never sees them and a frozen app dies with "Shared library with base
name 'llama' not found" (llama-cpp-python #1475, #1565). Collect them explicitly, keeping them in
``llama_cpp/lib`` where ``llama_cpp._ctypes_extensions.load_shared_library`` looks.

Linux wheels carry each library three times (``libllama.so``, ``libllama.so.0``,
``libllama.so.0.5.0``: copies, since wheels cannot hold symlinks). ctypes opens the unversioned
name and the libraries find each other by SONAME (``libggml.so.0``) through ``RUNPATH=$ORIGIN``, so
the fully versioned copies are dead weight and are left out.

Windows needs one more thing, done in hearth.spec rather than here: ``vcomp140.dll`` (the MSVC
OpenMP runtime) must sit next to ``llama.dll``/``ggml*.dll`` (pyinstaller #9216).
"""

import re

from PyInstaller.utils.hooks import collect_data_files, collect_dynamic_libs

_FULLY_VERSIONED = re.compile(r"\.so\.\d+\.\d+(\.\d+)*$")

binaries = [(src, dest) for src, dest in collect_dynamic_libs("llama_cpp") if not _FULLY_VERSIONED.search(src)]

# Data files (py.typed and anything a future release adds, such as chat templates), but not the
# libraries again, import libraries and headers from Windows/macOS wheels, or the optional
# FastAPI server, which Hearth does not use.
datas = collect_data_files(
    "llama_cpp",
    excludes=["lib/**", "**/*.lib", "**/*.a", "**/*.h", "include/**", "**/cmake/**", "server/**"],
)

# llama_cpp.server pulls in fastapi/uvicorn/sse-starlette when present; Hearth never starts it.
excludedimports = ["llama_cpp.server"]
