"""Prefect flows, thin tasks, the one HTTP module, settings and the CLI."""
