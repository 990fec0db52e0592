"""Lists in SQL (store/listing.py): the order and filters the lists promise, on the
indexes of migration v6, and a vault from before v6 lists the same once migrated."""

from __future__ import annotations

from pathlib import Path

from aluna_field.services.context import AppContext
from aluna_field.services.session import Session
from aluna_field.services.vaults import create_vault, open_vault
from aluna_field.store import listing
from aluna_field.store.listing import ListQuery
from support import PASSPHRASE

LEVELS = ("low", "medium", "high", "critical")
RANK = {code: i for i, code in enumerate(LEVELS)}


def _fill(session: Session) -> tuple[list[str], list[str]]:
    subjects = session.add(
        "subject",
        [
            {
                "type": "person",
                "alias": "Zacil Ficticia",
                "real_name": "Nombre Inventado Uno",
                "region": "Oaxaca",
            },
            {"type": "collective", "alias": "Ángeles Ficticias", "region": "Oaxaca"},
            {"type": "person", "alias": "bertha ficticia", "region": "Oaxaca"},
        ],
    )
    notes = session.add(
        "crisis-note",
        [
            {
                "subject_ids": [subjects[i % 3]],
                "occurred_at": f"2026-0{1 + i % 9}-1{i % 10}T10:00:00",
                "event": "threat",
                "narrative": f"Relato ficticio {'huracán' if i % 5 == 0 else 'llamada'} {i}.",
                "urgency": LEVELS[i % 4],
            }
            for i in range(40)
        ],
    )
    session.records.delete(notes[3])
    return subjects, notes


def _nums(session: Session, rids: list[str]) -> list[int]:
    return [n for n in (listing.num_of(session.conn, r) for r in rids) if n is not None]


def _state(session: Session, num: int) -> dict[str, object]:
    return listing.states_of(session.conn, [num])[num]["fields"]  # type: ignore[no-any-return]


def test_levels_and_dates_order_in_sql_as_the_lists_promise(ctx: AppContext) -> None:
    with create_vault(ctx, PASSPHRASE, "Ana Prueba", "coordinator", "Equipo") as s:
        _subjects, notes = _fill(s)
        live = [n for i, n in enumerate(_nums(s, notes)) if i != 3]
        for descending in (False, True):
            got = listing.ordered(
                s.conn, ListQuery("crisis-note", "urgency", "rank", RANK, descending)
            )
            fields = {n: _state(s, n) for n in got}
            want = sorted(
                live, key=lambda n: (RANK[str(fields[n]["urgency"])], n), reverse=descending
            )
            assert got == want
            got = listing.ordered(
                s.conn, ListQuery("crisis-note", "occurred_at", "date", {}, descending)
            )
            want = sorted(
                live, key=lambda n: (str(fields[n]["occurred_at"]), n), reverse=descending
            )
            assert got == want
        # The level ranges come from the partial index, not from reading every state.
        for (kind, name), index in listing.INDEXED.items():
            assert s.conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (index,)
            ).fetchone(), (kind, name)
        plan = s.conn.execute(
            "EXPLAIN QUERY PLAN SELECT num FROM records INDEXED BY records_list_urgency"
            " WHERE kind = 'crisis-note' AND deleted = 0"
            " AND json_extract(state, '$.fields.urgency') = 'high'"
        ).fetchall()
        assert "records_list_urgency" in str(plan)


def test_text_orders_case_folded_and_filters_run_in_sql(ctx: AppContext) -> None:
    with create_vault(ctx, PASSPHRASE, "Ana Prueba", "coordinator", "Equipo") as s:
        subjects, notes = _fill(s)
        got = listing.ordered(s.conn, ListQuery("subject", "alias", "text"))
        aliases = [_state(s, n)["alias"] for n in got]
        assert aliases == sorted(aliases, key=lambda a: str(a).casefold())
        assert aliases[0] == "bertha ficticia"
        # Subject, level, dates and words together; the deleted note never shows.
        q = ListQuery(
            "crisis-note",
            "occurred_at",
            "date",
            subject=subjects[0],
            equals=(("urgency", "low"),),
            date_from="2026-01-01",
            date_to="2026-06-30",
            search="huracan",  # accents folded, as the search index does
        )
        got = listing.ordered(s.conn, q)
        want = [
            n
            for i, n in enumerate(_nums(s, notes))
            if i % 3 == 0 and i % 4 == 0 and i % 5 == 0 and 1 + i % 9 <= 6 and i != 3
        ]
        assert sorted(got) == sorted(want) and got
        assert listing.ordered(s.conn, ListQuery("crisis-note", search="!!")) == []
        assert listing.count(s.conn, "crisis-note") == 39
        assert listing.search_among(s.conn, notes[:10], "huracán") == {notes[0], notes[5]}
        # Ordering by what a reference reads as (a rank per subject) writes nothing: the
        # lists reload on every change of the vault, so a read must not look like one.
        before = s.conn.total_changes
        ranks = {rid: i for i, rid in enumerate(reversed(subjects))}
        got = listing.ordered(s.conn, ListQuery("crisis-note", "subject_ids", "rank", ranks))
        firsts = [ranks[str(_state(s, n)["subject_ids"][0])] for n in got]  # type: ignore[index]
        assert firsts == sorted(firsts) and s.conn.total_changes == before


def test_a_vault_from_before_the_list_indexes_lists_the_same(
    tmp_path: Path, ctx: AppContext
) -> None:
    with create_vault(ctx, PASSPHRASE, "Ana Prueba", "coordinator", "Equipo") as s:
        _fill(s)
        before = [v.state for v in s.list_records("crisis-note")]
        # Back to schema v5, before the list indexes: no list indexes, records_kind.
        for name in ("records_list_date", "records_recent", *listing.INDEXED.values()):
            s.conn.execute(f"DROP INDEX {name}")
        s.conn.execute("CREATE INDEX records_kind ON records (kind, deleted)")
        s.conn.execute("PRAGMA user_version = 5")
    with open_vault(ctx, PASSPHRASE) as s:
        assert s.conn.execute("PRAGMA user_version").fetchone()[0] == 6
        assert [v.state for v in s.list_records("crisis-note")] == before
        got = listing.ordered(s.conn, ListQuery("crisis-note", "urgency", "rank", RANK, True))
        assert len(got) == len(before) == 39
