#!/usr/bin/env python3
"""Builds the seed corpora of the fuzz targets into OUT/<target>/.

Seeds come from ../shared/corpus and ../shared/gold (news text), the shared
GeoNames and world-countries files, data/*.tsv and fuzz/regressions/<target>/.
Anything missing is skipped. Usage: make_seeds.py OUT [--shared DIR]
"""
import argparse
import hashlib
import json
import os
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent


def chunks(text, size, limit):
    """Up to `limit` pieces of about `size` bytes, cut at line breaks."""
    out, start = [], 0
    while start < len(text) and len(out) < limit:
        end = text.find(b"\n", start + size)
        end = len(text) if end < 0 else end + 1
        out.append(text[start:end])
        start = end
    return out


def read(path):
    try:
        return pathlib.Path(path).read_bytes()
    except OSError:
        return None


def write(out, target, seeds):
    folder = pathlib.Path(out) / target
    folder.mkdir(parents=True, exist_ok=True)
    for seed in seeds:
        name = hashlib.sha1(seed).hexdigest()
        (folder / name).write_bytes(seed)
    return len(seeds)


HOSTILE = [
    b"\xc0\xaf overlong \xe0\x80\xaf \xf0\x80\x80\xaf",
    b"surrogate \xed\xa0\x80\xed\xbf\xbf end",
    b"truncated \xe2\x82 and \xf0\x9f\x98",
    b"stray \x80\xbf continuation",
    b"too big \xf4\x90\x80\x80 \xf5\xff\xfe",
    b"NUL \x00 inside\x00",
    b"\"" * 64 + b" he said " * 8,
    "“He said ‘she said “they said ‘yes’ ” ’ ”,” he said.".encode(),
    "Emoji 👩‍👩‍👧‍👦🇺🇦👍🏽 ok".encode(),
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = parser.parse_args()
    shared = pathlib.Path(os.environ.get("SAYSO_SHARED_DIR", args.shared))

    news = []
    gold = shared / "gold"
    if gold.is_dir():
        for path in sorted(gold.glob("*.txt")):
            news.append(path.read_bytes())
    for name in ("brown-press.txt", "wild-en.txt"):
        text = read(shared / "corpus" / name)
        if text:
            news += chunks(text, 1500, 40)
    news += HOSTILE
    counts = {}
    # Tokenizer: first byte = mode | policy << 1.
    counts["tokenizer_fuzzer"] = write(
        args.out, "tokenizer_fuzzer",
        [bytes([i % 4]) + t[:4000] for i, t in enumerate(news)])
    counts["sentence_fuzzer"] = write(args.out, "sentence_fuzzer",
                                      [t[:4000] for t in news])
    counts["pipeline_fuzzer"] = write(args.out, "pipeline_fuzzer",
                                      [t[:8000] for t in news])

    tsv = []
    for path in sorted((ROOT / "data").glob("*.tsv")):
        tsv += chunks(path.read_bytes(), 600, 30)
    tsv.append(b"# comment\nsayso:x\tORG/company\tX Corp\tX Co|+XC|Xers@NORP\tcountry=US\n")
    counts["tsv_loader_fuzzer"] = write(args.out, "tsv_loader_fuzzer", tsv)

    geonames = []
    for path in (shared / "data" / "cities1000.txt",
                 ROOT / "data" / "geonames-cities.txt"):
        text = read(path)
        if text:
            geonames += [bytes([0x1f]) + c for c in chunks(text, 2000, 20)]
    counts["geonames_loader_fuzzer"] = write(args.out, "geonames_loader_fuzzer",
                                             geonames or [b"\x1f"])

    countries = []
    text = read(shared / "data" / "world-countries.json")
    if text:
        data = json.loads(text)
        for i in range(0, min(len(data), 60), 3):
            countries.append(json.dumps(data[i:i + 3], ensure_ascii=False)
                             .encode())
    countries.append(b'[{"name": {"common": "X"}, "cca2": "XX"}]')
    counts["countries_json_fuzzer"] = write(args.out, "countries_json_fuzzer",
                                            countries)

    # Image: bit 0 = edit a valid image; records {op, u32 offset, u32 value}.
    image = [b"\x01", b"\x05", b"\x00SAYSOGZ1" + bytes(64)]
    for offset in (0, 8, 16, 20, 24, 32, 36, 40, 48, 64, 100, 200, 400):
        record = bytes([1]) + offset.to_bytes(4, "little") + b"\xff\0\0\0"
        image.append(b"\x01" + record)
        image.append(b"\x05" + bytes([0]) + offset.to_bytes(4, "little") +
                     b"\xff\xff\xff\x7f")
    image.append(b"\x03" + bytes(5) + (100).to_bytes(4, "little"))
    counts["gazetteer_image_fuzzer"] = write(args.out, "gazetteer_image_fuzzer",
                                             image)

    for target, n in counts.items():
        regressions = ROOT / "fuzz" / "regressions" / target
        if regressions.is_dir():
            seeds = [p.read_bytes() for p in regressions.iterdir()
                     if p.is_file()]
            counts[target] = n + write(args.out, target, seeds)
    print(" ".join(f"{t}={n}" for t, n in counts.items()))


if __name__ == "__main__":
    main()
