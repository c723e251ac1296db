"""Pure extraction: bytes or text in, frozen dataclasses out. No network, no database."""

# Bump whenever a change can alter what is extracted; stored with every fact so that
# history can be re-extracted (`canmex reextract`).
EXTRACTOR_VERSION = "0.2.440"
