"""Home: the NTK in a few lines, what each page shows, one-click lecture presets."""
import html
from pathlib import Path

import streamlit as st

from ntk_core.app.state import PRESETS
from pages import _common as common

common.require_entry()

ASSETS = Path(__file__).resolve().parent.parent / "assets"

st.title("NTK Explorer")
st.caption("Finite- and infinite-width Neural Tangent Kernels of networks you build, "
           "computed live on this server.")
left, right = st.columns([3, 2], gap="large")
with left:
    st.markdown((ASSETS / "home.md").read_text(encoding="utf-8"))
    st.latex(r"\Theta_\theta(x, x') \;=\; \frac{\partial f(\theta, x)}{\partial \theta}\,"
             r"\frac{\partial f(\theta, x')}{\partial \theta}^{\!\top} \in \mathbb{R}^{O\times O}")
    st.markdown("Under gradient flow on the squared loss with learning rate $\\eta$ the outputs "
                "on the training inputs $X$ follow")
    st.latex(r"\frac{d f_t(X)}{dt} = -\eta\, \Theta_{\theta_t}(X, X)\,\big(f_t(X) - Y\big)")
    st.markdown("As the width $n \\to \\infty$ (NTK parameterization) the kernel becomes "
                "deterministic and constant in time, $\\Theta_{\\theta_t} \\to \\Theta_\\infty$, "
                "with fluctuations of order $n^{-1/2}$; training becomes kernel regression:")
    st.latex(r"f_t(X) = f_0(X) + \big(I - e^{-\eta \Theta_\infty t}\big)\big(Y - f_0(X)\big)")
    st.markdown("The infinite-width kernel follows a layer recursion of the NNGP covariance "
                "$K$ and the NTK $T$ (for a dense layer: $K' = \\sigma_w^2\\, "
                "\\mathbb{E}[\\phi(u)\\phi(v)] + \\sigma_b^2$, "
                "$T' = K' + \\sigma_w^2\\, \\mathbb{E}[\\phi'(u)\\phi'(v)]\\, T$).")
with right:
    st.subheader("Lecture presets")
    st.markdown("Each preset is a link: it opens the page, in this tab, with all its "
                "settings in the URL.")
    for p in PRESETS:
        if p.page not in common.available_pages():
            continue
        # a plain HTML link with target=_self: markdown links open a new tab each
        st.markdown(f'<a href="{html.escape(p.url())}" target="_self"><b>{html.escape(p.title)}'
                    f'</b></a><br>{html.escape(p.blurb)}', unsafe_allow_html=True)
st.subheader("The pages")
live = {title for _, title, _, url in common.PAGES if (url or "home") in common.available_pages()}
rows = (ASSETS / "pages.md").read_text(encoding="utf-8").splitlines()
st.markdown("\n".join(r for r in rows if not r.startswith("| **")
                      or r.split("**")[1] in live))
st.caption("Every setting lives in the URL: copy the address bar to share exactly this view.")
