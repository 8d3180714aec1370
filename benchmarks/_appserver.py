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

# a bare Streamlit page (the app's config.toml): a title, and with ?chart=1 one small Plotly
# chart: the floor every page of the app pays in a new tab
BARE_APP = '''import streamlit as st
st.title("bare")
if st.query_params.get("chart"):
    import plotly.graph_objects as go
    st.plotly_chart(go.Figure(go.Scatter(y=[1, 3, 2])), key="bare_chart")
'''
BARE_VIEWS = (("bare Streamlit page, title only", "/", "h1"),
              ("bare Streamlit page, one small chart", "/?chart=1", ".st-key-bare_chart .main-svg"))


def start_bare_server(log_path: Path):
    """(process, base URL) of a bare Streamlit app (:data:`BARE_APP`) started like the app."""
    import subprocess
    import sys
    import tempfile
    d = Path(tempfile.mkdtemp(prefix="bare-app-"))
    (d / "bare.py").write_text(BARE_APP)
    (d / ".streamlit").mkdir()
    (d / ".streamlit" / "config.toml").write_text((ROOT / ".streamlit" / "config.toml").read_text())
    port = server.free_port()
    log_path.parent.mkdir(parents=True, exist_ok=True)
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "bare.py",
                             "--server.port", str(port), "--server.address", "127.0.0.1",
                             "--server.headless", "true"], cwd=d, stdout=open(log_path, "wb"),
                            stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    server.wait_healthy(base, proc)
    return proc, base
