"""What JAX computes on, in words (for the app's sidebar and result records)."""
from __future__ import annotations

import functools

import jax


@functools.lru_cache(maxsize=1)
def describe_device() -> str:
    """``"CPU (2 cores)"``-style text, or the GPU's name(s), e.g. ``"NVIDIA H100 x1"``."""
    devs = jax.local_devices()
    d = devs[0]
    if d.platform == "cpu":
        import os
        return f"CPU ({os.cpu_count()} cores, {len(devs)} JAX device{'s' if len(devs) > 1 else ''})"
    kind = getattr(d, "device_kind", d.platform.upper())
    return f"{kind} x{len(devs)}"


# XLA:CPU (JAX 0.10) hands dots *and* convolutions to YNNPACK by default. For the NTK's
# convolutions (batched over N O cotangents, tangents grouped per example) its own
# convolution emitter was faster on the 2-core CPU: a 3x3 64-channel forward conv 4.8 ms
# against 16 ms, the per-example grouped convs of NVP 6.6 against 183 ms, and on the CNN
# benchmark's kernels, compiled both ways and timed interleaved in one process, NVP 13-15%
# and SD 1-11% faster (benchmarks/results/issue19_notes.md). Dots keep YNNPACK: with this
# option an MLP's executable is unchanged.
CONV_OPTIONS = {"xla_cpu_experimental_ynn_fusion_type": "LIBRARY_FUSION_TYPE_INDIVIDUAL_DOT"}


def compile_lowered(lowered, options=CONV_OPTIONS, platform=None):
    """``lowered.compile()``, with XLA CPU ``options`` when compiling for the CPU and this
    XLA knows them (an unknown option falls back to the defaults)."""
    if options and (platform or jax.default_backend()) == "cpu":
        try:
            return lowered.compile(compiler_options=dict(options))
        except Exception:  # noqa: BLE001 - an option this XLA does not know
            pass
    return lowered.compile()

