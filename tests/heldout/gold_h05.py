import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "goldsets"))
from gold_lib import write  # noqa: E402
C = lambda source, entity, type, cue, content, kind, reported_by=None: dict(
    source=source, entity=entity, type=type, cue=cue, content=content, kind=kind, reported_by=reported_by)
BOJ, UEDA, NODA = 'Bank of Japan', 'Kazuo Ueda', 'Yoshihiko Noda'
claims = [
    C(('Ueda', 'Ueda says'), UEDA, 'PER', 'says', 'no rush', 'direct'),
    C('Governor Kazuo Ueda', UEDA, 'PER', 'saying',
      'the central bank needed more time to judge whether wage gains would spread to smaller companies', 'indirect'),
    C(('Ueda', 'Ueda told'), UEDA, 'PER', 'told',
      'We are not in a rush. If the economy and prices move in line with our outlook, we will continue to raise the policy rate,', 'direct'),
    C(('Ueda', 'Ueda told'), UEDA, 'PER', ('told', 'Ueda told'),
      'But uncertainty over overseas economies, particularly U.S. trade policy, remains high.', 'direct'),
    C('the bank', BOJ, 'ORG', ('said', 'the bank said'), 'The decision was made by an 8-1 vote', 'indirect'),
    C('Board member Naoki Tamura', 'Naoki Tamura', 'PER', 'proposing',
      'an increase to 0.75 percent on the grounds that inflation risks were "skewed to the upside."', 'mixed'),
    C('the BOJ', BOJ, 'ORG', ('said', 'the BOJ said'),
      'it expects core consumer inflation of 2.4 percent in the fiscal year starting in April, up from 1.9 percent in its October projection', 'indirect'),
    C('Masamichi Adachi', 'Masamichi Adachi', 'PER', 'Said',
      'The market was hoping for a clear signal on March. It did not get one.', 'direct'),
    C('Prime Minister Shigeru Ishiba', 'Shigeru Ishiba', 'PER', ('said', 'October, said he'),
      'he respected the independence of the central bank', 'indirect'),
    C(('He', 'He added that his'), 'Shigeru Ishiba', 'PER', 'added',
      'his government would compile an extra budget to ease the burden of rising rice and energy prices', 'indirect'),
    C('Finance Minister Katsunobu Kato', 'Katsunobu Kato', 'PER', 'told',
      'Tokyo was watching currency moves "with a high sense of urgency" and would take "appropriate action against excessive moves."', 'mixed'),
    C('government sources', 'Japan', 'OTHER', 'as saying',
      'Japan had no plans to intervene before the U.S. Federal Reserve meets next week', 'indirect', reported_by='Kyodo News'),
    C('Opposition leader Yoshihiko Noda of the Constitutional Democratic Party of Japan', NODA, 'PER', 'criticized',
      "the government's response", 'indirect'),
    C(('Noda', 'Noda said'), NODA, 'PER', ('said', 'Noda said'), 'Households cannot wait for another package,', 'direct'),
    # one quote over two paragraphs (the first paragraph has no closing mark)
    C(('he', 'he continued'), NODA, 'PER', 'continued',
      'Prices of food have risen for three years in a row.\n\n“The government must cut the consumption tax on food now,', 'direct'),
    C('a Nikkei poll', 'Nikkei', 'ORG', 'According to',
      'support for the Ishiba cabinet fell to 32 percent, the lowest since it took office', 'indirect'),
    C('Analysts', None, 'OTHER', 'say',
      'the weak numbers could push the ruling party to seek a deal with the Democratic Party for the People before the upper house election in July', 'indirect'),
    C('Naomi Fink', 'Naomi Fink', 'PER', ('said', 'said Naomi Fink'), 'Rate hikes and elections do not mix well,', 'direct'),
    C('Naomi Fink', 'Naomi Fink', 'PER', 'expects', 'the next increase in April at the earliest', 'indirect'),
]
P, O, G, L, N = 'PER', 'ORG', 'GPE', 'LOC', 'NORP'
US = 'United States'
entities = [
    ('Bank of Japan', O, BOJ), ('Ueda', P, UEDA),
    ('TOKYO', G, 'Tokyo'), ('Kyodo', O, 'Kyodo News'), ('Bank of Japan', O, BOJ), ('Kazuo Ueda', P, UEDA),
    ('Ueda', P, UEDA), ('U.S.', G, US),
    ('Naoki Tamura', P, 'Naoki Tamura'),
    ('BOJ', O, BOJ),
    ('Masamichi Adachi', P, 'Masamichi Adachi'), ('Japan', G, 'Japan'), ('UBS Securities', O, 'UBS Securities'),
    ('Shigeru Ishiba', P, 'Shigeru Ishiba'), ('Liberal Democratic Party', O, 'Liberal Democratic Party'),
    ('Katsunobu Kato', P, 'Katsunobu Kato'), ('Tokyo', G, 'Tokyo'), ('Kyodo News', O, 'Kyodo News'), ('Japan', G, 'Japan'),
    ('U.S.', G, US), ('Federal Reserve', O, 'Federal Reserve'),
    ('Yoshihiko Noda', P, NODA), ('Constitutional Democratic Party of Japan', O, 'Constitutional Democratic Party of Japan'),
    ('Noda', P, NODA), ('Osaka', G, 'Osaka'),
    ('Nikkei', O, 'Nikkei'), ('Ishiba', P, 'Shigeru Ishiba'),
    ('Democratic Party for the People', O, 'Democratic Party for the People'),
    ('Naomi Fink', P, 'Naomi Fink'), ('Amova Asset Management', O, 'Amova Asset Management'),
]
write('h05_japan_boj.txt', claims, entities)
