"""Readers for the packaging files, shared by tests/test_installer.py and tests/test_packaging.py.

Inno Setup cannot run here, so installer.iss is parsed: sections, ``#define``s (with the
``#ifndef`` defaults), ``[Setup]`` directives and the ``Name: value; Name: value`` entries of the
other sections. The PyInstaller spec is read with ``ast`` (running it needs PyInstaller's
namespace), taking its top-level constants, which are the names the build really produces.
"""

from __future__ import annotations

import ast
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ISS_PATH = ROOT / "installer.iss"
SPEC_PATH = ROOT / "packaging" / "hearth.spec"
BUILD_PATH = ROOT / "packaging" / "build.py"


def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def module_constants(path: Path) -> dict[str, object]:
    """Top-level ``NAME = <literal>`` assignments of a Python file (the first one of each name)."""
    constants: dict[str, object] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                value = ast.literal_eval(node.value)
            except ValueError:
                continue
            constants.setdefault(node.targets[0].id, value)
    return constants


def spec_constants() -> dict[str, object]:
    return module_constants(SPEC_PATH)


@dataclass
class InnoScript:
    text: str
    defines: dict[str, str] = field(default_factory=dict)
    sections: dict[str, list[str]] = field(default_factory=dict)  # section -> raw lines (no comments)
    code: str = ""

    def expand(self, value: str) -> str:
        """Replace ``{#Name}`` preprocessor references with their defines."""
        return re.sub(r"\{#(\w+)\}", lambda m: self.defines[m.group(1)], value)

    def setup(self) -> dict[str, str]:
        directives = {}
        for line in self.sections.get("setup", []):
            key, _, value = line.partition("=")
            directives[key.strip().lower()] = self.expand(value.strip())
        return directives

    def entries(self, section: str) -> list[dict[str, str]]:
        """The parameter entries of a section, keys lower-cased, values unquoted and expanded."""
        return [
            {k.lower(): self.expand(v) for k, v in _parse_entry(line).items()}
            for line in self.sections.get(section.lower(), [])
        ]


def _parse_entry(line: str) -> dict[str, str]:
    params: dict[str, str] = {}
    position = 0
    while position < len(line):
        match = re.compile(r"\s*(\w+)\s*:\s*").match(line, position)
        if not match:
            break
        key, position = match.group(1), match.end()
        if position < len(line) and line[position] == '"':
            value, position = _quoted(line, position)
        else:
            end = line.find(";", position)
            end = len(line) if end < 0 else end
            value, position = line[position:end].strip(), end
        params[key] = value
        semicolon = line.find(";", position)
        position = len(line) if semicolon < 0 else semicolon + 1
    return params


def _quoted(line: str, start: int) -> tuple[str, int]:
    """An Inno Setup quoted value: ``""`` inside stands for one quote."""
    value, position = [], start + 1
    while position < len(line):
        char = line[position]
        if char == '"':
            if line[position + 1 : position + 2] == '"':
                value.append('"')
                position += 2
                continue
            return "".join(value), position + 1
        value.append(char)
        position += 1
    raise ValueError(f"unterminated quote in: {line}")


def parse_iss(text: str) -> InnoScript:
    script = InnoScript(text)
    section = ""
    code_lines: list[str] = []
    skipping_ifndef: list[bool] = []
    for raw in text.splitlines():
        line = raw.strip()
        directive = re.match(r"#\s*(\w+)\s*(.*)", line)
        if directive and section != "code":
            word, rest = directive.group(1).lower(), directive.group(2)
            if word == "ifndef":
                # The default applies when the build passes no /D value, which is what we check.
                skipping_ifndef.append(rest.strip() in script.defines)
            elif word == "endif" and skipping_ifndef:
                skipping_ifndef.pop()
            elif word == "define" and not any(skipping_ifndef):
                name, _, value = rest.partition(" ")
                script.defines[name] = value.strip().strip('"')
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            section = header.group(1).lower()
            script.sections.setdefault(section, [])
            continue
        if section == "code":
            code_lines.append(raw)
            continue
        if not line or line.startswith(";"):
            continue
        script.sections.setdefault(section, []).append(line)
    script.code = script.expand("\n".join(code_lines))
    return script


def load_iss() -> InnoScript:
    return parse_iss(ISS_PATH.read_text(encoding="utf-8"))


# ------------------------------------------------------------------ [Code] data-safety checker
DELETING_CALLS = ("DelTree", "DeleteFile", "RemoveDir", "DelayDeleteFile")


def strip_pascal_comments(code: str) -> str:
    """Drop ``//``, ``{ }`` and ``(* *)`` comments, leaving ``'string literals'`` untouched."""
    out, i = [], 0
    while i < len(code):
        if code[i] == "'":
            end = code.find("'", i + 1)
            end = len(code) - 1 if end < 0 else end
            out.append(code[i : end + 1])
            i = end + 1
        elif code.startswith("//", i):
            i = code.find("\n", i) if "\n" in code[i:] else len(code)
        elif code[i] == "{":
            i = code.find("}", i) + 1 or len(code)
        elif code.startswith("(*", i):
            i = code.find("*)", i) + 2 if "*)" in code[i:] else len(code)
        else:
            out.append(code[i])
            i += 1
    return "".join(out)


def unconditional_deletions(code: str) -> list[str]:
    """Deleting calls in ``[Code]`` not guarded by an explicit, default-No user choice.

    Each call must sit directly under ``if <Flag> then``, and every assignment to ``<Flag>`` must
    come from a MsgBox whose default button is No (``MB_DEFBUTTON2``) answered ``IDYES``, or from a
    command-line parameter whose default is ``no``. Returns the offending statements.
    """
    code = strip_pascal_comments(code)
    problems = []
    for call in re.finditer(r"\b(" + "|".join(DELETING_CALLS) + r")\s*\(", code):
        before = code[: call.start()].rstrip()
        guard = re.search(r"\bif\s+(\w+)\s+then$", before, re.IGNORECASE)
        statement = code[call.start() : code.find(";", call.start()) + 1]
        if not guard:
            problems.append(statement)
            continue
        flag = guard.group(1)
        # An assignment ends at ';', or at 'else'/'end' (Pascal has no ';' before those).
        assignments = re.findall(
            r"\b" + re.escape(flag) + r"\s*:=\s*(.*?)(?=;|\belse\b|\bend\b)", code, re.DOTALL | re.IGNORECASE
        )
        if not assignments or not all(_is_explicit_choice(a) for a in assignments):
            problems.append(statement)
    return problems


def _is_explicit_choice(expression: str) -> bool:
    expression = " ".join(expression.split())
    from_msgbox = "MsgBox(" in expression and "MB_DEFBUTTON2" in expression and re.search(r"=\s*IDYES\b", expression)
    from_param = re.search(r"\{param:\w+\|no\}", expression) is not None
    return bool(from_msgbox or from_param)
