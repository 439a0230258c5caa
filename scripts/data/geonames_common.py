"""Shared helpers for the scripts that derive sayso's data/ files from GeoNames.

Standard library only. Run by hand (see docs/data.md), never at build time.
"""

import os
import re
import unicodedata

# GeoNames dump columns (cities1000.txt and friends).
GEONAMEID, NAME, ASCIINAME, ALTERNATENAMES = 0, 1, 2, 3
FEATURE_CLASS, FEATURE_CODE, COUNTRY_CODE = 6, 7, 8
POPULATION = 14

_URL_RE = re.compile(r"https?:|www\.|\.(com|org|net|html?)\b", re.I)
_HAS_DIGIT_RE = re.compile(r"\d")
_CODE_RE = re.compile(r"^[A-Z0-9]{2,4}$")  # IATA/ICAO/FAA codes: KBP, UKBB, K2G4


def script_of(ch):
    """Returns a coarse script name for one character, or None for neutral ones."""
    cp = ord(ch)
    if ch.isspace() or not ch.isalpha():
        return None
    if cp < 0x0250 or 0x1E00 <= cp <= 0x1EFF:
        return "Latin"
    if 0x0370 <= cp <= 0x03FF or 0x1F00 <= cp <= 0x1FFF:
        return "Greek"
    if 0x0400 <= cp <= 0x052F:
        return "Cyrillic"
    if 0x0590 <= cp <= 0x05FF:
        return "Hebrew"
    if 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0xFB50 <= cp <= 0xFEFF:
        return "Arabic"
    if (0x3040 <= cp <= 0x30FF or 0x3400 <= cp <= 0x9FFF or 0xAC00 <= cp <= 0xD7AF
            or 0x1100 <= cp <= 0x11FF or 0xF900 <= cp <= 0xFAFF or 0x20000 <= cp <= 0x2FFFF):
        return "CJK"
    if 0x0250 <= cp <= 0x02FF:
        return "Latin"  # IPA letters used in some romanizations
    return "Other"


KEPT_SCRIPTS = {"Latin", "Greek", "Cyrillic", "Hebrew", "Arabic", "CJK"}


def keep_alternate_name(name):
    """True when an alternate name is worth matching in news text.

    Drops airport/ICAO codes, postcodes and anything with digits, links,
    names of two characters or fewer (Latin; one-character CJK names are
    dropped too), and names in scripts outside KEPT_SCRIPTS.
    """
    name = name.strip()
    if not name or _URL_RE.search(name) or _HAS_DIGIT_RE.search(name):
        return False
    scripts = {script_of(c) for c in name} - {None}
    if not scripts or not scripts <= KEPT_SCRIPTS:
        return False
    if scripts == {"CJK"}:
        return len(name) >= 2
    if len(name) <= 2:
        return False
    if _CODE_RE.match(name) and name.upper() == name:
        return False
    return True


def fold(text):
    """Approximates sayso::NormalizedKey: NFKC, case fold, diacritics off,
    dash/apostrophe/quote variants to ASCII. Used only by the scripts."""
    table = {0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2014: "-", 0x2015: "-",
             0x2212: "-", 0x2018: "'", 0x2019: "'", 0x201A: "'", 0x201B: "'", 0x02BC: "'",
             0x02B9: "'", 0x2032: "'", 0x60: "'", 0xB4: "'", 0x201C: '"', 0x201D: '"',
             0x201E: '"', 0x201F: '"', 0xAB: '"', 0xBB: '"'}
    text = text.translate(table)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return unicodedata.normalize("NFKC", text.casefold())


def read_geonames(path):
    """Yields each row of a GeoNames dump as a list of 19 strings."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            row = line.rstrip("\n").split("\t")
            if len(row) >= 15:
                yield row


def row_names(row):
    """name, asciiname and the kept alternate names, deduplicated in order."""
    seen, out = set(), []
    for i, n in enumerate([row[NAME], row[ASCIINAME]] + row[ALTERNATENAMES].split(",")):
        n = n.strip()
        if not n or (i >= 2 and not keep_alternate_name(n)):
            continue
        if n not in seen:
            seen.add(n)
            out.append(n)
    return out


_WORD_RE = re.compile(r"[a-z][a-z']*")


def load_vocabulary(path):
    """Lower-case English words of a corpus (a word seen written in lower case
    is a common word, not only a name). wild-en.txt is used, so that the corpus
    the cut is measured on (brown-press) stays out of the filter."""
    with open(path, encoding="utf-8") as f:
        return set(_WORD_RE.findall(f.read()))


def country_keys(countries_json_path):
    """Folded names, alternative spellings, translations and demonyms of every
    country: a city's alternate name equal to one of them ("America", "German")
    would only steal country mentions."""
    import json
    keys = set()
    with open(countries_json_path, encoding="utf-8") as f:
        for c in json.load(f):
            names = [c["name"]["common"], c["name"]["official"]] + c.get("altSpellings", [])
            for v in c["name"].get("native", {}).values():
                names += [v["common"], v["official"]]
            for v in c.get("translations", {}).values():
                names += [v["common"], v["official"]]
            for v in c.get("demonyms", {}).values():
                names += [v.get("m", ""), v.get("f", "")]
            keys.update(fold(n) for n in names if n)
    return keys


def curated_keys(tsv_path, types=("PER", "ORG", "NORP")):
    """Folded aliases of the curated TSV entities of the given coarse types,
    with their ids: a city alternate name equal to a person's or an
    organization's alias ("Stalin" for Donetsk, "Castro" for Chios) is dropped."""
    keys = {}
    if not os.path.exists(tsv_path):
        return keys
    with open(tsv_path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#") or line.startswith("id\t"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 3:
                continue
            etype = cols[1].split("/")[0]
            aliases = [cols[2]] + (cols[3].split("|") if len(cols) > 3 and cols[3] else [])
            for a in aliases:
                a = a.lstrip("+")
                t = etype
                if "@" in a:
                    a, t = a.rsplit("@", 1)
                if t in types:
                    keys.setdefault(fold(a), cols[0])
    return keys


class AliasFilter:
    """Decides which alternate names of a GeoNames row are shipped."""

    def __init__(self, vocabulary=(), countries=(), curated=None):
        self.vocabulary = set(vocabulary)
        self.countries = set(countries)
        self.curated = curated or {}

    def keep(self, row, name):
        if not keep_alternate_name(name):
            return False
        key = fold(name)
        primary = {fold(row[NAME]), fold(row[ASCIINAME])}
        if key in primary:
            return True
        if script_of(name[0]) == "Latin" and not any(c.isupper() for c in name):
            return False  # romanized transcriptions: "ma lin ka", "a fu di fu ka"
        if key in self.countries or key in self.curated:
            return False
        words = [w for w in re.split(r"[\s\-]+", key) if w]
        if words and all(w in self.vocabulary for w in words):
            return False  # "White House" (Casablanca), "Union", "University"
        return True

    def names(self, row):
        """name, asciiname and the kept alternate names, deduplicated."""
        seen, out = set(), []
        for i, n in enumerate([row[NAME], row[ASCIINAME]] + row[ALTERNATENAMES].split(",")):
            n = n.strip()
            if not n or (i >= 2 and not self.keep(row, n)):
                continue
            if n not in seen:
                seen.add(n)
                out.append(n)
        return out
