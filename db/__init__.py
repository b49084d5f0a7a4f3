"""Alembic migrations for factcheck, shipped inside the package as ``factcheck.migrations``."""
