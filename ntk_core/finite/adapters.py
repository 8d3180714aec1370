"""``(apply_fn, params)`` from the models JAX users write: Flax NNX, Flax Linen, Equinox, Haiku.

:func:`ntk_core.finite.empirical.compute_ntk` takes any ``apply_fn(params, x) -> [N, O]``
of a params pytree. Each adapter here splits a model into the arrays to differentiate
(``params``: the trainable floating-point weights) and everything else (the module's
structure, non-trainable state such as batch-norm statistics or RNG counters), which the
returned ``apply_fn`` closes over and holds constant:

* Flax NNX: ``graphdef, params, rest = nnx.split(model, nnx.Param, ...)``;
  ``apply_fn = lambda p, x: nnx.merge(graphdef, p, rest)(x)``.
* Flax Linen: ``apply_fn = lambda p, x: model.apply({**variables, "params": p}, x)``.
* Equinox: ``params, static = eqx.partition(model, eqx.is_inexact_array)``;
  ``apply_fn = lambda p, x: jax.vmap(eqx.combine(p, static))(x)`` (Equinox layers act on
  one example, so the batch is a ``vmap``).
* Haiku: ``f = hk.without_apply_rng(hk.transform(fn))``; ``apply_fn = f.apply`` (with
  ``hk.transform_with_state``: ``lambda p, x: f.apply(p, state, x)[0]``).

The frameworks are optional (``pip install ntk-explorer[frameworks]``): each is imported
only inside its adapter, so ``ntk_core`` imports without any of them.
"""
from __future__ import annotations

from typing import Any, Callable

ApplyFn = Callable[[Any, Any], Any]


def from_nnx(model) -> tuple[ApplyFn, Any]:
    """``(apply_fn, params)`` of a Flax NNX module ``model(x[N, ...]) -> [N, O]``.

    ``params`` is the ``nnx.State`` of its ``nnx.Param`` variables; other variables
    (batch statistics, RNG state) are held at their current values. Call ``model.eval()``
    first for a network with dropout or batch norm, as for inference.
    """
    from flax import nnx

    graphdef, params, rest = nnx.split(model, nnx.Param, ...)

    def apply_fn(p, x):
        return nnx.merge(graphdef, p, rest)(x)

    return apply_fn, params


def from_linen(module, variables, **apply_kwargs) -> tuple[ApplyFn, Any]:
    """``(apply_fn, params)`` of a Flax Linen ``module`` with ``variables = module.init(...)``.

    Differentiates ``variables["params"]``; other collections (``batch_stats``, ...) are
    held constant. ``apply_kwargs`` go to every ``module.apply`` call (e.g.
    ``train=False``).
    """
    rest = {k: v for k, v in variables.items() if k != "params"}

    def apply_fn(p, x):
        return module.apply({**rest, "params": p}, x, **apply_kwargs)

    return apply_fn, variables["params"]


def from_equinox(model, *, batched: bool = False) -> tuple[ApplyFn, Any]:
    """``(apply_fn, params)`` of an Equinox module.

    ``params``: the module's inexact arrays (``eqx.partition(model, eqx.is_inexact_array)``).
    Equinox modules usually map one example to its outputs, ``model(x[...]) -> [O]``; the
    returned ``apply_fn`` maps over the batch with ``jax.vmap``. Pass ``batched=True`` for a
    module that already takes a batch ``[N, ...] -> [N, O]``.
    """
    import equinox as eqx
    import jax

    params, static = eqx.partition(model, eqx.is_inexact_array)

    def apply_fn(p, x):
        m = eqx.combine(p, static)
        return m(x) if batched else jax.vmap(m)(x)

    return apply_fn, params


def from_haiku(transformed, params, state=None) -> tuple[ApplyFn, Any]:
    """``(apply_fn, params)`` of a Haiku ``hk.transform`` (or ``hk.transform_with_state``).

    ``params = transformed.init(key, x)``; ``state``: the state returned by
    ``transform_with_state``'s init, held constant (outputs only, the new state is
    dropped). Haiku's apply RNG is not used (``hk.without_apply_rng``): a network that
    draws random numbers at apply time has no deterministic NTK.
    """
    import haiku as hk

    f = hk.without_apply_rng(transformed)
    if isinstance(transformed, hk.TransformedWithState):
        return (lambda p, x: f.apply(p, state, x)[0]), params
    return f.apply, params
