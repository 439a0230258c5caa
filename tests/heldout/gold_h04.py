import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "goldsets"))
from gold_lib import write  # noqa: E402
C = lambda source, entity, type, cue, content, kind, reported_by=None: dict(
    source=source, entity=entity, type=type, cue=cue, content=content, kind=kind, reported_by=reported_by)
UN, RSF, WHO, MSF = 'United Nations', 'Rapid Support Forces', 'World Health Organization', 'Médecins Sans Frontières'
claims = [
    # "Sudan:" is a topic label, not a speaker; the attribution is "UN warns of famine"
    C(('UN', 'UN warns'), UN, 'ORG', 'warns', 'of famine', 'indirect'),
    C('The United Nations', UN, 'ORG', 'warned',
      'hundreds of thousands of civilians trapped in El Fasher, the last major city in Darfur still held by the Sudanese army, face famine after more than a year of siege by the Rapid Support Forces (RSF)', 'indirect'),
    C("the World Food Programme's regional director, Laurent Bukera", 'Laurent Bukera', 'PER', 'told',
      'The situation in El Fasher is catastrophic. Families are eating animal feed to survive', 'direct'),
    C(('He', 'He said the agency'), 'Laurent Bukera', 'PER', ('said', 'He said the agency'),
      'the agency had not been able to send a convoy into the city since April', 'indirect'),
    C('The Sudanese Ministry of Health', 'Sudanese Ministry of Health', 'ORG', 'said',
      '47 people, including 11 children, were killed on Sunday when RSF drones struck the Saudi Hospital, one of the few medical facilities still operating in the city', 'indirect'),
    C('The ministry', 'Sudanese Ministry of Health', 'ORG', 'described',
      'the attack as « a war crime against defenceless patients »', 'mixed'),
    C('The paramilitary group', RSF, 'ORG', 'denied', 'responsibility', 'indirect'),
    C(('the RSF', 'the RSF said'), RSF, 'ORG', ('said', 'the RSF said'),
      'its forces "only target military positions"', 'mixed'),
    C(('the RSF', 'the RSF said'), RSF, 'ORG', 'accused', 'the army of using hospitals as shields', 'indirect'),
    C('Army chief General Abdel Fattah al-Burhan', 'Abdel Fattah al-Burhan', 'PER', 'vowed',
      'El Fasher "will not fall"', 'mixed', reported_by='the official SUNA news agency'),
    C('two humanitarian officials', None, 'OTHER', 'as saying',
      'fuel shortages had forced the last bakery in the Abu Shouk camp to close', 'indirect', reported_by='Reuters'),
    C('the Sudan Doctors Network', 'Sudan Doctors Network', 'ORG', 'According to',
      'at least 300 cases of cholera have been recorded in North Darfur since the start of the month', 'indirect'),
    C("The World Health Organization's director-general, Tedros Adhanom Ghebreyesus", 'Tedros Adhanom Ghebreyesus', 'PER',
      ('said', 'Ghebreyesus, said'), 'the agency was "deeply alarmed" by the attacks on health care', 'mixed'),
    C(('he', 'he wrote'), 'Tedros Adhanom Ghebreyesus', 'PER', 'wrote',
      'Hospitals are not a target. Patients are not a target,', 'direct'),
    C('Médecins Sans Frontières (MSF)', MSF, 'ORG', 'estimates',
      'more than 500,000 people have fled El Fasher toward Tawila and the Chadian border', 'indirect'),
    # the coordinator relays what new arrivals described (nested rule: source = new arrivals)
    C('new arrivals', None, 'OTHER', 'described', 'bodies lying in the streets', 'direct',
      reported_by='An MSF coordinator in Tawila'),
    C('RSF commander Mohamed Hamdan Dagalo', 'Mohamed Hamdan Dagalo', 'PER', ('told', 'Hemedti, told'),
      'his forces were ready for a ceasefire « if the army stops the bombing »', 'mixed'),
    C('The United States and Saudi Arabia', None, 'OTHER', 'called on',
      'both sides to open humanitarian corridors', 'indirect'),
    C("Egypt's foreign ministry", 'Egyptian Ministry of Foreign Affairs', 'ORG', ('said', 'ministry said Cairo'),
      'Cairo supported "all efforts to preserve the unity of Sudan"', 'mixed'),
    C("The UN's humanitarian coordinator for Sudan", None, 'PER', ('said', 'Sudan said the country'),
      "the country is now the world's largest displacement crisis, with more than 12 million people forced from their homes", 'indirect'),
]
P, O, G, L, N = 'PER', 'ORG', 'GPE', 'LOC', 'NORP'
EF = 'El Fasher'
entities = [
    ('Sudan', G, 'Sudan'), ('UN', O, UN), (EF, G, EF),
    ('PORT SUDAN', G, 'Port Sudan'), ('AFP', O, 'Agence France-Presse'), ('United Nations', O, UN), (EF, G, EF),
    ('Darfur', G, 'Darfur'), ('Sudanese', N, 'Sudan'), ('Rapid Support Forces', O, RSF), ('RSF', O, RSF),
    (EF, G, EF), ('World Food Programme', O, 'World Food Programme'), ('Laurent Bukera', P, 'Laurent Bukera'),
    ('AFP', O, 'Agence France-Presse'), ('Nairobi', G, 'Nairobi'),
    ('Sudanese Ministry of Health', O, 'Sudanese Ministry of Health'), ('RSF', O, RSF),
    ('Saudi Hospital', L, 'Saudi Hospital'),
    ('Telegram', O, 'Telegram'), ('RSF', O, RSF),
    ('Abdel Fattah al-Burhan', P, 'Abdel Fattah al-Burhan'), ('Omdurman', G, 'Omdurman'), (EF, G, EF),
    ('SUNA', O, 'Sudan News Agency'),
    ('Reuters', O, 'Reuters'), ('Abu Shouk', G, 'Abu Shouk'), ('Sudan Doctors Network', O, 'Sudan Doctors Network'),
    ('North Darfur', G, 'North Darfur'),
    ('World Health Organization', O, WHO), ('Tedros Adhanom Ghebreyesus', P, 'Tedros Adhanom Ghebreyesus'),
    ('X', O, 'X'),
    ('Médecins Sans Frontières', O, MSF), ('MSF', O, MSF), ('Tawila', G, 'Tawila'), (EF, G, EF),
    ('Tawila', G, 'Tawila'), ('Chadian', N, 'Chad'), ('MSF', O, MSF), ('Tawila', G, 'Tawila'),
    ('RSF', O, RSF), ('Mohamed Hamdan Dagalo', P, 'Mohamed Hamdan Dagalo'), ('Hemedti', P, 'Mohamed Hamdan Dagalo'),
    ('Al Jazeera', O, 'Al Jazeera'),
    ('United States', G, 'United States'), ('Saudi Arabia', G, 'Saudi Arabia'), ('Jeddah', G, 'Jeddah'),
    ('Egypt', G, 'Egypt'), ('Cairo', G, 'Cairo'), ('Sudan', G, 'Sudan'),
    ('UN', O, UN), ('Sudan', G, 'Sudan'),
]
write('h04_sudan_elfasher.txt', claims, entities)
