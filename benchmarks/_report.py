"""Shared ending of the recurrent benchmarks: the machine load, and the table (.txt) and
JSON written next to each other in benchmarks/results/."""
from __future__ import annotations

import json
import os
from pathlib import Path


def machine_load() -> list[str]:
    """``/proc/loadavg``'s 1, 5 and 15 minute averages (empty where there is none)."""
    return [f"{v:.2f}" for v in os.getloadavg()] if hasattr(os, "getloadavg") else []


def write_results(out: str, lines: list[str], payload: dict) -> None:
    """Print the table and write ``out.txt`` (the table) and ``out.json`` (``payload``)."""
    text = "\n".join(lines)
    print(text)
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.with_suffix(".txt").write_text(text + "\n")
    path.with_suffix(".json").write_text(json.dumps(payload, indent=2))
