import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "goldsets"))
from gold_lib import write  # noqa: E402
C = lambda source, entity, type, cue, content, kind, reported_by=None: dict(
    source=source, entity=entity, type=type, cue=cue, content=content, kind=kind, reported_by=reported_by)
CFCC = 'Central Falls City Council'
REAMA = 'George H. Reama'
claims = [
    C('The Central Falls City Council', CFCC, 'ORG', 'expressed concern',
      'more foods be placed on the eligible list and that neighborhood grocery and variety stores be allowed to do business on Sunday', 'indirect'),
    C("the council's resolution", CFCC, 'ORG', 'said',
      'The only day they “have a chance to compete with large supermarkets is on Sunday”', 'mixed'),
    C(('the resolution', 'according to the resolution'), CFCC, 'ORG', 'according to',
      'The small shops “must be retained, for they provide essential service to the community”', 'mixed'),
    C(('the resolution', 'according to the resolution'), CFCC, 'ORG', 'added',
      'they “also are the source of livelihood for thousands of our neighbors”', 'mixed'),
    C('It', CFCC, 'ORG', 'declares', 'Sunday sales licenses provide “great revenue” to the local government', 'mixed'),
    C('The council', CFCC, 'ORG', 'advised',
      '“large supermarkets, factory outlets and department stores not be allowed to do business” on Sunday', 'mixed'),
    # agentless passive: no source is written ("it" is an expletive); the contender is the council
    C(None, CFCC, 'ORG', 'contended',
      'They “operate on a volume basis”, it was contended, “and are not essential to provide the more limited but vital shopping needs of the community”', 'mixed'),
    C('George H. Reama', REAMA, 'PER', 'said',
      'Liberals and conservatives in both parties -- Democratic and Republican -- should divorce themselves and form two independent parties', 'indirect'),
    C('Mr. Reama', REAMA, 'PER', 'told',
      'about half of the people in the country want the “welfare” type of government and the other half want a free enterprise system', 'mixed'),
    C(('He', 'He suggested that a regrouping'), REAMA, 'PER', ('suggested', 'He suggested that a regrouping'),
      'a regrouping of forces might allow the average voter a better pull at the right lever for him on election day', 'indirect'),
    C(('He', 'He said he was'), REAMA, 'PER', ('said', 'He said he was'),
      'he was “confessing that I was a member of the Socialist Party in 1910”', 'mixed'),
    C(('he', 'he added, was'), REAMA, 'PER', ('added', 'he added, was'),
      'That, he added, was when he was “a very young man, a machinist and toolmaker by trade.\n\n“That was before I studied law. Some of my fellow workers were grooming me for an office in the Socialist Party. The lawyer with whom I studied law steered me off the Socialist track. He steered me to the right track -- the free enterprise track”', 'mixed'),
    C(('He', 'He said that when'), REAMA, 'PER', ('said', 'He said that when'),
      'when he was a Socialist in 1910, the party called for government operation of all utilities and the pooling of all resources', 'indirect'),
    C(('the party', 'the party called for'), 'Socialist Party of America', 'ORG', 'called for',
      'government operation of all utilities and the pooling of all resources', 'indirect',
      reported_by=('He', 'He said that when')),
    C(('He', 'He suggested that without'), REAMA, 'PER', ('suggested', 'He suggested that without'),
      'without the Socialist Party ever gaining a national victory, most of its original program has come to pass under both major parties', 'indirect'),
    C(('Mr. Reama', 'Mr. Reama, who retired'), REAMA, 'PER', ('said', '1955 said'),
      'Both parties in the last election told us that we need a five per cent growth in the gross national product -- but neither told us how to achieve it', 'direct'),
    C(('Both parties', 'Both parties in the last'), None, 'OTHER', ('told', 'election told us'),
      'we need a five per cent growth in the gross national product', 'indirect',
      reported_by=('Mr. Reama', 'Mr. Reama, who retired')),
    C(('He', 'He said he favors'), REAMA, 'PER', ('said', 'He said he favors'),
      'he favors wage increases for workers -- “but manufacturers are caught in a profit squeeze”', 'mixed'),
    C(('he', 'prices, he added'), REAMA, 'PER', ('added', 'prices, he added'),
      'raises should only come when the public is conditioned to higher prices', 'indirect'),
    C(('Mr. Reama', 'Mr. Reama said:'), REAMA, 'PER', ('said', 'Mr. Reama said:'),
      'A Socialist is a person who believes in dividing everything he does not own', 'direct'),
]
P, O, G, L = 'PER', 'ORG', 'GPE', 'LOC'
SP = 'Socialist Party of America'
entities = [
    ('Central Falls City Council', O, CFCC),
    ('Democratic', O, 'Democratic Party'), ('Republican', O, 'Republican Party'), ('George H. Reama', P, REAMA),
    ('Reama', P, REAMA), ('Rotary Club of Providence', O, 'Rotary Club of Providence'),
    ('Sheraton-Biltmore Hotel', L, 'Sheraton-Biltmore Hotel'),
    ('Socialist Party', O, SP), ('Socialist Party', O, SP),
    ('Socialist Party', O, SP),
    ('Reama', P, REAMA), ('American Screw Co.', O, 'American Screw Company'),
    ('Reama', P, REAMA), ('Reama', P, REAMA),
]
write('h02_brown_reama.txt', claims, entities)
