#!/usr/bin/env python3
"""Measures how a GeoNames population cut trades precision for recall on news.

For each cut, counts the capitalized, non-sentence-initial word sequences of a
news corpus (default: ../shared/corpus/brown-press.txt, US press 1961) that a
city alias would match (leftmost-longest), and splits them into
  - known non-places: aliases listed in NOT_PLACES below (hand-labelled from
    this corpus: common words, first names, surnames) or whose lower-case form
    is a frequent word of the corpus;
  - namesake hits: the alias is also a country's name or a curated entity's
    (America, England, Cuba, California, Stalin): a town carries it, but the
    text almost never means that town;
  - other hits (mostly real places, some unlabelled names).
It also reports which gold places (../shared/gold/*.json GPE mentions whose
canonical is a city) the cut keeps.

Usage: measure_city_cut.py [--cities F] [--corpus F] [--gold DIR] [--top N]
"""

import argparse
import collections
import glob
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from geonames_common import (ASCIINAME, COUNTRY_CODE, NAME, POPULATION,  # noqa: E402
                              AliasFilter, common_word_place, country_keys, curated_keys,
                              fold, load_common_words, load_vocabulary, person_name_place,
                              read_geonames)

CUTS = [1000, 5000, 10000, 15000, 25000, 50000, 100000, 250000, 500000]

# Hand-labelled from brown-press: city names that occur there capitalized but
# are not places in that text (people, words, organizations, months, ...).
NOT_PLACES = {
    # first names / surnames
    "mary", "warren", "marion", "john", "james", "william", "george", "charles", "robert",
    "paul", "frank", "henry", "thomas", "richard", "arthur", "edward", "joseph", "david",
    "kennedy", "lincoln", "jackson", "johnson", "wilson", "taylor", "hamilton", "franklin",
    "clinton", "madison", "washington", "jefferson", "monroe", "grant", "lee", "hughes",
    "palmer", "mitchell", "morris", "allen", "harris", "clark", "lewis", "martin", "nelson",
    "carter", "harrison", "andrews", "murray", "douglas", "stanley", "howard", "bradley",
    "carroll", "florence", "eugene", "austin", "tyler", "chester", "chandler", "spencer",
    "milton", "salem", "jerome", "elizabeth", "alexandria", "victoria", "augusta", "helena",
    "charlotte", "beatrice", "lawrence", "st. louis", "curtis", "ross", "perry", "garland",
    "maxwell", "fairfax", "wayne", "summit", "columbus", "roosevelt", "hoover", "dallas",
    "laurel", "hazel", "ruth", "irving", "herbert", "ralph", "walter", "louis", "leo",
    "harvey", "dean", "wesley", "gary", "sidney", "pierre", "marshall", "hudson", "ray",
    "lyndon", "cleveland", "mesa", "nixon", "mayo", "baker", "palmer", "kent", "norman",
    "orlando", "stuart", "jasper", "bristol", "shelby", "lakewood", "burke", "jordan",
    "moore", "ford", "phillips", "hayes", "hastings", "humboldt", "bedford", "boyd",
    "vernon", "mark", "luke", "matthew", "peter", "andrew", "simon", "adrian", "anna",
    "barbara", "joan", "jean", "dora", "virginia", "carolina", "angel", "christian",
    # words
    "of", "police", "mobile", "nice", "said", "reading", "will", "bar", "split", "march",
    "may", "june", "august", "university", "college", "union", "central", "independence",
    "liberty", "progress", "victory", "unity", "friendship", "opportunity", "mission",
    "commerce", "enterprise", "industry", "harmony", "paradise", "eden", "hope", "faith",
    "normal", "bath", "battle", "deal", "ware", "wells", "street", "river", "park", "post",
    "press", "republic", "democrat", "sun", "star", "times", "herald", "mercury", "globe",
    "senate", "house", "court", "congress", "assembly", "orange", "olive", "rose", "lily",
    "bay", "beach", "valley", "centre", "center", "plain", "plains", "ocean", "pacific",
    "national", "federal", "state", "city", "capitol", "grove", "garden", "gardens",
    "view", "vista", "wood", "woods", "fields", "field", "new", "old", "north", "south",
    "east", "west", "western", "eastern", "southern", "northern", "main", "public",
    "school", "church", "bank", "market", "commission", "council", "general", "royal",
    "temple", "trinity", "mount", "sharon", "bethlehem", "nazareth", "corinth", "athens",
    "troy", "sparta", "rome", "carthage", "memphis", "delta", "alpha", "omega", "phoenix",
    "all", "man", "van", "san", "des", "la", "le", "los", "el", "ban", "best", "gap",
    "home", "hall", "mills", "lincoln", "young", "white", "green", "brown", "black", "gray",
    "king", "queen", "prince", "duke", "earl", "bishop", "pope", "cardinal", "marshal",
    "sale", "bologna", "bar", "dover", "pittsburgh", "buffalo", "bismarck", "tripoli",
    "aurora", "venus", "mars", "jupiter", "saturn", "mercury", "triumph", "glory",
    "coldwater", "oxford", "cambridge", "yale", "harvard", "princeton", "stanford",
    "auburn", "tulane", "baylor", "purdue", "marquette", "villanova", "notre dame",
    "providence", "concord", "amity", "jamestown", "plymouth", "dodge", "buick",
    "cadillac", "mobile", "nash", "hudson", "colt", "winchester", "remington", "derby",
    "sterling", "pound", "franc", "mark", "dollar", "crown", "cheddar", "champagne",
    "cologne", "java", "bourbon", "scotch", "brandy", "china",
}


def corpus_hits(text, alias_index, max_len):
    """Yields (folded alias, sentence_initial) for leftmost-longest capitalized matches."""
    tokens = [(m.group(0), m.start()) for m in re.finditer(r"[^\W\d_][\w'’.\-]*", text)]
    i = 0
    while i < len(tokens):
        word, pos = tokens[i]
        if not word[0].isupper():
            i += 1
            continue
        best = 0
        for n in range(min(max_len, len(tokens) - i), 0, -1):
            words = [t[0] for t in tokens[i:i + n]]
            particles = ("of", "de", "la", "upon", "am")
            if not all(w[0].isupper() or w.lower() in particles for w in words):
                continue
            key = fold(" ".join(w.rstrip(".") if k == n - 1 else w for k, w in enumerate(words)))
            if key.endswith("'s"):
                key = key[:-2]
            if key in alias_index:
                best = n
                break
        if best:
            before = text[max(0, pos - 3):pos].rstrip()
            initial = (not before) or before[-1] in ".!?\"“”:\n" or pos == 0
            key = fold(" ".join(t[0] for t in tokens[i:i + best]).rstrip("."))
            if key.endswith("'s"):
                key = key[:-2]
            yield key, initial
            i += best
        else:
            i += 1


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    shared = os.path.normpath(os.path.join(here, "..", "..", "..", "shared"))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cities", default=os.path.join(shared, "data", "cities1000.txt"))
    ap.add_argument("--corpus", default=os.path.join(shared, "corpus", "brown-press.txt"))
    ap.add_argument("--gold", default=os.path.join(shared, "gold"))
    ap.add_argument("--top", type=int, default=0, help="print the N most frequent hits per band")
    ap.add_argument("--countries", default=os.path.join(shared, "data", "world-countries.json"))
    ap.add_argument("--vocabulary", default=os.path.join(shared, "corpus", "wild-en.txt"))
    ap.add_argument("--tsv", default=os.path.join(here, "..", "..", "data", "news-entities.tsv"))
    ap.add_argument("--raw", action="store_true", help="measure all alternate names, unfiltered")
    ap.add_argument("--country-cut", default="", help="per-country cuts, e.g. UA:1000,RU:5000")
    args = ap.parse_args()
    overrides = {k: int(v) for k, v in (x.split(":") for x in args.country_cut.split(",") if x)}

    rows = list(read_geonames(args.cities))
    if args.raw:
        flt = AliasFilter()
        flt.keep = lambda row, name: True
    else:
        common_words = load_common_words(args.vocabulary)
        rows = [r for r in rows if not (common_word_place(r, common_words) or person_name_place(r))]
        primary_population = {}
        for row in rows:
            for n in (row[NAME], row[ASCIINAME]):
                k = fold(n)
                primary_population[k] = max(primary_population.get(k, 0), int(row[POPULATION] or 0))
        flt = AliasFilter(load_vocabulary(args.vocabulary), country_keys(args.countries),
                          curated_keys(args.tsv), primary_population)
    max_pop = {}  # folded alias -> largest population (or country-cut bonus) carrying it
    for row in rows:
        pop = int(row[POPULATION] or 0)
        cc_cut = overrides.get(row[COUNTRY_CODE])
        if cc_cut is not None and pop >= cc_cut:
            pop = 10**9  # kept at every global cut
        for n in flt.names(row):
            k = fold(n)
            if pop > max_pop.get(k, -1):
                max_pop[k] = pop
    text = open(args.corpus, encoding="utf-8").read()
    lower_freq = collections.Counter(m.group(0) for m in re.finditer(r"\b[a-z][a-z']*\b", text))
    hits = collections.Counter()
    initial_hits = collections.Counter()
    for key, initial in corpus_hits(text, max_pop, 4):
        (initial_hits if initial else hits)[key] += 1

    def not_place(k):
        return k in NOT_PLACES or lower_freq.get(k, 0) >= 3

    # Namesakes: a town carrying the name of a country or of a curated
    # entity (America, England, Cuba, California, Stalin): the match is a
    # place, but almost never that town; it competes with the real referent.
    namesake_keys = country_keys(args.countries) | set(curated_keys(args.tsv))
    city_of_curated = {k for k, ids in curated_keys(args.tsv).items()
                       if any(i.startswith("geonames:") for i in ids)}
    namesake_keys -= city_of_curated

    # Gold GPE mentions whose canonical is a city or town (not a country, an
    # oblast or Donbas): the cut must keep a city carrying the mention's text.
    countries = country_keys(args.countries)
    gold_places = collections.Counter()
    for path in sorted(glob.glob(os.path.join(args.gold, "*.json"))):
        for m in json.load(open(path, encoding="utf-8"))["entities"]:
            c = m["canonical"]
            if m["type"] == "GPE" and fold(c) not in countries and not c.endswith("Oblast") \
                    and c not in ("Donbas", "United States", "United Kingdom"):
                gold_places[fold(m["text"])] += 1

    print("cut\taliases\thits\tnon_place_hits\tnamesake_hits\tother_hits\tbad_share\t"
          "gold_city_mentions_kept (texts)")
    for cut in CUTS:
        active = {k for k, p in max_pop.items() if p >= cut}
        h = {k: c for k, c in hits.items() if k in active}
        bad = sum(c for k, c in h.items() if not_place(k))
        namesake = sum(c for k, c in h.items() if not not_place(k) and k in namesake_keys)
        tot = sum(h.values())
        kept = sum(c for k, c in gold_places.items() if k in active)
        print(f"{cut}\t{len(active)}\t{tot}\t{bad}\t{namesake}\t{tot - bad - namesake}\t"
              f"{(bad + namesake) / max(tot, 1):.3f}\t"
              f"{kept}/{sum(gold_places.values())} "
              f"{sorted(k for k in gold_places if k not in active)}")
    if args.top:
        bands = list(zip(CUTS, CUTS[1:] + [10**10]))
        for lo, hi in bands:
            band = [(c, k) for k, c in hits.items() if lo <= max_pop[k] < hi]
            band.sort(reverse=True)
            print(f"\n# max population in [{lo}, {hi}): {sum(c for c, _ in band)} hits")
            print(", ".join(f"{k}{'*' if not_place(k) else ''}:{c}" for c, k in band[:args.top]))


if __name__ == "__main__":
    main()
