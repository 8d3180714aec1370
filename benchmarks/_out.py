"""Shared by the benchmark scripts: print a table and write it with its JSON record."""
from __future__ import annotations

import json
from pathlib import Path


def write_results(out, text: str, payload: dict) -> None:
    """Print ``text``; write ``OUT.txt`` (the table) and ``OUT.json`` (``payload``)."""
    print(text)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.with_suffix(".txt").write_text(text + "\n")
    out.with_suffix(".json").write_text(json.dumps(payload, indent=2))
    print(f"wrote {out}.txt and .json", flush=True)
