"""The CLI as users call it: contract JSON, exit codes, bad input, stdin."""

from __future__ import annotations

import io
import json

from claimx.cli import main

from .conftest import ROOT, SEED


def run(argv, stdin_bytes=None, monkeypatch=None):
    out, err = io.StringIO(), io.StringIO()
    if stdin_bytes is not None:
        import sys

        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin_bytes)))
    code = main(argv, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_extract_json_contract():
    code, out, _ = run(["extract", str(SEED), "--format", "json"])
    assert code == 0
    data = json.loads(out)
    text = SEED.read_text(encoding="utf-8")
    assert data["document"]["published"] == "2020-02-19"
    assert "findings" not in data
    for c in data["claims"]:
        assert text[c["start"] : c["end"]] == c["text"]
        for key in ("id", "kind", "value", "unit", "qualifier", "lower", "upper", "date",
                    "measure", "period", "sentence"):
            assert key in c


def test_last_year_resolves_to_2019():
    code, out, _ = run(["extract", str(SEED)])
    claims = json.loads(out)["claims"]
    assert {c["date"] for c in claims if c["text"] == "last year"} == {"2019"}


def test_no_claims_from_furniture():
    code, out, _ = run(["extract", str(SEED)])
    text = SEED.read_text(encoding="utf-8")
    furniture_end = text.index("Published February 19, 2020")
    tail = text.index("Return to the Peninsula")
    for c in json.loads(out)["claims"]:
        assert furniture_end <= c["start"] < tail, c


def test_bad_inputs_reported_and_rest_processed(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02abc")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9 costs 5 euros".encode("latin-1"))
    good = tmp_path / "good.txt"
    good.write_text("Some 35,000 people left in 2019.")
    code, out, err = run(["extract", str(tmp_path / "missing.txt"), str(empty), str(binary),
                          str(latin), str(good), "--format", "jsonl"])
    assert code == 2
    lines = err.strip().splitlines()
    assert len([l for l in lines if "warning" not in l]) == 4
    assert "Traceback" not in err
    for name, reason in (("missing.txt", "no such file"), ("empty.txt", "empty"),
                         ("bin.txt", "binary"), ("latin.txt", "UTF-8")):
        assert any(name in l and reason in l for l in lines), (name, lines)
    docs = [json.loads(l) for l in out.splitlines()]
    assert [d["document"]["path"] for d in docs] == [str(good)]


def test_failure_on_one_document_does_not_lose_the_batch(tmp_path, monkeypatch):
    # a bug in a rule on one article is reported as that file's one-line error; the
    # other files are still checked
    import claimx.checks.arithmetic  # noqa: F401  (registers the rule)
    from claimx.checks import RULES

    real = RULES["difference"]

    def broken(ctx):
        if "BREAK" in ctx.text:
            raise ValueError("boom")
        return real(ctx)

    monkeypatch.setitem(RULES, "difference", broken)
    bad, good = tmp_path / "bad.txt", tmp_path / "good.txt"
    bad.write_text("BREAK: they earned $1,720 and $2,220, a difference of about $500.")
    good.write_text("They earned $1,720 and $2,220, a difference of about $900.")
    code, out, err = run(["check", str(bad), str(good), "--format", "jsonl"])
    assert code == 2
    assert "Traceback" not in err
    assert any("bad.txt" in l and "internal error" in l and "boom" in l for l in err.splitlines()), err
    docs = [json.loads(l) for l in out.splitlines()]
    assert [d["document"]["path"] for d in docs] == [str(good)]
    assert [f["verdict"] for f in docs[0]["findings"]] == ["inconsistent"]


def test_stdin_and_published_override(monkeypatch):
    code, out, _ = run(["extract", "-", "--published", "2021-06-01"], b"It grew last year.", monkeypatch)
    data = json.loads(out)
    assert data["document"]["published_source"] == "option"
    assert data["claims"][0]["date"] == "2020"


def test_bad_published_is_usage_error():
    code, _, err = run(["extract", str(SEED), "--published", "someday"])
    assert code == 2 and "not a date" in err and "Traceback" not in err


def test_check_exit_codes():
    assert run(["check", str(SEED), "--fail-on", "never"])[0] == 0
    assert run(["check", str(SEED), "--fail-on", "warning"])[0] == 1
    code, out, _ = run(["check", str(SEED), "--format", "json"])
    data = json.loads(out)
    assert {f["severity"] for f in data["findings"]} <= {"warning", "error"}
    assert code == (1 if any(f["severity"] == "error" for f in data["findings"]) else 0)


def test_schema_is_generated_from_models():
    code, out, _ = run(["schema"])
    schema = json.loads(out)
    assert code == 0 and "Claim" in schema["$defs"] and "Finding" in schema["$defs"]


def test_directory_is_recursed():
    code, out, _ = run(["extract", str(ROOT / "corpus"), "--format", "jsonl"])
    assert code == 0 and len(out.splitlines()) == len(list((ROOT / "corpus").rglob("*.txt")))


def test_unknown_command_is_usage_error():
    assert run(["frobnicate"])[0] == 2
