"""The conversation list: new, search, select, rename, pin, delete (with confirmation).

Chats are grouped under date headings (Pinned, Today, Yesterday, This week, then one per month,
"November 2026" in the reader's locale) painted above the first chat of each group, so every row of
the list is a chat; each chat's tooltip gives its last activity as the locale writes dates. From the search box, Down moves
into the results, Enter opens one, and Esc clears the search.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ..core.history.api_group import API_GROUP, api_group_last, in_api_group
from ..core.history.date_groups import OLDER, heading_of
from ..core.history.storage import ConversationSummary, SearchHit
from . import locale_format
from .icons import icon

ID_ROLE = Qt.ItemDataRole.UserRole
MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
GROUP_ROLE = Qt.ItemDataRole.UserRole + 3  # the heading painted above the first chat of a group
GROUP_LABELS = {
    "pinned": QT_TRANSLATE_NOOP("Sidebar", "Pinned"),
    "today": QT_TRANSLATE_NOOP("Sidebar", "Today"),
    "yesterday": QT_TRANSLATE_NOOP("Sidebar", "Yesterday"),
    "this_week": QT_TRANSLATE_NOOP("Sidebar", "This week"),
    "older": QT_TRANSLATE_NOOP("Sidebar", "Older"),
    API_GROUP: QT_TRANSLATE_NOOP("Sidebar", "API"),  # chats kept by the API server
}


def snippet_html(title: str, snippet: str) -> str:
    """A search hit as HTML: everything escaped first, then the matched words made bold."""
    body = html.escape(snippet.replace("\n", " ")).replace("\x02", "<b>").replace("\x03", "</b>")
    return f"<span style='font-weight:600'>{html.escape(title)}</span><br>{body}"


class HtmlItemDelegate(QStyledItemDelegate):
    """Paints items that carry HTML_ROLE as rich text (search hits with their matches in bold)."""

    def paint(self, painter, option, index) -> None:
        heading = index.data(GROUP_ROLE)
        if heading:
            option = type(option)(option)
            head_rect = QRect(
                option.rect.left() + 4, option.rect.top(), option.rect.width() - 8, _heading_height(option)
            )
            painter.save()
            font = QFont(option.font)
            font.setBold(True)
            font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
            painter.setFont(font)
            painter.setPen(option.palette.placeholderText().color())
            painter.drawText(head_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), heading)
            painter.restore()
            option.rect = option.rect.adjusted(0, head_rect.height(), 0, 0)
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

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt name
        super().initStyleOption(option, index)
        # A pinned chat's pin is as tall as the text and sits after the title, so it neither makes
        # its row taller nor pushes that title right of the others.
        side = option.fontMetrics.ascent()  # about a capital letter and its accents
        option.decorationSize = QSize(side, side)
        option.decorationPosition = QStyleOptionViewItem.Position.Right

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        size = self._item_size(option, index)
        if index.data(GROUP_ROLE):
            size.setHeight(size.height() + _heading_height(option))
        return size

    def _item_size(self, option, index) -> QSize:
        markup = index.data(HTML_ROLE)
        if not markup:
            return self._plain_size(option, index)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(markup)
        # Before the first layout the option has no width yet: take the list's, so the first
        # display does not overlap rows measured for a different width.
        width = option.rect.width() or (option.widget.viewport().width() if option.widget else 200)
        document.setTextWidth(max(width, 120) - 8)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 4)

    def _plain_size(self, option, index) -> QSize:
        """A plain row's size, its height as if it had no icon: styles add a margin round any icon,
        which would make a pinned chat's row taller than the others (its pin fits in a text line)."""
        size = super().sizeHint(option, index)
        bare = QStyleOptionViewItem(option)
        self.initStyleOption(bare, index)
        bare.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration
        widget = bare.widget
        style = widget.style() if widget is not None else QApplication.style()
        size.setHeight(style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, bare, QSize(), widget).height())
        return size


def _heading_text(group: str, year: int, month: int) -> str:
    """A date heading in the reader's language: a translated word, or the month as the locale writes it."""
    if group == OLDER and year:
        return locale_format.month_heading(year, month)
    return QCoreApplication.translate("Sidebar", GROUP_LABELS[group])


def _heading_height(option) -> int:
    return option.fontMetrics.height() + 8


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
        self.new_button = QPushButton(self.tr("New chat"))
        self.new_button.setToolTip(self.tr("Start a new conversation (Ctrl+N)"))
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search all chats (Ctrl+K)"))
        self.search_box.setAccessibleName(self.tr("Search all chats"))
        self.search_box.setAccessibleDescription(self.tr("Down moves into the results, Enter opens one, Esc clears"))
        self.search_box.installEventFilter(self)
        self.search_box.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self.list = QListWidget()
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setWordWrap(False)
        self.list.setItemDelegate(HtmlItemDelegate(self.list))
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.setAccessibleName(self.tr("Chats"))
        self.list.installEventFilter(self)
        self.empty_hint = QLabel(self.tr("No chats yet. Type a message to start one; it will be listed here."))
        self.empty_hint.setObjectName("placeholder")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.new_button)
        layout.addWidget(self.search_box)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_hint)
        self._pinned: dict[str, bool] = {}
        self._selected: str | None = None
        self._showing_hits = False
        self._connect_signals()

    def _connect_signals(self) -> None:
        """New chat, the search box (searches after a pause in typing), and the list."""
        self.new_button.clicked.connect(self.new_requested)
        self._search_timer.timeout.connect(self._search_now)
        self.search_box.textChanged.connect(self._search_after_a_pause)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)

    def _search_after_a_pause(self, _text: str) -> None:
        self._search_timer.start()  # restarted by every key: one search when typing pauses

    def _search_now(self) -> None:
        self.search_changed.emit(self.search_box.text())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        """Keys between the search box and the list: Down/Up move, Enter opens, Esc clears."""
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if watched is self.search_box:
            if key == Qt.Key.Key_Down and self.list.count():
                self._search_timer.stop()
                if self.search_box.text().strip():
                    self.search_changed.emit(self.search_box.text())  # no wait for the pause timer
                self.list.setFocus()
                if self.list.currentRow() < 0 or not self._selectable(self.list.currentItem()):
                    self._move_to_first_selectable()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.list.count():
                self._move_to_first_selectable()
                if self._selectable(self.list.currentItem()):
                    self._activated(self.list.currentItem())
                return True
            if key == Qt.Key.Key_Escape and self.search_box.text():
                self.clear_search()
                return True
        elif watched is self.list:
            if key == Qt.Key.Key_Escape and self.search_box.text():
                self.clear_search()
                self.search_box.setFocus()
                return True
            current = self.list.currentItem()
            if self._selectable(current) and not current.data(MESSAGE_ROLE):
                if key == Qt.Key.Key_Delete:
                    self.delete_requested.emit(current.data(ID_ROLE))
                    return True
                if key == Qt.Key.Key_F2:
                    self.rename_requested.emit(current.data(ID_ROLE))
                    return True
            if key == Qt.Key.Key_Up and self.list.currentRow() <= 0:
                self.search_box.setFocus()
                return True
        return False

    def clear_search(self) -> None:
        self._search_timer.stop()
        self.search_box.clear()
        self.search_changed.emit("")

    @staticmethod
    def _selectable(item) -> bool:
        return item is not None and bool(item.flags() & Qt.ItemFlag.ItemIsEnabled) and bool(item.data(ID_ROLE))

    def _move_to_first_selectable(self) -> None:
        for index in range(self.list.count()):
            if self._selectable(self.list.item(index)):
                self.list.setCurrentRow(index)
                return

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def show_conversations(self, rows: list[ConversationSummary], selected: str | None) -> None:
        self.list.clear()
        self._showing_hits = False
        self._pinned = {r.id: r.pinned for r in rows}
        previous_group = None
        for row in api_group_last(rows):
            item = QListWidgetItem(row.title)
            if row.pinned:  # an icon from the set, not an emoji
                item.setIcon(icon("pin"))
            item.setData(ID_ROLE, row.id)
            # Chats the API server kept sit in their own group, last; the rest by date, older ones by month.
            group = (API_GROUP, 0, 0) if in_api_group(row) else heading_of(row.updated_at, row.pinned)
            heading = _heading_text(*group)
            if group != previous_group:
                item.setData(GROUP_ROLE, heading)
                previous_group = group
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, heading)
            item.setToolTip(
                self.tr("%1\n%2 messages · %3")
                .replace("%1", row.title)
                .replace("%2", locale_format.count(row.message_count))
                .replace("%3", locale_format.full_date_time(row.updated_at))
            )
            self.list.addItem(item)
        self.empty_hint.setVisible(not rows)
        self.mark_selected(selected)

    def show_search_results(self, hits: list[SearchHit]) -> None:
        self.list.clear()
        self._showing_hits = True
        self.empty_hint.hide()
        if not hits:
            item = QListWidgetItem(self.tr("No matches. Try fewer or other words; Esc clears the search."))
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
        menu.addAction(self.tr("Rename…"), lambda: self.rename_requested.emit(conversation_id))
        pinned = self._pinned.get(conversation_id, False)
        menu.addAction(
            self.tr("Unpin") if pinned else self.tr("Pin"), lambda: self.pin_requested.emit(conversation_id, not pinned)
        )
        menu.addAction(self.tr("Export…"), lambda: self.export_requested.emit(conversation_id))
        menu.addSeparator()
        menu.addAction(self.tr("Delete…"), lambda: self.delete_requested.emit(conversation_id))
        menu.exec(self.list.viewport().mapToGlobal(position))
        # The right click moved the highlight to the item under the mouse; the open chat is unchanged.
        self.mark_selected(self._selected)
