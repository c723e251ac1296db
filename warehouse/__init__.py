"""The only code that talks to DuckDB: connect, migrate, append, query."""
