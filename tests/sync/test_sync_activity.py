"""Activities between real vaults and real bundles: a facilitator receives the activities
they facilitate, but a team-care session reaches only its author and the coordinators
(sync/entitlement.py)."""

from __future__ import annotations

from teamkit import SUBJECT, Team, send

from aluna_field.services.session import Session


def _holds(session: Session, rid: str) -> bool:
    """Whether any op of the record reached the vault (not only its materialised row)."""
    row = session.conn.execute("SELECT 1 FROM ops WHERE rid = ?", (rid,)).fetchone()
    return row is not None


def _activity(area: str, kind: str, **extra: object) -> dict[str, object]:
    return {"held_on": "2026-09-18", "area": area, "type": kind, **extra}


def test_a_team_care_session_reaches_no_accompanier_but_its_author(team: Team) -> None:
    c, a1, a2 = team.c, team.a1, team.a2
    send(c, [a1, a2], team.root)
    a1_id = a1.identity.device_id
    subject = c.add("subject", SUBJECT)[0]
    care = c.add(
        "activity",
        _activity(
            "team_care",
            "containment_session",
            facilitators=[a1_id],
            evaluation="Sesión ficticia de contención del equipo",
        ),
    )[0]
    workshop = c.add(
        "activity",
        _activity(
            "education_training",
            "workshop",
            facilitators=[a1_id],
            subject_ids=[subject],
            participants={"women": 8, "men": 5, "total": 15},
        ),
    )[0]
    about_care = c.add(
        "follow-up", {"record_id": care, "due_on": "2026-10-01", "description": "Revisar"}
    )[0]
    send(c, [a1, a2], team.root)
    # The facilitator gets the workshop and its subject; not the team-care session,
    # though they facilitated it, nor the follow-up about it.
    assert _holds(a1, workshop) and _holds(a1, subject)
    assert not _holds(a1, care) and not _holds(a1, about_care)
    assert not any(_holds(a2, rid) for rid in (care, workshop, subject, about_care))

    # An accompanier's own team-care note goes to the coordinator, and the coordinator's
    # edits of it come back to its author only.
    own = a1.add("activity", _activity("team_care", "containment_session"))[0]
    send(a1, [c], team.root)
    assert _holds(c, own)
    c.edit(own, {"lessons": "Aprendizaje ficticio del equipo"})
    send(c, [a1, a2], team.root)
    assert a1.show(own).state.fields["lessons"] == "Aprendizaje ficticio del equipo"
    assert not _holds(a2, own)


def test_an_activity_turned_team_care_stops_reaching_its_facilitator(team: Team) -> None:
    c, a1 = team.c, team.a1
    send(c, [a1], team.root)
    rid = c.add(
        "activity",
        _activity(
            "systematization", "systematization_session", facilitators=[a1.identity.device_id]
        ),
    )[0]
    send(c, [a1], team.root)
    assert _holds(a1, rid)
    c.edit(rid, {"area": "team_care", "lessons": "Lo que el equipo se dijo (ficticio)"})
    send(c, [a1], team.root)
    # What was sent stays (it cannot be unseen); the team-care edit does not follow.
    assert a1.show(rid).state.fields["area"] == "systematization"
    assert a1.show(rid).state.fields["lessons"] == ""
