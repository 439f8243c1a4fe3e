#!/usr/bin/env python3
"""Build src/Newsgraph/Data/en/common_words.txt: words that news text writes in lower case.

A capitalised word at the start of a sentence or in a Title Case headline is a name only when the language does
not usually write it in lower case; this list answers that. Statistics only (no text) are derived from the
project's shared corpora: ../shared/data/news-unlabeled (BBC, Reuters-21578) and PolNeAR train texts (research use).
Usage: build_common_words.py OUT
"""
import glob
import re
import sys
from collections import Counter

MIN_LOWER = 3        # a word seen fewer times in lower case is too rare to call common
MIN_LOWER_SHARE = 0.67  # "today" (69%) in, "state" (65%, State Department) out
WORD = re.compile(r"[A-Za-z][a-z]*(?:[-'][A-Za-z]+)*")
texts = []
for corpus in ("bbc", "reuters21578"):
    with open(f"../shared/data/news-unlabeled/{corpus}.txt", encoding="utf-8") as f:
        texts.extend(line.split("\t", 1)[-1] for line in f)
for path in glob.glob("../shared/data/polnear/train/text/*.txt"):
    with open(path, encoding="utf-8") as f:
        texts.append(f.read().split("\n", 1)[-1])
lower, upper = Counter(), Counter()
for text in texts:
    for sentence in re.split(r"(?<=[.!?\"'”’])\s+|\n+", text):
        words = WORD.findall(sentence)
        for w in words[1:]:
            if w.islower():
                lower[w] += 1
            elif w[0].isupper() and w[1:].islower():
                upper[w.lower()] += 1
common = sorted(w for w, n in lower.items() if n >= MIN_LOWER and n / (n + upper[w]) >= MIN_LOWER_SHARE)
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("# Words news English writes in lower case mid-sentence (>= 67% of >= 3 uses), from counts over the BBC and\n")
    f.write("# Reuters-21578 news datasets and PolNeAR train texts (statistics only); built by tools/data/build_common_words.py.\n")
    f.write("\n".join(common) + "\n")
print(len(common), file=sys.stderr)
