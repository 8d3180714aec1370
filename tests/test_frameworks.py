"""Flax NNX, Flax Linen, Equinox and Haiku models through ``compute_ntk`` (ntk_core.finite.adapters).

An MLP and a small CNN of each framework, built with that framework's own layers and made
``(apply_fn, params)`` by its adapter, go through every method (full kernel, x1 vs x2; and
the symmetric trace kernel with the automatic choice) against the
brute-force float64 per-example reference of tests/test_empirical.py (per-example,
per-output ``jax.grad``, flattened and dotted: no code shared with the library). The eight
networks run as one function whose outputs are their concatenated outputs
(``test_empirical.combine``): networks sharing no parameters give a block-diagonal full
NTK whose diagonal blocks are each network's own NTK, so one compilation per method and
mode checks all eight (and a wrong block, or a cross term, fails the comparison).
Tolerance 1e-10 as in test_empirical: float64 results agree up to summation order
(~1e-15 relative). Structured derivatives must handle every layer (no fallback), and the
batch-structure proof must recognise each network as batch-independent. The README's
per-framework snippets run as written (in a fresh process, float32 defaults).

``ntk_fn`` (issue "The engine on every kind of call") is covered once merged: it shares
``compute_ntk``'s methods, so these adapters' ``(apply_fn, params)`` go to it unchanged.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import jax
import jax.numpy as jnp
import pytest

flax = pytest.importorskip("flax")
eqx = pytest.importorskip("equinox")
hk = pytest.importorskip("haiku")
from flax import linen as nn  # noqa: E402
from flax import nnx  # noqa: E402

from ntk_core.finite.adapters import from_equinox, from_haiku, from_linen, from_nnx  # noqa: E402
from ntk_core.finite.batch import batch_independent  # noqa: E402
import numpy as np  # noqa: E402
from ntk_core.finite.empirical import METHODS, compute_ntk  # noqa: E402
from test_empirical import combine, reference_full, relerr  # noqa: E402  (enables float64)

ROOT = Path(__file__).resolve().parent.parent
F64 = jnp.float64
H, W, C, HID, OUT = 6, 6, 2, 16, 3           # inputs [N, 6, 6, 2]; 3 outputs per network


def flat(x):
    return x.reshape(x.shape[0], -1)


def to_f64(tree):
    return jax.tree.map(lambda a: a.astype(F64), tree)


class NnxMLP(nnx.Module):
    def __init__(self, rngs):
        self.a = nnx.Linear(H * W * C, HID, param_dtype=F64, rngs=rngs)
        self.b = nnx.Linear(HID, OUT, param_dtype=F64, rngs=rngs)

    def __call__(self, x):
        return self.b(jnp.tanh(self.a(flat(x))))


class NnxCNN(nnx.Module):
    def __init__(self, rngs):
        self.c = nnx.Conv(C, 4, (3, 3), param_dtype=F64, rngs=rngs)
        self.d = nnx.Linear(H * W * 4, OUT, param_dtype=F64, rngs=rngs)

    def __call__(self, x):
        return self.d(flat(jax.nn.relu(self.c(x))))


class LinenMLP(nn.Module):
    @nn.compact
    def __call__(self, x):
        return nn.Dense(OUT)(jnp.tanh(nn.Dense(HID)(flat(x))))


class LinenCNN(nn.Module):
    @nn.compact
    def __call__(self, x):
        return nn.Dense(OUT)(flat(jax.nn.relu(nn.Conv(4, (3, 3))(x))))


class EqxCNN(eqx.Module):
    conv: eqx.nn.Conv2d
    dense: eqx.nn.Linear

    def __init__(self, key):
        a, b = jax.random.split(key)
        self.conv = eqx.nn.Conv2d(C, 4, 3, padding=1, key=a, dtype=F64)
        self.dense = eqx.nn.Linear(H * W * 4, OUT, key=b, dtype=F64)

    def __call__(self, x):                     # one example [H, W, C]; Equinox is NCHW
        return self.dense(jax.nn.relu(self.conv(jnp.transpose(x, (2, 0, 1)))).ravel())


def haiku_mlp(x):
    return hk.nets.MLP([HID, OUT], activation=jnp.tanh)(flat(x))


def haiku_cnn(x):
    return hk.Linear(OUT)(flat(jax.nn.relu(hk.Conv2D(4, 3)(x))))


def models(x):
    """{name: (apply_fn, params)}, all float64, each taking x [N, H, W, C]."""
    k = jax.random.PRNGKey(7)
    ks = jax.random.split(k, 6)
    emlp = eqx.nn.MLP(H * W * C, OUT, HID, 1, activation=jnp.tanh, key=ks[0], dtype=F64)
    eqx_mlp_fn, eqx_mlp_p = from_equinox(emlp)
    hm, hc = hk.transform(haiku_mlp), hk.transform(haiku_cnn)
    return {
        "nnx_mlp": from_nnx(NnxMLP(nnx.Rngs(0))),
        "nnx_cnn": from_nnx(NnxCNN(nnx.Rngs(1))),
        "linen_mlp": from_linen(LinenMLP(), to_f64(LinenMLP().init(ks[1], x))),
        "linen_cnn": from_linen(LinenCNN(), to_f64(LinenCNN().init(ks[2], x))),
        "eqx_mlp": (lambda p, xb: eqx_mlp_fn(p, flat(xb)), eqx_mlp_p),
        "eqx_cnn": from_equinox(EqxCNN(ks[3])),
        "haiku_mlp": from_haiku(hm, hm.init(ks[4], x)),
        "haiku_cnn": from_haiku(hc, hc.init(ks[5], x)),
    }


@pytest.fixture(scope="module")
def inputs():
    x1 = jax.random.normal(jax.random.PRNGKey(1), (3, H, W, C), F64)
    x2 = jax.random.normal(jax.random.PRNGKey(2), (2, H, W, C), F64)
    return x1, x2


def test_every_framework_every_method_equals_float64_reference(inputs):
    x1, x2 = inputs
    ms = models(x1)
    for name, (fn, p) in ms.items():
        leaves = jax.tree.leaves(p)
        assert leaves and all(l.dtype == F64 for l in leaves), name
        assert fn(p, x1).shape == (3, OUT), name
    fns, params = zip(*ms.values())
    fn, params = combine(list(fns)), list(params)
    ref = reference_full(fn, params, x1, x2)
    for m in METHODS:                        # every method, the full [N1, N2, O, O] kernel
        r = compute_ntk(fn, params, x1, x2, method=m, output="full")
        assert relerr(r.kernel, ref) < 1e-10, (m, relerr(r.kernel, ref))
        assert r.batch_independent, (m, r.batch_note)
        if m == "structured_derivatives":
            assert r.fallback_params == (), r.fallback_params      # no layer falls back
    # x2 = x1 (symmetric tiles, reused VJPs) in the default mode, method chosen by auto
    r = compute_ntk(fn, params, x1)
    ref11 = reference_full(fn, params, x1, None)
    tr = np.trace(ref11, axis1=2, axis2=3) / ref11.shape[-1]
    assert relerr(r.kernel, tr) < 1e-10, (r.method, relerr(r.kernel, tr))


def test_batch_structure_is_proved_on_every_framework(inputs):
    x1, _ = inputs
    for name, (fn, p) in models(x1).items():
        ok, why = batch_independent(fn, p, x1)
        assert ok, (name, why)


def test_a_batch_mixing_linen_model_is_not_proved_independent(inputs):
    """Linen BatchNorm in training mode normalises over the batch: the proof must say no
    (so compute_ntk takes the exact general path)."""
    x1, _ = inputs

    class BN(nn.Module):
        @nn.compact
        def __call__(self, x):
            return nn.Dense(OUT)(nn.BatchNorm(use_running_average=False)(flat(x)))

    v = to_f64(BN().init(jax.random.PRNGKey(0), x1))

    def apply_fn(p, x):
        return BN().apply({**v, "params": p}, x, mutable=["batch_stats"])[0]

    ok, _ = batch_independent(apply_fn, v["params"], x1)
    assert not ok


def readme_snippets() -> list[str]:
    """The ```python blocks of the README section on Flax, Equinox and Haiku."""
    text = (ROOT / "README.md").read_text()
    m = re.search(r"^## Models from Flax, Equinox and Haiku\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    assert m, "README has no section '## Models from Flax, Equinox and Haiku'"
    return re.findall(r"```python\n(.*?)```", m.group(1), re.S)


def test_readme_framework_snippets_run():
    snippets = readme_snippets()
    text = "\n".join(snippets)
    for fw in ("nnx", "linen", "eqx", "hk."):
        assert fw in text, f"no README snippet uses {fw}"
    # each snippet in its own namespace, in one fresh process (no float64 from the tests)
    runner = ("import sys\nfor i, s in enumerate(sys.argv[1:]):\n"
              "    exec(compile(s, f'README snippet {i + 1}', 'exec'), {'__name__': '__main__'})\n"
              "    print('SNIPPET', i + 1, 'OK', flush=True)\n")
    out = subprocess.run([sys.executable, "-c", runner, *snippets], cwd=ROOT, text=True,
                         capture_output=True, timeout=600,
                         env=dict(os.environ, JAX_PLATFORMS="cpu", PYTHONPATH=str(ROOT)))
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-4000:]
    assert out.stdout.count(" OK") == len(snippets) >= 4


def test_ntk_fn_on_framework_models_jit_and_grad(inputs):
    """``ntk_fn`` (the kernel as a JAX function) on an NNX and an Equinox model, whose params
    are framework pytrees: equal to the float64 reference, and differentiable."""
    from ntk_core.finite import ntk_fn
    x1, x2 = inputs
    ms = models(x1)
    fns, params = zip(*(ms[k] for k in ("nnx_mlp", "eqx_cnn")))
    fn, params = combine(list(fns)), list(params)
    kernel = ntk_fn(fn, method="structured_derivatives", output="full")
    ref = reference_full(fn, params, x1, x2)
    assert relerr(np.asarray(kernel(params, x1, x2)), ref) < 1e-10
    # d/dparams of a scalar of the kernel: finite and of the params' structure
    g = jax.grad(lambda p: jnp.sum(kernel(p, x1, x2) ** 2))(params)
    assert jax.tree.structure(g) == jax.tree.structure(params)
    assert all(np.isfinite(np.asarray(l)).all() for l in jax.tree.leaves(g))
