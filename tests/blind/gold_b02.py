import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "goldsets"))
from gold_lib import write  # noqa: E402
C = lambda source, entity, type, cue, content, kind, reported_by=None: dict(
    source=source, entity=entity, type=type, cue=cue, content=content, kind=kind, reported_by=reported_by)
HY, MOF, EC, EU = 'He Yadong', 'Chinese Ministry of Commerce', 'European Commission', 'European Union'
claims = [
    # Xinhua-style title-case headline with two attributions
    C('China', 'China', 'GPE', 'Urges', 'EU to Correct Wrong Practices in Anti-Subsidy Probe into Chinese Wind Turbines', 'indirect'),
    C('Commerce Ministry Spokesperson', HY, 'PER', 'Stresses',
      'Beijing Will Take All Necessary Measures to Safeguard Legitimate Rights and Interests of Chinese Enterprises', 'indirect'),
    C("A spokesperson for China's Ministry of Commerce (MOFCOM)", HY, 'PER', 'said',
      "China firmly opposes the European Union's decision to launch an anti-subsidy investigation into wind turbines from China", 'indirect'),
    C("A spokesperson for China's Ministry of Commerce (MOFCOM)", HY, 'PER', 'urged',
      'the European side to correct its wrong practices immediately', 'indirect'),
    C('spokesperson He Yadong', HY, 'PER', 'said',
      'the investigation, announced by the European Commission on Tuesday, is "a typical act of protectionism under the pretext of fair competition" that seriously undermines the atmosphere of China-EU economic and trade cooperation', 'mixed'),
    C(('He Yadong', 'He Yadong stressed'), HY, 'PER', 'stressed',
      "the development of China's new energy industry is the result of technological innovation, complete industrial chains and full market competition, rather than so-called subsidies", 'indirect'),
    # "He" here is the surname of He Yadong (a pronoun would be lower case after the quote)
    C(('He', 'He said'), HY, 'PER', ('said', 'He said'),
      'Chinese wind power companies have won the trust of customers around the world with high-quality products and reasonable prices,', 'direct'),
    C(('The spokesperson', 'The spokesperson pointed'), HY, 'PER', 'pointed out',
      'the EU itself provides large amounts of subsidies to its wind power sector', 'indirect'),
    C(('The spokesperson', 'The spokesperson pointed'), HY, 'PER', 'noted',
      'European manufacturers received more than 10 billion euros in public support in the past three years', 'indirect'),
    C(('the spokesperson', 'the spokesperson said, adding'), HY, 'PER', ('said', 'spokesperson said, adding'),
      'We urge the EU to abide by its commitment to open markets, and to stop using trade remedy measures as a tool of green protectionism,', 'direct'),
    C(('the spokesperson', 'the spokesperson said, adding'), HY, 'PER', 'adding',
      'China will closely follow the investigation and take all necessary measures to firmly safeguard the legitimate rights and interests of Chinese enterprises', 'indirect'),
    # "expressed strong dissatisfaction" has no propositional content; "saying" has
    C('The China Chamber of Commerce to the EU (CCCEU)', 'China Chamber of Commerce to the EU', 'ORG', 'saying',
      'the probe sends "a negative signal" to Chinese companies that have invested in Europe', 'mixed'),
    C('the chamber', 'China Chamber of Commerce to the EU', 'ORG', 'According to',
      'Chinese wind turbine makers account for less than 2 percent of installed capacity in the EU market', 'indirect'),
    # one cue, two coordinated that-clauses: one claim
    C('Chinese Foreign Ministry spokesperson Lin Jian', 'Lin Jian', 'PER', 'told',
      'China and the EU are partners rather than rivals, and that dialogue and consultation are the right way to resolve trade frictions', 'indirect'),
    C(('Lin', 'Lin said'), 'Lin Jian', 'PER', ('said', 'Lin said'),
      'China is willing to work with the European side to properly handle differences "on the basis of mutual respect and equality."', 'mixed'),
    C(('the ministry', 'the ministry said in a statement'), MOF, 'ORG', ('said', 'the ministry said in a statement'),
      'Wang Wentao, Minister of Commerce, held a video call with European Commission Executive Vice-President Maroš Šefčovič on Wednesday, during which the two sides exchanged views on the wind power case and the electric vehicle price undertaking negotiations', 'indirect'),
    C(('Wang', 'Wang stated'), 'Wang Wentao', 'PER', 'stated',
      'the EU side should "meet China halfway" and create a fair, transparent and non-discriminatory business environment for Chinese firms', 'mixed'),
    # relayed by the ministry's statement
    C(('Šefčovič', 'Šefčovič said'), 'Maroš Šefčovič', 'PER', ('said', 'Šefčovič said'),
      'the EU remains open to dialogue', 'indirect', reported_by=('the statement', 'according to the statement')),
    C('Experts', None, 'OTHER', 'said', "the probe could backfire on Europe's own climate goals", 'indirect'),
    C('Zhou Mi', 'Zhou Mi', 'PER', 'told',
      'restricting Chinese turbines would raise costs for European wind farms and slow the energy transition', 'indirect'),
    C(('he', 'he said.\n\nAccording'), 'Zhou Mi', 'PER', ('said', 'he said.\n\nAccording'),
      'Protectionism cannot protect competitiveness,', 'direct'),
    C('data from the General Administration of Customs', 'General Administration of Customs', 'ORG',
      ('According to', 'According to data'),
      'China exported wind turbines worth 16.5 billion yuan in the first ten months of this year, up 35.7 percent year on year, with Europe, Central Asia and Latin America among the main destinations', 'indirect'),
    C(('The European Commission', 'The European Commission said on Tuesday'), EC, 'ORG', ('said', 'Commission said on Tuesday'),
      'it had opened the investigation on its own initiative after finding "sufficient evidence" that Chinese suppliers benefit from unfair subsidies', 'mixed'),
]
P, O, G, L, N = 'PER', 'ORG', 'GPE', 'LOC', 'NORP'
CCCEU = 'China Chamber of Commerce to the EU'
entities = [
    ('China', G, 'China'), ('EU', O, EU), ('Chinese', N, 'China'), ('Commerce Ministry', O, MOF),
    ('Beijing', G, 'Beijing'), ('Chinese', N, 'China'),
    ('BEIJING', G, 'Beijing'), ('Xinhua', O, 'Xinhua News Agency'), ('China', G, 'China'),
    ('Ministry of Commerce', O, MOF), ('MOFCOM', O, MOF), ('China', G, 'China'), ('European Union', O, EU),
    ('China', G, 'China'), ('European', N, 'Europe'),
    ('He Yadong', P, HY), ('European Commission', O, EC), ('China', G, 'China'), ('EU', O, EU),
    ('He Yadong', P, HY), ('China', G, 'China'), ('Chinese', N, 'China'), ('He', P, HY),
    ('EU', O, EU), ('European', N, 'Europe'),
    ('EU', O, EU), ('China', G, 'China'), ('Chinese', N, 'China'),
    ('China Chamber of Commerce to the EU', O, CCCEU), ('CCCEU', O, CCCEU), ('Chinese', N, 'China'),
    ('Europe', L, 'Europe'), ('Chinese', N, 'China'), ('EU', O, EU),
    ('Chinese Foreign Ministry', O, 'Chinese Ministry of Foreign Affairs'), ('Lin Jian', P, 'Lin Jian'),
    ('China', G, 'China'), ('EU', O, EU), ('Lin', P, 'Lin Jian'), ('China', G, 'China'), ('European', N, 'Europe'),
    ('Wang Wentao', P, 'Wang Wentao'), ('European Commission', O, EC), ('Maroš Šefčovič', P, 'Maroš Šefčovič'),
    ('Wang', P, 'Wang Wentao'), ('EU', O, EU), ('China', G, 'China'), ('Chinese', N, 'China'),
    ('Šefčovič', P, 'Maroš Šefčovič'), ('EU', O, EU),
    ('Europe', L, 'Europe'), ('Zhou Mi', P, 'Zhou Mi'),
    ('Chinese Academy of International Trade and Economic Cooperation', O, 'Chinese Academy of International Trade and Economic Cooperation'),
    ('Xinhua', O, 'Xinhua News Agency'), ('Chinese', N, 'China'), ('European', N, 'Europe'),
    ('General Administration of Customs', O, 'General Administration of Customs'), ('China', G, 'China'),
    ('Europe', L, 'Europe'), ('Central Asia', L, 'Central Asia'), ('Latin America', L, 'Latin America'),
    ('European Commission', O, EC), ('Chinese', N, 'China'),
]
write('b02_xinhua_wind.txt', claims, entities)
