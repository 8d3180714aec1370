"""Where a warm opening in a new tab spends its time: a timeline per opening.

Starts the real server (the README's command; warm-up limited to the pages named, the
compile cache in a new directory), lets the warm-up finish, then opens each view twice
in a new tab (Chromium 1280x720) and records: the page's HTML, the static files
(count, bytes), the websocket's opening, the rerun request, the first and last messages
of the script run (Streamlit's protobuf ForwardMsgs, decoded), the bytes the script
sent, its deltas, the first chart attached and the idle state. ``--bare`` also opens a
bare Streamlit page (a title, or a title and one small Plotly chart) on a server of its
own: the floor every page pays.

Usage: python benchmarks/app_profile.py [--only build,methods] [--bare] [--reps 2] [--cpu]
Prints the timeline; writes benchmarks/results/app_profile.{txt,json}.
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from _appserver import BARE_VIEWS, IDLE, ROOT, server, start_bare_server  # noqa: E402
from app_cold import FIRST_CHART, views



def timeline(ctx, url, chart_sel) -> dict:
    """Seconds from ``goto`` to each event of one opening in a new tab."""
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
    page = ctx.new_page()
    ev: dict = {"static_n": 0, "static_bytes": 0, "ws_bytes": 0, "deltas": 0,
                "delta_bytes": {}}
    t0 = time.perf_counter()

    def now():
        return round(time.perf_counter() - t0, 3)

    def on_response(r):
        if r.url.rstrip("/") == url.rstrip("/") or r.url == url:
            ev.setdefault("html", now())
        elif "/static/" in r.url:
            if "PlotlyChart" in r.url:
                ev["plotly_js"] = now()
            ev["static_n"] += 1
            ev.setdefault("static_first", now())
            ev["static_last"] = now()
            try:
                ev["static_bytes"] += int(r.headers.get("content-length", 0))
            except ValueError:
                pass

    def on_ws(ws):
        ev["ws_open"] = now()

        def sent(payload):
            try:
                m = BackMsg.FromString(payload if isinstance(payload, bytes) else b"")
                if m.WhichOneof("type") == "rerun_script":
                    ev.setdefault("rerun_sent", now())
            except Exception:  # noqa: BLE001 - not a BackMsg
                pass

        def got(payload):
            if not isinstance(payload, bytes):
                return
            ev["ws_bytes"] += len(payload)
            try:
                m = ForwardMsg.FromString(payload)
            except Exception:  # noqa: BLE001
                return
            kind = m.WhichOneof("type")
            ev.setdefault("first_msg", now())
            if kind == "new_session":
                ev.setdefault("new_session", now())
            elif kind == "delta":
                ev["deltas"] += 1
                ev.setdefault("first_delta", now())
                el = m.delta.new_element
                which = el.WhichOneof("type") if m.delta.WhichOneof("type") == "new_element" \
                    else m.delta.WhichOneof("type")
                ev["delta_bytes"][which] = ev["delta_bytes"].get(which, 0) + len(payload)
                if which == "plotly_chart":
                    ev.setdefault("first_plotly_msg", now())
            elif kind == "script_finished":
                ev["script_finished"] = now()
            elif kind == "ref_hash":
                ev["ref_hash"] = ev.get("ref_hash", 0) + 1

        ws.on("framesent", sent)
        ws.on("framereceived", got)

    page.on("response", on_response)
    page.on("websocket", on_ws)
    cdp = None
    if CPU_PROFILE:  # the browser's main-thread CPU time by script (V8 sampling profiler)
        cdp = ctx.new_cdp_session(page)
        cdp.send("Profiler.enable")
        cdp.send("Profiler.setSamplingInterval", {"interval": 1000})
        cdp.send("Profiler.start")
    page.goto(url, wait_until="commit")
    page.wait_for_selector('[data-testid="stApp"]', timeout=120_000)
    ev["app_mounted"] = now()
    page.wait_for_selector(chart_sel, state="attached", timeout=400_000)
    ev["first_chart"] = now()
    if cdp is not None:
        prof = cdp.send("Profiler.stop")["profile"]
        nodes = {n["id"]: n["callFrame"] for n in prof["nodes"]}
        by: dict = {}
        for sample, dt in zip(prof["samples"], prof["timeDeltas"]):
            cf = nodes[sample]
            name = cf["url"].rsplit("/", 1)[-1].split(".")[0] or cf["functionName"] or "?"
            by[name] = by.get(name, 0.0) + dt / 1e6
        ev["cpu_s"] = dict(sorted(((k, round(v, 3)) for k, v in by.items()),
                                  key=lambda kv: -kv[1])[:8])
    page.wait_for_selector(IDLE, timeout=400_000)
    ev["idle"] = now()
    ev["charts"] = page.locator('[data-testid="stPlotlyChart"]').count()
    nav = page.evaluate("JSON.stringify(performance.getEntriesByType('navigation')[0])")
    nav = json.loads(nav)
    ev["dom_content_loaded_ms"] = round(nav.get("domContentLoadedEventEnd", 0))
    ev["load_ms"] = round(nav.get("loadEventEnd", 0))
    page.close()
    return ev


CPU_PROFILE = False
KEYS = ["html", "static_first", "static_last", "dom_content_loaded_ms", "app_mounted",
        "ws_open", "rerun_sent", "plotly_js", "new_session", "first_delta", "first_plotly_msg",
        "first_chart", "script_finished", "idle"]


def fmt(name, ev) -> str:
    parts = [f"{k}={ev[k]}" for k in KEYS if k in ev]
    if "cpu_s" in ev:
        parts.append("| main thread to first chart: " + ", ".join(
            f"{k} {v:.2f}" for k, v in ev["cpu_s"].items()))
    return (f"{name}: " + " ".join(parts) + f" | static {ev['static_n']} files "
            f"{ev['static_bytes'] / 1e6:.2f} MB, ws {ev['ws_bytes'] / 1e3:.0f} kB, "
            f"{ev['deltas']} deltas, {ev['charts']} charts; bytes by element "
            + ", ".join(f"{k} {v / 1e3:.0f}k" for k, v in sorted(
                ev["delta_bytes"].items(), key=lambda kv: -kv[1])[:5]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default="build")
    ap.add_argument("--bare", action="store_true")
    ap.add_argument("--reps", type=int, default=2)
    ap.add_argument("--presets", action="store_true", help="also the pages' presets")
    ap.add_argument("--cpu", action="store_true",
                    help="profile the browser's main thread (slows it a little)")
    args = ap.parse_args()
    global CPU_PROFILE
    CPU_PROFILE = args.cpu
    only = [p for p in args.only.split(",") if p]
    vs = [v for v in views(only) if args.presets or v[0].endswith("(default)")]
    from playwright.sync_api import sync_playwright
    lines = [f"load before: {open('/proc/loadavg').read().split()[:3]}"]
    out = {}

    def record(name, ev):
        out[name] = ev
        lines.append(fmt(name, ev))
        print(lines[-1], flush=True)

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=server.CHROMIUM, headless=True,
                                     args=server.CHROMIUM_ARGS)
        ctx = browser.new_context(viewport={"width": 1280, "height": 720})
        if args.bare:
            proc, base = start_bare_server(ROOT / "test-output" / "bare-app.log")
            try:
                for rep in range(args.reps + 1):
                    for label, q, sel in BARE_VIEWS:
                        record(f"{label} #{rep}", timeline(ctx, base + q, sel))
            finally:
                server.stop_server(proc)
        cache = tempfile.mkdtemp(prefix="ntk-compile-cache-")
        env = {"NTK_APP_WARMUP": "1", "NTK_APP_COMPILE_CACHE": cache,
               "NTK_APP_WARMUP_PAGES": ",".join(only)}
        port = server.free_port()
        proc = server.start_server(port, ROOT / "test-output" / "app-profile.log", env=env)
        base = f"http://127.0.0.1:{port}"
        try:
            server.wait_healthy(base, proc)
            from app_cold import wait_warm
            wall, text = wait_warm(ctx, base)
            lines.append(f"warm-up: {' '.join(text.split())} (wall {wall:.0f} s)")
            print(lines[-1], flush=True)
            record("home", timeline(ctx, base + "/", "h1"))
            for name, path, pg in vs:
                sel = f'.st-key-{FIRST_CHART[pg]} .js-plotly-plot .main-svg'
                for rep in range(args.reps + 1):
                    record(f"{name} #{rep}", timeline(ctx, base + path, sel))
        finally:
            server.stop_server(proc)
        browser.close()
    lines.append(f"load after: {open('/proc/loadavg').read().split()[:3]}")
    res = ROOT / "benchmarks" / "results"
    (res / "app_profile.txt").write_text("\n".join(lines) + "\n")
    (res / "app_profile.json").write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
