"""One frozen ``Settings`` object, built once per command and passed down.

Defaults live in ``flows/defaults.toml``; an environment variable ``CANMEX_<KEY>``
overrides each key. Nothing here is a module-level singleton.
"""
from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from extractors.errors import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = PROJECT_ROOT / "seeds"
DEFAULTS_FILE = Path(__file__).with_name("defaults.toml")


@dataclass(frozen=True)
class Settings:
    db: str
    feeds: str
    user_agent: str
    connect_timeout: float
    read_timeout: float
    max_body_bytes: int
    max_redirects: int
    per_host_concurrency: int
    polite_delay: float
    fetch_retries: int
    allow_private_article_hosts: bool
    busy_timeout: float
    batch_size: int
    extract_processes: int
    extract_pool_min: int
    webhook_url: str
    notify_urls: str
    alert_on_held: bool
    alert_max_age_days: int
    poll_min_interval: float
    poll_max_interval: float
    poll_failure_backoff: float
    poll_max_failures: int
    serve_interval: float
    serve_cron: str
    serve_retry_delay: int

    @property
    def feeds_path(self) -> Path:
        return Path(self.feeds) if self.feeds else SEEDS_DIR / "feeds.toml"

    def with_overrides(self, **values: Any) -> Settings:
        """A copy with the given non-None values replaced (for CLI options)."""
        return replace(self, **{k: v for k, v in values.items() if v is not None})


def _coerce(name: str, raw: str, default: Any) -> Any:
    try:
        if isinstance(default, bool):
            if raw.lower() in ("1", "true", "yes", "on"):
                return True
            if raw.lower() in ("0", "false", "no", "off", ""):
                return False
            raise ValueError(raw)
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
    except ValueError:
        raise ConfigError(f"CANMEX_{name.upper()}={raw!r} is not a valid "
                          f"{type(default).__name__}") from None
    return raw


def load_settings(environ: Mapping[str, str] | None = None,
                  defaults_file: Path = DEFAULTS_FILE) -> Settings:
    environ = os.environ if environ is None else environ
    try:
        values: dict[str, Any] = tomllib.loads(defaults_file.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read settings {defaults_file}: {exc}") from exc
    known = {f.name for f in fields(Settings)}
    unknown = set(values) - known
    if unknown:
        raise ConfigError(f"unknown settings in {defaults_file}: {', '.join(sorted(unknown))}")
    for name in known:
        env = environ.get(f"CANMEX_{name.upper()}")
        if env is not None:
            values[name] = _coerce(name, env, values[name])
    return Settings(**values)
