#!/usr/bin/env python3
"""Mutation harness: plant one inconsistency per consistent gold relation and count
how many `claimx check` reports, plus warnings/errors on the unmodified corpus.

    .venv/bin/python scripts/mutate.py [gold] [--verbose] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from claimx.mutate import render, run  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default="gold")
    ap.add_argument("--verbose", action="store_true", help="list every planted change")
    ap.add_argument("--json", action="store_true")
    ns = ap.parse_args(argv)
    result = run(Path(ns.gold))
    if ns.json:
        print(json.dumps({"planted": len(result.mutations), "recall": round(result.recall, 4),
                          "skipped": result.skipped, "unbreakable": result.unbreakable, "words": result.words,
                          "alarms_unmodified": result.alarms_unmodified,
                          "alarms_per_1000_words": round(result.alarms_per_1000, 3),
                          "per_article": result.per_article}, indent=2))
    else:
        print(render(result, ns.verbose))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
