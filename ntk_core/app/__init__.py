"""The web app's pure layer (never imports Streamlit): what the pages call.

* ``state``: widget defaults, URL encoding, presets and limits;
* ``validation``: the checks of every way in (links, Compare, presets, widgets) and the
  request guardrails; ``serving``: the device queues shared by sessions;
* ``compute``: inputs, kernels, spectra, comparisons and convergence for the pages;
* ``laplace_study``, ``cost_study``: the Laplace-kernel and Methods & cost pages' work;
* ``figures``, ``figures_dynamics``: Plotly figure builders (data in, figure out).
"""
