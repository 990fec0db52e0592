"""Forms built from a kind's spec: one labelled row per input field, in spec order.

Each field's widget comes from its widget hint, its vocabulary and its default; its
help text from the spec. A kind that needs more (the impact observation's mourning
section, the risk assessment's threat editor) subclasses `SpecForm` and places those
fields itself in `place`; every field it does not place still comes from here, so a
field added to a spec shows in the form with nothing else to write.
"""

from __future__ import annotations

from typing import Any

from pydantic_core import PydanticUndefined
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...domain import kinds as domain
from ...domain.coded import Coded
from ...domain.definitions import VOCABULARIES, CustomField
from ...domain.spec import FieldSpec, KindSpec
from ...l10n import _
from ..common.chips import ChipSelector, ToggleCards
from ..common.choices import CodeCombo, Segmented
from ..common.choices import coded_options as options
from ..common.dates import DateField, DateTimeField
from .base import FormContext, RecordForm
from .fields import BoolField, NumberLine, SecretLine, TextArea, TextLine
from .pickers import MemberPicker, RecordPicker, SubjectPicker


def _default(kind: str, code: str) -> Any:
    """The model's default for a field (a subject's status "active"), or None."""
    info = domain.model_for(kind).model_fields.get(code)
    if info is None or info.default is PydanticUndefined:
        return None
    return info.default


def _vocab(spec: FieldSpec) -> type[Coded]:
    if spec.vocab is None:
        raise ValueError(f"field {spec.code!r} has no vocabulary")
    return spec.vocab


def _options(spec: FieldSpec, ctx: FormContext) -> list[tuple[str, str]]:
    """The vocabulary's codes, then the custom codes added to it. A retired code is not
    offered for a new record; editing one, it is listed so that a value it holds is
    shown and kept (choosing it anew elsewhere is refused by the save)."""
    vocab = _vocab(spec)
    found = options(vocab, ctx.lang)
    name = next((n for n, cls in VOCABULARIES.items() if cls is vocab), None)
    if name is not None:
        found += [
            (c.code, c.label(ctx.lang))
            for c in ctx.definitions.codes_of(name)
            if not c.retired or ctx.rid is not None
        ]
    return found


def custom_widget(field: CustomField, ctx: FormContext) -> QWidget:
    """The widget that edits a custom field, from its type (domain/definitions.py)."""
    lang = ctx.lang
    choices = [(c.code, c.label(lang)) for c in field.choices]
    widget: Any
    if field.type == "text":
        widget = TextLine()
    elif field.type == "long_text":
        widget = TextArea(4)
    elif field.type == "number":
        widget = NumberLine()
    elif field.type == "date":
        widget = DateField(ctx.today, lang=lang, optional=True, label=_(lang, "Has a date"))
    elif field.type == "yes_no":
        widget = BoolField(_(lang, "Yes"))
    elif field.type == "choice":
        widget = CodeCombo(choices, empty=_(lang, "Choose…"))
    else:
        widget = ChipSelector(choices)
    return widget  # type: ignore[no-any-return]


def widget_for(kind: str, spec: FieldSpec, ctx: FormContext) -> QWidget:
    """The widget that edits `spec`'s field, as its widget hint says."""
    lang = ctx.lang
    hint = spec.widget_hint
    default = _default(kind, spec.code)
    widget: Any
    if hint == "line":
        widget = TextLine()
    elif hint == "number":
        widget = NumberLine()
    elif hint == "secret":
        widget = SecretLine(lang)
    elif hint == "area":
        widget = TextArea(spec.lines or 4)
    elif hint == "segmented":
        widget = Segmented(_options(spec, ctx))
    elif hint == "combo":
        vocab = _vocab(spec)
        empty = None if default is not None else _(lang, "Choose…")
        widget = CodeCombo(_options(spec, ctx), empty=empty)
        first = 0 if empty is None else 1
        for index, code in enumerate(vocab, first):
            if code.description(lang):  # a sentence says what the code covers
                widget.setItemData(index, code.description(lang), Qt.ItemDataRole.ToolTipRole)
    elif hint == "chips":
        widget = ChipSelector(_options(spec, ctx))
    elif hint == "cards":
        widget = ToggleCards([(c.value, c.label(lang), c.description(lang)) for c in _vocab(spec)])
    elif hint == "check":
        widget = BoolField(_(lang, "Yes"))
    elif hint == "date":
        optional = not spec.required
        label = _(lang, "Has a date") if optional else ""
        widget = DateField(ctx.today, lang=lang, optional=optional, label=label)
    elif hint == "datetime":
        widget = DateTimeField(ctx.now, lang)
    elif hint in ("subject", "subjects"):
        # A record is never its own subject (a collective is not a member of itself).
        others = [(rid, alias) for rid, alias in ctx.subjects if rid != ctx.rid]
        widget = SubjectPicker(others, lang, multiple=hint == "subjects")
    elif hint == "members":
        widget = MemberPicker(ctx.members, lang)
    elif hint == "record":
        widget = RecordPicker(ctx.records, lang)
    else:
        raise ValueError(f"field {spec.code!r} of {kind} needs the kind's own widget")
    if default is not None and not isinstance(default, bool | list):
        widget.set_value(default.value if isinstance(default, Coded) else default)
    return widget  # type: ignore[no-any-return]


class SpecForm(RecordForm):
    """The form of any kind, from its spec (see the module docstring)."""

    def __init__(self, ctx: FormContext) -> None:
        super().__init__(ctx)
        self.build()
        self.finish()

    @property
    def spec(self) -> KindSpec:
        return domain.spec_of(self.kind)

    def build(self) -> None:
        """A row per input field, in order; `place` may take any of them."""
        for spec in self.spec.inputs:
            if not self.place(spec):
                self.add_field(spec)
        self.add_custom_fields()

    def add_custom_fields(self) -> None:
        """The coordinators' fields after the built-in ones, in their order; a retired
        field is not offered (a record that has a value keeps it: edits send only what
        the form holds)."""
        for custom in self.ctx.definitions.fields_of(self.kind):
            if not custom.retired:
                self.add(custom.key, custom_widget(custom, self.ctx))

    def place(self, spec: FieldSpec) -> bool:
        """A kind's hook: lay out `spec` itself and return True (none by default)."""
        return False

    def add_field(self, spec: FieldSpec, into: QVBoxLayout | None = None) -> None:
        widget = widget_for(self.kind, spec, self.ctx)
        self.add(spec.code, widget, spec.help(self.lang) if spec.help else "", into=into)


def form_class(kind: str) -> type[SpecForm]:
    """A SpecForm subclass for `kind` (the lists open a form by its class)."""
    domain.spec_of(kind)
    return type(f"SpecForm_{kind.replace('-', '_')}", (SpecForm,), {"kind": kind})
