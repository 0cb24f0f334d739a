"""The conversation list: new, search, select, rename, pin, delete (with confirmation)."""

from __future__ import annotations

import html

from PySide6.QtCore import QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from ..core.history.storage import ConversationSummary, SearchHit

ID_ROLE = Qt.ItemDataRole.UserRole
MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2


def snippet_html(title: str, snippet: str) -> str:
    """A search hit as HTML: everything escaped first, then the matched words made bold."""
    body = html.escape(snippet.replace("\n", " ")).replace("\x02", "<b>").replace("\x03", "</b>")
    return f"<span style='font-weight:600'>{html.escape(title)}</span><br>{body}"


class HtmlItemDelegate(QStyledItemDelegate):
    """Paints items that carry HTML_ROLE as rich text (search hits with their matches in bold)."""

    def paint(self, painter, option, index) -> None:
        markup = index.data(HTML_ROLE)
        if not markup:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        option.widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(markup)
        document.setTextWidth(option.rect.width() - 8)
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 2)
        document.drawContents(painter)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        markup = index.data(HTML_ROLE)
        if not markup:
            return super().sizeHint(option, index)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(markup)
        document.setTextWidth(max(option.rect.width(), 200) - 8)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 4)


class Sidebar(QWidget):
    new_requested = Signal()
    conversation_selected = Signal(str)
    search_result_selected = Signal(str, str)  # conversation id, message id
    rename_requested = Signal(str)
    delete_requested = Signal(str)
    pin_requested = Signal(str, bool)
    export_requested = Signal(str)
    search_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.new_button = QPushButton("New chat")
        self.new_button.setToolTip("Start a new conversation (Ctrl+N)")
        self.new_button.clicked.connect(self.new_requested)
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText("Search all chats (Ctrl+K)")
        self.search_box.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(lambda: self.search_changed.emit(self.search_box.text()))
        self.search_box.textChanged.connect(lambda _: self._search_timer.start())
        self.list = QListWidget()
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setWordWrap(False)
        self.list.setItemDelegate(HtmlItemDelegate(self.list))
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.new_button)
        layout.addWidget(self.search_box)
        layout.addWidget(self.list, 1)
        self._pinned: dict[str, bool] = {}
        self._selected: str | None = None
        self._showing_hits = False

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def show_conversations(self, rows: list[ConversationSummary], selected: str | None) -> None:
        self.list.clear()
        self._showing_hits = False
        self._pinned = {r.id: r.pinned for r in rows}
        for row in rows:
            item = QListWidgetItem(("📌 " if row.pinned else "") + row.title)
            item.setData(ID_ROLE, row.id)
            item.setToolTip(f"{row.title}\n{row.message_count} messages")
            self.list.addItem(item)
        self.mark_selected(selected)

    def show_search_results(self, hits: list[SearchHit]) -> None:
        self.list.clear()
        self._showing_hits = True
        if not hits:
            item = QListWidgetItem("No matches")
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        for hit in hits:
            snippet = hit.snippet.replace("\x02", "«").replace("\x03", "»").replace("\n", " ")
            item = QListWidgetItem(f"{hit.conversation_title}\n  {snippet}")  # plain text, for accessibility
            item.setData(HTML_ROLE, snippet_html(hit.conversation_title, hit.snippet))
            item.setData(ID_ROLE, hit.conversation_id)
            item.setData(MESSAGE_ROLE, hit.message_id)
            self.list.addItem(item)

    def mark_selected(self, conversation_id: str | None) -> None:
        """Highlight the chat on screen, and nothing else (none for a new chat). Search hits keep
        the highlight on the hit the user clicked."""
        self._selected = conversation_id
        if self._showing_hits:
            return
        for index in range(self.list.count()):
            item = self.list.item(index)
            if item.data(ID_ROLE) == conversation_id and not item.data(MESSAGE_ROLE):
                self.list.setCurrentItem(item)
                return
        self.list.setCurrentRow(-1)
        self.list.clearSelection()

    def _activated(self, item: QListWidgetItem) -> None:
        conversation_id = item.data(ID_ROLE)
        if not conversation_id:
            return
        message_id = item.data(MESSAGE_ROLE)
        if message_id:
            self.search_result_selected.emit(conversation_id, message_id)
        elif conversation_id != self._selected:
            self.conversation_selected.emit(conversation_id)

    def _context_menu(self, position: QPoint) -> None:
        item = self.list.itemAt(position)
        if item is None or not item.data(ID_ROLE):
            return
        conversation_id = item.data(ID_ROLE)
        menu = QMenu(self)
        menu.addAction("Rename…", lambda: self.rename_requested.emit(conversation_id))
        pinned = self._pinned.get(conversation_id, False)
        menu.addAction("Unpin" if pinned else "Pin", lambda: self.pin_requested.emit(conversation_id, not pinned))
        menu.addAction("Export…", lambda: self.export_requested.emit(conversation_id))
        menu.addSeparator()
        menu.addAction("Delete…", lambda: self.delete_requested.emit(conversation_id))
        menu.exec(self.list.viewport().mapToGlobal(position))
        # The right click moved the highlight to the item under the mouse; the open chat is unchanged.
        self.mark_selected(self._selected)
