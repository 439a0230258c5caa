import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "goldsets"))
from gold_lib import write  # noqa: E402
C = lambda source, entity, type, cue, content, kind, reported_by=None: dict(
    source=source, entity=entity, type=type, cue=cue, content=content, kind=kind, reported_by=reported_by)
SE, SG, CB = 'Siemens Energy', 'Siemens Gamesa', 'Christian Bruch'
claims = [
    C('the German group', SE, 'ORG', ('said', 'group said'),
      'quality problems at its Siemens Gamesa wind turbine unit would cost an additional 600 million euros ($695 million) and delay its return to profit until 2028', 'indirect'),
    C('Chief Executive Christian Bruch', CB, 'PER', 'told',
      'the company had found faulty rotor bearings in about 300 onshore turbines installed in Germany, Spain and Brazil', 'indirect'),
    C(('Bruch', 'Bruch said. "But'), CB, 'PER', ('said', 'Bruch said. "But'),
      'This is painful, and I will not pretend otherwise,', 'direct'),
    C(('Bruch', 'Bruch said. "But'), CB, 'PER', ('said', 'Bruch said. "But'),
      'But we know where the problem is, we know how to fix it, and we are fixing it.', 'direct'),
    C(('He', 'He ruled out'), CB, 'PER', 'ruled out', 'a sale of the wind business', 'indirect'),
    C(('He', 'He ruled out'), CB, 'PER', 'saying',
      'Siemens Gamesa remained "strategically important" for the energy transition', 'mixed'),
    C(('Bruch', 'Bruch said:'), CB, 'PER', ('said', 'Bruch said:'), 'We do not comment on rumours.', 'direct'),
    C(('Siemens Energy', 'Siemens Energy said its'), SE, 'ORG', ('said', 'Energy said its'),
      'its gas turbine and grid technology divisions continued to perform strongly and that it was confirming its group revenue forecast for the fiscal year', 'indirect'),
    C('the Munich-based company', SE, 'ORG', ('said', 'company said.'),
      'Orders rose 12% to a record 15.6 billion euros in the fourth quarter', 'indirect'),
    C('Martin Hoffmann', 'Martin Hoffmann', 'PER', ('said', 'said Martin'),
      'Every time investors think the wind problems are behind them, a new one appears,', 'direct'),
    C('Jefferies analysts', 'Jefferies', 'OTHER', 'said',
      'the additional charges would wipe out most of the free cash flow the group had been expected to generate next year', 'indirect'),
    C('Deutsche Bank analyst Tom Kessler', 'Tom Kessler', 'PER', 'wrote',
      'the gas and grid businesses alone justified the current share price and that the sell-off was "an overreaction"', 'mixed'),
    C('two people familiar with the matter', None, 'OTHER', 'according to',
      'The German government, which provided a 7.5 billion-euro guarantee to the company in 2023, is watching closely', 'indirect'),
    # "declined to comment": no proposition, not a claim
    C('Siemens AG', 'Siemens', 'ORG', ('said', 'Energy, said'), 'it had no plans to change its holding', 'indirect'),
    C('Spanish Industry Minister Jordi Hereu', 'Jordi Hereu', 'PER', 'said',
      'he had asked the company for guarantees that jobs at the Gamesa plants in Navarre and the Basque Country would be protected', 'indirect'),
    C('The IG Metall union', 'IG Metall', 'ORG', 'said',
      'workers should not "pay the price for management mistakes"', 'mixed'),
    C('The IG Metall union', 'IG Metall', 'ORG', 'called for',
      "talks on the future of the wind unit's German sites", 'indirect'),
    C(('Siemens Energy', 'Siemens Energy disclosed'), SE, 'ORG', 'disclosed',
      'faulty components in its onshore turbines', 'indirect'),
    C(('Bruch', 'Bruch at the time'), CB, 'PER', 'described',
      'the situation as "much worse than I could imagine"', 'mixed'),
]
P, O, G, L, N = 'PER', 'ORG', 'GPE', 'LOC', 'NORP'
entities = [
    ('Siemens Energy', O, SE),
    ('Katharina Weber', P, 'Katharina Weber'),
    ('FRANKFURT', G, 'Frankfurt'), ('Siemens Energy', O, SE), ('German', N, 'Germany'), ('Siemens Gamesa', O, SG),
    ('Christian Bruch', P, CB), ('Germany', G, 'Germany'), ('Spain', G, 'Spain'), ('Brazil', G, 'Brazil'),
    ('Bruch', P, CB),
    ('Siemens Gamesa', O, SG), ('Bruch', P, CB),
    ('Siemens Energy', O, SE), ('Munich', G, 'Munich'),
    ('Martin Hoffmann', P, 'Martin Hoffmann'), ('Baader Bank', O, 'Baader Bank'), ('Jefferies', O, 'Jefferies'),
    ('Deutsche Bank', O, 'Deutsche Bank'), ('Tom Kessler', P, 'Tom Kessler'),
    ('German', N, 'Germany'), ('Economy Ministry', O, 'German Federal Ministry for Economic Affairs and Energy'),
    ('Berlin', G, 'Berlin'),
    ('Siemens AG', O, 'Siemens'), ('Siemens Energy', O, SE), ('Spanish', N, 'Spain'), ('Jordi Hereu', P, 'Jordi Hereu'),
    ('Madrid', G, 'Madrid'), ('Gamesa', O, SG), ('Navarre', G, 'Navarre'), ('Basque Country', G, 'Basque Country'),
    ('IG Metall', O, 'IG Metall'), ('German', N, 'Germany'),
    ('Siemens Energy', O, SE), ('Bruch', P, CB),
    ('Frankfurt', G, 'Frankfurt'),
]
write('b04_siemens_energy.txt', claims, entities)
