-- Seed facts set right (issue 13). On a database loaded before this release the seeded records are
-- corrected here, each correction in the audit log with what it was; a new database is seeded
-- right by AgreementReferenceData and these updates find nothing to change.

-- A round entered after the fact: recipients whose answer is not known are NOT_RECORDED, not overdue.
ALTER TABLE referral_round ADD COLUMN recorded_after_the_fact BOOLEAN NOT NULL DEFAULT FALSE;

-- The date of the administration's statement (tjänsteutlåtande), beside the committee's decision date.
ALTER TABLE referral_response ADD COLUMN statement_date DATE;

-- Bodies consulted before the answer was decided (e.g. the cooperation group and the pensioners' council).
CREATE TABLE referral_consultation (
    response_id UUID NOT NULL REFERENCES referral_response (id) ON DELETE CASCADE,
    ordinal     INT NOT NULL,
    date        DATE NOT NULL,
    body        TEXT NOT NULL,
    PRIMARY KEY (response_id, ordinal)
);

INSERT INTO audit_entry (username, action, entity_type, entity_id, changes)
SELECT 'system', 'CORRECT_SEED', 'ReferralRound', id,
       jsonb_build_object('before', jsonb_build_object('recordedAfterTheFact', false),
                          'after', jsonb_build_object('recordedAfterTheFact', true))
FROM referral_round WHERE case_number = 'KS 2023/740';
UPDATE referral_round SET recorded_after_the_fact = TRUE WHERE case_number = 'KS 2023/740';

-- SÖD 2023/713: the statement is dated 2023-09-29; the committee decided on 2023-10-19.
INSERT INTO audit_entry (username, action, entity_type, entity_id, unit_id, changes)
SELECT 'system', 'CORRECT_SEED', 'ReferralResponse', r.id, r.unit_id,
       jsonb_build_object('before', jsonb_build_object('decisionDate', r.decision_date, 'statementDate', null, 'consultations', '[]'::jsonb),
                          'after', jsonb_build_object('decisionDate', '2023-10-19', 'statementDate', '2023-09-29',
                              'consultations', jsonb_build_array('2023-10-09 Förvaltningsgruppen', '2023-10-09 Pensionärsrådet')))
FROM referral_response r JOIN referral_round o ON o.id = r.round_id
WHERE o.case_number = 'KS 2023/740' AND r.case_number = 'SÖD 2023/713' AND r.decision_date = DATE '2023-09-29';
UPDATE referral_response r SET statement_date = DATE '2023-09-29', decision_date = DATE '2023-10-19'
FROM referral_round o
WHERE o.id = r.round_id AND o.case_number = 'KS 2023/740' AND r.case_number = 'SÖD 2023/713'
  AND r.decision_date = DATE '2023-09-29';
INSERT INTO referral_consultation (response_id, ordinal, date, body)
SELECT r.id, c.ordinal, DATE '2023-10-09', c.body
FROM referral_response r JOIN referral_round o ON o.id = r.round_id
CROSS JOIN (VALUES (0, 'Förvaltningsgruppen (förvaltningens samverkansgrupp)'), (1, 'Pensionärsrådet')) AS c (ordinal, body)
WHERE o.case_number = 'KS 2023/740' AND r.case_number = 'SÖD 2023/713'
  AND NOT EXISTS (SELECT 1 FROM referral_consultation x WHERE x.response_id = r.id);

-- The 2019 agreement: no source gives its goal text, so it carries none.
INSERT INTO audit_entry (username, action, entity_type, entity_id, changes)
SELECT 'system', 'CORRECT_SEED', 'Agreement', id,
       jsonb_build_object('before', jsonb_build_object('goal', goal), 'after', jsonb_build_object('goal', null))
FROM agreement WHERE kind = 'OVERARCHING' AND valid_from = DATE '2019-11-04' AND goal IS NOT NULL;
UPDATE agreement SET goal = NULL WHERE kind = 'OVERARCHING' AND valid_from = DATE '2019-11-04';
