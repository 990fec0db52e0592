"""The search results' snippet column, with the matched word drawn bold on a marked
background. Painted as three plain-text pieces: record content is never parsed as rich
text (a "<b>" typed in a note stays those characters)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

SPAN_ROLE = Qt.ItemDataRole.UserRole + 5  # (start, end) of the match in the cell's text


class HighlightDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        span = index.data(SPAN_ROLE)
        if not span:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        start, end = int(span[0]), int(span[1])
        rect = opt.rect.adjusted(4, 0, -4, 0)
        painter.save()
        painter.setClipRect(rect)
        x = rect.left()
        bold = QFont(opt.font)
        bold.setBold(True)
        for piece, marked in ((text[:start], False), (text[start:end], True), (text[end:], False)):
            font = bold if marked else opt.font
            painter.setFont(font)
            width = painter.fontMetrics().horizontalAdvance(piece)
            box = QRect(x, rect.top(), width, rect.height())
            if marked and not selected:
                painter.fillRect(box, opt.palette.color(QPalette.ColorRole.Highlight).lighter(170))
            painter.setPen(opt.palette.color(role))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignVCenter), piece)
            x += width
        painter.restore()
