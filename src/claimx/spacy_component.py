"""A thin spaCy component: ``nlp.add_pipe("claimx")`` sets ``doc._.claims``.

Registered through the ``spacy_factories`` entry point, so no import is needed
after ``pip install``. It reuses the pipeline's parse of the Doc's text.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)


class ClaimxComponent:
    def __init__(self, nlp: Language, name: str, published: str | None):
        self.nlp = nlp
        self.published = published

    def __call__(self, doc: Doc) -> Doc:
        from .pipeline import extract_article
        from .text import make_article

        article = make_article("<doc>", doc.text, self.published)
        # Parse with the same pipeline minus this component (its own copy is cached)
        report = extract_article(article, nlp=_Reuse(doc))
        doc._.claims = list(report.claims)
        return doc


class _Reuse:
    """Stands in for ``nlp``: returns the already-parsed Doc instead of parsing again."""

    def __init__(self, doc: Doc):
        self.doc = doc

    def __call__(self, text: str) -> Doc:
        return self.doc


@Language.factory("claimx", default_config={"published": None}, assigns=["doc._.claims"],
                  requires=["token.dep", "token.lemma", "doc.sents"])
def make_claimx(nlp: Language, name: str, published: str | None) -> ClaimxComponent:
    return ClaimxComponent(nlp, name, published)
