"""The main window's widgets and where they sit: the sidebar and the chat area side by side, the
model toolbar, the status bar. Like a Designer ``setupUi``: it makes the widgets and sets them as
attributes of the window (``window.sidebar``, ``window.composer``…); it connects nothing (the
window does that in ``_connect_signals``).

Strings keep the ``MainWindow`` translation context they had when this was part of the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .attachments import AttachmentTray
from .chat_view import ChatView
from .composer import Composer
from .elided_label import ElidedLabel
from .model_picker import ModelPicker
from .sidebar import Sidebar


def build_widgets(window: QMainWindow) -> None:
    """Every widget of the window, laid out; each is an attribute of ``window``."""
    window.sidebar = Sidebar()
    window.chat_view = ChatView()
    window.composer = Composer()
    window.attachment_tray = AttachmentTray()  # documents for the next message (see attachments.py)
    _build_chat_area(window)
    _build_toolbar(window)
    _build_status_bar(window)


def _build_chat_area(window: QMainWindow) -> None:
    # A long title gives way to the context meter: it ends in "…" (whole in its tooltip and
    # accessible name), never cut mid-letter, never widens the window.
    window.title_label = ElidedLabel(QCoreApplication.translate("MainWindow", "New chat"))
    window.title_label.setObjectName("chatTitle")
    bold = QFont()  # only the weight: the size still follows the window's font (zoom)
    bold.setBold(True)
    window.title_label.setFont(bold)
    window.context_label = QLabel("")
    window.context_label.setToolTip(
        QCoreApplication.translate("MainWindow", "Tokens the model holds in its context / context size")
    )
    header = QHBoxLayout()
    header.addWidget(window.title_label, 1)
    header.addWidget(window.context_label)
    right = QWidget()
    right_layout = QVBoxLayout(right)
    right_layout.addLayout(header)
    right_layout.addWidget(window.chat_view, 1)
    right_layout.addWidget(window.attachment_tray)
    right_layout.addWidget(window.composer)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName("mainSplitter")
    splitter.addWidget(window.sidebar)
    splitter.addWidget(right)
    splitter.setStretchFactor(1, 1)
    splitter.setChildrenCollapsible(False)
    splitter.setSizes([260, 840])
    window.splitter = splitter
    window.setCentralWidget(splitter)


def _build_toolbar(window: QMainWindow) -> None:
    window.model_picker = ModelPicker()
    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Model"))
    toolbar.setObjectName("modelToolbar")
    toolbar.setMovable(False)
    model_label = QLabel(QCoreApplication.translate("MainWindow", " Model: "))
    model_label.setBuddy(window.model_picker)
    toolbar.addWidget(model_label)
    toolbar.addWidget(window.model_picker)
    window.addToolBar(toolbar)
    window.toolbar = toolbar


def _build_status_bar(window: QMainWindow) -> None:
    # The state text gives way (elided, whole in its tooltip); the speed and progress never do.
    window.state_label = ElidedLabel(QCoreApplication.translate("MainWindow", "Starting…"))
    window.state_label.setObjectName("stateLabel")
    window.progress = QProgressBar()
    window.progress.setMaximumWidth(160)
    window.progress.setAccessibleName(QCoreApplication.translate("MainWindow", "Progress"))
    window.progress.hide()
    window.rate_label = QLabel("")
    window.rate_label.setObjectName("rateLabel")
    window.statusBar().addWidget(window.state_label, 1)
    window.statusBar().addPermanentWidget(window.rate_label)
    window.statusBar().addPermanentWidget(window.progress)
