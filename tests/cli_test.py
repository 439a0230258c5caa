#!/usr/bin/env python3
"""Behaviour of the `sayso` command-line program (run by ctest).

Usage: cli_test.py PATH/TO/sayso [unittest args]
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

SAYSO = None


def run(args, stdin=None):
    p = subprocess.run([SAYSO] + args, input=stdin, capture_output=True, timeout=120)
    return p.returncode, p.stdout.decode('utf-8'), p.stderr.decode('utf-8')


class CliTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, name, data):
        path = os.path.join(self.dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'wb') as f:
            f.write(data.encode('utf-8') if isinstance(data, str) else data)
        return path

    def test_help_lists_subcommands_and_options(self):
        code, out, _ = run(['--help'])
        self.assertEqual(code, 0)
        self.assertIn('annotate', out)
        code, out, _ = run(['annotate', '--help'])
        self.assertEqual(code, 0)
        for option in ('--format', '--tokens', '--threads', '--input-format', '--glob', '--gazetteer'):
            self.assertIn(option, out)

    def test_usage_error_exits_2(self):
        code, _, err = run(['annotate', '--format', 'xml', 'x.txt'])
        self.assertEqual(code, 2)
        self.assertIn('--format', err)

    def test_jsonl_offsets_are_utf8_bytes(self):
        text = 'Київ said: “Hello.” Then he left.\n'
        path = self.write('a.txt', text)
        code, out, _ = run(['annotate', '-q', '--tokens', '--no-entities', '--no-claims', path])
        self.assertEqual(code, 0)
        lines = out.splitlines()
        self.assertEqual(len(lines), 1)
        doc = json.loads(lines[0])
        self.assertEqual(doc['doc'], path)
        raw = text.encode('utf-8')
        self.assertEqual(doc['entities'], [])
        self.assertEqual(doc['claims'], [])
        self.assertGreaterEqual(len(doc['sentences']), 2)
        for tok in doc['tokens']:
            self.assertEqual(raw[tok['start']:tok['end']].decode('utf-8'), tok['text'])
        self.assertEqual(doc['tokens'][0]['text'], 'Київ')
        self.assertEqual((doc['tokens'][0]['start'], doc['tokens'][0]['end']), (0, 8))
        first = doc['sentences'][0]
        self.assertEqual(first[0], 0)

    def test_tokens_only_with_flag(self):
        path = self.write('a.txt', 'One. Two.')
        _, out, _ = run(['annotate', '-q', '--no-entities', '--no-claims', path])
        self.assertNotIn('tokens', json.loads(out))

    def test_unreadable_file_is_reported_after_the_others(self):
        good1 = self.write('a.txt', 'First document.')
        good2 = self.write('b.txt', 'Second document.')
        missing = os.path.join(self.dir, 'missing.txt')
        code, out, err = run(['annotate', '-q', '--no-entities', '--no-claims', good1, missing, good2])
        self.assertEqual(code, 1)
        self.assertIn('missing.txt', err)
        docs = [json.loads(l)['doc'] for l in out.splitlines()]
        self.assertEqual(docs, [good1, good2])

    def test_stdin(self):
        code, out, _ = run(['annotate', '-q', '--no-entities', '--no-claims', '-'], stdin=b'From stdin.')
        self.assertEqual(code, 0)
        self.assertEqual(json.loads(out)['doc'], '-')

    def test_directory_glob_recursive_sorted(self):
        self.write('d/b.txt', 'B.')
        self.write('d/sub/a.txt', 'A.')
        self.write('d/skip.md', 'not me')
        code, out, _ = run(['annotate', '-q', '--no-entities', '--no-claims', '--glob', '*.txt',
                            os.path.join(self.dir, 'd')])
        self.assertEqual(code, 0)
        names = [os.path.relpath(json.loads(l)['doc'], self.dir) for l in out.splitlines()]
        self.assertEqual(names, ['d/b.txt', 'd/sub/a.txt'])

    def test_jsonl_input_keeps_ids_and_order_with_threads(self):
        lines = [json.dumps({'id': f'doc{i}', 'text': f'Sentence number {i}. Another one.'}) for i in range(200)]
        lines.insert(5, '{not json')
        path = self.write('in.jsonl', '\n'.join(lines) + '\n')
        code, out, err = run(['annotate', '-q', '--threads', '4', '--input-format', 'jsonl',
                              '--no-entities', '--no-claims', path])
        self.assertEqual(code, 1)
        self.assertIn('in.jsonl:6', err)
        docs = [json.loads(l) for l in out.splitlines()]
        self.assertEqual([d['doc'] for d in docs], [f'doc{i}' for i in range(200)])
        self.assertEqual(docs[7]['sentences'], [[0, 18], [19, 31]])

    def test_text_format(self):
        path = self.write('a.txt', 'Hello there.')
        code, out, _ = run(['annotate', '-q', '--format', 'text', '--no-entities', '--no-claims', path])
        self.assertEqual(code, 0)
        self.assertTrue(out.startswith('== ' + path + ': 1 sentences'))

    def test_summary_line_on_stderr(self):
        path = self.write('a.txt', 'Hello there.')
        code, _, err = run(['annotate', '--no-entities', '--no-claims', path])
        self.assertEqual(code, 0)
        self.assertRegex(err, r'sayso: 1 documents, 12 bytes, 0 entities, 0 claims, 0 failed, [0-9.]+ s')

    def test_invalid_utf8_keeps_offsets(self):
        raw = b'Bad \xff\xfe bytes. Next.'
        path = self.write('bad.txt', raw)
        code, out, _ = run(['annotate', '-q', '--tokens', '--no-entities', '--no-claims', path])
        self.assertEqual(code, 0)
        doc = json.loads(out)
        spans = [(t['start'], t['end'], t['kind']) for t in doc['tokens']]
        self.assertTrue(any(k == 'invalid' and s >= 4 and e <= 6 for s, e, k in spans))
        self.assertEqual(sum(e - s for s, e, k in spans if k == 'invalid'), 2)


if __name__ == '__main__':
    SAYSO = sys.argv.pop(1)
    unittest.main(verbosity=1)
