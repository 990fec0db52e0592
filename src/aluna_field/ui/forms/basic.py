"""Forms for subjects, accompaniments and follow-ups."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ...domain.taxonomy import AccompanimentArea, AccompanimentStatus, FieldOfWork, SubjectType
from ..common.chips import ChipSelector
from ..common.choices import CodeCombo, Segmented
from ..common.choices import coded_options as options
from ..common.dates import DateField
from ..i18n import t
from .base import FormContext, RecordForm
from .fields import BoolField, TextArea, TextLine
from .pickers import MemberPicker, RecordPicker, SubjectPicker
from .texts import TEXTS


class SecretLine(QWidget):
    """A line whose text is masked until the person chooses to see it (a real name)."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = TextLine(secret=True)
        self.changed = self.line.changed
        self.toggle = QPushButton(t(TEXTS, "show", lang))
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(t(TEXTS, "show_real_name", lang))
        self.toggle.toggled.connect(self._show)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.toggle)
        self.lang = lang
        self.setFocusProxy(self.line)

    def _show(self, on: bool) -> None:
        self.line.setEchoMode(TextLine.EchoMode.Normal if on else TextLine.EchoMode.Password)
        self.toggle.setText(t(TEXTS, "hide" if on else "show", self.lang))

    def value(self) -> str:
        return self.line.value()

    def set_value(self, value: object) -> None:
        self.toggle.setChecked(False)
        self.line.set_value(value)


class SubjectForm(RecordForm):
    kind = "subject"

    def __init__(self, ctx: FormContext) -> None:
        super().__init__(ctx)
        lang = ctx.lang
        self.add("type", Segmented(options(SubjectType, lang)))
        self.add("alias", TextLine(), "alias_hint")
        self.add("real_name", SecretLine(lang), "real_name_hint")
        self.add("region", TextLine(), "region_hint")
        self.add("field_of_work", ChipSelector(options(FieldOfWork, lang)))
        others = [(rid, alias) for rid, alias in ctx.subjects if rid != ctx.rid]
        self.add("member_of", SubjectPicker(others, lang, multiple=True))
        self.add("notes", TextArea(4))
        self.finish()


class AccompanimentForm(RecordForm):
    kind = "accompaniment"

    def __init__(self, ctx: FormContext) -> None:
        super().__init__(ctx)
        lang = ctx.lang
        self.add("title", TextLine())
        self.add("subject_ids", SubjectPicker(ctx.subjects, lang, multiple=True))
        area = CodeCombo(options(AccompanimentArea, lang), empty=t(TEXTS, "choose", lang))
        for index in range(1, area.count()):
            code = AccompanimentArea(area.itemData(index))
            area.setItemData(index, code.description(lang), Qt.ItemDataRole.ToolTipRole)
        self.add("area", area)
        status = Segmented(options(AccompanimentStatus, lang))
        status.set_value("active")
        self.add("status", status)
        self.add("accompaniers", MemberPicker(ctx.members, lang), "members_hint")
        self.add(
            "started_on",
            DateField(ctx.today, lang=ctx.lang, optional=True, label=t(TEXTS, "has_date", lang)),
        )
        self.add("notes", TextArea(4))
        self.finish()


class FollowUpForm(RecordForm):
    kind = "follow-up"

    def __init__(self, ctx: FormContext) -> None:
        super().__init__(ctx)
        lang = ctx.lang
        self.add("record_id", RecordPicker(ctx.records, lang))
        self.add("due_on", DateField(ctx.today, lang=ctx.lang))
        self.add("description", TextArea(3))
        self.add("assignee", TextLine())
        self.add("done", BoolField(t(TEXTS, "done_box", lang)))
        self.finish()
