"""Shared fixtures: the real local HTTP server, a fresh warehouse, test settings, and one
Prefect test harness for the whole session (it takes seconds to start)."""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

_HOME = pytest.StashKey[str]()


def pytest_configure(config: pytest.Config) -> None:
    # Keep Prefect's home, analytics and logging settings away from the user's own,
    # before anything imports Prefect.
    home = tempfile.mkdtemp(prefix="canmex-test-home-")
    config.stash[_HOME] = home
    os.environ["CANMEX_HOME"] = home
    os.environ.pop("PREFECT_HOME", None)
    os.environ.pop("PREFECT_API_URL", None)
    from flows.prefect_env import configure_prefect
    configure_prefect()
    # Property tests check behaviour, not speed: on a busy 2-core machine generating a
    # whole Extraction can take longer than Hypothesis likes, so no deadline and no
    # "too slow" health check.
    from hypothesis import HealthCheck, settings
    settings.register_profile("canmex", deadline=None,
                              suppress_health_check=[HealthCheck.too_slow])
    settings.load_profile("canmex")


def pytest_unconfigure(config: pytest.Config) -> None:
    # The session's home is its own: leave nothing behind in the temporary directory.
    shutil.rmtree(config.stash.get(_HOME, ""), ignore_errors=True)


from support.httpserver import FixtureServer  # noqa: E402

from flows.settings import Settings, load_settings  # noqa: E402


@pytest.fixture(scope="session")
def http_server() -> Iterator[FixtureServer]:
    """The session's real HTTP server on 127.0.0.1 (see tests/support/httpserver.py)."""
    with FixtureServer() as server:
        yield server


@pytest.fixture
def fresh_db(tmp_path: Path) -> str:
    """A new warehouse file (migrations applied) in the test's own directory."""
    from warehouse.store import open_warehouse
    path = tmp_path / "canmex.duckdb"
    with open_warehouse(path):
        pass
    return str(path)


@pytest.fixture
def settings(fresh_db: str) -> Settings:
    """Defaults (no CANMEX_* variables) with short timeouts, no polite delay, retries
    kept small and article hosts on 127.0.0.1 allowed."""
    return load_settings(environ={}).with_overrides(
        db=fresh_db, connect_timeout=1.0, read_timeout=1.0, polite_delay=0.0,
        fetch_retries=1, max_body_bytes=200_000, allow_private_article_hosts=True,
        busy_timeout=0.3)


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One temporary Prefect API for every flow test of the session."""
    from prefect.testing.utilities import prefect_test_harness
    with prefect_test_harness(server_startup_timeout=120):
        yield
