"""The main window's menus and their actions (File, Edit, Chat, Models, View, Help).

:func:`build_menus` makes each action with its text and shortcuts and sets it as an attribute of
the window (``window.new_action``…), as a Designer ``setupUi`` would; it connects nothing: what an
action does is wired in the window's ``_connect_signals``. Every action is also added to the
window itself, so its shortcut works while the menu bar is hidden or the focus is elsewhere.

Strings keep the ``MainWindow`` translation context they had when this was part of the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from .. import APP_NAME


def build_menus(window: QMainWindow) -> None:
    bar = window.menuBar()
    _file_menu(window, bar.addMenu(QCoreApplication.translate("MainWindow", "&File")))
    _edit_menu(window, bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit")))
    window.chat_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Chat"))
    _chat_menu(window, window.chat_menu)
    window.models_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Models"))
    _models_menu(window, window.models_menu)
    _view_menu(window, bar.addMenu(QCoreApplication.translate("MainWindow", "&View")))
    _help_menu(window, bar.addMenu(QCoreApplication.translate("MainWindow", "&Help")))


def add_action(window: QMainWindow, menu: QMenu, text: str, *shortcuts) -> QAction:
    """An action in ``menu`` (and on the window, for its shortcut), with its shortcuts in order."""
    action = QAction(text, window)
    if shortcuts:
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
    menu.addAction(action)
    window.addAction(action)
    return action


def _file_menu(window: QMainWindow, menu: QMenu) -> None:
    window.new_action = add_action(
        window, menu, QCoreApplication.translate("MainWindow", "&New chat"), QKeySequence.StandardKey.New
    )
    menu.addSeparator()
    window.export_action = add_action(
        window, menu, QCoreApplication.translate("MainWindow", "&Export this chat…"), "Ctrl+E"
    )
    window.export_all_action = add_action(window, menu, QCoreApplication.translate("MainWindow", "Export &all chats…"))
    window.import_action = add_action(
        window, menu, QCoreApplication.translate("MainWindow", "&Import chats…"), "Ctrl+I"
    )
    menu.addSeparator()
    window.quit_action = add_action(
        window, menu, QCoreApplication.translate("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit
    )


def _edit_menu(window: QMainWindow, menu: QMenu) -> None:
    window.find_action = add_action(
        window, menu, QCoreApplication.translate("MainWindow", "&Search chats"), QKeySequence.StandardKey.Find, "Ctrl+K"
    )
    window.stop_action = add_action(
        window, menu, QCoreApplication.translate("MainWindow", "&Stop reply"), QKeySequence(Qt.Key.Key_Escape)
    )
    window.stop_action.setEnabled(False)
    menu.addSeparator()
    window.settings_action = add_action(window, menu, QCoreApplication.translate("MainWindow", "Se&ttings…"), "Ctrl+,")


def _chat_menu(window: QMainWindow, menu: QMenu) -> None:
    window.regenerate_action = add_action(
        window, menu, QCoreApplication.translate("MainWindow", "&Regenerate last reply"), "Ctrl+R"
    )
    window.edit_last_action = add_action(
        window, menu, QCoreApplication.translate("MainWindow", "&Edit last message"), "Ctrl+Shift+Up"
    )
    window.copy_reply_action = add_action(
        window, menu, QCoreApplication.translate("MainWindow", "&Copy last reply"), "Ctrl+Shift+C"
    )
    menu.addSeparator()
    window.chat_settings_action = add_action(
        window, menu, QCoreApplication.translate("MainWindow", "Chat &settings and presets…"), "Ctrl+Shift+S"
    )


def _models_menu(window: QMainWindow, menu: QMenu) -> None:
    window.manager_action = add_action(
        window, menu, QCoreApplication.translate("MainWindow", "Model &manager…"), "Ctrl+Shift+M"
    )
    window.import_model_action = add_action(
        window, menu, QCoreApplication.translate("MainWindow", "&Import a model file…")
    )


def _view_menu(window: QMainWindow, menu: QMenu) -> None:
    theme_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Theme"))
    window.theme_group = QActionGroup(window)
    window.theme_actions = {}
    for name, label in (
        ("system", QCoreApplication.translate("MainWindow", "System")),
        ("light", QCoreApplication.translate("MainWindow", "Light")),
        ("dark", QCoreApplication.translate("MainWindow", "Dark")),
    ):
        action = add_action(window, theme_menu, label)
        action.setCheckable(True)
        window.theme_group.addAction(action)
        window.theme_actions[name] = action
    menu.addSeparator()
    window.zoom_in_action = add_action(
        window, menu, QCoreApplication.translate("MainWindow", "Zoom &in"), "Ctrl+=", QKeySequence.StandardKey.ZoomIn
    )
    window.zoom_out_action = add_action(
        window, menu, QCoreApplication.translate("MainWindow", "Zoom &out"), QKeySequence.StandardKey.ZoomOut
    )
    window.zoom_reset_action = add_action(
        window, menu, QCoreApplication.translate("MainWindow", "&Normal size"), "Ctrl+0"
    )


def _help_menu(window: QMainWindow, menu: QMenu) -> None:
    window.shortcuts_action = add_action(
        window, menu, QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"), "Ctrl+/"
    )
    about = QCoreApplication.translate("MainWindow", "&About %1").replace("%1", APP_NAME)
    window.about_action = add_action(window, menu, about)
