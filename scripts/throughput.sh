#!/usr/bin/env bash
# Ingest throughput, store size and query latency at N articles (default 10,000) with the full pipeline, on SQLite and,
# when NEWSGRAPH_TEST_POSTGRES names a server (scripts/postgres.sh), on PostgreSQL too. Not a test: figures for the record.
# The corpus is ../shared/data/news-unlabeled written by scripts/corpus.py in FORMAT (default text): text files, HTML
# pages, RSS or Atom feeds of 100 items, or gzipped WARC files of 1,000 captures. The run fails when the store does not
# hold exactly N articles afterwards (a reader losing articles, or deduplication merging distinct ones).
# Extra arguments go to bench-ingest (query words: --speaker, --about, --since, --entity, --search; --runs).
#   scripts/throughput.sh [N] [text|html|rss|atom|warc] [bench-ingest options]
# Settings: BACKENDS ("sqlite postgres" by default, postgres only with NEWSGRAPH_TEST_POSTGRES); KEEP=DIR keeps the SQLite
# store in DIR and the PostgreSQL schema bench_FORMAT_N, for timing the queries again later:
#   ./newsgraph bench-ingest --existing --store DIR/FORMAT-N.db
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-10000}"
format="${2:-text}"
shift 2 || shift $#
backends="${BACKENDS:-sqlite postgres}"
work="$(mktemp -d /tmp/newsgraph-throughput.XXXXXX)"
trap 'rm -rf "$work"' EXIT

python3 "$root/scripts/corpus.py" "$n" "$format" "$work/corpus"
echo "corpus: $n articles as $format, $(find "$work/corpus" -type f | wc -l) files, $(du -sb "$work/corpus" | cut -f1) bytes, $(nproc) cores"

check() {
  local stored
  stored="$(grep '^articles stored' "$1" | awk '{print $3}' | tr -d ,)"
  if [ "$stored" != "$n" ]; then
    echo "throughput.sh: $stored articles stored of $n written" >&2
    return 1
  fi
}

if [[ " $backends " == *" sqlite "* ]]; then
  echo "== SQLite ($(uptime | sed 's/.*load/load/'))"
  store="${KEEP:+$KEEP/$format-$n.db}"
  store="${store:-$work/bench.db}"
  rm -f "$store" "$store-wal" "$store-shm"
  "$root/newsgraph" bench-ingest "$work/corpus" --store "$store" "$@" | tee "$work/sqlite.out"
  echo "(after: $(uptime | sed 's/.*load/load/'))"
  check "$work/sqlite.out"
fi

if [[ " $backends " == *" postgres "* ]] && [ -n "${NEWSGRAPH_TEST_POSTGRES:-}" ]; then
  echo "== PostgreSQL ($(uptime | sed 's/.*load/load/'))"
  schema="bench_${format}_${n}"
  [ -z "${KEEP:-}" ] && schema="${schema}_$$"
  settings="$(echo "$NEWSGRAPH_TEST_POSTGRES" | tr ';' '\n')"
  host="$(echo "$settings" | sed -n 's/^Host=//p')"; port="$(echo "$settings" | sed -n 's/^Port=//p')"
  user="$(echo "$settings" | sed -n 's/^Username=//p')"; db="$(echo "$settings" | sed -n 's/^Database=//p')"
  pg() { psql -q -h "$host" -p "${port:-5432}" -U "$user" -d "$db" -c "SET client_min_messages = warning; $1"; }
  pg "DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema"
  status=0
  "$root/newsgraph" bench-ingest "$work/corpus" --store "$NEWSGRAPH_TEST_POSTGRES;Search Path=$schema" "$@" | tee "$work/postgres.out" || status=$?
  echo "(after: $(uptime | sed 's/.*load/load/'))"
  [ -z "${KEEP:-}" ] && pg "DROP SCHEMA $schema CASCADE"
  [ "$status" = 0 ] && check "$work/postgres.out"
fi
