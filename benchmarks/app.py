"""Time from opening Build & compute (defaults) to its kernel heatmap being drawn.

Drives the real server in headless Debian Chromium (Playwright, /usr/bin/chromium):

* cold: a freshly started server (nothing imported, compiled or cached), first visit;
* warm: the same URL opened again in a new browser session (new Streamlit session; the
  kernel comes from st.cache_data and the compiled executable is reused).

Usage: python benchmarks/app.py [--warm-runs 5]
Targets: under 3 s cold and under 0.5 s warm on the 2-core development CPU.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time

from _appserver import HEATMAP, IDLE, ROOT, server  # noqa: E402


def time_to_heatmap(ctx, url: str) -> tuple[float, float]:
    """(seconds to the app shell being drawn, seconds to the heatmap being drawn)."""
    page = ctx.new_page()
    t0 = time.perf_counter()
    page.goto(url, wait_until="commit")
    page.wait_for_selector('[data-testid="stSidebar"]', state="attached", timeout=120_000)
    shell = time.perf_counter() - t0
    page.wait_for_selector(HEATMAP, state="attached", timeout=120_000)
    dt = time.perf_counter() - t0
    page.wait_for_selector(IDLE, timeout=120_000)
    assert page.locator('[data-testid="stException"]').count() == 0
    page.close()
    return shell, dt


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--warm-runs", type=int, default=5)
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright
    from ntk_core.finite.devices import describe_device
    port = server.free_port()
    log = ROOT / "test-output" / "benchmark-server.log"
    proc = server.start_server(port, log)
    base = f"http://127.0.0.1:{port}"
    try:
        t0 = time.perf_counter()
        server.wait_healthy(base, proc)
        startup = time.perf_counter() - t0
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=server.CHROMIUM, headless=True,
                                         args=server.CHROMIUM_ARGS)
            ctx = browser.new_context(viewport={"width": 1280, "height": 720})
            cold_shell, cold = time_to_heatmap(ctx, f"{base}/build")
            # warm: new Streamlit sessions (new tabs) in the same browser (HTTP cache warm)
            warm = [time_to_heatmap(ctx, f"{base}/build") for _ in range(args.warm_runs)]
            # warm, in the app: from Home, click "Build & compute" in the sidebar
            page = ctx.new_page()
            page.goto(f"{base}/", wait_until="commit")
            page.wait_for_selector(IDLE, timeout=120_000)
            nav = []
            for _ in range(args.warm_runs):
                page.get_by_role("link", name="Home").first.click()
                page.wait_for_selector('[data-testid="stMarkdown"] a[href*="/build?"]',
                                       timeout=60_000)
                page.wait_for_selector(IDLE, timeout=60_000)
                t0 = time.perf_counter()
                page.get_by_role("link", name="Build & compute").first.click()
                page.wait_for_selector(HEATMAP, state="attached", timeout=60_000)
                nav.append(time.perf_counter() - t0)
            page.close()
            ctx.close()
            # warm server, but a browser with an empty HTTP cache (a new student)
            fresh = []
            for _ in range(2):
                c = browser.new_context(viewport={"width": 1280, "height": 720})
                fresh.append(time_to_heatmap(c, f"{base}/build"))
                c.close()
            browser.close()
    finally:
        server.stop_server(proc)
    print(f"device: {describe_device()}")
    print(f"server start to healthy: {startup:.2f} s (not counted)")
    w = [b for _, b in warm]
    print("Build & compute, defaults, open -> heatmap drawn:")
    print(f"  cold (fresh server, empty browser cache): {cold:.2f} s (app shell after "
          f"{cold_shell:.2f} s); target < 3 s")
    print(f"  warm (cached kernel, page reload in a new tab, same browser): median {statistics.median(w):.3f} s"
          f" over {len(w)} (min {min(w):.3f}, max {max(w):.3f}); target < 0.5 s")
    print(f"  warm (in the app: click Build & compute in the sidebar): median "
          f"{statistics.median(nav):.3f} s over {len(nav)} (min {min(nav):.3f}, max {max(nav):.3f})")
    print("  warm server, new browser with an empty HTTP cache: "
          + ", ".join(f"{b:.2f} s (shell {a:.2f} s)" for a, b in fresh))


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
