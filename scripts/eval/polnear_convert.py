#!/usr/bin/env python3
"""Convert PolNeAR brat standoff (.ann, character offsets) into sayso gold JSON (UTF-8 byte offsets).

Usage: scripts/eval/polnear_convert.py TRAIN_DIR GOLD_DIR
  TRAIN_DIR holds <article>.txt and one <article>_<annotator>.ann per article (the first one found is used).
  GOLD_DIR receives <article>.json (format: ../shared/gold/GUIDELINES.md) and a byte-identical copy
  <article>.txt, so that score.py GOLD_DIR OUT.jsonl finds both.

Mapping (one claim per PolNeAR attribution event E):
  - Attribution and Attribution-no-source events both count; an event without a Content is skipped.
  - Spans that PolNeAR gives as several fragments ("a b;c d") become the fragment union's min..max.
    The number of fragments is kept in content_fragments / cue_fragments / source_fragments.
  - kind: "direct" if every content fragment, stripped of white space and trailing punctuation, is
    enclosed in quote marks; "mixed" if the content holds a quote mark otherwise; else "indirect".
  - source_entity/source_type: null (PolNeAR does not resolve sources). entities: [] (not annotated).
  - Extra fields (ignored by score.py): polnear_event, polnear_type, content_fragments, cue_fragments,
    source_fragments, content_polnear (the fragment texts joined by " | ").
PolNeAR offsets are Unicode code point offsets into the text as read with newline=''.
Prints statistics (events, skipped, discontinuous spans) to stderr.
"""
import glob, json, os, re, shutil, sys
from collections import Counter

OPEN_Q = '“"‘\'«„'
CLOSE_Q = '”"’\'»“'
ANY_Q = set('“”"«»„')  # apostrophe-like ‘ ’ ' are ambiguous: single quotes are checked separately
STRIP = ' \t\r\n.,;:!?…—–-'


def parse_ann(path):
    ents, events = {}, []
    for line in open(path, encoding='utf-8', newline=''):
        line = line.rstrip('\n')
        if not line:
            continue
        if line.startswith('T'):
            tid, mid, txt = line.split('\t')
            typ, rest = mid.split(' ', 1)
            frags = [tuple(map(int, f.split())) for f in rest.split(';')]
            ents[tid] = dict(type=typ, frags=frags, text=txt)
        elif line.startswith('E'):
            eid, args = line.split('\t')[:2]
            roles = {}
            for a in args.split():
                r, t = a.split(':')
                roles[r] = t
            events.append((eid, roles))
    return ents, events


def quoted(s):
    """True if s (stripped of space and outer punctuation) is wholly inside one pair of quote marks."""
    t = s.strip(STRIP)
    if len(t) < 2:
        return False
    if t[0] in '“"' and t[-1] in '”"':
        inner = t[1:-1]
        return not any(c in '“”"' for c in inner)
    if t[0] == '‘' and t[-1] == '’':
        return '‘' not in t[1:-1]
    if t.startswith("''") and t.endswith("'") and len(t) > 4:  # NYT: doubled apostrophes as quotes
        inner = t[2:].rstrip("'")
        return not re.search(r"(^|\s)''|''(\s|$)", inner)
    return False


def has_quote(s):
    return (any(c in ANY_Q for c in s) or "''" in s
            or bool(re.search(r'(^|\s)‘|’(\s|$)', s)))


def main():
    src, dst = sys.argv[1], sys.argv[2]
    os.makedirs(dst, exist_ok=True)
    stats = Counter()
    frag_hist = Counter()
    for txt_path in sorted(glob.glob(os.path.join(src, '*.txt'))):
        name = os.path.basename(txt_path)[:-4]
        anns = sorted(glob.glob(os.path.join(src, name + '_*.ann')))
        if not anns:
            continue
        text = open(txt_path, encoding='utf-8', newline='').read()
        raw = text.encode('utf-8')
        # char index -> byte offset
        b = [0] * (len(text) + 1)
        acc = 0
        for i, ch in enumerate(text):
            b[i] = acc
            acc += len(ch.encode('utf-8'))
        b[len(text)] = acc
        ents, events = parse_ann(anns[0])
        claims = []
        for eid, roles in events:
            stats['events'] += 1
            atype = next((r for r in roles if r.startswith('Attribution')), 'Attribution')
            stats['type:' + atype] += 1
            if 'Content' not in roles:
                stats['skipped_no_content'] += 1
                continue

            def span(role):
                t = roles.get(role)
                if t is None:
                    return None, None, 0, None
                fr = ents[t]['frags']
                s, e = min(f[0] for f in fr), max(f[1] for f in fr)
                return b[s], b[e], len(fr), fr

            cs, ce, cn, cfr = span('Content')
            ss, se, sn, _ = span('Source')
            us, ue, un, _ = span('Cue')
            frag_hist['content:%d' % min(cn, 3)] += 1
            if sn > 1:
                stats['source_discontinuous'] += 1
            if un > 1:
                stats['cue_discontinuous'] += 1
            if ss is None:
                stats['no_source'] += 1
            frag_texts = [text[s:e] for s, e in cfr]
            if all(quoted(f) for f in frag_texts):
                kind = 'direct'
            elif any(has_quote(f) for f in frag_texts):
                kind = 'mixed'
            else:
                kind = 'indirect'
            stats['kind:' + kind] += 1

            def dec(s, e):
                return None if s is None else raw[s:e].decode('utf-8')

            claims.append({
                'source': dec(ss, se), 'source_start': ss, 'source_end': se,
                'source_entity': None, 'source_type': None,
                'cue': dec(us, ue), 'cue_start': us, 'cue_end': ue,
                'content': dec(cs, ce), 'content_start': cs, 'content_end': ce,
                'kind': kind,
                'reported_by': None, 'reported_by_start': None, 'reported_by_end': None,
                'polnear_event': eid, 'polnear_type': atype,
                'content_fragments': cn, 'cue_fragments': un, 'source_fragments': sn,
                'content_polnear': ' | '.join(frag_texts),
            })
        claims.sort(key=lambda c: (c['content_start'], c['content_end']))
        stats['claims'] += len(claims)
        stats['articles'] += 1
        gold = {'doc': name + '.txt', 'annotator': os.path.basename(anns[0])[len(name) + 1:-4],
                'claims': claims, 'entities': []}
        with open(os.path.join(dst, name + '.json'), 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
        shutil.copyfile(txt_path, os.path.join(dst, name + '.txt'))
    for k in sorted(stats):
        print(f'{k}: {stats[k]}', file=sys.stderr)
    for k in sorted(frag_hist):
        print(f'{k}: {frag_hist[k]}', file=sys.stderr)


if __name__ == '__main__':
    main()
