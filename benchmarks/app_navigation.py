"""A lecture on a warmed server, clicking through the sidebar: seconds from a click on a
page's sidebar link to that page's first result chart, in the same browser tab (one
Streamlit session), twice round all pages.

benchmarks/app_cold.py opens every view in a *new tab* (a new session: Streamlit's and
Plotly's JavaScript loaded again, the whole app script run); this is the other way a
lecturer moves between pages. Also timed: a new tab of Home (no chart, no computation) to
idle, the fixed cost of any fresh tab on this machine.

Usage: python benchmarks/app_navigation.py   (writes benchmarks/results/app_navigation.{txt,json})
"""
from __future__ import annotations

import json
import os
import tempfile
import time

from _appserver import IDLE, ROOT, server  # noqa: E402
from app_cold import FIRST_CHART, TIMEOUT_MS, wait_warm  # noqa: E402


def main():
    from playwright.sync_api import sync_playwright
    load0 = os.getloadavg()
    env = {"NTK_APP_WARMUP": "1", "NTK_APP_COMPILE_CACHE": tempfile.mkdtemp(prefix="nav-cc-")}
    port = server.free_port()
    proc = server.start_server(port, ROOT / "test-output" / "app-navigation-server.log", env=env)
    base = f"http://127.0.0.1:{port}"
    rows, home = [], []
    try:
        server.wait_healthy(base, proc)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=server.CHROMIUM, headless=True,
                                         args=server.CHROMIUM_ARGS)
            ctx = browser.new_context(viewport={"width": 1280, "height": 720})
            warm_s, _ = wait_warm(ctx, base)
            for _ in range(3):                       # fresh tabs of Home: no computation
                p = ctx.new_page()
                t0 = time.perf_counter()
                p.goto(base + "/", wait_until="commit")
                p.wait_for_selector('[data-testid="stSidebarNav"]', timeout=TIMEOUT_MS)
                p.wait_for_selector(IDLE, timeout=TIMEOUT_MS)
                home.append(time.perf_counter() - t0)
                p.close()
            page = ctx.new_page()
            page.goto(base + "/", wait_until="commit")
            page.wait_for_selector(IDLE, timeout=TIMEOUT_MS)
            for rnd in (1, 2):
                for name, key in FIRST_CHART.items():
                    link = page.locator(f'[data-testid="stSidebarNav"] a[href$="/{name}"]')
                    t0 = time.perf_counter()
                    link.first.click()
                    page.wait_for_selector(f'.st-key-{key} .js-plotly-plot .main-svg',
                                           state="attached", timeout=TIMEOUT_MS)
                    first = time.perf_counter() - t0
                    page.wait_for_selector(IDLE, timeout=TIMEOUT_MS)
                    idle = time.perf_counter() - t0
                    bad = page.locator('[data-testid="stException"]').count() > 0
                    rows.append({"round": rnd, "page": name, "first_chart_s": first,
                                 "idle_s": idle, "exception": bad})
                    print(f"round {rnd} {name:18s} first chart {first:6.2f} s  idle "
                          f"{idle:6.2f} s" + ("  EXCEPTION" if bad else ""), flush=True)
            browser.close()
    finally:
        server.stop_server(proc)
    load1 = os.getloadavg()
    text = ("Sidebar navigation in one tab on a warmed server (warm-up on, fresh compile "
            "cache), Chromium 1280x720, this 2-core CPU; load average "
            f"{load0[0]:.2f} before, {load1[0]:.2f} after; warm-up wall {warm_s:.0f} s\n"
            f"fresh tab of Home (no chart) to idle: "
            + ", ".join(f"{h:.2f}" for h in home) + " s\n"
            + "round  page                first chart s   idle s\n"
            + "\n".join(f"{r['round']:5d}  {r['page']:18s} {r['first_chart_s']:13.2f} "
                        f"{r['idle_s']:8.2f}" + ("  EXCEPTION" if r["exception"] else "")
                        for r in rows)
            + f"\nround 2 (every page opened before): max first chart "
            f"{max(r['first_chart_s'] for r in rows if r['round'] == 2):.2f} s\n")
    print(text)
    out = ROOT / "benchmarks" / "results" / "app_navigation"
    out.with_suffix(".txt").write_text(text)
    out.with_suffix(".json").write_text(json.dumps(
        {"load_before": load0, "load_after": load1, "warmup_wall_s": warm_s,
         "home_fresh_tab_s": home, "rows": rows}, indent=1))


if __name__ == "__main__":
    main()
