import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "goldsets"))
from gold_lib import write  # noqa: E402
C = lambda source, entity, type, cue, content, kind, reported_by=None: dict(
    source=source, entity=entity, type=type, cue=cue, content=content, kind=kind, reported_by=reported_by)
LM, JLC, AV = 'Luís Montenegro', 'José Luís Carneiro', 'André Ventura'
PS, AD = 'Socialist Party (Portugal)', 'Democratic Alliance (Portugal)'
claims = [
    # "Name, whose ..." : only the titled name is the source (NOTES §3)
    C('Prime Minister Luís Montenegro', LM, 'PER', 'said', 'the outcome was "irresponsible"', 'mixed'),
    C('Prime Minister Luís Montenegro', LM, 'PER', 'accused',
      'the opposition of "playing games with the salaries of teachers and nurses."', 'mixed'),
    C(('Montenegro', 'Montenegro told'), LM, 'PER', 'told',
      'Portugal does not need another campaign. It needs a budget,', 'direct'),
    C(('He', 'He said his government'), LM, 'PER', ('said', 'He said his government'),
      'his government would not resign and would present a revised proposal to parliament within 30 days', 'indirect'),
    C('Socialist leader José Luís Carneiro', JLC, 'PER', 'said',
      'the plan did too little for housing and relied on "optimistic revenue forecasts that nobody in Brussels believes."', 'mixed'),
    C(('He', 'He added'), JLC, 'PER', 'added',
      'his party was ready to negotiate "line by line" if the government dropped a proposed cut in corporate income tax', 'mixed'),
    C('Chega leader André Ventura', AV, 'PER', 'wrote',
      'the vote showed "the end of a government that has no plan for the Portuguese people"', 'mixed'),
    C('A spokesman for the Belém Palace', None, 'PER', 'said',
      'the head of state would receive party leaders from Monday and would "not take any decision in haste."', 'mixed'),
    C('Finance Minister Joaquim Miranda Sarmento', 'Joaquim Miranda Sarmento', 'PER', 'said',
      'the rejection would not put public accounts at risk, because the 2026 budget would be extended month by month', 'indirect'),
    C('the Public Finance Council', 'Portuguese Public Finance Council', 'ORG', 'According to',
      "a rolling budget would delay about 2 billion euros of investment financed by the European Union's recovery fund", 'indirect'),
    C('Analysts', None, 'OTHER', 'said', 'a snap vote was likely but not certain', 'indirect'),
    C('Paula Espírito Santo', 'Paula Espírito Santo', 'PER', ('said', 'said Paula'),
      'The president will want to avoid a fourth election, and the Socialists know voters are tired,', 'direct'),
    # a poll of an identifiable institution reports a finding (an estimate): annotated
    C('A poll by the Catholic University', 'Catholic University of Portugal', 'ORG', 'showed',
      'the Democratic Alliance at 31 percent, the Socialists at 26 percent and Chega at 22 percent', 'indirect'),
    C('A Commission official', None, 'PER', 'said',
      'Lisbon would have to meet its fiscal targets "whatever the political weather."', 'mixed'),
    C('Mário Nogueira', 'Mário Nogueira', 'PER', 'said',
      'teachers had "again been taken hostage" by the parties', 'mixed'),
]
P, O, G, L, N = 'PER', 'ORG', 'GPE', 'LOC', 'NORP'
entities = [
    ('Portuguese', N, 'Portugal'),
    ('LISBON', G, 'Lisbon'), ('Reuters', O, 'Reuters'), ('Portugal', G, 'Portugal'),
    ('Socialist Party', O, PS), ('PS', O, PS), ('Chega', O, 'Chega'),
    ('Assembly of the Republic', O, 'Assembly of the Republic'),
    ('Luís Montenegro', P, LM), ('Democratic Alliance', O, AD),
    ('Portugal', G, 'Portugal'), ('Montenegro', P, LM), ('São Bento Palace', L, 'São Bento Palace'),
    ('José Luís Carneiro', P, JLC), ('Brussels', G, 'Brussels'),
    ('Chega', O, 'Chega'), ('André Ventura', P, AV), ('X', O, 'X'), ('Portuguese', N, 'Portugal'),
    ('Council of State', O, 'Council of State (Portugal)'), ('Belém Palace', L, 'Belém Palace'),
    ('Joaquim Miranda Sarmento', P, 'Joaquim Miranda Sarmento'),
    ('Public Finance Council', O, 'Portuguese Public Finance Council'), ('European Union', O, 'European Union'),
    ('Paula Espírito Santo', P, 'Paula Espírito Santo'), ('University of Lisbon', O, 'University of Lisbon'),
    ('Catholic University', O, 'Catholic University of Portugal'), ('Democratic Alliance', O, AD),
    ('Chega', O, 'Chega'),
    ('European Commission', O, 'European Commission'), ('Commission', O, 'European Commission'),
    ('Lisbon', G, 'Lisbon'),
    ('Porto', G, 'Porto'), ('Mário Nogueira', P, 'Mário Nogueira'),
    ('National Federation of Teachers', O, 'National Federation of Teachers (Portugal)'),
    ('Fenprof', O, 'National Federation of Teachers (Portugal)'),
    ('Portugal', G, 'Portugal'), ('Lisbon', G, 'Lisbon'),
    ('Ana Ribeiro', P, 'Ana Ribeiro'), ('Miguel Pereira', P, 'Miguel Pereira'), ('Andrew Heavens', P, 'Andrew Heavens'),
]
write('b01_portugal_budget.txt', claims, entities)
