"""The command line obeys the unlock guard as the window does (issue 19, item 16): after
five wrong passphrases each try waits longer first, and the wipe after N chosen in
Settings erases the vault from the CLI too. The sleeper moves a fake clock: no waiting."""

from __future__ import annotations

import dataclasses

import pytest

from aluna_field.services.context import AppContext
from aluna_field.services.unlock_guard import TooSoon, failures, open_guarded, set_wipe_after
from aluna_field.services.vaults import create_vault, vault_exists
from aluna_field.store.errors import WrongPassphrase
from support import PASSPHRASE, FakeClock, run_cli

WRONG = "frase equivocada ficticia 1"


class Sleeper:
    """Records each wait and moves the test's clock by it, as a real sleep would."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.waits: list[int] = []

    def __call__(self, ms: int) -> None:
        self.waits.append(ms)
        self.clock.advance(ms)


@pytest.fixture
def guarded(ctx: AppContext, clock: FakeClock) -> tuple[AppContext, Sleeper]:
    create_vault(ctx, PASSPHRASE, "Persona Ficticia", "accompanier").close()
    sleeper = Sleeper(clock)
    return dataclasses.replace(ctx, lang="es", sleep_ms=sleeper), sleeper


def _info(ctx: AppContext, monkeypatch: pytest.MonkeyPatch, secret: str) -> tuple[int, str]:
    monkeypatch.setenv("ALUNA_FIELD_PASSPHRASE", secret)
    result = run_cli(ctx, "info")
    return result.code, result.err


def test_after_five_wrong_the_cli_waits_longer_each_time(
    guarded: tuple[AppContext, Sleeper], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx, sleeper = guarded
    for _ in range(5):
        code, err = _info(ctx, monkeypatch, WRONG)
        assert code == 3 and err == "La frase de paso no es correcta.\n"
    assert sleeper.waits == []
    for _ in range(3):
        code, err = _info(ctx, monkeypatch, WRONG)
        assert code == 3
    assert sleeper.waits == [5_000, 10_000, 20_000]
    assert failures(ctx) == 8
    code, err = _info(ctx, monkeypatch, PASSPHRASE)
    assert code == 0 and sleeper.waits[-1] == 40_000
    assert "Demasiados intentos fallidos: esperando 40 s antes de probar" in err
    assert failures(ctx) == 0


def test_the_window_and_the_cli_share_one_count(
    guarded: tuple[AppContext, Sleeper], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx, sleeper = guarded
    for _ in range(4):
        with pytest.raises(WrongPassphrase):
            open_guarded(ctx, WRONG)  # as the unlock screen calls it
    code, _ = _info(ctx, monkeypatch, WRONG)
    assert code == 3 and sleeper.waits == []
    with pytest.raises(TooSoon):
        open_guarded(ctx, PASSPHRASE)  # the window now refuses until the wait is over
    code, _ = _info(ctx, monkeypatch, PASSPHRASE)
    assert code == 0 and sleeper.waits == [5_000]


def test_the_wipe_chosen_in_settings_happens_from_the_cli(
    guarded: tuple[AppContext, Sleeper], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx, _ = guarded
    set_wipe_after(ctx.vault_dir, 10)
    for _ in range(9):
        assert _info(ctx, monkeypatch, WRONG)[0] == 3
    assert vault_exists(ctx)
    code, err = _info(ctx, monkeypatch, WRONG)
    assert code == 3 and "la bóveda de este dispositivo se borró" in err
    assert not vault_exists(ctx)
    assert WRONG not in err


def test_too_soon_from_another_process_is_a_clear_refusal(
    guarded: tuple[AppContext, Sleeper], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A sleeper that does not move the clock stands for another process failing meanwhile.
    ctx, _ = guarded
    stuck = dataclasses.replace(ctx, sleep_ms=lambda ms: None)
    for _ in range(5):
        _info(stuck, monkeypatch, WRONG)
    code, err = _info(stuck, monkeypatch, PASSPHRASE)
    assert code == 3
    assert err.endswith("Demasiados intentos fallidos: vuelve a intentarlo en 5 s.\n")
    monkeypatch.setenv("ALUNA_FIELD_PASSPHRASE", PASSPHRASE)
    english = run_cli(dataclasses.replace(stuck, lang="en"), "info")
    assert english.err.endswith("Too many wrong passphrases: try again in 5 s.\n")
