"""Options that several command groups share, spelt and documented once."""

from __future__ import annotations

import argparse

from ld import BUILD_CACHE as DEFAULT_CACHE


def add_source(parser: argparse.ArgumentParser, holding: str = "") -> None:
    """``--source DIR``; ``holding`` says what the command reads there (" with entities.toml")."""
    parser.add_argument("--source", default="source", help=f"source folder{holding} (default: source)")


def add_dist(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dist", default="dist", help="the published folder (default: dist)")


def add_build_cache(parser: argparse.ArgumentParser, note: str = "") -> None:
    """``--cache DIR``: the incremental build cache (``ld.cache``), shared by build and release."""
    parser.add_argument("--cache", default=str(DEFAULT_CACHE),
                        help=f"folder of the incremental build cache{note} (default: {DEFAULT_CACHE})")
