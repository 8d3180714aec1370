"""Recurrent networks (ntk_core.networks.recurrent, ntk_core.infinite.recurrent).

* Finite width: the RNN's empirical NTK from all three methods (and ``auto``), every
  output mode, against the brute-force float64 per-example-gradient reference of
  tests/test_empirical (tolerance 1e-10 as there: summation-order rounding ~1e-15).
  Structured derivatives handles the recurrent matrix W by Jacobian contraction (it is
  used inside the ``lax.scan``; reported in ``fallback_params``); U and b keep their rules.
* Padded batches: a masked batch of unequal lengths gives, for the network's outputs, the
  finite NTK and the analytic RNTK, the same values as each sequence / pair on its own.
* Analytic RNTK / NNGP against the brute-force reference of tests/rntk_reference.py
  (each pair alone, full (t, s) grid, plain loops): 1e-12 relative (float64, O(T) steps of
  rounding ~1e-16 each; measured ~3e-16).
* Monte-Carlo: see test_monte_carlo_converges_to_rntk.
"""
import jax
import jax.numpy as jnp
import numpy as np
import pytest

from ntk_core.finite.cost import structure
from ntk_core.finite.empirical import compute_ntk
from ntk_core.infinite import NoAnalyticKernel, analytic_kernels, analytic_support
from ntk_core.infinite.convergence import relative_frobenius
from ntk_core.networks import (RNN, Dense, LayerNet, SpecError, pack_sequences,
                               sequence_lengths, unpack_sequences)
from tests.rntk_reference import pair_kernels
from tests.test_empirical import check_all, combine, relerr

jax.config.update("jax_enable_x64", True)

RNG = np.random.default_rng(0)
S1 = [RNG.normal(size=(t, 2)) for t in (4, 2, 3)]
S2 = [RNG.normal(size=(t, 2)) for t in (1, 4)]

FINITE_NETS = [
    LayerNet((RNN(4, "relu", 1.2, 0.9, 0.3, "last", masked=True),), out_dim=2, b_std=0.2),
    LayerNet((RNN(3, "erf", 1.0, 1.1, 0.3, "sequence", masked=True),
              RNN(4, "tanh", 0.9, 1.0, 0.2, "mean", masked=True)), out_dim=2,
             parameterization="standard"),
]


def test_finite_rnn_ntk_all_methods_and_outputs_float64():
    x1 = jnp.asarray(pack_sequences(S1, T=4, masked=True))
    x2 = jnp.asarray(pack_sequences(S2, T=4, masked=True))
    keys = jax.random.split(jax.random.PRNGKey(0), len(FINITE_NETS))
    params = [n.init(k, x1.shape, jnp.float64) for n, k in zip(FINITE_NETS, keys)]
    f = combine([n.apply for n in FINITE_NETS])
    check_all(f, params, x1, x2, 1e-10,
              fallback=("[0][0]['W']", "[1][0]['W']", "[1][1]['W']"))
    r = compute_ntk(f, params, x1, x2, method="auto", output="full")
    ref = compute_ntk(f, params, x1, x2, method="jacobian_contraction", output="full")
    assert r.batch_independent, r.batch_note          # the scan rule of finite.batch
    assert relerr(r.kernel, ref.kernel) < 1e-10


def test_cost_model_counts_time_steps():
    """The scan body runs T times: [FP] at T = 20 is twice that at T = 10 (up to the
    readout and the input map outside the scan, a few percent here)."""
    net = LayerNet((RNN(32),))
    fp = []
    for T in (10, 20):
        x = jnp.ones((2, T, 3))
        fp.append(structure(net.apply, net.init(jax.random.PRNGKey(0), x.shape), x)[0].FP)
    assert fp[1] / fp[0] == pytest.approx(2.0, rel=0.05)


def test_padded_batch_equals_each_sequence_alone():
    """Outputs and the finite NTK of a masked padded batch equal those of each sequence
    (unmasked, its own length) alone; 1e-12 (float64 rounding)."""
    net = FINITE_NETS[0]
    alone = LayerNet((RNN(4, "relu", 1.2, 0.9, 0.3, "last"),), out_dim=2, b_std=0.2)
    x1 = jnp.asarray(pack_sequences(S1, T=5, masked=True))
    p = net.init(jax.random.PRNGKey(3), x1.shape, jnp.float64)
    out = np.asarray(net.apply(p, x1))
    full = compute_ntk(net.apply, p, x1, output="full").kernel
    for i, a in enumerate(S1):
        np.testing.assert_allclose(out[i], alone.apply(p, jnp.asarray(a[None]))[0], rtol=1e-12)
    def jac(a):                                          # [O, P] of one sequence alone
        J = jax.jacrev(lambda q: alone.apply(q, jnp.asarray(a[None]))[0])(p)
        return np.concatenate([np.reshape(l, (2, -1)) for l in jax.tree_util.tree_leaves(J)], 1)
    Js = [jac(a) for a in S1]
    for i in range(3):
        for j in range(3):                                 # unequal and equal lengths
            np.testing.assert_allclose(full[i, j], Js[i] @ Js[j].T, rtol=1e-12, atol=1e-14)
    # mean readout: the mean over the sequence's own steps
    mnet = LayerNet((RNN(4, "erf", readout="mean", masked=True),))
    malone = LayerNet((RNN(4, "erf", readout="mean"),))
    pm = mnet.init(jax.random.PRNGKey(4), x1.shape, jnp.float64)
    for i, a in enumerate(S1):
        np.testing.assert_allclose(mnet.apply(pm, x1)[i], malone.apply(pm, jnp.asarray(a[None]))[0],
                                   rtol=1e-12)


ANALYTIC_NETS = [
    LayerNet((RNN(5, "relu", 1.3, 0.8, 0.2, "last", masked=True),), W_std=1.2, b_std=0.1),
    LayerNet((RNN(5, "erf", 1.1, 1.2, 0.3, "mean", masked=True),), W_std=0.9, b_std=0.3),
    LayerNet((RNN(5, "erf", 1.1, 1.2, 0.3, "sequence", masked=True),
              RNN(7, "relu", 1.0, 1.0, 0.1, "last", masked=True)), parameterization="standard"),
    LayerNet((RNN(3, "relu", 1.4, 1.0, 0.2, "sequence", masked=True),
              RNN(6, "identity", 0.8, 1.0, 0.1, "mean", masked=True)), b_std=0.2),
    LayerNet((RNN(5, "tanh", 1.1, 1.2, 0.3, "last", masked=True),), W_std=1.0),  # quadrature
]


@pytest.mark.parametrize("net", ANALYTIC_NETS, ids=range(len(ANALYTIC_NETS)))
def test_analytic_rntk_equals_brute_force_and_pairs_alone(net):
    x1 = pack_sequences(S1, masked=True)
    x2 = pack_sequences(S2, T=6, masked=True)             # another T: padding only
    k = analytic_kernels(net, x1, x2)
    ref = np.array([[pair_kernels(net, a, b) for b in S2] for a in S1])
    assert relerr(k.nngp, ref[..., 0]) < 1e-12
    assert relerr(k.ntk, ref[..., 1]) < 1e-12
    ks = analytic_kernels(net, x1)                        # x2 = None: symmetric
    np.testing.assert_allclose(ks.ntk, ks.ntk.T, rtol=1e-13)
    for i, a in enumerate(S1[:2]):                         # each pair alone, unmasked
        alone = LayerNet(tuple(RNN(**{**l.__dict__, "masked": False}) for l in net.layers),
                         net.out_dim, net.W_std, net.b_std, net.parameterization)
        kk = analytic_kernels(alone, a[None], S2[1][None])
        assert kk.ntk[0, 0] == pytest.approx(k.ntk[i, 1], rel=1e-12)


def test_last_readout_pairs_steps_from_the_end():
    """With readout last, only steps the same distance from the end are compared: a
    sequence and the same sequence with extra steps *in front* of it, through an identity
    RNN with W_std -> small, differ only through those early steps' faded memory."""
    net = LayerNet((RNN(1, "identity", 1e-3, 1.0, 0.0, "last", masked=True),))
    a = RNG.normal(size=(3, 1))
    b = np.concatenate([RNG.normal(size=(4, 1)), a])
    k = analytic_kernels(net, pack_sequences([a, b], masked=True)).nngp
    assert k[0, 1] == pytest.approx(k[0, 0], rel=1e-5)


def test_unsupported_rnn_networks_say_why():
    net = LayerNet((Dense(3), RNN(4)))
    assert "RNN layers" in analytic_support(net)
    with pytest.raises(NoAnalyticKernel, match="RNN"):
        analytic_kernels(net, np.ones((2, 3, 2)))
    assert "readout" in analytic_support(LayerNet((RNN(3, readout="mean"), RNN(3))))
    assert analytic_support(LayerNet((RNN(3),))) is None


def test_padded_format_round_trip_and_errors():
    x = pack_sequences(S1)
    assert x.shape == (3, 4, 3)
    np.testing.assert_array_equal(sequence_lengths(x, True), [4, 2, 3])
    for a, b in zip(unpack_sequences(x, True), S1):
        np.testing.assert_array_equal(a, b)
    bad = x.copy()
    bad[1, 3, -1] = 1.0                                   # a hole in the mask
    with pytest.raises(ValueError, match="mask"):
        sequence_lengths(bad, True)
    with pytest.raises(SpecError, match="sequences"):
        LayerNet((RNN(3),)).shapes((2, 5))
    with pytest.raises(SpecError, match="readout"):
        RNN(3, readout="max")


def test_monte_carlo_converges_to_rntk():
    """Finite RNNs (relu and erf, readout last and mean, in one combined function) on four
    masked sequences, two of equal length and two shorter ones, so the kernel holds equal-
    and unequal-length pairs. Widths 32, 128, 512, 4 seeds, float32 parameters.

    Per-seed relative Frobenius errors fall like c width^-1/2 (c ~ 1-2.5 here, measured).
    For each net the slope of log error against log width is fitted per seed; the mean
    slope must lie within 3 standard errors (over seeds) + 0.15 of -1/2 (the 0.15 allows
    the O(1/width) bias at width 32; measured slopes at widths 64..1024: -0.60, -0.46,
    -0.52, -0.49), and the 4-seed mean kernel at width 512 within 12% of the RNTK
    (expected ~ c / sqrt(4 * 512) ~ 2-5%, plus that bias).
    """
    x = pack_sequences([RNG.normal(size=(t, 2)) for t in (4, 4, 2, 3)], masked=True)

    def nets(w):
        return [LayerNet((RNN(w, a, 1.0, 1.0, 0.2, r, masked=True),), b_std=0.1)
                for a in ("relu", "erf") for r in ("last", "mean")]
    ana = [analytic_kernels(n, x).ntk for n in nets(1)]
    widths, S = (32, 128, 512), 4
    err = np.zeros((len(widths), 4, S))
    mean_err = np.zeros((len(widths), 4))
    for wi, w in enumerate(widths):
        ns = nets(w)
        f = combine([n.apply for n in ns])
        per = []
        for s in range(S):
            keys = jax.random.split(jax.random.PRNGKey(s), 4)
            p = [n.init(k, x.shape, jnp.float32) for n, k in zip(ns, keys)]
            k = compute_ntk(f, p, jnp.asarray(x, jnp.float32), output="full").kernel
            per.append([np.asarray(k[:, :, i, i], np.float64) for i in range(4)])
        per = np.array(per)                                   # [S, 4, N, N]
        for i in range(4):
            err[wi, i] = [relative_frobenius(per[s, i], ana[i]) for s in range(S)]
            mean_err[wi, i] = relative_frobenius(per[:, i].mean(0), ana[i])
    lw = np.log(widths)
    for i in range(4):
        slopes = [np.polyfit(lw, np.log(err[:, i, s]), 1)[0] for s in range(S)]
        stderr = np.std(slopes, ddof=1) / np.sqrt(S)
        assert abs(np.mean(slopes) + 0.5) < 3 * stderr + 0.15, (i, slopes)
        assert mean_err[-1, i] < 0.12, (i, mean_err[:, i])
