"""One message on screen: its body (Markdown or the user's text), its header, stats and sibling navigator.

Also the :class:`Transcript`, the one list of what the chat view shows, which the turn's life cycle
keeps current; every rebuild of the view (theme, settings, earlier messages) starts from it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.history.conversation import GenerationStats, Message, MessageStatus, Role
from . import locale_format
from .icons import icon
from .markdown_render import MarkdownRenderer, plain_to_html, stable_prefix_length
from .message_actions import add_actions, add_branch_navigator
from .message_body import COPIED_FEEDBACK_MS, MessageBody
from .message_text import (  # noqa: F401 (format_stats, live_stats_text, WRAP_RUN: re-exported)
    PROGRESS_MIN_TOKENS,
    WRAP_RUN,
    format_stats,
    live_stats_text,
    prompt_progress_text,
    wrappable,
)
from .theme import SMALL, scaled_font

RENDER_INTERVAL_MS = 80


STATUS_LABELS = {
    MessageStatus.STREAMING: QT_TRANSLATE_NOOP("MessageView", "writing…"),
    MessageStatus.STOPPED: QT_TRANSLATE_NOOP("MessageView", "stopped"),
    MessageStatus.INTERRUPTED: QT_TRANSLATE_NOOP("MessageView", "interrupted"),
    MessageStatus.ERROR: QT_TRANSLATE_NOOP("MessageView", "error"),
}


@dataclass(frozen=True)
class MessageItem:
    """A message plus where it sits among its siblings (for the ``< 2/3 >`` navigator)."""

    message: Message
    sibling_index: int = 0
    sibling_count: int = 1


class MessageView(QFrame):
    """One message: header (role, status, branch navigator, actions), body, stats."""

    regenerate_requested = Signal(str)
    edit_requested = Signal(str)
    delete_requested = Signal(str)
    pin_requested = Signal(str, bool)
    branch_step_requested = Signal(str, int)  # message id, -1 or +1
    answer_requested = Signal(str)  # a user message without a reply

    def __init__(self, item: MessageItem, renderer: MarkdownRenderer, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("userMessage" if item.message.role is Role.USER else "modelMessage")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._renderer = renderer
        self._message = item.message
        self._text = item.message.content
        self._code_blocks: list[str] = []
        self._render_timer = QTimer(self, singleShot=True, interval=RENDER_INTERVAL_MS)
        self._frozen_chars = 0  # text already rendered for good while streaming
        self._frozen_blocks: list[str] = []
        # Each action's button, its entry in the context menu (None: not offered there) and what both
        # do; filled by message_actions while the header is built.
        self._actions_wiring: list[tuple[QToolButton, QAction | None, Callable[[], None]]] = []
        self._build(item)
        self._render()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._render_timer.timeout.connect(self._render_streaming)
        self.body.copy_code.connect(self._copy_code)
        for button, menu_entry, slot in self._actions_wiring:
            button.clicked.connect(slot)
            if menu_entry is not None:
                menu_entry.triggered.connect(slot)

    @property
    def message_id(self) -> str:
        return self._message.id

    @property
    def text(self) -> str:
        return self._text

    def _build(self, item: MessageItem) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        header = QHBoxLayout()
        self.author = self.tr("You") if item.message.role is Role.USER else "Gemma"
        self.role_label = QLabel(f"<b>{self.author}</b>")
        header.addWidget(self.role_label)
        if item.message.pinned:  # an icon, not an emoji: emoji need a font many systems lack
            self.pin_marker = QLabel()
            self.pin_marker.setPixmap(icon("pin").pixmap(14, 14))
            self.pin_marker.setToolTip(self.tr("Pinned"))
            self.pin_marker.setAccessibleName(self.tr("Pinned"))
            header.addWidget(self.pin_marker)
        # When it was written, in the reader's locale (the full date in the tooltip).
        self.time_label = QLabel(locale_format.message_time(item.message.created_at))
        self.time_label.setObjectName("timeLabel")
        self.time_label.setToolTip(locale_format.full_date_time(item.message.created_at))
        header.addWidget(self.time_label)
        self.status_label = QLabel()
        self.status_label.setObjectName("statusBadge")
        header.addWidget(self.status_label)
        header.addStretch(1)
        add_branch_navigator(self, header, item)
        # The actions sit at the header's end, or on a row of their own when the message is too
        # narrow for both (a small window, a longer language): nothing is pushed out of sight.
        self.actions_bar = QWidget(self)
        actions = QHBoxLayout(self.actions_bar)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.setSpacing(2)
        add_actions(self, actions, item.message)
        header.addWidget(self.actions_bar)
        self._header = header
        layout.addLayout(header)
        self.body = MessageBody(self)
        layout.addWidget(self.body)
        self.stats_label = QLabel()
        self.stats_label.setObjectName("statsLabel")
        self.stats_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # An error can be one long unbroken line: wrap it (see wrappable) and never let its width
        # decide the message's width.
        self.stats_label.setWordWrap(True)
        self.stats_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.stats_label)
        self.set_status(item.message.status, item.message.stats)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.apply_type_scale()
        self._describe()

    def apply_type_scale(self) -> None:
        """Time, status and numbers a step smaller than the text (the OS font size and the zoom
        carry through this message's own font); redone when the zoom changes."""
        small = scaled_font(self.font(), SMALL)
        for label in (self.time_label, self.status_label, self.stats_label):
            label.setFont(small)
        self.body.apply_type_scale()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self._place_actions()

    def _place_actions(self) -> None:
        layout = self.layout()
        in_header = self._header.indexOf(self.actions_bar) >= 0
        header_width = self._header.minimumSize().width() + (
            0 if in_header else self.actions_bar.minimumSizeHint().width()
        )
        margins = layout.contentsMargins().left() + layout.contentsMargins().right()
        fits = header_width + margins <= self.width()
        if fits and not in_header:
            layout.removeWidget(self.actions_bar)
            self._header.addWidget(self.actions_bar)
        elif not fits and in_header:
            self._header.removeWidget(self.actions_bar)
            layout.insertWidget(1, self.actions_bar, 0, Qt.AlignmentFlag.AlignRight)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt name
        """As narrow as the widest of the header without actions and the actions alone."""
        hint = super().minimumSizeHint()
        margins = self.layout().contentsMargins().left() + self.layout().contentsMargins().right()
        narrow = max(self.actions_bar.minimumSizeHint().width(), 120) + margins
        return QSize(min(hint.width(), narrow), hint.height())

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt name
        """Shift+F10 or the menu key opens the message's actions; Ctrl+C copies it."""
        menu_keys = event.key() == Qt.Key.Key_Menu or (
            event.key() == Qt.Key.Key_F10 and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        if menu_keys:
            self.actions_menu().popup(self.mapToGlobal(self.rect().topLeft()))
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_text()
            return
        super().keyPressEvent(event)

    def actions_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addActions(self.actions())
        return menu

    def _describe(self) -> None:
        """What a screen reader says for this message: who wrote it, then the text."""
        self.setAccessibleName(self.tr("Message from %1").replace("%1", self.author))
        self.setAccessibleDescription(self._text)
        self.body.setAccessibleName(self.tr("Text of the message from %1").replace("%1", self.author))

    # -- what the actions ask for (the chat view acts on it)
    def _step_back(self) -> None:
        self.branch_step_requested.emit(self.message_id, -1)

    def _step_forward(self) -> None:
        self.branch_step_requested.emit(self.message_id, 1)

    def _request_pin_toggle(self) -> None:
        self.pin_requested.emit(self.message_id, not self._message.pinned)

    def _request_regenerate(self) -> None:
        self.regenerate_requested.emit(self.message_id)

    def _request_edit(self) -> None:
        self.edit_requested.emit(self.message_id)

    def _request_answer(self) -> None:
        self.answer_requested.emit(self.message_id)

    def _request_delete(self) -> None:
        self.delete_requested.emit(self.message_id)

    # -- content
    def append_text(self, text: str) -> None:
        if not self._text:  # the prompt is read: the badge says "writing…" again
            self._show_badge(MessageStatus.STREAMING)
            self.setAccessibleDescription("")
        self._text += text
        if not self._render_timer.isActive():
            self._render_timer.start()

    def set_text(self, text: str) -> None:
        """The final text: one full render (the streaming render may have split lists)."""
        self._render_timer.stop()
        self._text = text
        self._render()
        self._describe()

    def set_status(self, status: MessageStatus, stats: GenerationStats | None = None) -> None:
        self._show_badge(status)
        self.stats_label.setText(wrappable(format_stats(stats)))
        self.stats_label.setVisible(bool(self.stats_label.text()))

    def _show_badge(self, status: MessageStatus) -> None:
        label = QCoreApplication.translate("MessageView", STATUS_LABELS[status]) if status in STATUS_LABELS else ""
        self.status_label.setText(f"<i>{label}</i>" if label else "")

    def finish_stream(self, text: str) -> None:
        """End of a streamed reply: render the last part the cheap way (a full re-render of a long
        reply would stall the window once more); the next time it is opened it renders whole."""
        self._render_timer.stop()
        if text == self._text and self._message.role is Role.ASSISTANT:
            self._render_streaming()
            self._describe()
        else:
            self.set_text(text)

    def show_prompt_progress(self, done: int, total: int) -> None:
        """While the model reads the prompt: "Reading 1,840 tokens… 40%" in the status badge,
        until the first words of the reply replace it."""
        if total < PROGRESS_MIN_TOKENS or self._text:
            return
        progress = prompt_progress_text(done, total)
        self.status_label.setText(f"<i>{progress}</i>")
        self.setAccessibleDescription(progress)

    def show_live_stats(self, text: str) -> None:
        self.stats_label.setText(wrappable(text))
        self.stats_label.setVisible(True)

    def _render_streaming(self) -> None:
        """Render only what changed: finished Markdown blocks are appended once, and only the
        unfinished tail is replaced on each update."""
        if self._message.role is Role.USER:
            self._render()
            return
        cut = stable_prefix_length(self._text)
        if cut > self._frozen_chars:
            part = self._renderer.render(self._text[self._frozen_chars : cut], len(self._frozen_blocks))
            self.body.freeze(part.parts)
            self._frozen_blocks += part.code_blocks
            self._frozen_chars = cut
        tail = self._renderer.render(self._text[self._frozen_chars :], len(self._frozen_blocks))
        self.body.set_tail(tail.parts)
        self._code_blocks = self._frozen_blocks + tail.code_blocks

    def _render(self) -> None:
        self._frozen_chars, self._frozen_blocks = 0, []
        if self._message.role is Role.USER:
            self.body.set_html(plain_to_html(self._text))
            self._code_blocks = []
        else:
            rendered = self._renderer.render(self._text)
            self._code_blocks = rendered.code_blocks
            self.body.set_parts(rendered.parts)

    def copy_text(self) -> None:
        """Copy, and say so on the button for a moment."""
        QGuiApplication.clipboard().setText(self._text)
        self.copy_button.setText(self.tr("Copied"))
        QTimer.singleShot(COPIED_FEEDBACK_MS, self.copy_button, lambda: self.copy_button.setText(self.tr("Copy")))

    def _copy_code(self, index: int) -> None:
        if 0 <= index < len(self._code_blocks):
            QGuiApplication.clipboard().setText(self._code_blocks[index])


class Transcript:
    """What the chat view shows: the messages of the branch on screen, kept current by the turn's life
    cycle (a reply is appended, streamed into, finished). It is the view's only source: every
    rebuild (theme, settings, "Show earlier messages") builds widgets from it, so a finished reply
    can never come back as the empty placeholder it started as."""

    def __init__(self, items: list[MessageItem] | None = None):
        self._items: list[MessageItem] = []
        self._positions: dict[str, int] = {}
        self.reset(items or [])

    def reset(self, items: list[MessageItem]) -> None:
        self._items = list(items)
        self._positions = {item.message.id: i for i, item in enumerate(self._items)}

    @property
    def items(self) -> list[MessageItem]:
        return list(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def position_of(self, message_id: str) -> int | None:
        return self._positions.get(message_id)

    def append(self, item: MessageItem) -> None:
        self._positions[item.message.id] = len(self._items)
        self._items.append(item)

    def append_text(self, message_id: str, text: str) -> None:
        message = self._message(message_id)
        if message is not None:
            self._update(message_id, content=message.content + text)

    def finish(self, message_id: str, text: str, status: MessageStatus, stats: GenerationStats | None) -> None:
        if self._message(message_id) is not None:
            self._update(message_id, content=text, status=status, stats=stats)

    def signature(self) -> list[tuple]:
        """What a reader sees of each message: compared with storage to notice outside changes."""
        return item_signature(self._items)

    def _message(self, message_id: str) -> Message | None:
        position = self._positions.get(message_id)
        return None if position is None else self._items[position].message

    def _update(self, message_id: str, **changes) -> None:
        position = self._positions[message_id]
        item = self._items[position]
        self._items[position] = replace(item, message=replace(item.message, **changes))


def item_signature(items: list[MessageItem]) -> list[tuple]:
    return [
        (i.message.id, i.message.content, i.message.status, i.message.pinned, i.sibling_index, i.sibling_count)
        for i in items
    ]
