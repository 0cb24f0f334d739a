"""The frozen build and the document readers: nothing in the spec keeps pypdf, python-docx or
lxml out, and PyInstaller's hooks bring what python-docx reads at run time. The build itself
(tests/integration/test_frozen_build.py, slow) runs the self-test's "documents" step, which reads a
PDF and a DOCX through the bundled ``--read-document`` child."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ci import skip_or_fail_in_ci
from tests.packaging_files import spec_constants

READERS = ("pypdf", "docx", "lxml")


def test_the_spec_excludes_none_of_the_document_readers():
    excluded = {name.split(".")[0] for name in spec_constants()["EXCLUDES"]}
    assert not excluded & set(READERS)


@pytest.mark.slow  # needs the 'package' extra, which `make test-slow` installs
def test_pyinstaller_hooks_collect_python_docx_templates_and_lxml():
    try:
        from PyInstaller.utils.hooks import collect_data_files, get_module_file_attribute
    except ImportError:
        skip_or_fail_in_ci("PyInstaller is missing: install the 'package' extra (pip install -e '.[package]')")
    data = [Path(source).name for source, _ in collect_data_files("docx")]
    assert "default.docx" in data  # docx.Document() without a file reads its default template
    import _pyinstaller_hooks_contrib

    hooks = Path(_pyinstaller_hooks_contrib.__file__).parent / "stdhooks"
    assert (hooks / "hook-docx.py").is_file() and (hooks / "hook-lxml.py").is_file()
    assert Path(get_module_file_attribute("pypdf")).parent.name == "pypdf"  # pure Python: analysis finds it
