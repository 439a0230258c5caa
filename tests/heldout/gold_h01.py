import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "goldsets"))
from gold_lib import write  # noqa: E402
C = lambda source, entity, type, cue, content, kind, reported_by=None: dict(
    source=source, entity=entity, type=type, cue=cue, content=content, kind=kind, reported_by=reported_by)
STEIN = 'Ben Stein'
claims = [
    C('Stein', STEIN, 'PER', 'admitted', 'he had a wide acquaintance with crime syndicate hoodlums', 'indirect'),
    C('he', STEIN, 'PER', ('said', 'he said, were'),
      'Among his gangland buddies, he said, were Joseph (Joey) Glimco, a mob labor racketeer, and four gang gambling chiefs, Gus (Slim) Alex, Ralph Pierce, Joe (Caesar) DiVarco, and Jimmy (Monk) Allegretti', 'indirect'),
    C(('Stein', 'Stein disclosed'), STEIN, 'PER', 'disclosed',
      "Another hoodlum, Louis Arger, drew $39,000 from Stein's janitor firm, the National Maintenance company, in three years ending in 1959", 'indirect'),
    C(('Stein', 'Stein said. “But'), STEIN, 'PER', ('said', 'Stein said. “But'),
      'I put Arger on the payroll because he promised to get my firm the stevedore account at Navy pier', 'direct'),
    C(('Stein', 'Stein said. “But'), STEIN, 'PER', ('said', 'Stein said. “But'),
      'But Arger never was able to produce it, so I cut him off my payroll', 'direct'),
    C('Other witnesses', None, 'OTHER', 'disclosed',
      'government prosecutors were attempting to connect Stein and his company with a number of gangsters, including Glimco and Alex', 'indirect'),
    C('their witnesses', None, 'OTHER', 'according to',
      "The federal lawyers, according to their witnesses, also were tracing Stein's fees as a labor consultant", 'indirect'),
    C('two of the witnesses', None, 'OTHER', ('said', 'witnesses said, were'),
      "Under scrutiny, two of the witnesses said, were payments and loans to Stein's National Maintenance company at 543 Madison St.", 'indirect'),
    # Lee said [to reporters] that he had told the jury P: P is Lee's testimony, relayed by Lee (nested rule).
    C(('he', 'he had told the jury'), 'Ed J. Lee', 'PER', 'told',
      'he made an agreement in April with Stein to supply and supervise janitors in McCormick Place', 'indirect',
      reported_by=('Lee', 'Lee said he had told')),
    C(('Lee', 'Lee said, was'), 'Ed J. Lee', 'PER', ('said', 'Lee said, was'),
      "Stein's fee, Lee said, was 10 per cent of the janitors' pay", 'indirect'),
    C(('Stein', 'Stein estimated'), STEIN, 'PER', 'estimated', 'this amount at “about $1,500 or $1,600 a month”', 'mixed'),
    C(('Leavitt', 'Leavitt, as he entered'), 'Jerome Leavitt', 'PER', ('said', 'room, said he was'),
      "he was prepared to answer questions about the $12,500 his liquor firm paid to Stein for “labor consultant work” with five unions which organized Leavitt's workers", 'mixed'),
    C(('Leavitt', 'Leavitt identified'), 'Jerome Leavitt', 'PER', 'identified',
      "the unions as a warehouseman's local, the teamsters union, a salesman's union, the janitors' union, and a bottling workers' union", 'indirect'),
    C(('Leavitt', 'Leavitt said, have'), 'Jerome Leavitt', 'PER', ('said', 'Leavitt said, have'),
      'Government attorneys, Leavitt said, have questioned him closely about “five or six loans” totaling about $40,000 which the liquor company made to Stein in the last year', 'mixed'),
]
P, O, G, L = 'PER', 'ORG', 'GPE', 'LOC'
entities = [
    ('Ben Stein', P, STEIN),
    ('Stein', P, STEIN), ('Lake Shore Dr.', L, 'Lake Shore Drive'),
    ('Glimco', P, 'Joseph Glimco'), ('Joseph (Joey) Glimco', P, 'Joseph Glimco'), ('Gus (Slim) Alex', P, 'Gus Alex'),
    ('Ralph Pierce', P, 'Ralph Pierce'), ('Joe (Caesar) DiVarco', P, 'Joe DiVarco'), ('Jimmy (Monk) Allegretti', P, 'Jimmy Allegretti'),
    ('Louis Arger', P, 'Louis Arger'), ('Stein', P, STEIN), ('National Maintenance company', O, 'National Maintenance Company'),
    ('Stein', P, STEIN),
    ('Arger', P, 'Louis Arger'), ('Navy pier', L, 'Navy Pier'), ('Stein', P, STEIN), ('Arger', P, 'Louis Arger'),
    ('Stein', P, STEIN), ('Glimco', P, 'Joseph Glimco'), ('Alex', P, 'Gus Alex'),
    ('Stein', P, STEIN), ('Stein', P, STEIN), ('National Maintenance company', O, 'National Maintenance Company'),
    ('Madison St.', L, 'Madison Street'),
    ('McCormick Place', L, 'McCormick Place'),
    ('Lee', P, 'Ed J. Lee'), ('Ed J. Lee', P, 'Ed J. Lee'), ('McCormick Place', L, 'McCormick Place'),
    ('Jerome Leavitt', P, 'Jerome Leavitt'), ('Union Liquor company', O, 'Union Liquor Company'),
    ('S. Kedzie Av.', L, 'Kedzie Avenue'), ('Dominic Senese', P, 'Dominic Senese'), ('Stein', P, STEIN),
    ('Tony Accardo', P, 'Tony Accardo'), ('Frank W. Pesce', P, 'Frank W. Pesce'), ('Glimco', P, 'Joseph Glimco'),
    ('Best Sanitation and Supply company', O, 'Best Sanitation and Supply Company'), ('Blue Island Av.', L, 'Blue Island Avenue'),
    ('Lee', P, 'Ed J. Lee'), ('Stein', P, STEIN), ('McCormick Place', L, 'McCormick Place'), ('Stein', P, STEIN),
    ('Lee', P, 'Ed J. Lee'), ('Stein', P, STEIN),
    ('Leavitt', P, 'Jerome Leavitt'), ('Stein', P, STEIN), ('Leavitt', P, 'Jerome Leavitt'), ('Leavitt', P, 'Jerome Leavitt'),
    ('Leavitt', P, 'Jerome Leavitt'), ('Stein', P, STEIN),
]
write('h01_brown_jury.txt', claims, entities)
