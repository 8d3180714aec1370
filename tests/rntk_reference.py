"""Brute-force RNTK / NNGP for the tests: each pair of sequences on its own, every pair of
time steps (t, s) of the full grid in plain Python loops, sequences as given (no
alignment, no padding), dual activations from ntk_core.infinite.dual (numpy)."""
import numpy as np

from ntk_core.infinite.dual import dual_activation


def _self_var(layers, x):
    """S_x[t, t] per layer, by the same loops (the sequence with itself)."""
    Tx = len(x)
    Kin = np.zeros(Tx + 1)
    Kin[1:] = np.sum(x * x, 1) / x.shape[1]
    out = []
    for l in layers:
        W2, U2, b2 = l.W_std ** 2, l.U_std ** 2, l.b_std ** 2
        S, Kh = np.zeros(Tx + 1), np.zeros(Tx + 1)
        for t in range(1, Tx + 1):
            S[t] = W2 * Kh[t - 1] + U2 * Kin[t] + b2
            Kh[t] = dual_activation(l.activation, S[t], S[t], S[t])[0]
        out.append(S)
        Kin = Kh
    return out


def pair_kernels(net, x, y):
    """(nngp, ntk) of one output for one pair of unpadded sequences x [Tx, d], y [Ty, d]."""
    layers, standard = net.layers, net.parameterization == "standard"
    vx, vy = _self_var(layers, x), _self_var(layers, y)
    Tx, Ty = len(x), len(y)
    Kin = np.zeros((Tx + 1, Ty + 1))
    Kin[1:, 1:] = x @ y.T / x.shape[1]
    Tin = np.zeros_like(Kin)
    fan = x.shape[1]
    for li, l in enumerate(layers):
        W2, U2, b2, n = l.W_std ** 2, l.U_std ** 2, l.b_std ** 2, l.width
        Kh, Th = np.zeros((Tx + 1, Ty + 1)), np.zeros((Tx + 1, Ty + 1))
        for t in range(1, Tx + 1):
            for s in range(1, Ty + 1):
                S = W2 * Kh[t - 1, s - 1] + U2 * Kin[t, s] + b2
                if standard:
                    th = n * Kh[t - 1, s - 1] + fan * Kin[t, s] + 1 + W2 * Th[t - 1, s - 1] + U2 * Tin[t, s]
                else:
                    th = S + W2 * Th[t - 1, s - 1] + U2 * Tin[t, s]
                q, kd = dual_activation(l.activation, vx[li][t], vy[li][s], S)
                Kh[t, s], Th[t, s] = q, kd * th
        Kin, Tin, fan = Kh, Th, n
    top = layers[-1]
    if top.readout == "last":
        k, t = Kin[Tx, Ty], Tin[Tx, Ty]
    else:
        k, t = Kin[1:, 1:].mean(), Tin[1:, 1:].mean()
    Wr2, br2 = net.W_std ** 2, net.b_std ** 2
    nngp = Wr2 * k + br2
    ntk = (top.width * k + 1 + Wr2 * t) if standard else (nngp + Wr2 * t)
    return float(nngp), float(ntk)
