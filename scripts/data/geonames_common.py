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


def load_vocabulary(path, min_count=1):
    """Lower-case English words of a corpus (a word seen written in lower case
    is a common word, not only a name). wild-en.txt is used, so that the corpus
    the cut is measured on (brown-press) stays out of the filter."""
    import collections
    with open(path, encoding="utf-8") as f:
        counts = collections.Counter(_WORD_RE.findall(f.read()))
    return {w for w, c in counts.items() if c >= min_count}


def load_common_words(path, min_lower=3, ratio=1.0):
    """Common English words of a corpus: written in lower case at least
    min_lower times and at least ratio times as often as capitalized inside a sentence
    (so names typed in lower case in chat, "anna", "adam", do not count)."""
    import collections
    lower, upper = collections.Counter(), collections.Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            for m in re.finditer(r"(?<![.!?] )(?<!^)\b([A-Za-z][a-z']*)\b", line.strip()):
                w = m.group(1)
                (lower if w[0].islower() else upper)[w.lower()] += 1
    return {w for w, c in lower.items() if c >= min_lower and c >= ratio * upper[w]}


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


def curated_keys(tsv_path):
    """Folded aliases of the curated TSV entities -> the ids carrying them: a
    city alternate name equal to a curated alias of another entity ("Stalin"
    for Donetsk, "Castro" for Chios, "Missouri" for Bozeman) is dropped."""
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
            aliases = [cols[2]] + (cols[3].split("|") if len(cols) > 3 and cols[3] else [])
            for a in aliases:
                a = a.lstrip("+")
                if "@" in a:
                    a = a.rsplit("@", 1)[0]
                if a:
                    keys.setdefault(fold(a), set()).add(cols[0])
    return keys


ANGLOPHONE = {"US", "GB", "CA", "AU", "NZ", "IE"}

# Alternate names that news uses far more often for something else: weapon
# systems (the Iskander missile, not Iskandar in Uzbekistan).
DENIED_ALTERNATES = {"iskander"}
_ARTICLES = ("the ", "le ", "la ", "les ", "el ", "al ", "al-", "los ", "las ", "il ", "lo ", "de ")


def similar(a, b):
    """True when b looks like a spelling or transliteration of a (Kiev/Kyiv,
    Kharkov/Kharkiv, Dnipropetrovsk/Dnipro), not another name (Franklin for
    Columbus, Morris for Ben Mehidi)."""
    import difflib
    if a[:3] == b[:3]:
        return True
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.5


# Common English given names and surnames that are also names of towns: in
# news text they name people far more often than these towns (Mary, Warren,
# Marion, Howard, Arnold, Davis ...). Hand-written list, general knowledge.
PERSON_NAMES = set("""
aaron abraham adams adrian albert alexander alfred allen alvin andrews anderson angela anna
arnold arthur austin baker barbara barry benjamin bennett bernard boyd bradley brooks bruce
burke burton byron calvin carl carlos carlson carol caroline carroll carter cecil charles
chester christian clara clark claude clayton clifford clinton colin collins conrad cooper
craig curtis dale daniel david davis dean dennis derek diana donald douglas duncan dwight
edgar edith edmund edward edwards elaine eleanor elizabeth ellis elmer emily emma eric
ernest eugene evans felix florence floyd ford francis frank franklin frederick garland
gary george gerald gilbert glenn gordon graham grant gregory griffin hamilton hanna hannah
harold harper harris harrison harvey hayes helen henderson henry herbert howard hubert
hughes hunter irving isabel ivan jack jackson james jane janet jasper jean jefferson jerome
jesse joan john johnson jones joseph joyce julia julian justin karen keith kelly kennedy
kent kevin kimberly lamar laura lawrence lee leo leon leonard leroy lester lewis lincoln
lloyd logan louis louise lucas luther lyndon madison marcus margaret maria marian marion
mark marshall martin mary mason matthew maurice maxwell melvin michael miller milton
miranda mitchell monroe moore morgan morris morton murray nancy nathan nelson nicholas
noel norman oliver oscar owen palmer parker patrick paul perry peter phillips pierce
porter powell preston ralph randolph ray raymond reed richard richardson robert roberts
robinson rogers roland ronald rose ross roy russell ruth ryan samuel sandra scott shaw
sherman shirley simon smith spencer stanley stephen stewart stuart sullivan susan taylor
theodore thomas thompson todd tracy travis tucker turner tyler vernon victor vincent
virgil wallace walker walter warren watson wayne wesley wheeler whitney william williams
wilson wright kyle carmen khan alice julie
""".split())


def person_name_place(row, max_population=100000):
    """A town under max_population named like a common given name or surname."""
    if int(row[POPULATION] or 0) >= max_population:
        return False
    return fold(row[ASCIINAME] or row[NAME]) in PERSON_NAMES


def common_word_place(row, vocabulary, max_population=100000):
    """A place under max_population whose name is made of common English
    word (Of, Union, University, Federal, Golden, Temple, Bay): its
    name fires on ordinary capitalized words far more often than it names
    the place in news, so the place is left out."""
    if int(row[POPULATION] or 0) >= max_population:
        return False
    words = [w for w in re.split(r"[\s\-]+", fold(row[ASCIINAME] or row[NAME])) if w]
    if len(words) == 2 and words[0] in ("the", "le", "la", "el"):
        words = words[1:]
    # Multi-word names ("Red Deer", "Mountain View") are names when capitalized.
    return len(words) == 1 and words[0] in vocabulary


class AliasFilter:
    """Decides which alternate names of a GeoNames row are shipped.

    primary_population maps a folded primary name (name, asciiname) to the
    largest population of a kept place with that name."""

    def __init__(self, vocabulary=(), countries=(), curated=None, primary_population=None):
        self.vocabulary = set(vocabulary)
        self.countries = set(countries)
        self.curated = curated or {}
        self.primary_population = primary_population or {}

    def keep(self, row, name):
        if not keep_alternate_name(name):
            return False
        key = fold(name)
        names = {fold(row[NAME]), fold(row[ASCIINAME])}
        if key in names:
            return True
        latin = script_of(name[0]) == "Latin"
        if latin and len(name) <= 3:
            return False  # "Ben" for Bern, "Rom": short variants fire on names and words
        if latin and not any(c.isupper() for c in name):
            return False  # romanized transcriptions: "ma lin ka", "a fu di fu ka"
        if key in self.countries:
            return False  # "America", "German": country names belong to countries
        if key in DENIED_ALTERNATES:
            return False
        owners = self.curated.get(key)
        if owners and "geonames:" + row[GEONAMEID] not in owners:
            return False  # another curated entity says it (unless this place's merge does too)
        words = [w for w in re.split(r"[\s\-]+", key) if w]
        if words and all(w in self.vocabulary for w in words):
            return False  # "White House" (Casablanca), "Union", "University"
        pop = int(row[POPULATION] or 0)
        if self.primary_population.get(key, -1) * 5 >= pop:
            return False  # "Berlin" for North Canton, "Victoria" for Vitória
        if any(n.startswith(a) and n[len(a):] == key for n in names for a in _ARTICLES):
            return False  # "Robert" for Le Robert
        if latin and key in PERSON_NAMES:
            return False  # "Julia" (Plovdiv), "Palmer" (Palmar de Varela), "Maurice"
        if latin and pop < 250000 and any(
                len(key) < len(n) and (n.startswith(key + " ") or n.startswith(key + "-")
                                       or n.endswith(" " + key) or
                                       (n.startswith(key) and len(key) >= 0.6 * len(n) - 4))
                for n in names):
            return False  # truncations: "Jefferson" (Jefferson City), "Victor" (Victorville)
        if latin and not any(similar(n, key) for n in names) and (
                row[COUNTRY_CODE] in ANGLOPHONE or pop < 250000):
            return False  # former or county names: "Franklin" (Columbus), "Julia" (Plovdiv)
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
