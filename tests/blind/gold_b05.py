import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "goldsets"))
from gold_lib import write  # noqa: E402
C = lambda source, entity, type, cue, content, kind, reported_by=None: dict(
    source=source, entity=entity, type=type, cue=cue, content=content, kind=kind, reported_by=reported_by)
WMO, WHO, NS = 'World Meteorological Organization', 'World Health Organization', 'Núria Serrano'
IPCC = 'Intergovernmental Panel on Climate Change'
claims = [
    # headline: two attributions; ‘cooking’ is the scientists' word (quoted), so mixed
    C(('scientists', 'scientists warn'), None, 'OTHER', 'warn', 'Mediterranean heatwave ‘cooking’ seabed life', 'mixed'),
    C('UN agency', WMO, 'ORG', 'reports', 'record year', 'indirect'),
    C(('scientists', 'scientists said'), None, 'OTHER', ('said', 'scientists said'),
      'Sea surface temperatures in the western Mediterranean reached 30.1C this summer, the highest since satellite records began, and marine life is dying on a scale not seen before', 'indirect'),
    C(('The WMO', 'The WMO said'), WMO, 'ORG', ('said', 'WMO said'),
      'the global average temperature for January to October was 1.48C above the pre-industrial average, making 2026 almost certain to rank among the three warmest years on record', 'indirect'),
    C('Its secretary-general, Celeste Saulo', 'Celeste Saulo', 'PER', 'told',
      'the figures were “a loud alarm bell that we cannot afford to ignore”', 'mixed'),
    C('Dr Núria Serrano', NS, 'PER', ('said', 'said Dr'),
      'We dive at the same sites every year, and this summer we found whole underwater forests dead, bleached white, as if someone had poured bleach over them,', 'direct'),
    C(('she', 'she added'), NS, 'PER', 'added', 'What worries me most is not one bad year,', 'direct'),
    # one quote over two paragraphs (the opening mark is repeated): one claim, the nearest cue
    C(('she', 'she added'), NS, 'PER', 'added',
      'It is that the heat now stays at thirty metres depth for weeks, where these animals have no refuge. A fisherman in Cadaqués told me last month, ‘I have been diving here for forty years and I do not recognise the sea.’ That sentence stays with me.\n\n“If emissions are not cut quickly, what we saw this summer will be a normal summer by the 2040s.', 'direct'),
    # nested: the fisherman's words relayed by Serrano
    C('A fisherman in Cadaqués', None, 'PER', 'told',
      'I have been diving here for forty years and I do not recognise the sea.', 'direct', reported_by=('she', 'she added')),
    C('The WMO report', WMO, 'ORG', 'says',
      'marine heatwaves now affect twice as much of the ocean surface as they did in the 1980s', 'indirect'),
    # the report cites the IPCC finding: source IPCC assessment, relayed by the report ("It")
    C('the latest assessment of the Intergovernmental Panel on Climate Change (IPCC)', IPCC, 'ORG', 'found',
      'such events have become “very likely” more frequent because of human-caused warming', 'mixed',
      reported_by=('It', 'It cites')),
    C('The World Health Organization’s regional office for Europe', 'WHO Regional Office for Europe', 'ORG', 'estimated',
      'heat contributed to more than 60,000 deaths across the continent last summer', 'indirect'),
    C('The World Health Organization’s regional office for Europe', 'WHO Regional Office for Europe', 'ORG', ('said', 'and said hospitals'),
      'hospitals in southern Italy and Greece had run short of beds during the hottest weeks', 'indirect'),
    C('Hans Kluge', 'Hans Kluge', 'PER', ('said', 'said Hans'),
      'Heat is a silent killer, because its victims are mostly old, poor and alone,', 'direct'),
    C('Spain’s fishing industry association, Cepesca', 'Cepesca', 'ORG', 'said',
      'closing fishing grounds during heatwaves “would punish those who did not cause the problem.”', 'mixed'),
    C('Italy’s Environment Minister, Gilberto Pichetto Fratin', 'Gilberto Pichetto Fratin', 'PER', ('said', 'Fratin, said'),
      'Rome would present a plan to expand marine protected areas to 30% of its waters by 2030', 'indirect'),
    C('Italy’s Environment Minister, Gilberto Pichetto Fratin', 'Gilberto Pichetto Fratin', 'PER', 'rejected',
      'calls for an immediate fishing ban', 'indirect'),
    C(('Serrano', 'Serrano said'), NS, 'PER', ('said', 'Serrano said'),
      'the team would return to the same sites in spring', 'indirect'),
    C(('she', 'she said. “We'), NS, 'PER', ('said', 'she said. “We'),
      'Some species recover in a few years. Others, like the pen shell, may never come back,', 'direct'),
    C(('she', 'she said. “We'), NS, 'PER', ('said', 'she said. “We'), 'We are documenting a disappearance.', 'direct'),
]
P, O, G, L, N = 'PER', 'ORG', 'GPE', 'LOC', 'NORP'
MED = 'Mediterranean Sea'
entities = [
    ('Mediterranean', L, MED), ('UN', O, 'United Nations'),
    ('GENEVA', G, 'Geneva'), ('BARCELONA', G, 'Barcelona'), ('Mediterranean', L, MED),
    ('World Meteorological Organization', O, WMO), ('WMO', O, WMO),
    ('WMO', O, WMO), ('Celeste Saulo', P, 'Celeste Saulo'), ('Geneva', G, 'Geneva'),
    ('Institute of Marine Sciences', O, 'Institute of Marine Sciences (Barcelona)'), ('Barcelona', G, 'Barcelona'),
    ('Catalonia', G, 'Catalonia'), ('Sicily', G, 'Sicily'),
    ('Núria Serrano', P, NS),
    ('Cadaqués', G, 'Cadaqués'),
    ('WMO', O, WMO), ('Intergovernmental Panel on Climate Change', O, IPCC), ('IPCC', O, IPCC),
    ('World Health Organization', O, WHO), ('Europe', L, 'Europe'), ('Italy', G, 'Italy'), ('Greece', G, 'Greece'),
    ('Hans Kluge', P, 'Hans Kluge'), ('WHO', O, WHO), ('Europe', L, 'Europe'),
    ('Spain', G, 'Spain'), ('Cepesca', O, 'Cepesca'), ('Italy', G, 'Italy'),
    ('Gilberto Pichetto Fratin', P, 'Gilberto Pichetto Fratin'), ('Rome', G, 'Rome'),
    ('Barcelona', G, 'Barcelona'), ('Serrano', P, NS),
]
write('b05_med_heatwave.txt', claims, entities)
