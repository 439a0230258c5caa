import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "goldsets"))
from gold_lib import write  # noqa: E402
C = lambda source, entity, type, cue, content, kind, reported_by=None: dict(
    source=source, entity=entity, type=type, cue=cue, content=content, kind=kind, reported_by=reported_by)
RF, HM, LULA = 'Renato Falcão', 'Helena Macedo', 'Luiz Inácio Lula da Silva'
MJ, PF = 'Brazilian Ministry of Justice and Public Security', 'Federal Police of Brazil'
claims = [
    # "defended" the amendment: a stance on an object, not a proposition; "saying" carries the claim
    C('Brazil’s Minister of Justice and Public Security, Renato Falcão', RF, 'PER', 'saying',
      'it would give the Federal Police new powers to fight organised crime “without taking a single police officer away from the states”', 'mixed'),
    C(('Falcão', 'Falcão said'), RF, 'PER', ('said', 'Falcão said'),
      'seizures of cocaine and weapons on the border with Paraguay and Bolivia had doubled in the past year, and that criminal factions such as the First Capital Command (PCC) now operated “like multinational companies”', 'mixed'),
    C('Seven governors', None, 'OTHER', 'called', 'it an attack on the autonomy of the states', 'indirect'),
    C('The governor of Goiás, Helena Macedo', HM, 'PER', 'told',
      'the plan would “centralise power in Brasília and decentralise responsibility.”', 'mixed'),
    C(('She', 'She claimed'), HM, 'PER', 'claimed',
      'her state had cut homicides by 40% since 2019 without any help from the federal government', 'indirect'),
    # fact-check passage: the records are attributed to identifiable sources
    C('Data from the Brazilian Public Security Forum', 'Brazilian Public Security Forum', 'ORG', 'show',
      'homicides in Goiás fell by 24% between 2019 and 2025, roughly in line with the national trend', 'indirect'),
    C('figures published by the Ministry of Justice', MJ, 'ORG', 'according to',
      'The state also received 310 million reais from the National Public Security Fund over the same period', 'indirect'),
    C('a spokesman for the Goiás government', None, 'PER', 'said',
      'the governor had been referring to figures for the capital, Goiânia, and not the whole state', 'indirect'),
    C(('Federal Police', 'Federal Police said'), PF, 'ORG', ('said', 'Police said'),
      'they had seized 12 tonnes of marijuana and 80 rifles in a single operation near Foz do Iguaçu, on the Triple Frontier with Paraguay and Argentina', 'indirect'),
    C('the police', PF, 'ORG', 'According to',
      'the shipment was headed for São Paulo and Rio de Janeiro', 'indirect'),
    C('Paraguay’s Interior Minister, Enrique Riera', 'Enrique Riera', 'PER', ('said', 'Riera, said'),
      'his country was cooperating fully with Brazilian authorities', 'indirect'),
    C(('he', 'he said.\n\nOpposition'), 'Enrique Riera', 'PER', ('said', 'he said.\n\nOpposition'),
      'Paraguay is not the problem. Paraguay is part of the solution,', 'direct'),
    C('Opposition leaders', None, 'OTHER', 'accused', 'the government of ignoring the north', 'indirect'),
    # "Name, from the state of X," is a description: the titled name is the source
    C('Senator Ana Paula Rocha', 'Ana Paula Rocha', 'PER', ('said', 'Amazonas, said'),
      'drug routes along the Solimões River had turned riverside towns into “war zones” and that the federal government had “abandoned” Manaus', 'mixed'),
    # "said that “…”": the content is wholly quoted
    C(('the president', 'the president said'), LULA, 'PER', ('said', 'president said'),
      'no governor loses power when the police work together,', 'direct'),
    C(('the president', 'the president said'), LULA, 'PER', 'urged',
      'Congress to vote on the amendment before the end of the year', 'indirect'),
    C('Itamaraty', 'Brazilian Ministry of Foreign Affairs', 'ORG', ('said', 'ministry, said'),
      'Colombian and Venezuelan officials are expected in Brasília next month for a regional meeting on border crime', 'indirect'),
]
P, O, G, L, N = 'PER', 'ORG', 'GPE', 'LOC', 'NORP'
PCC = 'Primeiro Comando da Capital'
entities = [
    ('Brazil', G, 'Brazil'), ('Lula', P, LULA),
    ('BRASÍLIA', G, 'Brasília'), ('Brazil', G, 'Brazil'), ('Renato Falcão', P, RF), ('Federal Police', O, PF),
    ('Chamber of Deputies', O, 'Chamber of Deputies of Brazil'), ('Falcão', P, RF), ('Paraguay', G, 'Paraguay'),
    ('Bolivia', G, 'Bolivia'), ('First Capital Command', O, PCC), ('PCC', O, PCC),
    ('Luiz Inácio Lula da Silva', P, LULA), ('Congress', O, 'National Congress of Brazil'),
    ('Goiás', G, 'Goiás'), ('Helena Macedo', P, HM), ('Brasília', G, 'Brasília'),
    ('Brazilian Public Security Forum', O, 'Brazilian Public Security Forum'), ('Goiás', G, 'Goiás'),
    ('National Public Security Fund', O, 'National Public Security Fund'), ('Ministry of Justice', O, MJ),
    ('Goiás', G, 'Goiás'), ('Goiânia', G, 'Goiânia'),
    ('Federal Police', O, PF), ('Foz do Iguaçu', G, 'Foz do Iguaçu'), ('Triple Frontier', L, 'Triple Frontier'),
    ('Paraguay', G, 'Paraguay'), ('Argentina', G, 'Argentina'), ('São Paulo', G, 'São Paulo'),
    ('Rio de Janeiro', G, 'Rio de Janeiro'),
    ('Paraguay', G, 'Paraguay'), ('Enrique Riera', P, 'Enrique Riera'), ('Asunción', G, 'Asunción'),
    ('Brazilian', N, 'Brazil'), ('Paraguay', G, 'Paraguay'), ('Paraguay', G, 'Paraguay'),
    ('Ana Paula Rocha', P, 'Ana Paula Rocha'), ('Amazonas', G, 'Amazonas'), ('Solimões River', L, 'Solimões River'),
    ('Manaus', G, 'Manaus'),
    ('Lula', P, LULA), ('Salvador', G, 'Salvador'), ('Congress', O, 'National Congress of Brazil'),
    ('Colombian', N, 'Colombia'), ('Venezuelan', N, 'Venezuela'), ('Brasília', G, 'Brasília'),
    ('Itamaraty', O, 'Brazilian Ministry of Foreign Affairs'), ('Brazil', G, 'Brazil'),
]
write('b06_brazil_security.txt', claims, entities)
