"""Hearth's Qt-free core: storage, prompts, models, downloads and inference.

Nothing under this package may import PySide6; tests/core/test_qt_free.py enforces it.
"""
