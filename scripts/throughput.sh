#!/usr/bin/env bash
# Ingest throughput, store size and query latency at N articles (default 10,000), on SQLite and, when
# NEWSGRAPH_TEST_POSTGRES names a server (scripts/postgres.sh), on PostgreSQL too. Not a test: figures for the record.
# The corpus is ../shared/data/news-unlabeled (one article a line: title<TAB>body), written as one text file per
# article (title, blank line, body) into folders of 1,000 under a temporary directory.
#   scripts/throughput.sh [N]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-10000}"
data="$root/../shared/data/news-unlabeled"
work="$(mktemp -d /tmp/newsgraph-throughput.XXXXXX)"
trap 'rm -rf "$work"' EXIT

cat "$data/reuters21578.txt" "$data/bbc.txt" | awk -F'\t' -v n="$n" -v dir="$work/corpus" '
  length($2) > 0 && count < n {
    if (count % 1000 == 0) { folder = sprintf("%s/%03d", dir, count / 1000); system("mkdir -p " folder) }
    file = sprintf("%s/%06d.txt", folder, count); print $1 "\n\n" $2 > file; close(file); count++
  }'
echo "corpus: $(find "$work/corpus" -type f | wc -l) files, $(du -sb "$work/corpus" | cut -f1) bytes, $(nproc) cores"

echo "== SQLite"
"$root/newsgraph" bench-ingest "$work/corpus" --store "$work/bench.db"

if [ -n "${NEWSGRAPH_TEST_POSTGRES:-}" ]; then
  echo "== PostgreSQL"
  schema="bench_$$"
  psql_url="$(echo "$NEWSGRAPH_TEST_POSTGRES" | tr ';' '\n')"
  host="$(echo "$psql_url" | sed -n 's/^Host=//p')"; port="$(echo "$psql_url" | sed -n 's/^Port=//p')"
  user="$(echo "$psql_url" | sed -n 's/^Username=//p')"; db="$(echo "$psql_url" | sed -n 's/^Database=//p')"
  psql -q -h "$host" -p "${port:-5432}" -U "$user" -d "$db" -c "CREATE SCHEMA $schema"
  "$root/newsgraph" bench-ingest "$work/corpus" --store "$NEWSGRAPH_TEST_POSTGRES;Search Path=$schema" || true
  psql -q -h "$host" -p "${port:-5432}" -U "$user" -d "$db" -c "SET client_min_messages = warning; DROP SCHEMA $schema CASCADE"
fi
