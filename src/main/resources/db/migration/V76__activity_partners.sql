-- The responsible bodies beyond the two parties an activity names, from the one partner register
-- (organisation module, table partner): region, schools, housing companies, associations (issue 13).
CREATE TABLE activity_partner (
    activity_id UUID NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    partner_id  UUID NOT NULL REFERENCES partner (id),
    PRIMARY KEY (activity_id, partner_id)
);
CREATE INDEX activity_partner_partner_idx ON activity_partner (partner_id);
