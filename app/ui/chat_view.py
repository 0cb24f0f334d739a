"""The conversation on screen: one widget per message, only the one being written re-renders.

Messages render Markdown through :mod:`markdown_render`; the user's own text is shown as typed.
While a reply streams, new text is collected and the message re-renders at most every
``RENDER_INTERVAL_MS``, so a long reply with many code blocks stays smooth. Very long
conversations show their newest messages first, with a button for earlier ones.

What is on screen comes from one :class:`Transcript`, which the turn's life cycle keeps current;
every rebuild (theme, settings, earlier messages) starts from it. Nothing a message holds may widen
the chat: prose and errors wrap, code lines scroll sideways inside their message.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core.history.conversation import GenerationStats, MessageStatus
from . import locale_format
from .markdown_render import MarkdownRenderer
from .message_view import (  # noqa: F401 (re-exported)
    COPIED_FEEDBACK_MS,
    RENDER_INTERVAL_MS,
    STATUS_LABELS,
    MessageBody,
    MessageItem,
    MessageView,
    Transcript,
    format_stats,
    item_signature,
    wrappable,
)
from .sources_view import documents_widget
from .theme import high_contrast_applied, match_font

ANCHOR_HOLD_MS = 1500  # how long a search hit is held in view while the views around it settle
ANCHOR_MARGIN_PX = 40
PLACEHOLDER_TEXT = QT_TRANSLATE_NOOP(
    "ChatView",
    "Type a message below to start.\nEnter sends · Shift+Enter adds a line · Esc stops · Ctrl+/ lists every shortcut",
)
PAGE_SIZE = 150  # messages shown at once; older ones come with "Show earlier messages"


class ChatView(QScrollArea):
    """The scrollable list of :class:`MessageView` for the branch on screen, built from a
    :class:`Transcript`."""

    regenerate_requested = Signal(str)
    edit_requested = Signal(str)
    delete_requested = Signal(str)
    pin_requested = Signal(str, bool)
    branch_step_requested = Signal(str, int)
    answer_requested = Signal(str)
    documents_for = None  # message -> (attachments, sources); set by the window (see attachments.py)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Conversation"))
        self._keep_from_bottom: int | None = None  # distance to hold while older messages are added above
        self._renderer: MarkdownRenderer | None = None  # built on first use: it imports Markdown and Pygments
        self._dark = False
        self.transcript = Transcript()
        self._shown_from = 0
        self._views: dict[str, MessageView] = {}
        self._container = QWidget()
        self._layout = QVBoxLayout(self._container)
        self._layout.setSpacing(8)
        self._layout.addStretch(1)
        self.setWidget(self._container)
        self._earlier_button = QPushButton(self.tr("Show earlier messages"))
        self._placeholder = QLabel(QCoreApplication.translate("ChatView", PLACEHOLDER_TEXT))
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        self._placeholder.setObjectName("placeholder")
        self._memory_marker = QLabel()
        self._memory_marker.setObjectName("memoryMarker")
        self._memory_marker.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._memory_marker.setWordWrap(True)
        self._stick_to_bottom = True
        self._anchor_id: str | None = None  # a message kept in view while the layout settles (search hits)
        self._connect_signals()
        self._show_placeholder()

    def _connect_signals(self) -> None:
        """The "show earlier" button, and the scroll bar (sticking to the bottom, keeping a place)."""
        self._earlier_button.clicked.connect(self._show_earlier)
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(self._on_range_changed)
        bar.valueChanged.connect(self._remember_position)
        bar.actionTriggered.connect(self._on_user_scroll)

    def set_dark(self, dark: bool) -> None:
        """The theme changed (dark, light, high contrast): re-render with its colours and sizes."""
        changed = dark != self._dark
        self._dark = dark
        if changed or self._renderer is not None:
            self._renderer = None
            self._rebuild()

    def _apply_type_scale(self) -> None:
        """The messages' small labels as a step below their own font, which carries the OS font
        size and the zoom (set as fonts, not in a style sheet: a sheet would stop the zoom)."""
        for view in self._views.values():
            view.apply_type_scale()

    @property
    def renderer(self) -> MarkdownRenderer:
        if self._renderer is None:
            self._renderer = MarkdownRenderer(dark=self._dark, high_contrast=high_contrast_applied())
        return self._renderer

    def warm_up(self) -> None:
        """Load Markdown and Pygments' lexers while idle, so the first reply does not pay for it."""
        self.renderer.render("```python\nwarm = 'up'\n```")

    # -- whole conversation
    def set_messages(self, items: list[MessageItem], note: str = "") -> None:
        """Show ``items``; ``note`` replaces the empty chat's hint (say why the view is empty)."""
        self.transcript.reset(items)
        self._placeholder.setText(note or QCoreApplication.translate("ChatView", PLACEHOLDER_TEXT))
        self._shown_from = max(0, len(self.transcript) - PAGE_SIZE)
        self._anchor_id = None
        self._rebuild()
        self._stick_to_bottom = True

    def _rebuild(self) -> None:
        self._clear()
        if not len(self.transcript):
            self._show_placeholder()
            return
        if self._shown_from > 0:
            self._earlier_button.setText(
                self.tr("Show earlier messages (%1 more)").replace("%1", self.locale().toString(self._shown_from))
            )
            self._layout.insertWidget(self._layout.count() - 1, self._earlier_button)
            self._earlier_button.show()
        for item in self.transcript.items[self._shown_from :]:
            self._add_view(item)
        self._add_memory_marker()
        self._offer_answer()

    def _offer_answer(self) -> None:
        """Show "Answer" only on a user message that ends the branch (its reply was deleted)."""
        items = self.transcript.items
        last = items[-1].message.id if items else None
        for message_id, view in self._views.items():
            button = getattr(view, "answer_button", None)
            if button is not None:
                button.setVisible(message_id == last)

    def _add_memory_marker(self) -> None:
        """Mark where the model's memory begins when the overflow policy left older turns out."""
        items = self.transcript.items
        for position in range(len(items) - 1, -1, -1):
            stats = items[position].message.stats
            if stats is not None and stats.context_dropped:
                first_kept = min(stats.context_dropped, position)
                break
        else:
            return
        if first_kept < self._shown_from:
            return
        view = self._views[items[first_kept].message.id]
        self._memory_marker.setText(
            self.tr("— The model no longer sees the %1 message(s) above: the context is full. —").replace(
                "%1", locale_format.count(first_kept)
            )
        )
        self._layout.insertWidget(self._layout.indexOf(view), self._memory_marker)
        self._memory_marker.show()

    def _show_earlier(self) -> None:
        """Add the previous page above; what the reader was looking at stays where it was."""
        bar = self.verticalScrollBar()
        self._keep_from_bottom = bar.maximum() - bar.value()
        self._shown_from = max(0, self._shown_from - PAGE_SIZE)
        self._stick_to_bottom = False
        self._rebuild()
        QTimer.singleShot(ANCHOR_HOLD_MS, self, self._release_kept_position)

    def _release_kept_position(self) -> None:
        self._keep_from_bottom = None

    def refit(self) -> None:
        """The font changed (zoom): every message re-lays out at the new size."""
        self._apply_type_scale()
        for view in self._views.values():
            view.body.refit()

    def _detach(self, widget: QWidget) -> None:
        """Take a reusable widget out of the list but keep it a child of the list: a parentless
        widget that something shows again becomes a stray top-level window."""
        self._layout.removeWidget(widget)
        widget.hide()

    def _clear(self) -> None:
        self._detach(self._earlier_button)
        self._detach(self._placeholder)
        self._detach(self._memory_marker)
        for view in self._views.values():
            view.setParent(None)
            view.deleteLater()
        self._views.clear()

    def _show_placeholder(self) -> None:
        self._layout.insertWidget(0, self._placeholder)
        self._placeholder.show()

    def _connect_message(self, view: MessageView) -> None:
        """A message's requests become the view's own signals, which the window connects once."""
        view.regenerate_requested.connect(self.regenerate_requested)
        view.edit_requested.connect(self.edit_requested)
        view.delete_requested.connect(self.delete_requested)
        view.pin_requested.connect(self.pin_requested)
        view.branch_step_requested.connect(self.branch_step_requested)
        view.answer_requested.connect(self.answer_requested)

    def _add_view(self, item: MessageItem) -> MessageView:
        self._detach(self._placeholder)
        view = MessageView(item, self.renderer, self._container)
        strip = documents_widget(self.documents_for, item.message)  # attachment chips or sources
        if strip is not None:
            view.layout().addWidget(strip)
        match_font(view, self._container.font())  # the zoom: fonts are not inherited under a style sheet
        self._connect_message(view)
        self._layout.insertWidget(self._layout.count() - 1, view)
        self._views[item.message.id] = view
        return view

    # -- streaming
    def append_message(self, item: MessageItem) -> MessageView:
        self.transcript.append(item)
        self._anchor_id = None
        self._stick_to_bottom = True
        view = self._add_view(item)
        self._offer_answer()
        return view

    def view_for(self, message_id: str) -> MessageView | None:
        return self._views.get(message_id)

    def message_views(self) -> list[MessageView]:
        return [
            self._views[i.message.id] for i in self.transcript.items[self._shown_from :] if i.message.id in self._views
        ]

    def append_text(self, message_id: str, text: str) -> None:
        self.transcript.append_text(message_id, text)
        view = self._views.get(message_id)
        if view is not None:
            view.append_text(text)

    def show_prompt_progress(self, message_id: str, done: int, total: int) -> None:
        """The model is reading a long prompt before it writes this reply (see ``prefill``)."""
        view = self._views.get(message_id)
        if view is not None:
            view.show_prompt_progress(done, total)

    def finish_message(self, message_id: str, text: str, status: MessageStatus, stats: GenerationStats | None) -> None:
        self.transcript.finish(message_id, text, status, stats)
        view = self._views.get(message_id)
        if view is not None:
            view.finish_stream(text)
            view.set_status(status, stats)

    # -- scrolling
    def scroll_to_message(self, message_id: str) -> bool:
        """Bring a message into view (showing older pages if needed) and mark it briefly. The
        message stays anchored while the freshly built views settle into their heights (each
        re-lays out once it learns its real width), until the user scrolls or new text arrives."""
        index = self.transcript.position_of(message_id)
        if index is None:
            return False
        if index < self._shown_from:
            self._shown_from = index
            self._rebuild()
        view = self._views[message_id]
        self._stick_to_bottom = False
        self._anchor_id = message_id
        self._container.adjustSize()
        self._scroll_to_anchor()
        QTimer.singleShot(ANCHOR_HOLD_MS, self, lambda: self._release_anchor(message_id))
        view.setProperty("found", True)
        # The message's own frame only (its text and code blocks are frames too).
        view.setStyleSheet(f"QFrame#{view.objectName()} {{ border: 2px solid palette(highlight); }}")
        QTimer.singleShot(2500, view, lambda: view.setStyleSheet(""))  # view as context: no call once deleted
        return True

    def _scroll_to_anchor(self) -> None:
        view = self._views.get(self._anchor_id or "")
        if view is None:
            return
        self._container.layout().activate()
        bar = self.verticalScrollBar()
        bar.setValue(max(0, min(view.y() - ANCHOR_MARGIN_PX, bar.maximum())))

    def _release_anchor(self, message_id: str) -> None:
        if self._anchor_id == message_id:
            self._anchor_id = None

    def _on_user_scroll(self, _action: int) -> None:
        """The reader scrolled (wheel, keys, the scroll bar): stop holding a search hit in view."""
        self._anchor_id = None
        self._keep_from_bottom = None

    def _remember_position(self, value: int) -> None:
        if self._anchor_id is not None or self._keep_from_bottom is not None:
            return  # the position is ours while anchored, not the reader's
        bar = self.verticalScrollBar()
        self._stick_to_bottom = value >= bar.maximum() - 24

    def _on_range_changed(self, _minimum: int, maximum: int) -> None:
        if self._anchor_id is not None:
            self._scroll_to_anchor()
        elif self._keep_from_bottom is not None:
            self.verticalScrollBar().setValue(max(0, maximum - self._keep_from_bottom))
        elif self._stick_to_bottom:
            self.verticalScrollBar().setValue(maximum)
