"""Shared use: how long a light request waits while other sessions run heavy ones.

Drives the real server in headless Debian Chromium (Playwright, /usr/bin/chromium). Three
sessions open a heavy Build & compute request each (NTK-vector products, N = 256, width
1024, depth 3: several seconds each on CPU), then a fourth session opens a light one
(N = 16, width 64; its shapes compiled beforehand by a warm-up visit). Measured: seconds
from opening the light link to its heatmap, in one run of each server setting:

* one queue: ``NTK_APP_LIGHT_S=0``, every request waits in the same queue (as before the
  light lane existed);
* light lane: the default ``NTK_APP_LIGHT_S=1``, requests predicted under 1 s have their
  own queue.

Usage: python benchmarks/shared_use.py   (writes benchmarks/results/shared_use.{txt,json})
"""
from __future__ import annotations

import json
import time

from _appserver import HEATMAP, ROOT, server  # noqa: E402

HEAVY = "build?n=256&width=1024&depth=3&method=ntk_vector_products&seed={}"
LIGHT = "build?n=16&width=64&seed={}"
SETTINGS = {"one queue": "0", "light lane": "1"}


def one_setting(browser, light_s: str) -> dict:
    port = server.free_port()
    proc = server.start_server(port, ROOT / "test-output" / f"shared_use_{light_s}.log",
                               env={"NTK_APP_LIGHT_S": light_s})
    url = f"http://127.0.0.1:{port}"
    try:
        server.wait_healthy(url, proc)
        warm = browser.new_context().new_page()
        warm.goto(f"{url}/{LIGHT.format(1)}")
        warm.wait_for_selector(HEATMAP, state="attached", timeout=300_000)
        warm.context.close()
        heavy = []
        for seed in (11, 12, 13):
            page = browser.new_context().new_page()
            page.goto(f"{url}/{HEAVY.format(seed)}")
            heavy.append((page, time.perf_counter()))
        time.sleep(2.0)  # the heavy requests have reached the queue
        page = browser.new_context().new_page()
        t0 = time.perf_counter()
        page.goto(f"{url}/{LIGHT.format(2)}")
        queued, light, done = False, None, {}
        while light is None or len(done) < len(heavy):  # poll every page: first-seen times
            now = time.perf_counter()
            if light is None:
                queued = queued or page.get_by_text("Queued behind").count() > 0
                if page.locator(HEATMAP).count():
                    light = now - t0
            for i, (p, t) in enumerate(heavy):
                if i not in done and p.locator(HEATMAP).count():
                    done[i] = now - t
            if now - t0 > 600:
                raise TimeoutError("the requests did not finish in 10 minutes")
            page.wait_for_timeout(50)
        heavy_s = [done[i] for i in range(len(heavy))]
        for p, _ in heavy:
            p.context.close()
        page.context.close()
        return {"light_s": light, "light_saw_queue_notice": queued, "heavy_s": heavy_s}
    finally:
        server.stop_server(proc)


def main() -> None:
    from playwright.sync_api import sync_playwright
    rows = {}
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=server.CHROMIUM, headless=True,
                               args=server.CHROMIUM_ARGS)
        for name, light_s in SETTINGS.items():
            rows[name] = one_setting(b, light_s)
        b.close()
    lines = ["Light request (N=16, width 64) while 3 sessions run heavy ones "
             "(NVP, N=256, width 1024, depth 3)",
             f"{'setting':<12} {'light: open -> heatmap (s)':>28} {'queue notice':>13} "
             f"{'heavy (s)':>22}"]
    for name, r in rows.items():
        lines.append(f"{name:<12} {r['light_s']:>28.2f} {str(r['light_saw_queue_notice']):>13} "
                     f"{', '.join(f'{h:.1f}' for h in r['heavy_s']):>22}")
    ratio = rows["one queue"]["light_s"] / rows["light lane"]["light_s"]
    lines.append(f"light request {ratio:.1f}x faster with the light lane")
    text = "\n".join(lines)
    print(text)
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "shared_use.txt").write_text(text + "\n")
    (out / "shared_use.json").write_text(json.dumps({"settings": rows, "ratio": ratio},
                                                    indent=2))


if __name__ == "__main__":
    main()
