#!/usr/bin/env bash
# Ingest throughput, store size and query latency at N articles (default 10,000), on SQLite and, when
# NEWSGRAPH_TEST_POSTGRES names a server (scripts/postgres.sh), on PostgreSQL too. Not a test: figures for the record.
# The corpus is ../shared/data/news-unlabeled (one article a line: title<TAB>body), written as one text file per
# article (title, blank line, body) into folders of 1,000 under a temporary directory.
# Extra arguments go to bench-ingest, e.g. --synthetic-annotations (stand-in entities and quotes, so that the entity
# and quote queries have rows to read before the real components land).
#   scripts/throughput.sh [N] [--synthetic-annotations]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-10000}"
shift || true
data="$root/../shared/data/news-unlabeled"
work="$(mktemp -d /tmp/newsgraph-throughput.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# Beyond the ~23,000 real articles, article k is a synthetic one: the body of real article k mod M followed by the body
# of another, so each is distinct (own content hash) while the vocabulary stays real; such a corpus measures scale, and
# its story clusters mean nothing.
cat "$data/reuters21578.txt" "$data/bbc.txt" | awk -F'\t' -v n="$n" -v dir="$work/corpus" '
  BEGIN { m = 0 }
  length($2) > 0 { title[m] = $1; body[m] = $2; m++ }
  END {
    for (k = 0; k < n; k++) {
      if (k % 1000 == 0) { folder = sprintf("%s/%03d", dir, k / 1000); system("mkdir -p " folder) }
      i = k % m
      file = sprintf("%s/%06d.txt", folder, k)
      if (k < m) { print title[i] "\n\n" body[i] > file }
      else { j = (k * 7919 + 13) % m; print title[i] " (" k ")\n\n" body[i] " " body[j] > file }
      close(file)
    }
  }'
echo "corpus: $(find "$work/corpus" -type f | wc -l) files, $(du -sb "$work/corpus" | cut -f1) bytes, $(nproc) cores"

echo "== SQLite"
"$root/newsgraph" bench-ingest "$work/corpus" --store "$work/bench.db" "$@"

if [ -n "${NEWSGRAPH_TEST_POSTGRES:-}" ]; then
  echo "== PostgreSQL"
  schema="bench_$$"
  psql_url="$(echo "$NEWSGRAPH_TEST_POSTGRES" | tr ';' '\n')"
  host="$(echo "$psql_url" | sed -n 's/^Host=//p')"; port="$(echo "$psql_url" | sed -n 's/^Port=//p')"
  user="$(echo "$psql_url" | sed -n 's/^Username=//p')"; db="$(echo "$psql_url" | sed -n 's/^Database=//p')"
  psql -q -h "$host" -p "${port:-5432}" -U "$user" -d "$db" -c "CREATE SCHEMA $schema"
  "$root/newsgraph" bench-ingest "$work/corpus" --store "$NEWSGRAPH_TEST_POSTGRES;Search Path=$schema" "$@" || true
  psql -q -h "$host" -p "${port:-5432}" -U "$user" -d "$db" -c "SET client_min_messages = warning; DROP SCHEMA $schema CASCADE"
fi
