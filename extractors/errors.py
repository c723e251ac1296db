"""Every error canmex raises on purpose, in one hierarchy.

It lives at the bottom of the import graph (standard library only) so that every layer,
pure extractors included, can raise and catch the same classes::

    CanmexError                      base: a message fit for one line on stderr
    ├── TransientError               worth retrying later (flows retry only these)
    │   ├── FetchTimeout             connect/read timeout, slow-drip body
    │   ├── ServerError              HTTP 5xx, connection reset
    │   ├── RateLimited              HTTP 429 (carries retry_after seconds)
    │   ├── WarehouseBusy            another process holds the DuckDB file
    │   └── ChannelUnavailable       an alert channel timed out or answered 5xx
    └── PermanentError               retrying will not help
        ├── FetchError               4xx other than 429, bad scheme, blocked address
        │   ├── Gone                 HTTP 410: the feed is retired
        │   └── TooLarge             body over the configured size limit
        ├── FeedParseError           no entries, not a feed
        ├── ExtractionInputError     unreadable input for `canmex extract`
        ├── ConfigError              a settings or feeds file that does not make sense
        └── WarehouseError           schema/migration problems, read-only violations
"""
from __future__ import annotations


class CanmexError(Exception):
    """Base class. ``str(err)`` is a one-line, user-facing message."""


class TransientError(CanmexError):
    """A failure that may go away on its own: retry with backoff."""


class PermanentError(CanmexError):
    """A failure that retrying will not fix: record it and move on."""


class FetchTimeout(TransientError):
    pass


class ServerError(TransientError):
    pass


class RateLimited(TransientError):
    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class WarehouseBusy(TransientError):
    pass


class ChannelUnavailable(TransientError):
    pass


class FetchError(PermanentError):
    pass


class Gone(FetchError):
    pass


class TooLarge(FetchError):
    pass


class FeedParseError(PermanentError):
    pass


class ExtractionInputError(PermanentError):
    pass


class ConfigError(PermanentError):
    pass


class WarehouseError(PermanentError):
    pass
