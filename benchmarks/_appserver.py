"""What the browser benchmarks share: the test suite's server helpers (tests/conftest.py:
free_port, start_server, wait_healthy, stop_server) and the selectors they wait for."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("app_server", ROOT / "tests" / "conftest.py")
server = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(server)

# the drawn heatmap (Plotly renders it as an <image> in either layer class)
HEATMAP = '[data-testid="stPlotlyChart"] .js-plotly-plot .main-svg .heatmaplayer image, ' \
          '[data-testid="stPlotlyChart"] .js-plotly-plot .main-svg .hm image'
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
