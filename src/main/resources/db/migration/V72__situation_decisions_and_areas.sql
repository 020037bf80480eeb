-- Situation pictures (issue 13): a joint picture awaits the other party's confirmation after the
-- first party's steering-group decision; an area may be left without an assessment only with a
-- written reason (the local level must address all five priority areas).
ALTER TABLE situation_picture DROP CONSTRAINT IF EXISTS situation_picture_status_check;
ALTER TABLE situation_picture ALTER COLUMN status TYPE VARCHAR(30);
ALTER TABLE situation_picture ADD CONSTRAINT situation_picture_status_check
    CHECK (status IN ('DRAFT', 'AWAITING_CONFIRMATION', 'ESTABLISHED'));
ALTER TABLE situation_picture_section ADD COLUMN not_addressed_reason TEXT;
