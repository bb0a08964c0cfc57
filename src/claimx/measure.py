"""What a number measures and when: the measured phrase from the dependency parse,
the sentence, and the period the sentence gives.

Everything here reads the one spaCy ``Doc`` the pipeline parsed; nothing parses again.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

_NOUNS = {"NOUN", "PROPN"}
_CLIMB = {"attr", "acomp", "dobj", "npadvmod", "oprd", "appos", "advmod", "conj", "ROOT"}
_KEEP_LEFT = {"compound", "amod", "nmod", "poss"}
_SKIP_NOUNS = {"percent", "%", "cent", "point", "time", "times", "year", "month", "day",
               "week", "hour", "decade", "dollar", "won", "euro"}


def claim_tokens(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _root(span: Span) -> Token:
    """The token of the span whose head lies outside it (the span's syntactic root)."""
    for t in span:
        if not (span.start <= t.head.i < span.end) or t.head is t:
            return t
    return span[-1]


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj") and child.pos_ in _NOUNS | {"PRON"}:
            return child
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in _NOUNS:
        return verb.head
    if verb.dep_ in ("xcomp", "ccomp", "conj", "advcl") and verb.head is not verb:
        return _subject(verb.head)
    return None


_CHANGE_VERBS = {"lower", "raise", "cut", "increase", "decrease", "reduce", "boost", "lift", "hike",
                 "bring", "drop", "slash", "trim", "expand", "double", "triple", "set", "adjust"}
_CONTAINERS = {"number", "total", "figure", "amount", "count", "share", "portion", "majority"}


def measured_noun(span: Span) -> Token | None:
    """The noun the number in ``span`` quantifies; "the number of defectors" -> defectors."""
    noun = _measured_noun(span)
    if noun is not None and noun.lemma_.lower() in _CONTAINERS:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.pos_ in _NOUNS:
                        return obj
    return noun


def _measured_noun(span: Span) -> Token | None:
    doc = span.doc
    root = _root(span)
    # "62 percent of adults", "a third of the budget": the "of" object is measured
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ == "of":
        for child in nxt.children:
            if child.dep_ == "pobj" and child.pos_ in _NOUNS:
                return child
    # "$1.5 billion in out-of-pocket costs", "$60 billion in forgivable loans": what the money is
    if nxt is not None and nxt.lower_ in ("in", "for", "on") and any(t.ent_type_ == "MONEY" for t in span):
        for child in nxt.children:
            if child.dep_ == "pobj" and child.pos_ == "NOUN":
                return child
        # the parse may hang the phrase elsewhere ("in out of pocket costs"): the first noun
        # phrase after "in", if it starts within a few words and before any punctuation
        # (the sentence's chunks, not the whole document's: this runs for every such amount)
        first = next((ch for ch in nxt.sent.noun_chunks if ch.start > nxt.i), None) if nxt.lower_ == "in" else None
        if first is not None and first.start <= nxt.i + 4 and first.root.pos_ == "NOUN" \
                and not any(t.is_punct or t.like_num for t in doc[nxt.i : first.start]):  # "in 2023 because of"
            return first.root
    # "35,000 citizens", "seven defectors": the number modifies the noun
    if root.head.pos_ in _NOUNS and not (span.start <= root.head.i < span.end) \
            and root.head.lemma_.lower() not in _SKIP_NOUNS:
        return root.head
    t = root
    prep = None
    for _ in range(4):
        if t.dep_ == "pobj" and t.head.dep_ == "prep":
            prep = t.head.lower_
            t = t.head.head
            if t.pos_ in _NOUNS and t.lemma_.lower() not in _SKIP_NOUNS:
                return t
            continue
        if t.pos_ in ("VERB", "AUX"):
            if prep in ("to", "from", "by") and t.lemma_.lower() in _CHANGE_VERBS:
                # "lowered the Section 232 auto tariffs for Korea to 15%": what changed is the object
                for child in t.children:
                    if child.dep_ == "dobj" and child.pos_ in _NOUNS and child not in span:
                        return child
            subj = _subject(t)
            if subj is not None and subj.pos_ == "PRON" and subj.lower_ in ("which", "that") \
                    and t.dep_ == "relcl" and t.head.pos_ in _NOUNS:
                subj = _antecedent(t.head)  # "the number of refugee admissions ..., which remained at 15,000"
            if subj is not None and subj.pos_ != "PRON":
                return subj
            for child in t.children:
                if child.dep_ in ("dobj",) and child.pos_ in _NOUNS and child not in span:
                    return child
            return None
        if t.dep_ in _CLIMB or t.dep_ in ("nummod", "quantmod", "compound", "prep", "pobj"):
            if t.head is t:
                return None
            t = t.head
            if t.pos_ in _NOUNS and not (span.start <= t.i < span.end) \
                    and t.lemma_.lower() not in _SKIP_NOUNS:
                return t
            continue
        return None
    return None


def _antecedent(noun: Token) -> Token:
    """What a relative clause refers back to, past a date it hangs on ("admissions permitted
    for FY 2021, which ..." refers to the admissions, not the fiscal year)."""
    for _ in range(4):
        if noun.ent_type_ not in ("DATE", "TIME") and noun.lemma_.lower() not in _SKIP_NOUNS:
            break
        up = noun.head
        while up.dep_ in ("prep", "acl") and up.head is not up:
            up = up.head
        if up is noun or up.pos_ not in _NOUNS:
            break
        noun = up
    return noun


def measure_phrase(noun: Token, span: Span) -> str:
    """The noun with its key modifiers: "defectors resettled in South Korea"."""
    doc = noun.doc
    left = noun.i
    for child in noun.lefts:
        if child.dep_ in _KEEP_LEFT and not (span.start <= child.i < span.end) \
                and child.i >= left - 3:
            left = min(left, child.i)
    right = noun.i + 1
    for child in noun.rights:
        if child.dep_ in ("prep", "acl", "relcl") and child.i == right:
            sub = list(child.subtree)
            stop = min(sub[-1].i + 1, child.i + 6)
            right = stop
            break
    toks = [t for t in doc[left:right] if not (span.start <= t.i < span.end)]
    while toks and (toks[-1].is_punct or toks[-1].lower_ in ("which", "that", "who")):
        toks.pop()
    return "".join(t.text_with_ws for t in toks).strip()


def counted_unit(span: Span) -> str | None:
    """The counted noun's lemma when it directly follows the number ("33,523 defectors")."""
    doc = span.doc
    if span.end < len(doc):
        nxt = doc[span.end]
        if nxt.pos_ == "NOUN" and any(t.head.i == nxt.i for t in span) \
                and nxt.lemma_.lower() not in _SKIP_NOUNS:
            return nxt.lemma_.lower()
    return None
