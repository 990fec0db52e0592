"""Choosing subjects by alias (type-ahead) and choosing any record by its title."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...l10n import _
from ...store.ops import is_record_id
from ..common.choices import CodeCombo
from ..common.flow import FlowLayout
from ..common.widgets import plain_label


def _completer(words: list[str], parent: QWidget) -> QCompleter:
    completer = QCompleter(QStringListModel(words, parent), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return completer


class SubjectPicker(QWidget):
    """Subjects chosen by typing part of an alias; chosen ones show as removable chips.

    `multiple=False` keeps one subject (a risk assessment is about one subject).
    """

    changed = Signal()

    def __init__(self, subjects: Sequence[tuple[str, str]], lang: str, multiple: bool) -> None:
        super().__init__()
        self.lang = lang
        self.multiple = multiple
        self.aliases = dict(subjects)
        self._by_alias = {alias.casefold(): rid for rid, alias in subjects}
        self.chosen: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit()
        self.line.setPlaceholderText(_(lang, "Type part of the alias and pick from the list"))
        self.completer = _completer(sorted(self.aliases.values(), key=str.casefold), self)
        self.line.setCompleter(self.completer)
        self.completer.activated.connect(self._pick_alias)
        self.line.returnPressed.connect(lambda: self._pick_alias(self.line.text()))
        layout.addWidget(self.line)
        self.chips_box = QWidget()
        self.chips = FlowLayout(self.chips_box)
        layout.addWidget(self.chips_box)
        self.setFocusProxy(self.line)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    def _pick_alias(self, text: str) -> None:
        key = text.strip().casefold()
        rid = self._by_alias.get(key)
        if rid is None and key:
            # Enter on a fragment that names exactly one subject takes it.
            found = [r for a, r in self._by_alias.items() if key in a]
            rid = found[0] if len(found) == 1 else None
        if rid is None:
            return
        self.add(rid)
        # The completer has already put the alias in the line (its connection came first),
        # and when the list had a highlighted row it puts it back once this returns:
        # empty the line again after that, so it is ready for the next subject.
        self.line.clear()
        QTimer.singleShot(0, self.line, self.line.clear)
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()

    def add(self, rid: str) -> None:
        if rid in self.chosen:
            return
        self.chosen = [*self.chosen, rid] if self.multiple else [rid]
        self._render()
        self.changed.emit()

    def remove(self, rid: str) -> None:
        self.chosen = [r for r in self.chosen if r != rid]
        self._render()
        self.changed.emit()

    def _render(self) -> None:
        while self.chips.count():
            item = self.chips.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        previous: QWidget = self.line
        for rid in self.chosen:
            alias = self.aliases.get(rid, rid[:8])
            chip = QPushButton(f"{alias}  ✕")
            chip.setAccessibleName(_(self.lang, "Remove “{name}”", name=alias))
            chip.clicked.connect(lambda _c=False, r=rid: self.remove(r))
            self.chips.addWidget(chip)
            # Right after the line in the Tab order, where they show.
            QWidget.setTabOrder(previous, chip)
            previous = chip
        self.chips_box.updateGeometry()

    def value(self) -> list[str] | str | None:
        if self.multiple:
            return list(self.chosen)
        return self.chosen[0] if self.chosen else None

    def set_value(self, value: object) -> None:
        ids = value if isinstance(value, list) else [value] if isinstance(value, str) else []
        self.chosen = [str(r) for r in ids][: None if self.multiple else 1]
        self.line.clear()
        self._render()


class RecordPicker(CodeCombo):
    """Any record, chosen from a list of titles with type-ahead (follow-ups point at one)."""

    def __init__(self, records: Sequence[tuple[str, str]], lang: str) -> None:
        super().__init__(records, empty=_(lang, "Choose…"))
        # Titles can be long: the field keeps the form's width and elides, the list shows all.
        self.setSizeAdjustPolicy(CodeCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(30)
        self.setEditable(True)
        self.setInsertPolicy(CodeCombo.InsertPolicy.NoInsert)
        completer = self.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)


class MemberPicker(QWidget):
    """Team members chosen by name; the value is their device ids, which is what decides
    who receives the accompaniment's records (docs/team.md).

    A value not on the roster (a device not enrolled yet, or a name typed by an older
    version) keeps a chip of its own, so editing never drops it silently.
    """

    changed = Signal()

    def __init__(self, members: Sequence[tuple[str, str]], lang: str) -> None:
        super().__init__()
        self.lang = lang
        self._layout = FlowLayout(self)
        self.chips: dict[str, QPushButton] = {}
        for device_id, name in members:
            self._chip(device_id, name)
        self.empty = plain_label(_(lang, "There is no one on the team yet: add people in Team."))
        self.empty.setVisible(not members)
        self._layout.addWidget(self.empty)

    def _chip(self, code: str, label: str) -> QPushButton:
        chip = QPushButton(label)
        chip.setCheckable(True)
        chip.setAccessibleName(label)
        chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        chip.toggled.connect(self.changed)
        self._layout.addWidget(chip)
        self.chips[code] = chip
        return chip

    def value(self) -> list[str]:
        return [code for code, chip in self.chips.items() if chip.isChecked()]

    def set_value(self, codes: object) -> None:
        wanted = [str(c) for c in codes] if isinstance(codes, list) else []
        for code in wanted:
            if code not in self.chips:
                label = _(self.lang, "Device {id}", id=code[:8]) if is_record_id(code) else code
                self._chip(code, label)
                self.empty.setVisible(False)
        for code, chip in self.chips.items():
            chip.setChecked(code in wanted)
