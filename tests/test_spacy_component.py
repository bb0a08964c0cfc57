"""The spaCy component is found through the entry point, with no claimx import."""

from __future__ import annotations

import subprocess
import sys


def test_add_pipe_via_entry_point():
    code = (
        "import spacy; from claimx.parse import load_nlp; nlp = load_nlp(); "
        "nlp.add_pipe('claimx', config={'published': '2020-02-19'}); "
        "doc = nlp('Some 35,000 people left last year.'); "
        "print([(c.text, c.date) for c in doc._.claims])"
    )
    # claimx.parse is only used to load the pinned model; the factory comes from the entry point
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "('Some 35,000', None)" in out.stdout and "('last year', '2019')" in out.stdout
