"""The Laplace page's real-data table (no Streamlit): the committed result of
``benchmarks/laplace_real_data.py`` (:mod:`ntk_core.sphere.kernel_table`), read from
``benchmarks/results/laplace_real_data.json`` -- a cross-validated sweep of 7 kernels over
the bundled real sets takes minutes, too long for a page request."""
from __future__ import annotations

import json
from pathlib import Path

__all__ = ["RESULT", "load_real_table"]

RESULT = Path(__file__).resolve().parents[2] / "benchmarks/results/laplace_real_data.json"


def load_real_table(path=RESULT) -> dict | None:
    """``{"rows": [per-set dicts], "mean_rank": {kernel: rank}, "ntk_laplace_differ",
    "n_sets", "folds", "max_n"}`` or ``None`` when the file is missing or unreadable."""
    try:
        data = json.loads(Path(path).read_text())
        s = data["summary"]
        return {"rows": s["rows"], "mean_rank": s["mean_rank"],
                "ntk_laplace_differ": int(s["ntk_laplace_differ"]), "n_sets": int(s["n_sets"]),
                "folds": int(data["args"]["folds"]), "max_n": int(data["args"]["max_n"])}
    except (OSError, ValueError, KeyError, TypeError):
        return None
