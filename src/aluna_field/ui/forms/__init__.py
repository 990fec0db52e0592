"""Forms for every record kind, validated by the domain models."""
