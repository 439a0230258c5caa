#!/usr/bin/env python3
"""Renders `sayso annotate --format html` in headless Chromium and checks it.

Runs the CLI on a gold article twice (jsonl, html), loads the page in headless
Chromium, and asserts on the DOM Chromium built (after running the page's
script) that:
  - the article text is intact (tags stripped, it is the input again);
  - every entity of the JSON output is highlighted with its type's class, its
    exact text, its id and a hover title with the canonical name;
  - every claim shows its content shaded, its cue, and its source linked to
    that source's entry in the "who claims what" panel;
  - the panel groups the claims by source entity exactly as the JSON says;
  - nothing is fetched from the network (no src=, no http(s) links).
Then takes a 1280x2000 screenshot and decodes the PNG (zlib, stdlib only) to
check it is not blank and shows each entity type's highlight colour and the
claim-content shade.

Exit codes: 0 pass, 1 fail, 77 skipped (no ../shared, or no Chromium).
Python 3 standard library only.
"""

import argparse
import html.parser
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

ARTICLE = "000_fc9db05e6dbfb01d"
SKIP = 77

# Background colours of the highlights (examples/cli/html.cc, kStyle).
TYPE_BACKGROUND = {
    "PER": (0xDB, 0xEA, 0xFE),
    "ORG": (0xFE, 0xF3, 0xC7),
    "GPE": (0xD1, 0xFA, 0xE5),
    "LOC": (0xCF, 0xFA, 0xFE),
    "NORP": (0xF3, 0xE8, 0xFF),
}
CONTENT_BACKGROUND = (0xFF, 0xF7, 0xD6)

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
    "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
    "--hide-scrollbars", "--force-device-scale-factor=1",
    "--disable-dev-shm-usage",  # small /dev/shm in CI containers
]

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


# --- DOM -------------------------------------------------------------------

class Node:
    def __init__(self, tag, attrs, parent):
        self.tag = tag
        self.attrs = dict(attrs)
        self.parent = parent
        self.children = []  # Nodes and str

    @property
    def classes(self):
        return set((self.attrs.get("class") or "").split())

    def text(self):
        return "".join(c if isinstance(c, str) else c.text()
                       for c in self.children)

    def walk(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.walk()

    def find_all(self, tag=None, cls=(), **attrs):
        cls = set([cls] if isinstance(cls, str) else cls)
        for n in self.walk():
            if tag and n.tag != tag:
                continue
            if not cls <= n.classes:
                continue
            if any(n.attrs.get(k.replace("_", "-")) != v
                   for k, v in attrs.items()):
                continue
            yield n


VOID = {"meta", "br", "img", "link", "input", "hr", "wbr", "source"}


class DomBuilder(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.cur)
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_endtag(self, tag):
        n = self.cur
        while n is not self.root and n.tag != tag:
            n = n.parent
        if n is not self.root:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def parse_dom(text):
    b = DomBuilder()
    b.feed(text)
    b.close()
    return b.root


# --- PNG -------------------------------------------------------------------

def decode_png(data):
    """Returns (width, height, channels, rows) for 8-bit RGB/RGBA PNGs."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat = 8, []
    width = height = channels = None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(
                ">IIBBBBB", body)
            if depth != 8 or color not in (2, 6) or interlace:
                raise ValueError(f"unsupported PNG: depth {depth} color "
                                 f"{color} interlace {interlace}")
            channels = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if f == 1:
            for i in range(channels, stride):
                line[i] = (line[i] + line[i - channels]) & 255
        elif f == 2:
            for i in range(stride):
                line[i] = (line[i] + prev[i]) & 255
        elif f == 3:
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 255
        elif f == 4:
            for i in range(stride):
                a = line[i - channels] if i >= channels else 0
                b = prev[i]
                c = prev[i - channels] if i >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, channels, rows


def count_colour(rows, channels, rgb):
    """Pixels of exactly this colour (alpha ignored)."""
    needle = bytes(rgb)
    n = 0
    for row in rows:
        at = row.find(needle)
        while at != -1:
            if at % channels == 0:
                n += 1
            at = row.find(needle, at + 1)
    return n


# --- the test --------------------------------------------------------------

def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def run_chromium(chromium, extra, url):
    profile = tempfile.mkdtemp(prefix="sayso-chromium-")
    try:
        return subprocess.run(
            [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *extra,
             url],
            capture_output=True, timeout=120, check=True)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def group_key(claim):
    s = claim.get("source")
    if s and s.get("id"):
        return ("id", s["id"])
    if s:
        return ("text", s["text"])
    return ("none", "")


def group_label(claim):
    s = claim.get("source")
    if s and s.get("id"):
        return s.get("canonical", "")
    return s["text"] if s else "(no source)"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sayso", required=True, help="the sayso CLI")
    ap.add_argument("--shared", required=True, help="the shared folder")
    ap.add_argument("--out", required=True, help="folder for page + PNG")
    args = ap.parse_args()

    article = os.path.join(args.shared, "gold", ARTICLE + ".txt")
    if not os.path.isfile(article):
        print(f"SKIPPED: {article} not found (the shared data folder is "
              "absent: html_view needs a sample article)")
        return SKIP
    chromium = find_chromium()
    if not chromium:
        print("SKIPPED: no chromium on PATH (scripts/deps.sh installs the "
              "Debian package chromium)")
        return SKIP
    os.makedirs(args.out, exist_ok=True)
    page = os.path.join(args.out, ARTICLE + ".html")
    png = os.path.join(args.out, ARTICLE + ".png")

    common = [args.sayso, "annotate", "--quiet", "--threads", "1"]
    out = subprocess.run(common + ["--format", "jsonl", article],
                         capture_output=True, check=True, timeout=120)
    result = json.loads(out.stdout.decode("utf-8").splitlines()[0])
    with open(page, "wb") as f:
        subprocess.run(common + ["--format", "html", article], stdout=f,
                       check=True, timeout=120)
    with open(page, "rb") as f:
        page_bytes = f.read()
    with open(article, "rb") as f:
        text_bytes = f.read()
    entities, claims = result["entities"], result["claims"]
    print(f"{article}: {len(entities)} entities, {len(claims)} claims; "
          f"page {len(page_bytes)} bytes")
    check(entities, "the pipeline found no entities: nothing to highlight")
    check(claims, "the pipeline found no claims: nothing in the panel")

    # Self-contained: no external resource.
    low = page_bytes.lower()
    check(b"src=" not in low, "the page loads an external resource (src=)")
    check(b"http://" not in low and b"https://" not in low,
          "the page refers to the network (http/https)")

    url = "file://" + os.path.abspath(page)
    dom_text = run_chromium(chromium, ["--dump-dom"], url).stdout.decode(
        "utf-8")
    with open(os.path.join(args.out, ARTICLE + ".dom.html"), "w",
              encoding="utf-8") as f:
        f.write(dom_text)
    dom = parse_dom(dom_text)

    articles = list(dom.find_all("article", "doc"))
    if not check(len(articles) == 1, f"{len(articles)} <article class=doc>"):
        return report()
    doc = articles[0]
    key = doc.attrs.get("id", "")
    text_divs = list(doc.find_all("div", "text"))
    check(len(text_divs) == 1, "no <div class=text>")
    if text_divs:
        shown = text_divs[0].text()
        want = text_bytes.decode("utf-8").replace("\r\n", "\n")
        check(shown == want, "the article text in the page is not the input "
              f"text ({len(shown)} vs {len(want)} characters)")

    # Entities: one highlight (possibly split in pieces) per JSON entity.
    types_seen = set()
    for i, e in enumerate(entities):
        pieces = list(doc.find_all("span", "m", data_m=f"{key}-m{i}"))
        if not check(pieces, f"entity {i} {e['text']!r} is not highlighted"):
            continue
        first = pieces[0]
        check(first.attrs.get("id") == f"{key}-m{i}",
              f"entity {i}: first piece has no id")
        check(f"t-{e['type']}" in first.classes,
              f"entity {i} {e['text']!r}: no class t-{e['type']}")
        check(first.attrs.get("data-entity") == e["id"],
              f"entity {i}: data-entity {first.attrs.get('data-entity')!r} "
              f"!= {e['id']!r}")
        title = first.attrs.get("title", "")
        check(title.startswith(f"{e['canonical']} · {e['type']} · {e['id']}"),
              f"entity {i}: hover title {title!r}")
        text = "".join(p.text() for p in pieces)
        check(text == e["text"], f"entity {i}: highlighted {text!r}, "
              f"expected {e['text']!r}")
        types_seen.add(e["type"])
    for t in sorted(types_seen):
        n = len(list(doc.find_all("span", ("m", f"t-{t}"))))
        print(f"  {t}: {n} highlights")
    # Every type the gold annotation has in this article must be shown.
    gold = os.path.join(args.shared, "gold", ARTICLE + ".json")
    if os.path.isfile(gold):
        with open(gold, encoding="utf-8") as f:
            gold_types = {e["type"] for e in json.load(f)["entities"]}
        check(gold_types <= types_seen, "no highlight of type(s) "
              f"{sorted(gold_types - types_seen)} (the article has them)")

    # Claims in the text.
    panel = next(doc.find_all("aside", "panel"), None)
    if not check(panel is not None, "no <aside class=panel>"):
        return report()
    h3 = [n.text() for n in panel.find_all("h3")]
    check("Who claims what" in h3, f"panel headings {h3}")
    for k, c in enumerate(claims):
        cid = f"{key}-c{k}"
        content = "".join(
            n.text() for n in doc.find_all("span", "content", data_claim=cid))
        check(content == c["content"]["text"],
              f"claim {k}: content {content!r}")
        check(next(doc.find_all(id=cid), None) is not None,
              f"claim {k}: no element with id {cid}")
        if c.get("cue"):
            cue = "".join(
                n.text() for n in doc.find_all("span", "cue", data_claim=cid))
            check(cue == c["cue"]["text"], f"claim {k}: cue {cue!r}")
        if c.get("source"):
            links = [n for n in doc.find_all(None, "source")
                     if cid in n.attrs.get("data-claim", "").split()]
            src = "".join(n.text() for n in links)
            check(src == c["source"]["text"], f"claim {k}: source {src!r}")
            if links:
                target = links[0].attrs.get("href", "")[1:]
                section = next(panel.find_all("section", "who", id=target),
                               None)
                check(section is not None,
                      f"claim {k}: source links to #{target}, not a panel "
                      "entry")
                if section is not None:
                    name = next(section.find_all("span", "who-name")).text()
                    check(name == group_label(c),
                          f"claim {k}: linked to {name!r}, expected "
                          f"{group_label(c)!r}")

    # The panel: one section per source, as many entries as claims.
    groups = {}
    for c in claims:
        groups.setdefault(group_key(c), []).append(c)
    sections = list(panel.find_all("section", "who"))
    check(len(sections) == len(groups),
          f"panel has {len(sections)} sources, expected {len(groups)}")
    entries = list(panel.find_all("li", "claim"))
    check(len(entries) == len(claims),
          f"panel lists {len(entries)} claims, expected {len(claims)}")
    labels = {}
    for g, members in groups.items():
        labels[group_label(members[0])] = len(members)
    for s in sections:
        name = next(s.find_all("span", "who-name")).text()
        n = len(list(s.find_all("li", "claim")))
        check(labels.get(name) == n,
              f"panel entry {name!r} lists {n} claims, expected "
              f"{labels.get(name)}")
        for li in s.find_all("li", "claim"):
            parts = [next(li.find_all("span", p), None)
                     for p in ("p-source", "p-cue", "p-content")]
            check(all(parts), f"panel entry under {name!r} lacks "
                  "source → cue → content")
    top = sorted(labels.items(), key=lambda kv: -kv[1])[:3]
    print(f"  panel: {len(sections)} sources, {len(entries)} claims; "
          f"top {top}")

    # Screenshot.
    if os.path.exists(png):
        os.remove(png)
    run_chromium(chromium, [f"--screenshot={png}", "--window-size=1280,2000"],
                 url)
    if not check(os.path.isfile(png), "no screenshot written"):
        return report()
    size = os.path.getsize(png)
    check(size > 50_000, f"screenshot is only {size} bytes")
    with open(png, "rb") as f:
        width, height, channels, rows = decode_png(f.read())
    check((width, height) == (1280, 2000), f"screenshot is {width}x{height}")
    # Not blank: many distinct colours on a coarse grid.
    grid = set()
    for y in range(0, height, 25):
        row = rows[y]
        for x in range(0, width, 16):
            grid.add(row[x * channels:x * channels + 3])
    check(len(grid) >= 20, f"screenshot looks blank: {len(grid)} colours "
          "on a 16x25 grid")
    print(f"  screenshot {png}: {size} bytes, {width}x{height}, "
          f"{len(grid)} grid colours")
    for t in sorted(types_seen):
        n = count_colour(rows, channels, TYPE_BACKGROUND[t])
        print(f"    {t} highlight colour: {n} pixels")
        check(n >= 100, f"screenshot: {t} highlight colour on {n} pixels")
    n = count_colour(rows, channels, CONTENT_BACKGROUND)
    print(f"    claim content shade: {n} pixels")
    check(n >= 1000, f"screenshot: claim content shade on {n} pixels")
    return report()


def report():
    for f in failures:
        print("FAIL:", f)
    if failures:
        print(f"{len(failures)} failures")
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
