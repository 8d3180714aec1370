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
