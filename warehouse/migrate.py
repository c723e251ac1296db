"""Numbered SQL migrations, each applied once in a transaction.

Migrations are the files ``warehouse/migrations/NNN_name.sql``. ``migrate(con)`` applies
the ones not yet listed in ``schema_migrations`` (version, name, applied_at), in order,
each in its own transaction together with its row in that table, so a failed migration
leaves nothing half-done. Migrations only add; none drops user data.

A migration whose data is worked out by code the warehouse runs anyway (the trend
summaries of 005) names that code in :data:`FILLS`: it runs after the file's SQL, in the
same transaction, so the definitions live in one place.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb

from extractors.errors import WarehouseError
from warehouse import summaries

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_FILE_RE = re.compile(r"^(\d{3,})_([A-Za-z0-9_]+)\.sql$")

_VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       VARCHAR NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
)
"""


# What runs after a migration's SQL, by its file name (without .sql).
FILLS: dict[str, Callable[[duckdb.DuckDBPyConnection], None]] = {
    "005_trend_summaries": summaries.fill,
}


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    path: Path

    def sql(self) -> str:
        return self.path.read_text(encoding="utf-8")

    def apply(self, con: duckdb.DuckDBPyConnection) -> None:
        """Its SQL, then its fill if it has one (in the caller's transaction)."""
        con.execute(self.sql())
        fill = FILLS.get(self.path.stem)
        if fill is not None:
            fill(con)


def available_migrations(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    """The migration files in ``directory``, by version; duplicate versions are an error."""
    found: dict[int, Migration] = {}
    for path in sorted(directory.glob("*.sql")):
        m = _FILE_RE.match(path.name)
        if not m:
            raise WarehouseError(f"migration file name {path.name!r} is not NNN_name.sql")
        version = int(m.group(1))
        if version in found:
            raise WarehouseError(f"two migrations share version {version}: "
                                 f"{found[version].path.name} and {path.name}")
        found[version] = Migration(version, m.group(2), path)
    return [found[v] for v in sorted(found)]


def applied_versions(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Versions recorded in ``schema_migrations`` (empty for a new file)."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables "
        "WHERE table_schema = 'main' AND table_name = 'schema_migrations'").fetchone()
    if not exists or not exists[0]:
        return []
    return [row[0] for row in
            con.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()]


def migrate(con: duckdb.DuckDBPyConnection,
            directory: Path = MIGRATIONS_DIR) -> list[int]:
    """Apply pending migrations in order; return the versions applied (often none)."""
    migrations = available_migrations(directory)
    try:
        con.execute(_VERSION_TABLE)
        done = set(applied_versions(con))
    except duckdb.Error as exc:
        raise WarehouseError(f"cannot read the schema version: {exc}") from exc
    newer = [v for v in done if v > max((m.version for m in migrations), default=0)]
    if newer:
        log.warning("the warehouse has schema version %d, newer than this canmex knows",
                    max(newer))
    applied: list[int] = []
    for migration in migrations:
        if migration.version in done:
            continue
        try:
            con.execute("BEGIN TRANSACTION")
            migration.apply(con)
            con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
                        [migration.version, migration.name])
            con.execute("COMMIT")
        except duckdb.Error as exc:
            try:
                con.execute("ROLLBACK")
            except duckdb.Error:
                pass
            raise WarehouseError(f"migration {migration.path.name} failed: "
                                 f"{_first_line(exc)}") from exc
        log.info("applied migration %03d_%s", migration.version, migration.name)
        applied.append(migration.version)
    return applied


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
