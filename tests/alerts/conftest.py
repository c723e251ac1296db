"""Fixtures for the alert tests: the sample pages served on 127.0.0.1, a webhook
receiver per test, settings that deliver to it, and ingest passes over fixture feeds."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from alert_receiver import Receiver, running_receiver
from support.httpserver import FixtureServer

from flows.settings import SEEDS_DIR, Settings

FEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "alerts" / "feeds"


@pytest.fixture(scope="session")
def sample_server() -> Iterator[FixtureServer]:
    """The committed sample pages (``/files/articles/NAME.html``) and the alert
    fixture feeds (``/mutable/NAME``) on a real server."""
    with FixtureServer(root=SEEDS_DIR / "sample") as server:
        for path in FEEDS.glob("*.xml"):
            server.set_body(path.stem, path.read_bytes().replace(
                b"{base}", server.base.encode()))
        yield server


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with running_receiver() as server:
        yield server


@pytest.fixture
def alert_settings(settings: Settings, receiver: Receiver) -> Settings:
    """Deliver to the receiver: the webhook at /hook, Apprise's JSON plugin at /apprise."""
    return settings.with_overrides(
        webhook_url=receiver.url("hook"),
        notify_urls=f"json://127.0.0.1:{receiver.server_address[1]}/apprise")


@pytest.fixture
def ingest_pass(sample_server: FixtureServer, tmp_path: Path, prefect_harness: None
                ) -> Callable[..., object]:
    """Run the real ingest flow once over the named fixture feeds."""
    from flows.ingest import ingest

    def run(settings: Settings, *feeds: str) -> object:
        path = tmp_path / "feeds.toml"
        path.write_text("".join(f'[[feeds]]\nurl = "{sample_server.url("mutable/" + f)}"\n'
                                f'name = "{f}"\n\n' for f in feeds), encoding="utf-8")
        return ingest(str(path), settings.db, settings)

    return run

