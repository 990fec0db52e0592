"""Coverage-guided fuzzing with atheris: `make fuzz` (see docs/evidence.md). Not in CI."""
