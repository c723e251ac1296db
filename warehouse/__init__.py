"""The only code that talks to DuckDB: connect, migrate, append, query.

- ``warehouse.migrate``: numbered SQL files in ``warehouse/migrations/``, each applied
  once in a transaction and recorded in ``schema_migrations``.
- ``warehouse.records``: the frozen records the flows build (``FeedState``,
  ``ArticleRecord``, ``FetchFailure``) and ``article_id_for(canonical_url)``.
- ``warehouse.store``: ``open_warehouse`` (bounded wait, then ``WarehouseBusy``), the
  batched idempotent loads, re-extraction, ``summary``, read-only ``run_query`` and the
  spool for batches that could not be written.
- ``warehouse.summaries``: the summary tables behind the heaviest trend views (migration
  005), kept in step with the facts in the transactions that append or re-extract.
- ``warehouse.arrowio``: Arrow tables named for a block's statements (``registered``) and
  query results as Arrow: how batches go in and out in one statement.
- ``warehouse.serialize``: lossless dicts for extractions and records (the spool's format).
"""
