"""app.core must import with PySide6 unavailable: the core is usable without a display or Qt.

Every module of every subpackage is imported (walked recursively), so a new domain package is
covered the day it is added."""

import subprocess
import sys
from pathlib import Path

import app.core

SCRIPT = r"""
import importlib, pkgutil, sys

class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError(f"{name} is blocked in this test")
        return None

sys.meta_path.insert(0, BlockQt())
import app.core
names = [m.name for m in pkgutil.walk_packages(app.core.__path__, "app.core.")]
for name in names:
    importlib.import_module(name)
assert not any(m.split(".")[0] == "PySide6" for m in sys.modules)
print(len(names))
"""


def test_every_core_module_imports_without_pyside6():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    root = Path(app.core.__path__[0])
    modules = [p for p in root.rglob("*.py") if p.name != "__init__.py" and "__pycache__" not in p.parts]
    packages = [p for p in root.rglob("__init__.py") if p.parent != root]
    assert int(result.stdout.strip().splitlines()[-1]) == len(modules) + len(packages)
