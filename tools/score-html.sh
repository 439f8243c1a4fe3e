#!/usr/bin/env bash
# Scores the HTML body extraction on the development pages (shingle F1 of the public article-extraction benchmark).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="$root/../shared/data/html-extraction-dev"
mkdir -p "$root/artifacts"
"$root/newsgraph" extract "$data"/html/*.html.gz --format benchmark > "$root/artifacts/html-extraction-dev.json" || [ $? -eq 1 ]
python3 "$root/../shared/tools/score_html.py" "$data/ground-truth.json" "$root/artifacts/html-extraction-dev.json"
