"""The record kinds of today, as specs (see spec.py for what each attribute means).

Fields are in form order. Labels are in field_labels.py, looked up by code; help texts
marked for gettext (l10n.py), each behind a literal key.
"""

from __future__ import annotations

from collections.abc import Mapping

from aluna_field.domain.save_rules import event_not_in_future, follow_up_from_date
from aluna_field.domain.spec import FieldSpec, KindSpec
from aluna_field.domain.taxonomy import (
    AccompanimentArea,
    AccompanimentStatus,
    ActivityArea,
    ActivityType,
    EventType,
    FieldOfWork,
    ImpactCategory,
    InformationSource,
    Intervention,
    JusticeStatus,
    MourningAlteration,
    MourningLoss,
    PerpetratorType,
    ResistanceMechanism,
    RiskLevel,
    Sphere,
    StateRole,
    SubjectType,
    Urgency,
)
from aluna_field.l10n import _

F = FieldSpec

SUBJECT = KindSpec(
    "subject",
    (
        F("type", "choice", True, SubjectType, column=1, widget="segmented"),
        F(
            "alias",
            "text",
            True,
            column=0,
            wide=True,
            help=lambda lang: _(lang, "This is what shows everywhere. Use a pseudonym or a code."),
        ),
        F(
            "real_name",
            "text",
            sensitive=True,
            widget="secret",
            help=lambda lang: _(
                lang, "Optional. Shown only when someone asks, and for a few seconds."
            ),
        ),
        F(
            "region",
            "text",
            True,
            column=2,
            wide=True,
            help=lambda lang: _(
                lang,
                "State, or “State / Municipality”. Nothing finer: it could point at "
                "someone's home.",
            ),
        ),
        F(
            "field_of_work",
            "choices",
            vocab=FieldOfWork,
            merge="set",
            column=3,
            wide=True,
            filter="category",
        ),
        F("member_of", "subjects", merge="set"),
        F("notes", "long_text", lines=4),
    ),
)

ACCOMPANIMENT = KindSpec(
    "accompaniment",
    (
        F("title", "text", column=4, wide=True),
        F("subject_ids", "subjects", True, merge="set", column=1, wide=True),
        F("area", "choice", True, AccompanimentArea, column=3, wide=True, filter="category"),
        F(
            "status",
            "choice",
            vocab=AccompanimentStatus,
            column=2,
            widget="segmented",
            summary=True,
        ),
        F(
            "accompaniers",
            "names",
            merge="set",
            help=lambda lang: _(
                lang, "Those who accompany this process receive its records when syncing."
            ),
        ),
        F("started_on", "date", column=0),
        F("notes", "long_text", lines=4),
    ),
    date="started_on",
)

CRISIS_NOTE = KindSpec(
    "crisis-note",
    (
        F("occurred_at", "datetime", True, column=0),
        F("subject_ids", "subjects", True, merge="set", column=1, wide=True),
        F("event", "choice", True, EventType, column=2, wide=True, filter="category"),
        # A set since schema 3 (several perpetrators per event); older notes' single code
        # reads as a set of one (docs/merge.md).
        F("perpetrator", "choices", vocab=PerpetratorType, merge="set"),
        F("state_role", "choices", vocab=StateRole, merge="set"),
        F(
            "urgency",
            "choice",
            True,
            Urgency,
            column=3,
            filter="level",
            widget="segmented",
            summary=True,
        ),
        F("narrative", "long_text", True, lines=10),
        F("source", "choice", vocab=InformationSource),
        F("state_observed", "long_text", lines=4),
        F("interventions", "choices", vocab=Intervention, merge="set"),
        F("agreements", "long_text", lines=4),
        F(
            "follow_up_on",
            "date",
            help=lambda lang: _(
                lang, "If you choose a date, a follow-up is also created for that day."
            ),
        ),
        # Edited later as the case moves on; what lets impunity be counted.
        F("justice_status", "choice", vocab=JusticeStatus),
    ),
    date="occurred_at",
    checks=(event_not_in_future,),
    brings=(follow_up_from_date,),
)

RISK_ASSESSMENT = KindSpec(
    "risk-assessment",
    (
        F("subject_id", "subject", True, column=1, wide=True),
        F("assessed_on", "date", True, column=0),
        F(
            "threats",
            "items",
            True,
            item_text=("description", "who", "when", "source", "credibility_note"),
        ),
        F("vulnerabilities", "items", True, item_text=("description",)),
        F("capacities", "items", True, item_text=("description",)),
        # The protection plan merges item by item (docs/merge.md): two people adding
        # measures apart is not a conflict.
        F("measures", "items", merge="items", item_text=("what", "who", "notes")),
        F("next_review_on", "date", column=3),
        F("notes", "long_text", lines=4),
        # Derived by the model from the threats and their factors (domain/risk.py).
        F(
            "risk_level",
            "choice",
            vocab=RiskLevel,
            column=2,
            filter="level",
            summary=True,
            derived=True,
        ),
        F("risk_rule", "text", derived=True),
        F("risk_threat", "text", derived=True),
        F("threat_levels", "items", derived=True),
    ),
    date="assessed_on",
)

IMPACT_OBSERVATION = KindSpec(
    "impact-observation",
    (
        F("subject_ids", "subjects", True, merge="set", column=1, wide=True),
        F("observed_on", "date", True, column=0),
        # Wide: whole, "Ámbito organizativo o colectivo" left the subject four letters.
        F("sphere", "choice", True, Sphere, column=2, wide=True, widget="segmented"),
        F(
            "categories",
            "choices",
            True,
            ImpactCategory,
            merge="set",
            column=4,
            wide=True,
            filter="category",
            widget="cards",
        ),
        F("intensity", "scale", True, column=3, summary=True),
        F("narrative", "long_text", lines=8),
        F("mourning_losses", "choices", vocab=MourningLoss, merge="set"),
        F("mourning_alterations", "choices", vocab=MourningAlteration, merge="set"),
        F(
            "resistance_mechanisms",
            "choices",
            vocab=ResistanceMechanism,
            merge="set",
            widget="chips",
        ),
        F(
            "resistance",
            "long_text",
            lines=4,
            help=lambda lang: _(lang, "What the list above does not cover, in your own words."),
        ),
    ),
    date="observed_on",
)

FOLLOW_UP = KindSpec(
    "follow-up",
    (
        F("record_id", "record", True, column=2, wide=True),
        F("due_on", "date", True, column=0),
        F("description", "long_text", True, column=3, wide=True, lines=3),
        F("assignee", "text"),
        F("done", "yes_no", column=1, summary=True),
    ),
    date="due_on",
)

ACTIVITY = KindSpec(
    "activity",
    (
        F("held_on", "date", True, column=0),
        F("type", "choice", True, ActivityType, column=1, wide=True, summary=True),
        F("area", "choice", True, ActivityArea, column=2, wide=True, filter="category"),
        F("duration_minutes", "number"),
        # Subjects and organisations (collectives) taking part; never in team care.
        F(
            "subject_ids",
            "subjects",
            merge="set",
            column=3,
            wide=True,
            help=lambda lang: _(
                lang,
                "Subjects and organizations that took part. In team care, no one from outside.",
            ),
        ),
        F(
            "facilitators",
            "names",
            merge="set",
            help=lambda lang: _(
                lang,
                "Facilitators receive the activity when syncing, except team care: "
                "that is seen only by whoever wrote it and the coordinators.",
            ),
        ),
        F("participants", "counts", column=4, wide=True),
        F("topics", "long_text", lines=3),
        F("method", "long_text", lines=3),
        F("agreements", "long_text", lines=4),
        F("evaluation", "long_text", lines=3),
        F("lessons", "long_text", lines=4),
        F(
            "follow_up_on",
            "date",
            help=lambda lang: _(
                lang, "If you choose a date, a follow-up is also created for that day."
            ),
        ),
    ),
    date="held_on",
    brings=(follow_up_from_date,),
)

SPECS: Mapping[str, KindSpec] = {
    spec.code: spec
    for spec in (
        SUBJECT,
        ACCOMPANIMENT,
        CRISIS_NOTE,
        RISK_ASSESSMENT,
        IMPACT_OBSERVATION,
        FOLLOW_UP,
        ACTIVITY,
    )
}
