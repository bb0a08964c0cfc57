"""The command line: ``main(argv) -> int``, which tests call directly.

Exit status (spec/output-contract.md): 0 no finding at or above ``--fail-on``;
1 some; 2 bad usage or unreadable input (one line on stderr per bad file, no
traceback; the other files are still processed and printed).
"""

from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from . import __version__
from .errors import ClaimxError, InputError

_LEVEL = {"error": 2, "warning": 1, "info": 0}


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="claimx", description="Extract and check quantitative claims.")
    p.add_argument("--version", action="version", version=f"claimx {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    def inputs(sp):
        sp.add_argument("paths", nargs="+", help="files, directories (recursed) or - for stdin")
        sp.add_argument("--published", help="publication date YYYY-MM-DD (overrides the file)")
        sp.add_argument("--jobs", type=int, default=1, help="worker processes for a batch")
        sp.add_argument("--progress", action="store_true", help="show a progress bar on stderr")
        sp.add_argument("-o", "--output", help="write the report to this file instead of stdout")

    ex = sub.add_parser("extract", help="extract claims")
    inputs(ex)
    ex.add_argument("--format", choices=["json", "jsonl", "table"], default="json")

    ck = sub.add_parser("check", help="extract and check claims for consistency")
    inputs(ck)
    ck.add_argument("--format", choices=["text", "json", "jsonl", "markdown", "html", "sarif"],
                    default="text")
    ck.add_argument("--fail-on", choices=["error", "warning", "never"], default="error")
    ck.add_argument("--show-consistent", action="store_true")
    ck.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    ck.add_argument("--facts", nargs="?", const="", default=None, metavar="DIR",
                    help="check against reference facts in DIR (default: $CLAIMX_FACTS or gold/facts)")

    sub.add_parser("schema", help="print the JSON Schema of the output")

    ev = sub.add_parser("eval", help="score extraction against gold")
    ev.add_argument("gold", nargs="?", default="gold")
    ev.add_argument("--baseline", action="append", choices=["quantulum3", "spacy-ner"], default=[])
    ev.add_argument("--format", choices=["table", "json"], default="table")

    gd = sub.add_parser("gold", help="gold dataset tools")
    gsub = gd.add_subparsers(dest="gold_command", required=True)
    gv = gsub.add_parser("validate", help="check gold files against the models and texts")
    gv.add_argument("path", nargs="?", default="gold")
    return p


def _process(args: tuple[str, str, str | None, bool, str | None]):
    """One document; runs in a worker process for batches (pure in its inputs)."""
    path, text, published, check, facts_dir = args
    from .pipeline import check_article, extract_article
    from .text import make_article

    try:
        article = make_article(path, text, published)
        if check:
            from .facts import load_facts

            facts = load_facts(facts_dir or None) if facts_dir is not None else None
            report = check_article(article, facts=facts)
        else:
            report = extract_article(article)
    except ClaimxError as exc:
        return None, [str(exc)]
    except Exception as exc:  # noqa: BLE001  a bug on one document must not lose the batch
        return None, [f"internal error, please report it: {type(exc).__name__}: {exc}"]
    return report, list(article.warnings)


def _run_docs(ns, check: bool, err) -> tuple[list, dict, int]:
    from .text import expand_paths, read_input

    paths = expand_paths(ns.paths)
    jobs, texts, status = [], {}, 0
    for path in paths:
        try:
            text = read_input(path)
        except InputError as exc:
            print(f"claimx: {exc.path}: {exc.reason}", file=err)
            status = 2
            continue
        name = "<stdin>" if path == "-" else path
        texts[name] = text
        jobs.append((name, text, ns.published, check, getattr(ns, "facts", None)))
    if not jobs and not paths:
        print("claimx: no input files found", file=err)
        return [], texts, 2
    bar = None
    if ns.progress or (len(jobs) > 1 and err.isatty()):
        from tqdm import tqdm

        bar = tqdm(total=len(jobs), file=err, unit="doc", desc="claimx")
    reports = []
    if ns.jobs > 1 and len(jobs) > 1:
        with ProcessPoolExecutor(max_workers=ns.jobs) as pool:
            results = pool.map(_process, jobs)
            for res in results:
                reports.append(res)
                bar and bar.update()
    else:
        for job in jobs:
            reports.append(_process(job))
            bar and bar.update()
    bar and bar.close()
    out = []
    for (name, *_), (report, warnings) in zip(jobs, reports):
        if report is None:
            print(f"claimx: {name}: {warnings[0]}", file=err)
            status = 2
            continue
        for w in warnings:
            print(f"claimx: {report.document.path}: warning: {w}", file=err)
        out.append(report)
    return out, texts, status


def _emit(ns, text: str, out) -> None:
    if getattr(ns, "output", None):
        Path(ns.output).write_text(text, encoding="utf-8")
    else:
        out.write(text if text.endswith("\n") else text + "\n")


def main(argv: list[str] | None = None, out=None, err=None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    parser = _parser()
    try:
        ns = parser.parse_args(argv)
    except SystemExit as exc:
        return 0 if exc.code == 0 else 2
    try:
        return _dispatch(ns, out, err)
    except ClaimxError as exc:
        print(f"claimx: {exc}", file=err)
        return 2
    except KeyboardInterrupt:
        print("claimx: interrupted", file=err)
        return 2


def _dispatch(ns, out, err) -> int:
    if ns.command == "schema":
        from .models import Report

        _emit(ns, json.dumps(Report.model_json_schema(), indent=2), out)
        return 0
    if ns.command == "gold":
        from .gold import gold_files, validate_gold

        files = gold_files(Path(ns.path))
        if not files:
            print(f"claimx: {ns.path}: no gold files", file=err)
            return 2
        problems = [p for f in files for p in validate_gold(f)]
        for p in problems:
            print(p, file=out)
        print(f"{len(files)} gold files, {len(problems)} problems", file=out)
        return 1 if problems else 0
    if ns.command == "eval":
        from .evaluate import as_json, evaluate, render_table

        if not Path(ns.gold).exists():
            print(f"claimx: {ns.gold}: no such gold directory", file=err)
            return 2
        from .evaluate import evaluate_checks, render_check_table

        totals = evaluate(Path(ns.gold), ["claimx", *ns.baseline])
        checks = evaluate_checks(Path(ns.gold))
        if ns.format == "json":
            _emit(ns, json.dumps({**as_json(totals), "checker": checks.figures()}, indent=2), out)
        else:
            _emit(ns, render_table(totals) + "\n\nChecker findings against gold relations "
                  "(per verdict):\n" + render_check_table(checks), out)
        return 0
    from .report import RenderOptions, render

    check = ns.command == "check"
    if check and ns.facts is not None:
        from .facts import load_facts

        load_facts(ns.facts or None)  # a bad facts directory is a usage error, before any work
    reports, texts, status = _run_docs(ns, check, err)
    if reports:
        color = check and (ns.color == "always" or (ns.color == "auto" and out.isatty()))
        opts = RenderOptions(color=color, show_consistent=check and ns.show_consistent,
                             command=ns.command, texts=texts)
        _emit(ns, render(ns.format, reports, opts), out)
    if status:
        return status
    if check and ns.fail_on != "never":
        floor = _LEVEL[ns.fail_on]
        if any(_LEVEL[f.severity.value] >= floor and f.severity.value != "info"
               for r in reports for f in r.findings or ()):
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
