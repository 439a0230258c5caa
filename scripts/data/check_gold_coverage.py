#!/usr/bin/env python3
"""Checks that the built-in gazetteer sources can produce every gold entity mention.

Loads the three sources the way the engine does (data/world-countries.json, then
data/geonames-cities.txt, then data/news-entities.tsv, whose lines MERGE into an
earlier entity with the same id), and for every gold mention (text, type,
canonical) in ../shared/gold/*.json reports whether some alias, after the
engine's folding (case, diacritics, NFKC, dash/apostrophe variants; a
possessive 's is not part of a mention), names an entity with that canonical
name and that mention type. Case-sensitive (+) aliases must match exactly.
Also validates the TSV (columns, ids, types, attributes) and prints errors
as FILE:LINE: message.

Usage: check_gold_coverage.py [--gold DIR] [--data DIR] [--verbose]
Exit status 0 when every mention is covered and the TSV is valid, 1 otherwise,
77 (ctest's skip code) when the gold directory is absent.
"""

import argparse
import collections
import glob
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from geonames_common import (ALTERNATENAMES, ASCIINAME, GEONAMEID, NAME,  # noqa: E402
                             fold, read_geonames)

TYPES = {"PER", "ORG", "GPE", "LOC", "NORP"}


class Gazetteer:
    def __init__(self):
        self.entities = {}  # id -> {"type", "canonical"}
        # folded alias -> [(id, type override or None, exact text if case-sensitive)]
        self.aliases = collections.defaultdict(list)
        self.errors = []

    def add_alias(self, eid, text, override=None, case_sensitive=False):
        key = fold(text)
        if key.startswith("the ") and len(key) > 4:
            key = key[4:]
        self.aliases[key].append((eid, override, text if case_sensitive else None))

    def upsert(self, eid, etype, canonical):
        e = self.entities.setdefault(eid, {"type": etype, "canonical": canonical})
        if etype:
            e["type"] = etype
        if canonical:
            e["canonical"] = canonical
            self.add_alias(eid, canonical)

    def load_countries(self, path):
        for c in json.load(open(path, encoding="utf-8")):
            eid = "iso3166:" + c["cca2"]
            self.upsert(eid, "GPE", c["name"]["common"])
            names = [c["name"]["official"]] + c.get("altSpellings", [])
            names += [v["common"] for v in c["name"].get("native", {}).values()]
            names += [v["common"] for v in c.get("translations", {}).values()]
            for n in names:
                if n:
                    self.add_alias(eid, n, case_sensitive=len(n) <= 3 and n.isupper())
            for v in c.get("demonyms", {}).values():
                for g in ("m", "f"):
                    if v.get(g):
                        self.add_alias(eid, v[g], override="NORP")

    def load_geonames(self, path):
        for row in read_geonames(path):
            eid = "geonames:" + row[GEONAMEID]
            self.upsert(eid, "GPE", row[NAME])
            for n in [row[ASCIINAME]] + row[ALTERNATENAMES].split(","):
                if n:
                    self.add_alias(eid, n)

    def load_tsv(self, path):
        name = os.path.basename(path)
        first = True
        for line_no, line in enumerate(open(path, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if first and cols[0] == "id":
                first = False
                continue
            first = False

            def err(msg):
                self.errors.append(f"{name}:{line_no}: {msg}")

            if not 3 <= len(cols) <= 5:
                err(f"expected 3 to 5 tab-separated columns, found {len(cols)}")
                continue
            eid, etype, canonical = cols[0].strip(), cols[1].strip(), cols[2].strip()
            if not re.fullmatch(r"[a-z0-9]+:[^\s:][^\s]*", eid):
                err(f"bad id {eid!r}")
            coarse = etype.split("/")[0]
            if etype and coarse not in TYPES:
                err(f"bad type {etype!r}")
            if eid not in self.entities and (not etype or not canonical):
                err(f"new entity {eid} needs a type and a canonical name")
            if eid.startswith("geonames:") and eid not in self.entities:
                err(f"{eid} is not in the GeoNames file: the merge creates a new entity")
            self.upsert(eid, coarse if etype else None, canonical)
            seen = set()
            for a in (cols[3].split("|") if len(cols) > 3 and cols[3] else []):
                a = a.strip()
                if not a:
                    err("empty alias")
                    continue
                cs = a.startswith("+")
                a = a.lstrip("+")
                override = None
                if "@" in a:
                    a, override = a.rsplit("@", 1)
                    if override not in TYPES:
                        err(f"bad alias type {override!r}")
                if (a, override, cs) in seen:
                    err(f"duplicate alias {a!r}")
                seen.add((a, override, cs))
                self.add_alias(eid, a, override, cs)
            if len(cols) == 5 and cols[4].strip():
                for kv in cols[4].split(";"):
                    kv = kv.strip()
                    if not kv:
                        continue
                    if "=" not in kv:
                        err(f"bad attribute {kv!r}")
                        continue
                    k, v = kv.split("=", 1)
                    if k == "country" and not re.fullmatch(r"[A-Z]{2}", v):
                        err(f"bad country {v!r}")
                    if k == "population" and not v.isdigit():
                        err(f"bad population {v!r}")
                    if k == "prior":
                        try:
                            ok = 0 <= float(v) <= 1
                        except ValueError:
                            ok = False
                        if not ok:
                            err(f"bad prior {v!r}")

    def candidates(self, text):
        key = fold(text)
        for suffix in ("'s", "'"):
            if key.endswith(suffix) and key[:-len(suffix)] in self.aliases:
                key = key[:-len(suffix)]
        out = []
        for eid, override, exact in self.aliases.get(key, []):
            if exact is not None and exact != text and exact + "'s" != text.replace("’", "'"):
                continue
            e = self.entities[eid]
            out.append((eid, override or e["type"], e["canonical"]))
        return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.normpath(os.path.join(here, "..", ".."))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", default=os.path.join(repo, "..", "shared", "gold"))
    ap.add_argument("--data", default=os.path.join(repo, "data"))
    ap.add_argument("--verbose", action="store_true", help="list every mention")
    args = ap.parse_args()

    if not os.path.isdir(args.gold):
        print(f"SKIP: no gold directory at {args.gold}")
        return 77
    gz = Gazetteer()
    gz.load_countries(os.path.join(args.data, "world-countries.json"))
    gz.load_geonames(os.path.join(args.data, "geonames-cities.txt"))
    gz.load_tsv(os.path.join(args.data, "news-entities.tsv"))
    for e in gz.errors:
        print(e)

    total = covered = ambiguous = 0
    misses = collections.Counter()
    for path in sorted(glob.glob(os.path.join(args.gold, "*.json"))):
        for m in json.load(open(path, encoding="utf-8"))["entities"]:
            total += 1
            cands = gz.candidates(m["text"])
            ok = [c for c in cands if c[1] == m["type"] and c[2] == m["canonical"]]
            others = {(c[1], c[2]) for c in cands} - {(m["type"], m["canonical"])}
            if ok:
                covered += 1
                if others:
                    ambiguous += 1
            else:
                misses[(m["text"], m["type"], m["canonical"])] += 1
            if args.verbose or not ok:
                status = "ok " if ok else "MISS"
                alt = f"  (also: {sorted(others)[:4]})" if others else ""
                print(f"{status} {os.path.basename(path)[:3]} {m['text']!r} {m['type']} "
                      f"{m['canonical']!r}{alt}")
    print(f"entities={len(gz.entities)} aliases={sum(len(v) for v in gz.aliases.values())} "
          f"tsv_errors={len(gz.errors)}")
    print(f"gold mentions covered: {covered}/{total} ({100.0 * covered / max(total, 1):.1f}%), "
          f"of which ambiguous (another candidate too, ranking decides): {ambiguous}")
    return 0 if covered == total and not gz.errors else 1


if __name__ == "__main__":
    sys.exit(main())
