"""The size rule of issue 11: no module in app/ over 450 lines and no class over 300 lines.

A module or class that grows past these has taken on a second job; split it by responsibility
(as app/ui/chat_session.py and app/ui/chat_history.py were) rather than raising the limits.
"""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app"
MODULE_LIMIT = 450  # lines in one module
CLASS_LIMIT = 300  # lines from a class's first line (decorators not counted) to its last


def _modules() -> list[Path]:
    return sorted(APP.rglob("*.py"))


def _line_count(source: str) -> int:
    return len(source.splitlines())


def test_the_app_package_is_where_the_rule_looks():
    assert (APP / "__init__.py").is_file() and len(_modules()) > 10


def test_no_module_is_over_the_limit():
    too_long = []
    for path in _modules():
        lines = _line_count(path.read_text(encoding="utf-8"))
        if lines > MODULE_LIMIT:
            too_long.append(f"{path.relative_to(APP.parent)}: {lines} lines")
    assert not too_long, f"modules over {MODULE_LIMIT} lines (split them): " + "; ".join(too_long)


def test_no_class_is_over_the_limit():
    too_long = []
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                lines = node.end_lineno - node.lineno + 1
                if lines > CLASS_LIMIT:
                    too_long.append(f"{path.relative_to(APP.parent)}: class {node.name}, {lines} lines")
    assert not too_long, f"classes over {CLASS_LIMIT} lines (split them): " + "; ".join(too_long)
