"""A message's text on screen: prose and code blocks, each in its own widget.

:class:`MessageBody` shows a rendered message (:attr:`RenderedMessage.parts` from
``markdown_render``) as a column of :class:`ProseView` (wrapping rich text, as tall as its
content) and :class:`CodeBlockView` (a language label, a Copy button, and code that never wraps
and scrolls sideways inside its own block), so one long code line neither widens the chat nor
makes the whole message scroll. While a reply streams only the changing tail is replaced.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .markdown_render import DOCUMENT_CSS, CodePart
from .theme import SMALL, match_font, scaled_font

_BETWEEN_TAGS = re.compile(r">\n(?=<)")
COPIED_FEEDBACK_MS = 1500  # how long a Copy button says "Copied"


class ProseView(QTextBrowser):
    """Read-only rich text whose height follows its content (the chat scrolls, not the text)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Prose wraps at the view's width; only something that cannot wrap (a wide table) scrolls
        # sideways here instead of widening the chat.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(2)
        self.document().setDefaultStyleSheet(DOCUMENT_CSS)
        # One Tab stop per message: the text is read by the screen reader through the message
        # itself; keyboard users reach the actions with its context menu.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.viewport().setAutoFillBackground(False)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.anchorClicked.connect(_open_link)

    def set_html(self, html: str) -> None:
        self.setHtml(html)
        self.fit()

    def append_html(self, html: str) -> None:
        """Add paragraphs at the end; Qt lays out only them (streaming stays cheap)."""
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        if cursor.block().length() > 1:  # the last paragraph has text: start a new one, outside any list
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        else:  # the empty paragraph Qt keeps after a table: write into it
            cursor.setBlockFormat(QTextBlockFormat())
        # Line breaks between tags are layout for setHtml, but insertHtml keeps them as spaces.
        cursor.insertHtml(_BETWEEN_TAGS.sub(">", html.rstrip()))
        self.fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        width = self.viewport().width() or 600
        wraps = self.lineWrapMode() != QTextBrowser.LineWrapMode.NoWrap  # code keeps its lines whole
        if wraps and self.document().textWidth() != width:  # setting it, even unchanged, re-lays out everything
            self.document().setTextWidth(width)
        height = int(self.document().size().height()) + 4
        if self.is_wider_than_view():
            height += self.horizontalScrollBar().sizeHint().height()
        if height != self.height():
            self.setFixedHeight(height)

    def is_wider_than_view(self) -> bool:
        """Whether something that cannot wrap is wider than the view: then it scrolls sideways."""
        return self.document().size().width() > (self.viewport().width() or 600) + 1

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, self.height())


class CodeBlockView(QFrame):
    """One code block: its language and a Copy button above the code, which never wraps and
    scrolls sideways inside this block alone (the message and the chat keep their width)."""

    copy_requested = Signal(int)

    def __init__(self, part: CodePart, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("codeBlock")
        self.index = part.index
        self.code = part.code
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        header = QHBoxLayout()
        self.language_label = QLabel(part.language or self.tr("code"))
        self.language_label.setObjectName("codeLanguage")
        header.addWidget(self.language_label)
        header.addStretch(1)
        self.copy_button = QToolButton(text=self.tr("Copy"))
        self.copy_button.setAutoRaise(True)
        self.copy_button.setToolTip(self.tr("Copy this code"))
        self.copy_button.setAccessibleDescription(self.tr("Copy this code"))
        self.copy_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # one Tab stop per message
        header.addWidget(self.copy_button)
        layout.addLayout(header)
        self.text = ProseView(self)
        self.text.setLineWrapMode(QTextBrowser.LineWrapMode.NoWrap)
        self.text.setWordWrapMode(QTextOption.WrapMode.NoWrap)
        self.text.setAccessibleName(self.tr("Code (%1)").replace("%1", part.language or self.tr("code")))
        layout.addWidget(self.text)
        self.set_code(part)
        self.apply_type_scale()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.copy_button.clicked.connect(self._copy)

    def apply_type_scale(self) -> None:
        self.language_label.setFont(scaled_font(self.font(), SMALL))

    def set_code(self, part: CodePart) -> None:
        """Show ``part`` (while a reply streams, the same block grows, and its language may arrive late)."""
        self.index, self.code = part.index, part.code
        language = part.language or self.tr("code")
        if self.language_label.text() != language:
            self.language_label.setText(language)
            self.text.setAccessibleName(self.tr("Code (%1)").replace("%1", language))
        self.text.set_html(f'<pre style="margin:0;">{part.html}</pre>')

    def _copy(self) -> None:
        """Ask for the copy, and say "Copied" on the button for a moment."""
        self.copy_requested.emit(self.index)
        self.copy_button.setText(self.tr("Copied"))
        QTimer.singleShot(COPIED_FEEDBACK_MS, self.copy_button, lambda: self.copy_button.setText(self.tr("Copy")))

    def horizontalScrollBar(self):  # noqa: N802 - as QAbstractScrollArea names it
        return self.text.horizontalScrollBar()

    def is_wider_than_view(self) -> bool:
        return self.text.is_wider_than_view()


class MessageBody(QWidget):
    """A message's text: prose and code blocks in order, each its own widget, so a long code line
    scrolls inside its block while the prose around it wraps. While a reply streams, only the
    parts of the still-changing tail are replaced (:meth:`freeze`, :meth:`set_tail`)."""

    copy_code = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._parts: list[ProseView | CodeBlockView] = []
        self._frozen = 0  # parts final while a reply streams; the rest is the changing tail
        # As tall as its parts (each fixed to its content's height), as wide as the message.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_html(self, html: str) -> None:
        """Plain HTML (the user's own text): one prose part."""
        self.set_parts([html])

    def set_parts(self, parts: list) -> None:
        """Show a whole rendered message."""
        self._frozen = 0
        self.set_tail(parts)

    def freeze(self, parts: list) -> None:
        """While streaming: ``parts`` are final. They replace the old tail; prose that follows
        prose joins the same text widget (appended, so Qt lays out only the new paragraphs),
        so a streamed reply ends up made of the same widgets as a full render."""
        self._drop_from(self._frozen)
        for part in parts:
            last = self._parts[-1] if self._parts else None
            if not isinstance(part, CodePart) and isinstance(last, ProseView):
                last.append_html(part)
            else:
                self._place(len(self._parts), part)
        self._frozen = len(self._parts)

    def set_tail(self, parts: list) -> None:
        """The still-changing end of the message (after the frozen parts): widgets of the same
        kind are updated in place (the tail is usually one paragraph or one code block)."""
        for offset, part in enumerate(parts):
            self._place(self._frozen + offset, part)
        self._drop_from(self._frozen + len(parts))

    def _place(self, index: int, part) -> None:
        widget = self._parts[index] if index < len(self._parts) else None
        if isinstance(part, CodePart):
            if isinstance(widget, CodeBlockView):
                widget.set_code(part)
                return
            widget = self._replace(index, CodeBlockView(part, self))
            self._connect_code_block(widget)
            return
        if not isinstance(widget, ProseView):
            widget = self._replace(index, ProseView(self))
            widget.setAccessibleName(self.accessibleName())
        widget.set_html(part)

    def _connect_code_block(self, block: CodeBlockView) -> None:
        block.copy_requested.connect(self.copy_code)

    def _drop_from(self, index: int) -> None:
        for widget in self._parts[index:]:
            self._layout.removeWidget(widget)
            widget.deleteLater()
        del self._parts[index:]

    def _replace(self, index: int, widget: QWidget) -> QWidget:
        match_font(widget, self.font())  # a part made while streaming takes the message's (zoomed) size
        if index < len(self._parts):
            old = self._parts[index]
            self._layout.replaceWidget(old, widget)
            old.deleteLater()
            self._parts[index] = widget
        else:
            self._layout.addWidget(widget)
            self._parts.append(widget)
        return widget

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt name
        super().setAccessibleName(name)
        for part in self._parts:
            if isinstance(part, ProseView):
                part.setAccessibleName(name)

    def code_views(self) -> list[CodeBlockView]:
        return [part for part in self._parts if isinstance(part, CodeBlockView)]

    def prose_views(self) -> list[ProseView]:
        return [part for part in self._parts if isinstance(part, ProseView)]

    def toPlainText(self) -> str:  # noqa: N802 - as QTextEdit names it
        return "\n".join(part.code if isinstance(part, CodeBlockView) else part.toPlainText() for part in self._parts)

    def toHtml(self) -> str:  # noqa: N802
        return "\n".join(
            part.text.toHtml() if isinstance(part, CodeBlockView) else part.toHtml() for part in self._parts
        )

    def is_wider_than_view(self) -> bool:
        """Whether the message's prose scrolls sideways (code blocks scroll on their own)."""
        return any(part.is_wider_than_view() for part in self.prose_views())

    def apply_type_scale(self) -> None:
        """Code blocks' language labels a step smaller than the text (see MessageView)."""
        for code in self.code_views():
            code.apply_type_scale()

    def refit(self) -> None:
        """The font changed (zoom): each part re-lays out at the new size."""
        for part in self._parts:
            prose = part.text if isinstance(part, CodeBlockView) else part
            prose.document().setDefaultFont(prose.font())
            prose.fit()


def _open_link(url: QUrl) -> None:
    if url.scheme() in ("http", "https", "mailto"):
        QDesktopServices.openUrl(url)
