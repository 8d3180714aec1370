"""ensemble_predictions / nngp_posterior against neural-tangents 0.6.5 on the same kernels.

    python benchmarks/ensembles_vs_neural_tangents.py [--out ensembles_vs_neural_tangents.json]

For a few networks (ReLU / erf MLPs, a CNN on small images) the analytic kernels of
ntk_core are handed to neural-tangents' ``predict.gradient_descent_mse_ensemble`` (through
a ``kernel_fn`` that looks the matrices up by index) and ``predict.gp_inference``, in its
venv (benchmarks/_nt.py). Units: neural-tangents' loss is ``1/(2 n O) sum ||f - y||^2``, so
its time ``t`` at learning rate ``eta`` is ours at ``eta / O`` (ours is called with
``eta / O``). Reported: the largest absolute difference of the
means and covariances over all times (including t = inf and a diagonal regulariser),
relative to the largest entry.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import _nt  # noqa: E402  (the neural-tangents venv)
import numpy as np  # noqa: E402

from ntk_core.dynamics import ensemble_predictions, nngp_posterior  # noqa: E402
from ntk_core.infinite import analytic_kernels  # noqa: E402
from ntk_core.networks.specs import CNNSpec, ConvLayer, MLPSpec  # noqa: E402

NT_CODE = r'''
import numpy as onp, collections
import jax; jax.config.update("jax_enable_x64", True)
import neural_tangents as nt

def main(p):
    z = onp.load(p["npz"])
    K, T, y = z["nngp"], z["ntk"], z["y"]
    n = y.shape[0]
    Pair = collections.namedtuple("Kernel", ["nngp", "ntk"])

    def kernel_fn(x1, x2=None, get=None, **kw):
        i = onp.asarray(x1)[:, 0].astype(int)
        j = i if x2 is None else onp.asarray(x2)[:, 0].astype(int)
        mats = {"nngp": K[onp.ix_(i, j)], "ntk": T[onp.ix_(i, j)]}
        if isinstance(get, str):
            return mats[get]
        get = get or ("nngp", "ntk")
        return Pair(**{g: mats[g] for g in ("nngp", "ntk")})

    xtr = onp.arange(n)[:, None].astype(float)
    xte = onp.arange(n, K.shape[0])[:, None].astype(float)
    out = {}
    for reg in p["regs"]:
        fn = nt.predict.gradient_descent_mse_ensemble(kernel_fn, xtr, y, learning_rate=p["lr"],
                                                      diag_reg=reg, diag_reg_absolute_scale=True)
        ts = onp.asarray(p["ts"])
        m, c = fn(t=ts, x_test=xte, get="ntk", compute_cov=True)
        mi, ci = fn(t=None, x_test=xte, get="ntk", compute_cov=True)
        gm, gc = nt.predict.gp_inference(Pair(K[:n, :n], T[:n, :n]), y, diag_reg=reg,
                                         diag_reg_absolute_scale=True)(
            get="nngp", k_test_train=Pair(K[n:, :n], T[n:, :n]), k_test_test=K[n:, n:])
        arrs = {"mean": m, "cov": c, "mean_inf": mi, "cov_inf": ci, "post_mean": gm,
                "post_cov": gc}
        out[str(reg)] = {q: onp.asarray(v).tolist() for q, v in arrs.items()}
    return out
'''


def cases():
    rng = np.random.default_rng(0)
    x = rng.standard_normal((14, 3))
    img = rng.standard_normal((10, 4, 4, 1))
    return {"MLP relu depth 2": (MLPSpec(depth=2, W_std=1.5, b_std=0.1), x, 8, 2),
            "MLP erf depth 1": (MLPSpec(depth=1, activation="erf", W_std=1.3, b_std=0.2), x, 8, 1),
            "CNN relu (2 conv, GAP)": (CNNSpec(layers=(ConvLayer(4), ConvLayer(4))), img, 6, 3)}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="ensembles_vs_neural_tangents.json")
    ap.add_argument("--venv", default=_nt.DEFAULT_VENV)
    a = ap.parse_args(argv)
    ts, lr, regs = [0.0, 0.5, 3.0, 20.0, 500.0], 0.8, [0.0, 0.01]
    rows = []
    print(f"{'case':<26} {'diag_reg':>8} {'mean t':>9} {'cov t':>9} {'mean inf':>9} "
          f"{'cov inf':>9} {'post mean':>10} {'post cov':>9}")
    for name, (spec, x, n, O) in cases().items():
        k = analytic_kernels(spec, x)
        y = np.random.default_rng(1).standard_normal((n, O))
        with tempfile.NamedTemporaryFile(suffix=".npz", delete=False) as f:
            np.savez(f, nngp=k.nngp, ntk=k.ntk, y=y)
        ref = _nt.run_script(NT_CODE, {"npz": f.name, "ts": ts, "lr": lr, "regs": regs},
                             venv=a.venv)
        sub = lambda a, b, c, d: type(k)(k.nngp[a:b, c:d], k.ntk[a:b, c:d])  # noqa: E731
        N = len(x)
        ktt, kst, kss = sub(0, n, 0, n), sub(n, N, 0, n), sub(n, N, n, N)
        for reg in regs:
            r = {q: np.asarray(v) for q, v in ref[str(reg)].items()}
            # neural-tangents' t at lr equals ours at lr / O (its loss divides by n O)
            m, c = ensemble_predictions(ktt, kst, kss, y, ts + [np.inf], lr / O, diag_reg=reg)
            pm, pc = nngp_posterior(ktt, kst, kss, y, diag_reg=reg)

            def rel(ours, theirs):
                return float(np.max(np.abs(ours - theirs)) / max(np.max(np.abs(theirs)), 1e-300))
            row = {"case": name, "diag_reg": reg, "O": O,
                   "mean_t": rel(m[:-1], r["mean"]), "cov_t": rel(c[:-1], r["cov"]),
                   "mean_inf": rel(m[-1], r["mean_inf"]), "cov_inf": rel(c[-1], r["cov_inf"]),
                   "post_mean": rel(pm, r["post_mean"]), "post_cov": rel(pc, r["post_cov"])}
            rows.append(row)
            print(f"{name:<26} {reg:>8g} " + " ".join(
                f"{row[q]:>9.1e}" for q in ("mean_t", "cov_t", "mean_inf", "cov_inf",
                                            "post_mean")) + f" {row['post_cov']:>9.1e}")
    out = {"ts": ts, "lr_neural_tangents": lr, "rows": rows,
           "note": "max |ours - neural-tangents| / max |neural-tangents|, float64 both"}
    path = Path(__file__).resolve().parent / "results" / a.out
    path.write_text(json.dumps(out, indent=1))
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
