"""The public entry point claimx.extract(text, published=None) -> list[Claim]."""


import claimx


def test_extract_callable_twice():
    """claimx.extract must stay the function after the first call (a subpackage of the
    same name used to shadow it once imported)."""
    first = claimx.extract("There were 5 people.")
    second = claimx.extract("There were 6 people.")
    assert [c.value for c in first] == [5.0]
    assert [c.value for c in second] == [6.0]


def test_extract_equals_extract_document():
    text = "There were some 35,000 people in 2019."
    assert claimx.extract(text, "2020-02-19") == list(claimx.extract_document(text, "2020-02-19").claims)


def test_empty_text():
    assert claimx.extract("") == []
