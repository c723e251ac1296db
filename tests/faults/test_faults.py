"""The fault suite: every case of ``fault_cases.CHECKS`` over one set of real runs.

The runs (real ``canmex run`` processes, the real 127.0.0.1 server, real DuckDB files)
happen once per module; each case is then one test that reads what they left. Several
cases are also covered closer to the code, in tests/flows/test_http.py and
tests/flows/test_ingest.py (see the docstring of fault_cases.py).
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fault_cases import CHECKS, World, run_faults


@pytest.fixture(scope="module")
def world(http_server, prefect_harness, tmp_path_factory: pytest.TempPathFactory
          ) -> Iterator[World]:
    from prefect.settings import PREFECT_API_URL
    work: Path = tmp_path_factory.mktemp("faults")
    yield run_faults(http_server, work, PREFECT_API_URL.value())


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: getattr(c, "__name__", "case"))
def test_fault_case(world: World, check) -> None:
    outcome = check(world)
    assert outcome.ok, f"{outcome.case}: {outcome.why}"
