"""Prefect settings for canmex's flow runs: heartbeats only where a server reads them."""
from __future__ import annotations

import pytest

from flows.prefect_env import local_run_settings


def heartbeat() -> int | None:
    from prefect.settings import get_current_settings
    value: int | None = get_current_settings().flows.heartbeat_frequency
    return value


@pytest.fixture
def no_api_url():
    """As a run on the temporary local server sees it: no PREFECT_API_URL."""
    from prefect.settings import PREFECT_API_URL, temporary_settings
    with temporary_settings(restore_defaults={PREFECT_API_URL}):
        yield


def test_heartbeats_are_off_for_a_run_on_the_temporary_server(no_api_url):
    before = heartbeat()
    assert before is not None                      # Prefect's default sends them
    with local_run_settings(environ={}) as changed:
        assert changed
        assert heartbeat() is None
    assert heartbeat() == before                   # only for the block


def test_a_heartbeat_interval_the_user_set_is_kept(no_api_url):
    for name in ("PREFECT_FLOWS_HEARTBEAT_FREQUENCY", "PREFECT_RUNNER_HEARTBEAT_FREQUENCY"):
        with local_run_settings(environ={name: "60"}) as changed:
            assert not changed
            assert heartbeat() is not None


def test_runs_reported_to_a_prefect_server_keep_their_heartbeats(prefect_harness):
    from prefect import flow

    @flow(name="heartbeat-probe", persist_result=False)
    def probe() -> int | None:
        return heartbeat()

    with local_run_settings(environ={}) as changed:
        assert not changed                         # the harness is a server (API URL set)
        assert probe() is not None
