import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "goldsets"))
from gold_lib import write  # noqa: E402
C = lambda source, entity, type, cue, content, kind, reported_by=None: dict(
    source=source, entity=entity, type=type, cue=cue, content=content, kind=kind, reported_by=reported_by)
SCH, MCC, JP = 'Chuck Schumer', 'Kevin McCarthy', 'Karine Jean-Pierre'
claims = [
    C(('Schumer', 'Schumer: '), SCH, 'PER', (':', 'Schumer: '), 'Republicans are playing chicken with the economy', 'direct'),
    C('Senate Majority Leader Chuck Schumer', SCH, 'PER', 'accused',
      'House Republicans on Wednesday of steering the country toward a government shutdown', 'indirect'),
    C('Senate Majority Leader Chuck Schumer', SCH, 'PER', 'saying',
      'a stopgap bill passed by the Senate was "the only train leaving the station."', 'mixed'),
    C(('Schumer', 'Schumer told'), SCH, 'PER', 'told',
      'Time is running out. Hundreds of thousands of federal workers will miss a paycheck if the House does not act,', 'direct'),
    C(('He', 'He added'), SCH, 'PER', 'added', 'the Senate would stay in session through the weekend if necessary', 'indirect'),
    C('House Speaker Kevin McCarthy', MCC, 'PER', 'rejected', 'the Senate measure as "dead on arrival"', 'mixed'),
    C('House Speaker Kevin McCarthy', MCC, 'PER', ('said', 'and said his chamber'),
      'his chamber would vote on its own package of spending cuts later this week', 'indirect'),
    C('the Congressional Budget Office', 'Congressional Budget Office', 'ORG', 'According to',
      'a shutdown lasting two weeks would cut economic growth in the fourth quarter by about 0.2 percentage points', 'indirect'),
    C('White House press secretary Karine Jean-Pierre', JP, 'PER', 'told',
      'President Joe Biden had spoken by phone with McCarthy on Tuesday evening', 'indirect'),
    C(('she', 'she said'), JP, 'PER', ('said', 'she said'), 'The president made it very clear: a deal is a deal,', 'direct'),
    C('The president', 'Joe Biden', 'PER', 'made it very clear', 'a deal is a deal', 'indirect',
      reported_by=('she', 'she said')),
    C(('she', 'she said'), JP, 'PER', ('said', 'she said'),
      'We are not going to negotiate again over something that was already settled.', 'direct'),
    C('Senate Minority Leader Mitch McConnell', 'Mitch McConnell', 'PER', 'Said',
      'Shutdowns are never a winning strategy.', 'direct'),
    C('Two officials familiar with the talks', None, 'OTHER', ('said', 'anonymity, said'),
      'the White House had not yet asked agencies to prepare detailed shutdown plans', 'indirect'),
    C('Representative Matt Gaetz of Florida', 'Matt Gaetz', 'PER', 'as saying',
      'he would move to remove McCarthy as speaker if he relied on Democratic votes', 'indirect', reported_by='Politico'),
    C(('Gaetz', 'Gaetz replied'), 'Matt Gaetz', 'PER', 'replied', "We'll see.", 'direct'),
    C('a senior Republican aide', None, 'PER', 'said',
      'Voters do not care who started it. They will punish whoever is in charge,', 'direct'),
    C('a senior Republican aide', None, 'PER', 'adding',
      'offices in New York and California were already receiving angry calls', 'indirect'),
    C("Moody's", "Moody's", 'ORG', 'warned',
      'a prolonged closure would be "credit negative" for the United States, which it still rates Aaa', 'mixed'),
    C('Analysts at Goldman Sachs', 'Goldman Sachs', 'OTHER', 'estimate',
      'each week of a shutdown subtracts about 0.15 percentage points from annualized growth', 'indirect'),
    C('Federal Reserve Chair Jerome Powell', 'Jerome Powell', 'PER', 'said',
      'the central bank does not comment on fiscal policy', 'indirect'),
]
P, O, G, L = 'PER', 'ORG', 'GPE', 'LOC'
SEN, HOU, WH = 'United States Senate', 'United States House of Representatives', 'White House'
entities = [
    ('Schumer', P, SCH),
    ('WASHINGTON', G, 'Washington, D.C.'), ('Reuters', O, 'Reuters'), ('Senate', O, SEN), ('Chuck Schumer', P, SCH),
    ('House', O, HOU), ('Senate', O, SEN),
    ('House', O, HOU), ('Schumer', P, SCH), ('Senate', O, SEN),
    ('House', O, HOU), ('Kevin McCarthy', P, MCC), ('Senate', O, SEN),
    ('Congressional Budget Office', O, 'Congressional Budget Office'),
    ('White House', O, WH), ('Karine Jean-Pierre', P, JP), ('CNN', O, 'CNN'), ('Joe Biden', P, 'Joe Biden'),
    ('McCarthy', P, MCC),
    ('Senate', O, SEN), ('Mitch McConnell', P, 'Mitch McConnell'),
    ('White House', O, WH), ('Office of Management and Budget', O, 'Office of Management and Budget'),
    ('Matt Gaetz', P, 'Matt Gaetz'), ('Florida', G, 'Florida'), ('Politico', O, 'Politico'), ('McCarthy', P, MCC),
    ('Gaetz', P, 'Matt Gaetz'),
    ('Senate', O, SEN), ('New York', G, 'New York'), ('California', G, 'California'),
    ('Capitol Hill', L, 'Capitol Hill'),
    ("Moody's", O, "Moody's"), ('United States', G, 'United States'), ('Goldman Sachs', O, 'Goldman Sachs'),
    ('Federal Reserve', O, 'Federal Reserve'), ('Jerome Powell', P, 'Jerome Powell'), ('Washington', G, 'Washington, D.C.'),
]
write('h03_us_shutdown.txt', claims, entities)
