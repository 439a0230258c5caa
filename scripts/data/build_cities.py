#!/usr/bin/env python3
"""Derives data/geonames-cities.txt from the GeoNames cities1000 dump.

Keeps the GeoNames column format (the engine's GeoNames loader reads it as it
reads cities1000.txt), with:
  - the population cut: population >= 15000 everywhere, and lower cuts for the
    countries whose small towns are in the news every day (Ukraine >= 1000,
    Russia and Belarus >= 5000). docs/data.md gives the measurement
    (scripts/data/measure_city_cut.py) that chose these numbers;
  - places under 100,000 people whose name is made of common English words
    only (Of, Union, University, Federal, Temple) or named like a common
    given name or surname (Warren, Marion, Howard, Davis) left out;
  - alternate names reduced to what helps news matching (geonames_common.AliasFilter):
    Latin, Cyrillic, Greek, Arabic, Hebrew and CJK names only; no airport codes,
    postcodes, digits, links, names of 2 characters or fewer, lower-case
    romanizations, no names that are common English words, country names,
    aliases of other curated entities (data/news-entities.tsv), names of
    another place as large, article-less forms ("Robert" for Le Robert), and
    Latin names unlike the place's own name (former and county names) for
    places under 250,000 or in English-speaking countries.

Usage: build_cities.py [--cities F] [--countries F] [--vocabulary F] [--tsv F] [-o OUT]
Standard library only; run by hand, the output is committed.
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from geonames_common import (ALTERNATENAMES, ASCIINAME, COUNTRY_CODE, NAME,  # noqa: E402
                             POPULATION, AliasFilter, common_word_place, country_keys,
                             curated_keys, fold, load_common_words, load_vocabulary,
                             person_name_place, read_geonames)

GLOBAL_CUT = 15000
COUNTRY_CUTS = {"UA": 1000, "RU": 5000, "BY": 5000}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.normpath(os.path.join(here, "..", ".."))
    shared = os.path.normpath(os.path.join(repo, "..", "shared"))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cities", default=os.path.join(shared, "data", "cities1000.txt"))
    ap.add_argument("--countries", default=os.path.join(shared, "data", "world-countries.json"))
    ap.add_argument("--vocabulary", default=os.path.join(shared, "corpus", "wild-en.txt"))
    ap.add_argument("--tsv", default=os.path.join(repo, "data", "news-entities.tsv"))
    ap.add_argument("-o", "--output", default=os.path.join(repo, "data", "geonames-cities.txt"))
    args = ap.parse_args()

    common_words = load_common_words(args.vocabulary)
    selected, dropped_common = [], []
    for row in read_geonames(args.cities):
        if int(row[POPULATION] or 0) < COUNTRY_CUTS.get(row[COUNTRY_CODE], GLOBAL_CUT):
            continue
        if common_word_place(row, common_words) or person_name_place(row):
            dropped_common.append(row[NAME])
            continue
        selected.append(row)
    primary_population = {}
    for row in selected:
        for n in (row[NAME], row[ASCIINAME]):
            k = fold(n)
            primary_population[k] = max(primary_population.get(k, 0), int(row[POPULATION] or 0))
    flt = AliasFilter(load_vocabulary(args.vocabulary), country_keys(args.countries),
                      curated_keys(args.tsv), primary_population)
    print(f"left out {len(dropped_common)} places named with common words or person names: "
          f"{', '.join(sorted(set(dropped_common))[:60])} ...", file=sys.stderr)
    rows = names_in = names_out = 0
    with open(args.output, "w", encoding="utf-8", newline="\n") as out:
        for row in selected:
            names_in += 2 + len([n for n in row[ALTERNATENAMES].split(",") if n])
            kept = flt.names(row)
            alternates = [n for n in kept if n not in (row[NAME], row[ASCIINAME])]
            row = list(row)
            row[ALTERNATENAMES] = ",".join(alternates)
            out.write("\t".join(row) + "\n")
            rows += 1
            names_out += len(kept)
    print(f"{args.output}: {rows} places, {names_out} names kept of {names_in}", file=sys.stderr)


if __name__ == "__main__":
    main()
