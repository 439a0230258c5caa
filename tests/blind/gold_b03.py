import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "goldsets"))
from gold_lib import write  # noqa: E402
C = lambda source, entity, type, cue, content, kind, reported_by=None: dict(
    source=source, entity=entity, type=type, cue=cue, content=content, kind=kind, reported_by=reported_by)
IDF, HZ, LMH = 'Israel Defense Forces', 'Hezbollah', 'Lebanese Ministry of Public Health'
UNIFIL = 'United Nations Interim Force in Lebanon'
claims = [
    C('Lebanon’s Health Ministry', LMH, 'ORG', 'said',
      'Israeli airstrikes on two villages in southern Lebanon killed at least nine people on Saturday', 'indirect'),
    C(('The Israeli military', 'The Israeli military said it'), IDF, 'ORG', ('said', 'military said it'),
      'it had targeted “Hezbollah terrorist infrastructure” in Kfar Kila and Aitaroun, including a weapons depot and a rocket launch site', 'mixed'),
    C(('The military', 'The military said the sites'), IDF, 'ORG', ('said', 'military said the sites'),
      'the sites had been used to prepare attacks on northern Israel', 'indirect'),
    C('Lebanon’s state-run National News Agency', 'National News Agency', 'ORG', 'According to',
      'the dead in Aitaroun included a woman and her two children, who were killed when a drone hit their car near the village square', 'indirect'),
    C('Residents', None, 'OTHER', 'said', 'there had been no fighters in the area', 'indirect'),
    C(('Hezbollah', 'Hezbollah denied'), HZ, 'ORG', 'denied', 'it had any military presence in the two villages', 'indirect'),
    # one cue, two coordinated that-clauses: one claim
    C('the Iran-backed group', HZ, 'ORG', 'said',
      'the strikes were “a blatant violation of the ceasefire agreement” and that “the enemy will bear full responsibility for its crimes.”', 'mixed'),
    C('An Israeli security official', None, 'PER', ('said', 'media, said'),
      'Hezbollah had been trying for months to rebuild positions south of the Litani River, in breach of the truce', 'indirect'),
    C(('the official', 'the official said'), None, 'PER', ('said', 'the official said'),
      'They are testing us every week,', 'direct'),
    # second sentence of the quote, no cue of its own: the nearest cue
    C(('the official', 'the official said'), None, 'PER', ('said', 'the official said'),
      'We will not return to the situation of October 2023.', 'direct'),
    C('Lebanese President Joseph Aoun', 'Joseph Aoun', 'PER', 'condemned', 'the attack as “a dangerous escalation”', 'mixed'),
    C('Lebanese President Joseph Aoun', 'Joseph Aoun', 'PER', 'called on',
      'the United States and France, which chair the committee monitoring the ceasefire, to pressure Israel to stop its strikes', 'indirect'),
    C('Prime Minister Nawaf Salam', 'Nawaf Salam', 'PER', 'said',
      'his government remained committed to extending state authority over the whole south', 'indirect'),
    C('Prime Minister Nawaf Salam', 'Nawaf Salam', 'PER', 'adding',
      'the Lebanese army had deployed more than 10,000 soldiers there', 'indirect'),
    C('Israel’s Defense Minister Israel Katz', 'Israel Katz', 'PER', 'wrote',
      'Israel would “act with full force against any threat,”', 'mixed'),
    C('Israel’s Defense Minister Israel Katz', 'Israel Katz', 'PER', 'warned',
      'the Lebanese government “bears responsibility” for what happens on its territory', 'mixed'),
    C(('UNIFIL', 'UNIFIL, the'), UNIFIL, 'ORG', ('said', 'Lebanon, said it'),
      'it had recorded more than 40 Israeli air violations in the past week', 'indirect'),
    C('Its spokesperson, Andrea Tenenti', 'Andrea Tenenti', 'PER', 'told',
      'peacekeepers had also found an unauthorized weapons cache near Naqoura in October and had handed it to the Lebanese army', 'indirect'),
    C(('he', 'he said.\n\nHuman'), 'Andrea Tenenti', 'PER', ('said', 'he said.\n\nHuman'),
      'Both parties must respect Resolution 1701 in full,', 'direct'),
    C('Human Rights Watch', 'Human Rights Watch', 'ORG', ('said', 'Watch said'),
      'at least two earlier Israeli strikes in the area had hit civilian homes with no apparent military target, and that they “should be investigated as possible war crimes.”', 'mixed'),
    C(('The Israeli military', 'The Israeli military said at'), IDF, 'ORG', ('said', 'military said at'),
      'it was reviewing the cases', 'indirect'),
    C('the International Organization for Migration', 'International Organization for Migration', 'ORG', 'according to',
      'Some 70,000 Lebanese remain displaced from border villages', 'indirect'),
    C('Mohammad Srour', 'Mohammad Srour', 'PER', ('said', 'Aitaroun, said'),
      'many families had returned this summer to rebuild their homes', 'indirect'),
    C(('he', 'he told the AP'), 'Mohammad Srour', 'PER', ('told', 'he told the AP'), 'Now they are packing again,', 'direct'),
    # nested question (‘…?’) is not a claim of its own; one claim for the quoted sentences
    C(('he', 'he told the AP'), 'Mohammad Srour', 'PER', ('told', 'he told the AP'),
      'People ask me: ‘Is the war coming back?’ I have no answer for them.', 'direct'),
    C('Israeli officials', 'Israel', 'OTHER', 'say',
      'about 60,000 residents of northern Israel have returned to their homes since the ceasefire', 'indirect'),
    C('local leaders in Kiryat Shmona', None, 'OTHER', ('say', 'Shmona say'), 'the number is far lower', 'indirect'),
]
P, O, G, L, N = 'PER', 'ORG', 'GPE', 'LOC', 'NORP'
entities = [
    ('Israeli', N, 'Israel'), ('Lebanon', G, 'Lebanon'),
    ('BEIRUT', G, 'Beirut'), ('JERUSALEM', G, 'Jerusalem'), ('AP', O, 'Associated Press'),
    ('Israeli', N, 'Israel'), ('Lebanon', G, 'Lebanon'), ('Lebanon', G, 'Lebanon'), ('Health Ministry', O, LMH),
    ('U.S.', G, 'United States'),
    ('Israeli', N, 'Israel'), ('Hezbollah', O, HZ), ('Kfar Kila', G, 'Kfar Kila'), ('Aitaroun', G, 'Aitaroun'),
    ('Israel', G, 'Israel'),
    ('Lebanon', G, 'Lebanon'), ('National News Agency', O, 'National News Agency'), ('Aitaroun', G, 'Aitaroun'),
    ('Hezbollah', O, HZ), ('Iran', G, 'Iran'),
    ('Israeli', N, 'Israel'), ('Hezbollah', O, HZ), ('Litani River', L, 'Litani River'),
    ('Lebanese', N, 'Lebanon'), ('Joseph Aoun', P, 'Joseph Aoun'), ('United States', G, 'United States'),
    ('France', G, 'France'), ('Israel', G, 'Israel'), ('Nawaf Salam', P, 'Nawaf Salam'), ('Lebanese', N, 'Lebanon'),
    ('Israel', G, 'Israel'), ('Israel Katz', P, 'Israel Katz'), ('X', O, 'X'), ('Israel', G, 'Israel'),
    ('Lebanese', N, 'Lebanon'),
    ('UNIFIL', O, UNIFIL), ('United Nations', O, 'United Nations'), ('Lebanon', G, 'Lebanon'), ('Israeli', N, 'Israel'),
    ('Andrea Tenenti', P, 'Andrea Tenenti'), ('Associated Press', O, 'Associated Press'), ('Naqoura', G, 'Naqoura'),
    ('Lebanese', N, 'Lebanon'),
    ('Human Rights Watch', O, 'Human Rights Watch'), ('Israeli', N, 'Israel'), ('Israeli', N, 'Israel'),
    ('Lebanese', N, 'Lebanon'), ('International Organization for Migration', O, 'International Organization for Migration'),
    ('Mohammad Srour', P, 'Mohammad Srour'), ('Aitaroun', G, 'Aitaroun'), ('AP', O, 'Associated Press'),
    ('Israeli', N, 'Israel'), ('Israel', G, 'Israel'), ('Kiryat Shmona', G, 'Kiryat Shmona'),
]
write('b03_lebanon_strikes.txt', claims, entities)
