"""The Prefect settings canmex needs, set in one place before Prefect is imported.

canmex runs its flows locally with no Prefect server to set up: when no ``PREFECT_API_URL``
is configured, Prefect starts a temporary local server for the run. Left at its defaults
that server writes to ``~/.prefect``, sends anonymous analytics, prints shutdown
tracebacks and chatty start-up logs. ``configure_prefect`` sets, only where the user has
not set them already:

- ``PREFECT_HOME`` under the canmex data directory (``$CANMEX_HOME``, else
  ``$XDG_DATA_HOME/canmex``, else ``~/.local/share/canmex``);
- analytics and telemetry off (``DO_NOT_TRACK``, ``PREFECT_SERVER_ANALYTICS_ENABLED``,
  resource metrics);
- the temporary server allowed, with its logging at ERROR and a start-up timeout long
  enough for slow machines (it takes several seconds to start);
- Prefect's own console logging at WARNING (INFO with ``--verbose``), so a healthy run
  prints only canmex's summary.

It must run before the first ``import prefect``: Prefect reads its settings at import
time. Once Prefect is imported it does nothing.

``local_run_settings`` is for a flow run on that temporary server: it turns Prefect's
flow-run heartbeats off. They let a server that outlives the run mark it crashed if its
process dies; the temporary server stops with the process, so nothing reads them, and
Prefect waits up to a second for the heartbeat thread at the end of every flow run.
"""
from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator, Mapping, MutableMapping
from contextlib import contextmanager
from pathlib import Path


def canmex_home(environ: MutableMapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    if env.get("CANMEX_HOME"):
        return Path(env["CANMEX_HOME"]).expanduser()
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base).expanduser() / "canmex"


def prefect_defaults(environ: MutableMapping[str, str] | None = None, *,
                     verbose: bool = False) -> dict[str, str]:
    """The environment variables canmex would set (those already set are left out)."""
    env = os.environ if environ is None else environ
    wanted = {
        "PREFECT_HOME": str(canmex_home(env) / "prefect"),
        "DO_NOT_TRACK": "1",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_TELEMETRY_ENABLE_RESOURCE_METRICS": "false",
        "PREFECT_SERVER_EPHEMERAL_ENABLED": "true",
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
        "PREFECT_SERVER_LOGGING_LEVEL": "ERROR",
        "PREFECT_SERVER_UI_ENABLED": "false",
        "PREFECT_LOGGING_LEVEL": "INFO" if verbose else "WARNING",
        "PREFECT_EXPERIMENTS_WARN": "false",
        "PREFECT_RESULTS_PERSIST_BY_DEFAULT": "false",
    }
    aliases = {"PREFECT_SERVER_EPHEMERAL_ENABLED": ("PREFECT_SERVER_ALLOW_EPHEMERAL_MODE",),
               "PREFECT_SERVER_LOGGING_LEVEL": ("PREFECT_LOGGING_SERVER_LEVEL",),
               "PREFECT_SERVER_UI_ENABLED": ("PREFECT_UI_ENABLED",)}
    out = {}
    for key, value in wanted.items():
        if key in env or any(alias in env for alias in aliases.get(key, ())):
            continue
        out[key] = value
    return out


# Libraries that log expected conditions (a page without text...) at WARNING.
QUIET_LOGGERS = ("trafilatura", "htmldate", "courlan", "charset_normalizer")


def quiet_library_logs(*, verbose: bool = False) -> None:
    """Keep libraries' routine warnings off a healthy run's console (not with -v)."""
    if verbose:
        return
    for name in QUIET_LOGGERS:
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET:
            logger.setLevel(logging.ERROR)


def configure_prefect(*, verbose: bool = False,
                      environ: MutableMapping[str, str] | None = None) -> dict[str, str]:
    """Set canmex's Prefect defaults in the environment; return what was set."""
    env = os.environ if environ is None else environ
    quiet_library_logs(verbose=verbose)
    if environ is None and "prefect" in sys.modules:
        return {}
    values = prefect_defaults(env, verbose=verbose)
    if "PREFECT_HOME" in values:
        Path(values["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)
    env.update(values)
    return values


# Where a user sets the heartbeat interval themselves (the second is Prefect's old name).
HEARTBEAT_VARIABLES = ("PREFECT_FLOWS_HEARTBEAT_FREQUENCY",
                       "PREFECT_RUNNER_HEARTBEAT_FREQUENCY")


@contextmanager
def local_run_settings(environ: Mapping[str, str] | None = None) -> Iterator[bool]:
    """Prefect settings for flow runs on the temporary local server: no flow-run
    heartbeats. Changes nothing (and yields False) when a Prefect server is configured
    (``PREFECT_API_URL``) or the user set a heartbeat interval."""
    from prefect.settings import (
        PREFECT_FLOWS_HEARTBEAT_FREQUENCY,
        get_current_settings,
        temporary_settings,
    )
    env = os.environ if environ is None else environ
    if get_current_settings().api.url or any(v in env for v in HEARTBEAT_VARIABLES):
        yield False
        return
    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield True
