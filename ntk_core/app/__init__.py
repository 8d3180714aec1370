"""The web app's pure layer (never imports Streamlit): what the pages call.

* ``state``: widget defaults, URL encoding, presets, limits and guardrails;
* ``compute``: inputs, kernels, spectra, comparisons and convergence for the pages;
* ``laplace_study``, ``cost_study``: the Laplace-kernel and Methods & cost pages' work;
* ``figures``, ``figures_dynamics``: Plotly figure builders (data in, figure out).
"""
