"""The newsgraph command line: ingest, extract, timeline, quotes, actors, export, eval, demo, serve."""
from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import click

from .ingest import IngestError, read_articles
from .model import Article

DEFAULT_DB = "newsgraph.duckdb"
db_option = click.option("--db", "db_path", default=DEFAULT_DB, show_default=True,
                         type=click.Path(dir_okay=False), help="DuckDB database file.")


def report_error(err: IngestError) -> None:
    click.echo(f"error: {err}", err=True)


def split_inputs(paths):
    """Yields Articles, reporting unreadable inputs on stderr as it goes."""
    for item in read_articles(paths):
        if isinstance(item, IngestError):
            report_error(item)
        else:
            yield item


@click.group()
@click.version_option(package_name="newsgraph")
def main():
    """newsgraph: news articles in, a sourced, dated knowledge base of events, quotes and actors out."""


def analyses_of(articles, workers: int = 1, dask_address=None, batch_size: int = 16,
                sentence_level: bool = False):
    """Analyses of articles, in order: in this process, a local process pool or a Dask cluster.
    The model is loaded only when the first article arrives."""
    if workers > 1 or dask_address:
        from .scale import parallel_analyses

        yield from parallel_analyses(articles, workers, dask_address, sentence_level=sentence_level)
        return
    articles = iter(articles)
    first = next(articles, None)
    if first is None:
        return
    from itertools import chain

    from .analyze import Pipeline

    yield from Pipeline(sentence_level=sentence_level).pipe(chain([first], articles), batch_size=batch_size)


def ingest_paths(paths, db_path: str, batch_size: int = 16, quiet: bool = False,
                 workers: int = 1, dask_address=None) -> dict:
    """Reads, analyses, stores and links every new article under `paths`; returns counts."""
    from tqdm import tqdm

    from .link import link_articles
    from .store import Store

    stats = {"ingested": 0, "already_stored": 0, "errors": 0}
    with Store(db_path) as store:
        seen = set()

        def new_articles():
            for item in read_articles(paths):
                if isinstance(item, IngestError):
                    stats["errors"] += 1
                    report_error(item)
                elif item.id in seen or store.has_article(item.id):
                    stats["already_stored"] += 1
                else:
                    seen.add(item.id)
                    yield item

        bar = tqdm(unit=" articles", disable=quiet or None, file=sys.stderr, desc="ingest")
        stored = []
        for analysis in analyses_of(new_articles(), workers, dask_address, batch_size):
            if store.save(analysis):
                stored.append(analysis.article)
            bar.update(1)
            if len(stored) >= batch_size:
                link_articles(store, stored)  # near-duplicates, the same event across outlets, stories
                stats["ingested"] += len(stored)
                stored = []
        if stored:
            link_articles(store, stored)
            stats["ingested"] += len(stored)
        bar.close()
    return stats


workers_option = click.option("--workers", default=1, show_default=True,
                              help="Analyse on this many local processes.")
dask_option = click.option("--dask", "dask_address", default=None, metavar="ADDRESS",
                           help="Analyse on the Dask cluster whose scheduler is at ADDRESS (pip install 'newsgraph[scale]').")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@click.option("--batch-size", default=16, show_default=True)
@click.option("--quiet", is_flag=True, help="No progress bar.")
@workers_option
@dask_option
def ingest(paths, db_path, batch_size, quiet, workers, dask_address):
    """Reads .txt, .html, .json and .jsonl files (or folders of them) into the database."""
    stats = ingest_paths(paths, db_path, batch_size, quiet, workers, dask_address)
    click.echo(f"{stats['ingested']} articles ingested, {stats['already_stored']} already stored, "
               f"{stats['errors']} unreadable -> {db_path}")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--jsonl", "out", type=click.Path(dir_okay=False), default=None,
              help="Write here instead of standard output.")
@click.option("--sentence-level", is_flag=True,
              help="Each input is one sentence to code, as in PETRARCH or PLOVER sentence sets: a "
                   "sentence whose parties go unnamed keeps its best event, with no source or target, "
                   "and international bodies take CAMEO's country code IGO.")
@workers_option
@dask_option
def extract(paths, out, sentence_level, workers, dask_address):
    """Analyses articles without storing them; one gold-format JSON object per article."""
    from .output import to_gold

    stream = open(out, "w", encoding="utf-8") if out else sys.stdout
    try:
        for analysis in analyses_of(split_inputs(paths), workers, dask_address, sentence_level=sentence_level):
            stream.write(json.dumps(to_gold(analysis), ensure_ascii=False) + "\n")
    finally:
        if out:
            stream.close()


def print_events(rows) -> None:
    if not rows:
        click.echo("(no events)")
    for r in rows:
        who = ", ".join(r["source"] or []) or "?"
        whom = ", ".join(r["target"] or [])
        where = f" in {r['location']}" if r.get("location") else ""
        status = "" if r["status"] == "occurred" else f" [{r['status']}]"
        date = r["date"] or "????-??-??"
        arrow = f" -> {whom}" if whom else ""
        click.echo(f"{date:<10}  {r['type']:<9} {who}{arrow}{where}{status}")
        click.echo(f"            \u201c{_clip(r['evidence'], 110)}\u201d  ({r['article_id']})")


def print_quotes(rows) -> None:
    if not rows:
        click.echo("(no quotes)")
    for r in rows:
        click.echo(f"{r['speaker'] or '(unknown)'}: \u201c{_clip(r['text'], 160)}\u201d  ({r['article_id']})")


def _clip(s: str, n: int) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[: n - 1] + "\u2026"


@main.command()
@db_option
@click.option("--actor", "actors", multiple=True, help="Only events with this actor (repeatable: all must take part).")
@click.option("--since", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", help="Up to this date.")
@click.option("--type", "types", multiple=True, help="PLOVER event type (repeatable).")
@click.option("--status", "statuses", multiple=True, help="occurred, planned, ongoing... (repeatable).")
@click.option("--stories", "by_story", is_flag=True,
              help="Group events into stories (the same actors over a short period).")
@click.option("--json", "as_json", is_flag=True, help="JSON Lines instead of text.")
def timeline(db_path, actors, since, until, types, statuses, by_story, as_json):
    """Events in date order, with the sentence that states each."""
    from .store import Store

    with Store(db_path, read_only=not by_story) as store:
        if by_story:
            stories = store.stories(actors, since, until)
        else:
            rows = store.timeline(actors, since, until, types, statuses)
    if by_story:
        for story in stories:
            if as_json:
                click.echo(json.dumps(story, default=str, ensure_ascii=False))
                continue
            span = f"{story['date_start'] or '?'} .. {story['date_end'] or '?'}"
            click.echo(f"== {story['title']}  [{span}; {story['n_events']} events, {story['n_sources']} sources]")
            print_events(story["event_rows"])
        if not stories and not as_json:
            click.echo("(no stories)")
        return
    if as_json:
        for r in rows:
            click.echo(json.dumps(r, default=str, ensure_ascii=False))
    else:
        print_events(rows)


@main.command()
@db_option
@click.option("--speaker", help="Only quotes by this actor (any name form).")
@click.option("--text", help="Only quotes containing this text.")
@click.option("--all-kinds", is_flag=True, help="Include indirect and mixed speech.")
@click.option("--json", "as_json", is_flag=True)
def quotes(db_path, speaker, text, all_kinds, as_json):
    """Who said what."""
    from .store import Store

    with Store(db_path, read_only=True) as store:
        rows = store.quotes(speaker, text, () if all_kinds else ("direct",))
    if as_json:
        for r in rows:
            click.echo(json.dumps(r, default=str, ensure_ascii=False))
    else:
        print_quotes(rows)


@main.command()
@db_option
@click.option("--query", help="Only actors whose name or a mention contains this.")
@click.option("--json", "as_json", is_flag=True)
def actors(db_path, query, as_json):
    """Canonical actors with their article, mention, event and quote counts."""
    from .store import Store

    with Store(db_path, read_only=True) as store:
        rows = store.actors(query)
    for r in rows:
        if as_json:
            click.echo(json.dumps(r, default=str, ensure_ascii=False))
        else:
            click.echo(f"{r['name']:<40} {r['type']:<6} {r['country'] or '-':<4} "
                       f"articles={r['articles']} mentions={r['mentions']} events={r['events']} quotes={r['quotes']}")


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl", show_default=True)
@click.option("--table", default="events", show_default=True,
              type=click.Choice(["events", "quotes", "actors", "articles", "mentions", "timexes", "places", "article_actors"]))
@click.option("--out", type=click.Path(dir_okay=False), help="Output file (default: TABLE.FORMAT).")
def export(db_path, fmt, table, out):
    """Writes a table to JSON Lines, CSV or Parquet."""
    from .store import Store

    out = out or f"{table}.{fmt}"
    with Store(db_path, read_only=True) as store:
        n = store.export_table(table, out, fmt)
    click.echo(f"{n} rows -> {out}")


def example_paths() -> list[Path]:
    folder = resources.files("newsgraph") / "examples"
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith((".txt", ".json", ".jsonl", ".html")))


@main.command()
@click.option("--db", "db_path", default="newsgraph-demo.duckdb", show_default=True, type=click.Path(dir_okay=False))
def demo(db_path):
    """Ingests the built-in example articles and prints their timeline and quotes."""
    stats = ingest_paths(example_paths(), db_path, quiet=True)
    click.echo(f"{stats['ingested']} example articles ingested ({stats['already_stored']} already stored) -> {db_path}\n")
    from .store import Store

    with Store(db_path, read_only=True) as store:
        click.echo("== Timeline ==")
        print_events(store.timeline())
        click.echo("\n== Quotes ==")
        print_quotes(store.quotes(kinds=("direct",)))


@main.command("eval")
@click.option("--shared", type=click.Path(file_okay=False), default=None,
              help="Folder holding gold/ and peers/ (default: ../shared from here or from the repo).")
@click.option("--only", multiple=True, help="Run only these tasks (gold, own, sentences, places, tempeval, plover, petrarch, polnear, ngec, ecbplus).")
@click.option("--json", "as_json", is_flag=True)
def evaluate_cmd(shared, only, as_json):
    """Scores the pipeline on the gold and peer sets; prints precision / recall / F1 per task."""
    from .evaluate import find_shared, format_table, run_all

    shared_dir = find_shared(shared)
    if shared_dir is None:
        raise click.ClickException("no gold/peer folder found: pass --shared PATH")
    results = run_all(shared_dir, only=only)
    click.echo(json.dumps(results, indent=1) if as_json else format_table(results))


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--repeat", default=1, show_default=True, help="Rounds over the corpus; the best round of each kind is reported.")
def bench(paths, repeat):
    """Articles/second of the full pipeline next to a bare spaCy parse of the same corpus."""
    from .benchmark import run_benchmark

    click.echo(run_benchmark(paths or None, repeat=repeat))


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True)
@click.option("--ingest-token", envvar="NEWSGRAPH_INGEST_TOKEN", default=None,
              help="Enables POST /api/ingest for requests bearing this token (off by default).")
def serve(db_path, host, port, ingest_token):
    """Serves the REST API and the web UI."""
    import uvicorn

    from .api import create_app

    uvicorn.run(create_app(db_path, ingest_token), host=host, port=port)


if __name__ == "__main__":
    main()
