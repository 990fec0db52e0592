"""Redacting a record or one of its fields, from the record's detail (coordinators)."""
