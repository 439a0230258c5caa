"""Turns a compact hand annotation (verbatim strings) into gold JSON with UTF-8 byte
offsets (the format of ../../../shared/gold/GUIDELINES.md). Offsets are computed, never typed:
a field is a verbatim string, or (string, anchor) where anchor is a unique longer string of the
article that contains it. Without an anchor, content must occur once in the article, the cue is
the occurrence nearest to the content, and the source the occurrence nearest to the cue."""
import json, re, sys


def _word_occurrences(raw, needle):
    out, pos = [], 0
    while True:
        i = raw.find(needle, pos)
        if i < 0:
            return out
        before = raw[i - 1:i].decode('utf-8', 'ignore') if i else ''
        after = raw[i + len(needle):i + len(needle) + 1].decode('utf-8', 'ignore')
        first = needle[:1].decode('utf-8', 'ignore')
        last = needle[-1:].decode('utf-8', 'ignore')
        ok_b = not (before.isalnum() and first.isalnum())
        ok_a = not (after.isalnum() and last.isalnum())
        if ok_b and ok_a:
            out.append(i)
        pos = i + 1


def _anchored(raw, field):
    text, anchor = field
    a = anchor.encode()
    if raw.count(a) != 1:
        sys.exit(f'anchor {anchor!r} occurs {raw.count(a)} times')
    return raw.find(a) + a.index(text.encode()), text


def _dist(s, e, span):
    cs, ce = span
    if e <= cs:
        return cs - e
    if s >= ce:
        return s - ce
    return 10**6  # inside the other span: only if nothing outside


def _nearest(raw, text, span, what):
    occ = _word_occurrences(raw, text.encode())
    if not occ:
        sys.exit(f'{what} {text!r} not found')
    n = len(text.encode())
    return min(occ, key=lambda s: _dist(s, s + n, span)), text


def build(doc, raw, claims, entities):
    out_claims = []
    for c in claims:
        con = c['content']
        if isinstance(con, tuple):
            cs, con = _anchored(raw, con)
        else:
            k = raw.count(con.encode())
            if k != 1:
                sys.exit(f'content {con!r} occurs {k} times: give an anchor')
            cs = raw.find(con.encode())
        ce = cs + len(con.encode())
        rec = {}
        cue = c.get('cue')
        if cue is None:
            cue_s = None
        elif isinstance(cue, tuple):
            cue_s, cue = _anchored(raw, cue)
        else:
            cue_s, cue = _nearest(raw, cue, (cs, ce), 'cue')
        ref = (cue_s, cue_s + len(cue.encode())) if cue is not None else (cs, ce)
        src = c.get('source')
        if src is None:
            src_s = None
        elif isinstance(src, tuple):
            src_s, src = _anchored(raw, src)
        else:
            src_s, src = _nearest(raw, src, ref, 'source')
        rb = c.get('reported_by')
        if rb is None:
            rb_s = None
        elif isinstance(rb, tuple):
            rb_s, rb = _anchored(raw, rb)
        else:
            rb_s, rb = _nearest(raw, rb, ref, 'reported_by')
        rec['source'] = src
        rec['source_start'] = src_s
        rec['source_end'] = None if src is None else src_s + len(src.encode())
        rec['source_entity'] = c['entity']
        rec['source_type'] = c['type']
        rec['cue'] = cue
        rec['cue_start'] = cue_s
        rec['cue_end'] = None if cue is None else cue_s + len(cue.encode())
        rec['content'] = con
        rec['content_start'] = cs
        rec['content_end'] = ce
        rec['kind'] = c['kind']
        rec['reported_by'] = rb
        rec['reported_by_start'] = rb_s
        rec['reported_by_end'] = None if rb is None else rb_s + len(rb.encode())
        out_claims.append(rec)
    out_ents, pos = [], 0
    for text, typ, canon in entities:
        occ = [o for o in _word_occurrences(raw, text.encode()) if o >= pos]
        if not occ:
            sys.exit(f'entity {text!r} not found after byte {pos}')
        s = occ[0]
        e = s + len(text.encode())
        out_ents.append({'text': text, 'type': typ, 'canonical': canon, 'text_start': s, 'text_end': e})
        pos = e
    for a, b in zip(out_ents, out_ents[1:]):
        if b['text_start'] < a['text_end']:
            sys.exit(f'overlapping mentions {a} {b}')
    return {'doc': doc, 'claims': out_claims, 'entities': out_ents}


def write(path_txt, claims, entities, show=True):
    raw = open(path_txt, 'rb').read()
    doc = path_txt.rsplit('/', 1)[-1]
    g = build(doc, raw, claims, entities)
    with open(path_txt[:-4] + '.json', 'w', encoding='utf-8') as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    if show:
        for c in g['claims']:
            ctx = lambda a, b: raw[max(0, a - 30):b + 12].decode('utf-8', 'replace').replace('\n', ' ') if a is not None else '-'
            print(f"  cue ctx: ...{ctx(c['cue_start'], c['cue_end'])}... | src ctx: ...{ctx(c['source_start'], c['source_end'])}...")
            print(f"[{c['source']!r} -> {c['source_entity']} {c['source_type']}] <{c['cue']}@{c['cue_start']}> "
                  f"{c['kind']}: {c['content']!r} rb={c['reported_by']!r}")
        covered = [(m['text_start'], m['text_end']) for m in g['entities']]
        # capitalized words not covered by any mention: for the annotator to review
        txt_unc = []
        for m in re.finditer(rb'[A-Z\xc3][\w\x80-\xff.\'-]*', raw):
            if not any(s <= m.start() < e for s, e in covered):
                txt_unc.append(m.group().decode('utf-8', 'replace'))
        print('mentions:', len(g['entities']), '| uncovered capitalized:', ' '.join(txt_unc))
    return g
