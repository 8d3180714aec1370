"""A lecture on a freshly started server: seconds to the first chart of every page's
default view and every lecture preset, after the server's warm-up, cold and warm.

Drives the real server (the README's command, ``python3 -m streamlit run app.py``, on a
free port) in headless Debian Chromium (Playwright, /usr/bin/chromium, 1280x720):

1. start the server with an empty JAX compilation cache (``NTK_APP_COMPILE_CACHE`` set to
   a new directory: nothing compiled on disk) and the warm-up on;
2. open Home (the first session starts the warm-up) and wait until the sidebar says
   "Server warm"; the warm-up's own time is read from that note;
3. open every view in a new browser tab (a new Streamlit session): "cold" is its first
   opening on this server, "warm" a second opening; time to its first result chart (the
   page's own chart, not a "computing..." placeholder) and until the script is idle.

``--bare`` first opens a bare Streamlit page (a title; a title and one 3-point Plotly
chart; the app's config) on a server of its own, three times each in a new tab: the floor
every page pays in a new tab on this machine, measured in the same run. ``--warm-reps K``
opens each view K times after its cold opening; the table's warm columns are the opening
with the smallest first-chart time (the others in the JSON).

``--baseline`` also runs step 3 on a second fresh server with the warm-up off (what a
lecturer got before), and ``--restart`` a third server started on the compilation cache
filled by the first (the warm-up's time on a restarted server).

Usage: python benchmarks/app_cold.py [--bare] [--warm-reps K] [--baseline] [--restart]
       [--only build,compare]
(--only also limits the server's warm-up to those pages: NTK_APP_WARMUP_PAGES)
Writes benchmarks/results/app_cold.{txt,json}. Targets: <= 10 s cold, <= 3 s warm.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time

from _appserver import BARE_VIEWS, IDLE, ROOT, server, start_bare_server  # noqa: E402

# the first chart each page draws once its result is there (st.plotly_chart keys)
FIRST_CHART = {"build": "heatmap", "methods": "m_time", "infinite": "inf_heatmaps",
               "laplace": "lap_angle", "compare": "cmp_cond", "scale": "sc_curve",
               "training_dynamics": "dyn_loss", "ensembles": "ens_inf", "recurrent": "rnn_heat"}
TIMEOUT_MS = 400_000
WARMUP_TIMEOUT_S = 3600


def views(only=None):
    sys.path.insert(0, str(ROOT))
    from ntk_core.app.state import PRESETS
    out = [(f"{p} (default)", f"/{p}", p) for p in FIRST_CHART]
    out += [(f"preset {p.name}", p.url(), p.page) for p in PRESETS]
    return [v for v in out if not only or v[2] in only]


SHOTS = ROOT / "test-output" / "app_cold"


def open_view(ctx, base, path, page_name, shot=None, sel=None) -> tuple[float, float, bool]:
    """(seconds to the first result chart, seconds until idle, any exception shown);
    ``shot``: file name of a 1280x720 screenshot taken once idle; ``sel``: what counts as
    the first chart (default: the page's own, :data:`FIRST_CHART`)."""
    page = ctx.new_page()
    t0 = time.perf_counter()
    page.goto(base + path, wait_until="commit")
    sel = sel or f'.st-key-{FIRST_CHART[page_name]} .js-plotly-plot .main-svg'
    page.wait_for_selector(sel, state="attached", timeout=TIMEOUT_MS)
    first = time.perf_counter() - t0
    page.wait_for_selector(IDLE, timeout=TIMEOUT_MS)
    idle = time.perf_counter() - t0
    bad = page.locator('[data-testid="stException"]').count() > 0
    if shot:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.wait_for_timeout(800)  # let Plotly finish drawing
        page.screenshot(path=str(SHOTS / shot))
    page.close()
    return first, idle, bad


def wait_warm(ctx, base) -> tuple[float, str]:
    page = ctx.new_page()
    t0 = time.perf_counter()
    page.goto(base + "/", wait_until="commit")
    page.wait_for_selector('.st-key-warmup_note', timeout=120_000)
    while True:  # the note refreshes itself every 3 s; read it every 5 s
        text = page.locator('.st-key-warmup_note').inner_text()
        print(f"  {time.perf_counter() - t0:6.0f} s: {' '.join(text.split())}", flush=True)
        if "Server warm" in text:
            break
        if time.perf_counter() - t0 > WARMUP_TIMEOUT_S:
            raise TimeoutError(f"warm-up not finished after {WARMUP_TIMEOUT_S} s: {text}")
        page.wait_for_timeout(5_000)
    page.close()
    return time.perf_counter() - t0, text


def run_bare(pw, out: dict, reps: int = 3) -> dict:
    """The floor: seconds to a bare Streamlit page's title / one small chart in a new tab
    (``reps`` openings each, after one opening that loads the browser's cache)."""
    proc, base = start_bare_server(ROOT / "test-output" / "app-cold-bare.log")
    out.update(label="bare Streamlit (the floor of a new tab)", floor={})
    try:
        browser = pw.chromium.launch(executable_path=server.CHROMIUM, headless=True,
                                     args=server.CHROMIUM_ARGS)
        ctx = browser.new_context(viewport={"width": 1280, "height": 720})
        for label, path, sel in BARE_VIEWS:
            open_view(ctx, base, path, None, sel=sel)  # the browser's cache, as for the app
            runs = [open_view(ctx, base, path, None, sel=sel)[:2] for _ in range(reps)]
            out["floor"][label] = {"first_s": [r[0] for r in runs],
                                   "idle_s": [r[1] for r in runs]}
            print(f"[bare] {label}: first " + ", ".join(f"{r[0]:.2f}" for r in runs), flush=True)
        browser.close()
    finally:
        server.stop_server(proc)
    return out


def run_server(pw, env, vs, warm_first: bool, label: str, log_name: str,
               out: dict | None = None, save=lambda: None, warm_reps: int = 1) -> dict:
    """One server's run into ``out`` (``save()`` after the warm-up and after each view, so
    that a run cut short still leaves its table)."""
    port = server.free_port()
    proc = server.start_server(port, ROOT / "test-output" / log_name, env=env)
    base = f"http://127.0.0.1:{port}"
    out = {} if out is None else out
    out.update(label=label, views={}, warm_reps=warm_reps)
    try:
        server.wait_healthy(base, proc)
        browser = pw.chromium.launch(executable_path=server.CHROMIUM, headless=True,
                                     args=server.CHROMIUM_ARGS)
        ctx = browser.new_context(viewport={"width": 1280, "height": 720})
        if warm_first:
            wall, text = wait_warm(ctx, base)
            m = re.search(r"computed in (\d+) s", text)
            out["warmup_s"] = float(m.group(1)) if m else None
            out["warmup_wall_s"] = wall
            out["warmup_note"] = text
            print(f"[{label}] warm-up: {text!r} (wall {wall:.0f} s)", flush=True)
            log = (ROOT / "test-output" / log_name).read_text(errors="replace")
            out["warmup_view_s"] = {m.group(1): float(m.group(2)) for m in re.finditer(
                r"warm-up view ['\"](.+?)['\"] took ([0-9.]+) s", log)}
            save()
        for name, path, page in vs:
            tag = re.sub(r"[^a-z0-9_]+", "_", name.lower()).strip("_")
            cold = open_view(ctx, base, path, page, f"{log_name[:-4]}_{tag}_cold.png")
            row = {"path": path, "cold_first_s": cold[0], "cold_idle_s": cold[1],
                   "exception": cold[2]}
            if warm_first:
                warms = [open_view(ctx, base, path, page,
                                   f"{log_name[:-4]}_{tag}_warm.png" if i == 0 else None)
                         for i in range(warm_reps)]
                warm = min(warms)
                row.update(warm_first_s=warm[0], warm_idle_s=warm[1],
                           warm_all_s=[w[:2] for w in warms],
                           exception=cold[2] or any(w[2] for w in warms))
            out["views"][name] = row
            save()
            print(f"[{label}] {name}: " + ", ".join(f"{k} {v:.2f}" for k, v in row.items()
                                                   if isinstance(v, float)), flush=True)
        browser.close()
    finally:
        server.stop_server(proc)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", action="store_true")
    ap.add_argument("--restart", action="store_true")
    ap.add_argument("--only", default="")
    ap.add_argument("--bare", action="store_true")
    ap.add_argument("--warm-reps", type=int, default=1)
    ap.add_argument("--out", default="app_cold", help="results file name (without suffix)")
    args = ap.parse_args()
    only = [p for p in args.only.split(",") if p]
    vs = views(only)
    from playwright.sync_api import sync_playwright
    load = open("/proc/loadavg").read().split()[:3]
    started = time.perf_counter()
    cache = tempfile.mkdtemp(prefix="ntk-compile-cache-")
    limit = {"NTK_APP_WARMUP_PAGES": ",".join(only)} if only else {}  # warm what is timed
    runs = []

    def save(final=False):
        write(runs, load, time.perf_counter() - started, final, args.out)

    servers = [({"NTK_APP_WARMUP": "1", "NTK_APP_COMPILE_CACHE": cache, **limit}, True,
                "fresh server, empty compile cache, warm-up", "app-cold-server.log")]
    if args.restart:
        servers.append(({"NTK_APP_WARMUP": "1", "NTK_APP_COMPILE_CACHE": cache, **limit}, True,
                        "restarted server, compile cache on disk, warm-up",
                        "app-cold-restart.log"))
    if args.baseline:
        servers.append(({"NTK_APP_WARMUP": "0", "NTK_APP_COMPILE_CACHE": "off"}, False,
                        "fresh server, no warm-up, no compile cache (before)",
                        "app-cold-baseline.log"))
    with sync_playwright() as pw:
        if args.bare:
            runs.append({})
            run_bare(pw, runs[-1])
            save()
        for env, warm, label, log in servers:
            runs.append({})
            run_server(pw, env, vs, warm, label, log, runs[-1], save, args.warm_reps)
    save(final=True)


def write(runs, load, wall_s, final, name="app_cold") -> None:
    """The table (benchmarks/results/app_cold.txt) and JSON of what has been measured."""
    load_now = open("/proc/loadavg").read().split()[:3]
    lines = [f"machine load (1/5/15-min loadavg, 2 cores shared with other jobs): before "
             f"{' '.join(load)}, {'after' if final else 'now'} {' '.join(load_now)}",
             f"whole run: {wall_s:.0f} s" + ("" if final else " so far (run not finished)")]
    for r in runs:
        if not r:
            continue
        if "floor" in r:
            lines.append("")
            lines.append(r["label"] + ", each opened in a new tab after one opening that fills "
                         "the browser's cache: first chart (or title) s")
            lines += [f"  {k}: " + ", ".join(f"{x:.2f}" for x in v["first_s"])
                      for k, v in r["floor"].items()]
            continue
        lines.append("")
        lines.append(r["label"] + (f": warm-up {r['warmup_s']:.0f} s" if r.get("warmup_s")
                                   is not None else ""))
        lines.append(f"{'view':32s} {'cold first chart':>17s} {'cold idle':>10s} "
                     f"{'warm first chart':>17s} {'warm idle':>10s}")
        for view, row in r["views"].items():
            lines.append(f"{view:32s} {row['cold_first_s']:17.2f} {row['cold_idle_s']:10.2f} "
                         + (f"{row['warm_first_s']:17.2f} {row['warm_idle_s']:10.2f}"
                            if "warm_first_s" in row else f"{'-':>17s} {'-':>10s}")
                         + ("  EXCEPTION" if row["exception"] else ""))
        if r.get("warm_reps", 1) > 1:
            lines.append(f"(warm: the fastest of {r['warm_reps']} openings)")
        if r["views"] and "warm_first_s" in next(iter(r["views"].values())):
            cold = [k for k, v in r["views"].items() if v["cold_first_s"] > 10]
            warm = [k for k, v in r["views"].items() if v.get("warm_first_s", 0) > 3]
            lines.append(f"targets (first chart <= 10 s cold, <= 3 s warm): "
                         f"{len(r['views']) - len(cold)} / {len(r['views'])} cold, "
                         f"{len(r['views']) - len(warm)} / {len(r['views'])} warm met"
                         + (f"; over: cold {', '.join(cold)}" if cold else "")
                         + (f"; warm {', '.join(warm)}" if warm else ""))
        if r.get("warmup_view_s"):
            lines.append("warm-up, seconds per view (in the order it computed them):")
            lines += [f"  {v:>7.1f}  {k}" for k, v in r["warmup_view_s"].items()]
    text = "\n".join(lines)
    if final:
        print(text)
    res = ROOT / "benchmarks" / "results"
    (res / f"{name}.txt").write_text(text + "\n")
    (res / f"{name}.json").write_text(json.dumps({"loadavg_before": load,
                                                   "loadavg_now": load_now, "wall_s": wall_s,
                                                   "finished": final, "runs": runs}, indent=1))

if __name__ == "__main__":
    main()
