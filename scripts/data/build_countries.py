#!/usr/bin/env python3
"""Derives data/world-countries.json from world-countries 5.1.0 (ODbL 1.0).

Same schema (the engine's countries loader reads it unchanged); three kinds of
names are removed because they fire on ordinary English text or steal
another entity's mentions:
  - alternative spellings, native names and translations that are common
    English words or given names ("Island" for Iceland, "Man" for the Isle
    of Man, "Maurice" for Mauritius);
  - alternative spellings equal to the country's own demonym ("Thai",
    "Togolese"): they are NORP mentions, which the demonyms give;
  - foreign names (alternative spellings, native names, translations) that
    are the name of a city of 100,000 people or more in data/geonames-cities.txt
    ("Brasilia" is Brazil in Finnish, "Salvador" El Salvador in many
    languages): in English text they are the city;
  - demonyms of dependent territories that repeat a sovereign country's after
    folding ("American" and the French "Américan" for the Northern Mariana
    Islands, "French" for the French Southern and Antarctic Lands, "Indian"
    for the British Indian Ocean Territory): "American" is the United States.
Every removal is printed. The result is a derivative database under ODbL 1.0
(data/LICENSES.md).

Usage: build_countries.py [--countries F] [--vocabulary F] [-o OUT]
"""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from geonames_common import PERSON_NAMES, fold, load_common_words  # noqa: E402


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.normpath(os.path.join(here, "..", ".."))
    shared = os.path.normpath(os.path.join(repo, "..", "shared"))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--countries", default=os.path.join(shared, "data", "world-countries.json"))
    ap.add_argument("--vocabulary", default=os.path.join(shared, "corpus", "wild-en.txt"))
    ap.add_argument("--cities", default=os.path.join(repo, "data", "geonames-cities.txt"))
    ap.add_argument("-o", "--output", default=os.path.join(repo, "data", "world-countries.json"))
    args = ap.parse_args()

    countries = json.load(open(args.countries, encoding="utf-8"))
    common = load_common_words(args.vocabulary, ratio=0.5)
    sovereign_demonyms = {fold(v) for c in countries if c.get("independent")
                          for d in c.get("demonyms", {}).values() for v in d.values() if v}

    big_cities = set()
    with open(args.cities, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 14 and cols[14].isdigit() and int(cols[14]) >= 100000:
                big_cities.update({fold(cols[1]), fold(cols[2])})

    def is_common(name):
        return fold(name) in common or fold(name) in PERSON_NAMES  # "Maurice" (Mauritius)

    removed = []
    for c in countries:
        cc = c["cca2"]
        english = {fold(c["name"]["common"]), fold(c["name"]["official"])}

        def is_city(name):
            return fold(name) in big_cities and fold(name) not in english

        demonyms = {fold(v) for d in c.get("demonyms", {}).values() for v in d.values() if v}
        keep = []
        for a in c.get("altSpellings", []):
            if is_common(a) or is_city(a) or (fold(a) in demonyms and fold(a) != fold(c["name"]["common"])):
                removed.append(f"{cc} altSpellings {a!r}")
            else:
                keep.append(a)
        c["altSpellings"] = keep
        for section in ("translations",):
            for lang, v in list(c.get(section, {}).items()):
                if (is_common(v["common"]) or is_common(v["official"]) or
                        is_city(v["common"]) or is_city(v["official"])):
                    removed.append(f"{cc} {section}.{lang} {v['common']!r}")
                    del c[section][lang]
        for lang, v in list(c["name"].get("native", {}).items()):
            if is_common(v["common"]) or is_city(v["common"]):
                removed.append(f"{cc} native.{lang} {v['common']!r}")
                del c["name"]["native"][lang]
        if not c.get("independent"):
            for lang, d in c.get("demonyms", {}).items():
                for g, v in d.items():
                    if v and fold(v) in sovereign_demonyms and fold(v) != fold(c["name"]["common"]):
                        removed.append(f"{cc} demonyms.{lang}.{g} {v!r}")
                        d[g] = ""
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        json.dump(countries, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    for r in removed:
        print("removed", r, file=sys.stderr)
    print(f"{args.output}: {len(countries)} countries, {len(removed)} names removed",
          file=sys.stderr)


if __name__ == "__main__":
    main()
