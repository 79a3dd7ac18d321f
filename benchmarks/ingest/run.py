"""Ingest N generated articles into a fresh database and report speed, queries and rows written.

    .venv/bin/python benchmarks/ingest/run.py --count 1000 [--database sqlite|postgres]
        [--database-url URL] [--workers 1|2] [--split halves|same] [--bucket 100]
        [--reruns 1] [--seed 1] [--project DIR] [--keep] [--json] [--out FILE]

One worker runs in this process: each file goes through `article_ingest_path`, the service that
`manage.py ingest` calls, with the development settings' immediate task backend, so each new
article's extraction runs inside the call and is counted with it. Every statement is counted
through a `connection.execute_wrapper` (a queries log would overflow at 9,000). Two or more
workers run as `manage.py ingest` subprocesses over halves of the folder (or the same folder),
timed by the moment each output line arrives. Then `extract --all` runs `--reruns` times over
the unchanged articles, counting statements and the rows each table gained or lost.

PostgreSQL: a fresh database named bench_ingest_<pid> is created on the server of
`--database-url` (or DATABASE_URL), and dropped afterwards unless `--keep`.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

_WRITE = re.compile(r'^\s*(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)"?', re.IGNORECASE)


class QueryCounter:
    """An execute wrapper: statements by kind, and writes by table."""

    def __init__(self):
        self.kinds = Counter()
        self.writes = Counter()

    def __call__(self, execute, sql, params, many, context):
        kind = sql.lstrip().split(None, 1)[0].upper() if sql.strip() else "?"
        self.kinds[kind if kind in {"SELECT", "INSERT", "UPDATE", "DELETE"} else "other"] += 1
        match = _WRITE.match(sql)
        if match:
            self.writes[f"{match.group(1).split()[0].upper()} {match.group(2)}"] += 1
        return execute(sql, params, many, context)

    @property
    def total(self):
        return sum(self.kinds.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""))
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--split", choices=["halves", "same"], default="halves")
    parser.add_argument("--bucket", type=int, default=0, help="articles per bucket (default: "
                        "1000, or count/10 below 2,000)")  # fmt: skip
    parser.add_argument("--reruns", type=int, default=1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--project", default=str(HERE.parents[1]), help="checkout to measure")
    parser.add_argument("--keep", action="store_true", help="keep the database and articles")
    parser.add_argument("--database-name", help="PostgreSQL: the database to create (default: "
                        "bench_ingest_<pid>)")  # fmt: skip
    parser.add_argument("--json", action="store_true", help="print JSON instead of the table")
    parser.add_argument("--out", help="also write the JSON report to this file")
    args = parser.parse_args()
    bucket = args.bucket or (1000 if args.count >= 2000 else max(1, args.count // 10))
    project = Path(args.project).resolve()

    work = Path(tempfile.mkdtemp(prefix="bench_ingest_"))
    folder = work / "articles"
    paths = generate(args.count, folder, seed=args.seed)
    url, drop = _database(args, work)
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.dev"
    sys.path.insert(0, str(project))
    os.chdir(project)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    report = {
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
        "commit": _git(project, "describe", "--always", "--dirty"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, {connection.vendor}",
        "load_before": os.getloadavg(),
        "count": args.count,
        "workers": args.workers,
        "bucket": bucket,
    }
    call_command("migrate", verbosity=0)
    before = _tables(connection)
    if args.workers == 1:
        report["ingest"] = _ingest_in_process(paths, bucket)
    else:
        connection.close()
        report["ingest"] = _ingest_commands(paths, folder, args, bucket, url, project)
    after = _tables(connection)
    report["ingest"]["rows"] = _row_changes(before, after)
    report["database_bytes"] = _size(connection, url)
    report["reruns"] = []
    for _ in range(args.reruns):
        report["reruns"].append(_rerun(connection, call_command))
    report["load_after"] = os.getloadavg()
    connection.close()
    if not args.keep:
        drop()
        shutil.rmtree(work)
    report["kept"] = str(work) if args.keep else None
    if args.out:
        Path(args.out).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2) if args.json else _table(report))


def _database(args, work):
    """A URL for a new empty database, and a function that removes it."""
    if args.database == "sqlite":
        path = work / "bench.sqlite3"
        return f"sqlite:///{path}", lambda: None  # removed with the work folder
    if not args.database_url.startswith("postgres"):
        sys.exit("--database postgres needs --database-url or DATABASE_URL (postgres://...)")
    import psycopg

    name = args.database_name or f"bench_ingest_{os.getpid()}"
    parts = urlsplit(args.database_url)
    admin = urlunsplit(parts._replace(scheme="postgresql", path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop():
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return urlunsplit(parts._replace(scheme="postgres", path=f"/{name}")), drop


def _ingest_in_process(paths, bucket):
    from django.db import connection

    from newsroom.articles.services import RejectedInput, article_ingest_path
    from newsroom.extraction.extractors import extract

    # One-off start-up (spaCy's pipeline, the name indexes) is paid before the clock starts.
    extract(paths[0].read_text(encoding="utf-8"))
    per_article, outcomes = [], Counter()
    total = QueryCounter()
    start = time.perf_counter()
    for path in paths:
        counter = QueryCounter()
        t0 = time.perf_counter()
        with connection.execute_wrapper(counter):
            try:
                result = article_ingest_path(path)
                outcome = result.outcome
            except RejectedInput:
                outcome = "rejected"
        elapsed = time.perf_counter() - t0
        outcomes[outcome] += 1
        total.kinds.update(counter.kinds)
        total.writes.update(counter.writes)
        per_article.append((elapsed, counter, outcome))
        if len(per_article) % bucket == 0:  # progress, for a run cut short
            chunk = per_article[-bucket:]
            print(
                f"{len(per_article)}: {_rate([t for t, _, _ in chunk])} articles/s, "
                f"{_mean([c.total for _, c, _ in chunk])} queries/article",
                file=sys.stderr,
                flush=True,
            )
    wall = time.perf_counter() - start
    new = [c for _, c, outcome in per_article if outcome == "created"]
    totals = [c.total for c in new]
    return {
        "mode": "in-process service, 1 worker",
        "wall_s": round(wall, 1),
        "articles_per_s": round(len(paths) / wall, 2),
        "buckets": _buckets([t for t, _, _ in per_article], bucket),
        "outcomes": dict(outcomes),
        "queries_per_new_article": {
            "mean": round(statistics.mean(totals), 1) if totals else None,
            "median": statistics.median(totals) if totals else None,
            "max": max(totals, default=None),
            **{k: round(sum(c.kinds[k] for c in new) / len(new), 1) for k in _KINDS if new},
            "first_bucket_mean": _mean(totals[:bucket]),
            "last_bucket_mean": _mean(totals[-bucket:]),
        },
        "top_writes": dict(total.writes.most_common(12)),
    }


_KINDS = ["SELECT", "INSERT", "UPDATE", "DELETE", "other"]


def _mean(values):
    return round(statistics.mean(values), 1) if values else None


def _buckets(durations, bucket):
    """Articles per second in each consecutive group of `bucket` articles."""
    out = []
    for index in range(0, len(durations), bucket):
        chunk = durations[index : index + bucket]
        out.append({"from": index + 1, "to": index + len(chunk), "per_s": _rate(chunk)})
    return out


def _rate(chunk):
    return round(len(chunk) / sum(chunk), 2) if sum(chunk) else None


def _ingest_commands(paths, folder, args, bucket, url, project):
    """`manage.py ingest` in `args.workers` subprocesses; each output line is timestamped."""
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "config.settings.dev"}
    if args.split == "same":
        targets = [[str(folder)]] * args.workers
    else:
        targets = [[str(p) for p in paths[i :: args.workers]] for i in range(args.workers)]
    lines, lock = [], threading.Lock()

    def read(process, worker):
        for line in process.stdout:
            with lock:
                lines.append((time.perf_counter(), worker, line.rstrip("\n")))

    start = time.perf_counter()
    processes, readers = [], []
    for worker, target in enumerate(targets):
        command = [sys.executable, "manage.py", "ingest", *target]
        process = subprocess.Popen(
            command, cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        reader = threading.Thread(target=read, args=(process, worker))
        reader.start()
        processes.append(process)
        readers.append(reader)
    errors = [p.stderr.read() for p in processes]
    codes = [p.wait() for p in processes]
    for reader in readers:
        reader.join()
    wall = time.perf_counter() - start
    file_lines = [entry for entry in lines if ": " in entry[2]]
    outcomes = Counter(_outcome(text) for _, _, text in file_lines)
    moments = sorted(t for t, _, _ in file_lines)
    gaps = [b - a for a, b in zip([start, *moments], moments, strict=False)]
    created = outcomes["created"] + outcomes["created, extraction failed"]
    return {
        "mode": f"{args.workers} x manage.py ingest ({args.split})",
        "wall_s": round(wall, 1),
        "articles_per_s": round(created / wall, 2),
        "buckets": _buckets(gaps, bucket),
        "outcomes": dict(outcomes),
        "exit_codes": codes,
        "rejected_lines": [text for _, _, text in file_lines if ": rejected" in text][:10],
        "failed_lines": [text for _, _, text in file_lines if "extraction failed" in text][:10],
        "stderr_tail": [e.strip().splitlines()[-1] for e in errors if e.strip()],
    }


def _outcome(text):
    if ": rejected" in text:
        return "rejected"
    if "extraction failed" in text:
        return "created, extraction failed"
    for word in ("created", "unchanged"):
        if f": {word}" in text:
            return word
    return "other"


def _rerun(connection, call_command):
    from django.core.management.base import CommandError

    before = _tables(connection)
    counter = QueryCounter()
    out = io.StringIO()
    t0 = time.perf_counter()
    with connection.execute_wrapper(counter):
        try:
            call_command("extract", everything=True, stdout=out)
            error = None
        except CommandError as problem:
            error = str(problem)
    wall = time.perf_counter() - t0
    lines = [line for line in out.getvalue().splitlines() if line.startswith("article ")]
    articles = len(lines) or 1
    after = _tables(connection)
    return {
        "articles": len(lines),
        "wall_s": round(wall, 1),
        "articles_per_s": round(len(lines) / wall, 2),
        "queries_per_article": round(counter.total / articles, 1),
        **{k: round(counter.kinds[k] / articles, 1) for k in _KINDS},
        "articles_reporting_writes": sum(bool(_WROTE.search(line)) for line in lines),
        "articles_failed": sum(": succeeded" not in line for line in lines),
        "error": error,
        "rows": _row_changes(before, after),
        "top_writes": dict(counter.writes.most_common(12)),
    }


# Counts in an `extract` line that mean rows written (matched, kept and skipped ones do not).
_WROTE = re.compile(
    r"\b(entities_created|aliases|mentions|roles|quotes|claims_created|evidence|disputed|deleted) "
    r"[1-9]"
)


def _tables(connection):
    """Each table's row count and largest primary key (inserts show as a larger key)."""
    out = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            if table.startswith(("django_", "auth_")):
                continue
            key = connection.introspection.get_primary_key_column(cursor, table)
            qn = connection.ops.quote_name
            select = f"SELECT COUNT(*), MAX({qn(key)}) FROM {qn(table)}" if key else None
            cursor.execute(select or f"SELECT COUNT(*), NULL FROM {qn(table)}")
            count, top = cursor.fetchone()
            out[table] = (count, top if isinstance(top, int) else None)
    return out


def _row_changes(before, after):
    """Per table: rows inserted (growth of the largest key) and deleted; totals for main and
    history tables."""
    tables, totals = {}, Counter()
    for table, (count, top) in after.items():
        old_count, old_top = before.get(table, (0, None))
        inserted = (top or 0) - (old_top or 0) if top is not None else max(count - old_count, 0)
        deleted = inserted - (count - old_count)
        if inserted or deleted:
            tables[table] = {"inserted": inserted, "deleted": deleted, "rows": count}
        group = "history" if "historical" in table else "main"
        totals[f"{group}_inserted"] += inserted
        totals[f"{group}_deleted"] += deleted
        totals[f"{group}_rows"] += count
    return {"totals": dict(totals), "tables": tables}


def _size(connection, url):
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_database_size(current_database())")
            return cursor.fetchone()[0]
    path = Path(url.removeprefix("sqlite:///"))
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def _git(project, *command):
    result = subprocess.run(["git", *command], cwd=project, capture_output=True, text=True)
    return result.stdout.strip()


def _table(report):
    ingest = report["ingest"]
    lines = [
        f"{report['date']}  commit {report['commit']}  {report['machine']}",
        f"load average before {tuple(round(x, 2) for x in report['load_before'])}, after "
        f"{tuple(round(x, 2) for x in report['load_after'])}",
        f"ingest: {ingest['mode']}, {report['count']} articles, {ingest['wall_s']} s, "
        f"{ingest['articles_per_s']} articles/s; outcomes {ingest['outcomes']}",
        "  articles/s per bucket: "
        + ", ".join(f"{b['from']}-{b['to']}: {b['per_s']}" for b in ingest["buckets"]),
    ]
    first, last = ingest["buckets"][0]["per_s"], ingest["buckets"][-1]["per_s"]
    if first and last:
        lines.append(f"  last bucket costs {100 * (first / last - 1):+.1f}% per article vs first")
    if "queries_per_new_article" in ingest:
        q = ingest["queries_per_new_article"]
        lines.append("  queries per new article: " + ", ".join(f"{k} {v}" for k, v in q.items()))
    for key in ("rejected_lines", "failed_lines", "stderr_tail"):
        for text in ingest.get(key, [])[:5]:
            lines.append(f"  {key}: {text}")
    totals = ingest["rows"]["totals"]
    lines.append(
        f"  rows after ingest: main {totals['main_rows']}, history {totals['history_rows']}"
    )
    lines.append(f"database size: {report['database_bytes'] / 1e6:.1f} MB")
    for number, rerun in enumerate(report["reruns"], 2):
        t, tables = rerun["rows"]["totals"], rerun["rows"]["tables"]
        lines += [
            f"run {number} (extract --all, unchanged articles): {rerun['articles']} articles, "
            f"{rerun['wall_s']} s, {rerun['queries_per_article']} queries/article "
            f"(SELECT {rerun['SELECT']}, INSERT {rerun['INSERT']}, UPDATE {rerun['UPDATE']}, "
            f"DELETE {rerun['DELETE']}, other {rerun['other']}); "
            f"{rerun['articles_reporting_writes']} articles reported rows written, "
            f"{rerun['articles_failed']} failed",
            f"  rows: main +{t['main_inserted']} -{t['main_deleted']}, history "
            f"+{t['history_inserted']} -{t['history_deleted']}",
            "  by table (inserted/deleted): "
            + ", ".join(f"{n} {v['inserted']}/{v['deleted']}" for n, v in tables.items()),
        ]
        if rerun["error"]:
            lines.append(f"  error: {rerun['error']}")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
