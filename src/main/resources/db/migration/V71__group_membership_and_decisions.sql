-- Group memberships are dated and carry the member's party (issue 13): who sat in a group on the
-- day of a decision stays readable, and a local steering group without a member of each party shows.
ALTER TABLE group_member ADD COLUMN party VARCHAR(20);
ALTER TABLE group_member ADD COLUMN valid_from DATE;
ALTER TABLE group_member ADD COLUMN valid_to DATE;
ALTER TABLE group_member ADD CONSTRAINT group_member_dates CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from);
UPDATE group_member m SET party = p.code FROM org_unit u JOIN party p ON p.id = u.party_id WHERE u.id = m.unit_id AND m.party IS NULL;
CREATE INDEX group_member_username_idx ON group_member (lower(username));

-- Steering-group decisions (module governance): establishing, confirming and reopening situation
-- pictures and action plans, with the meeting date, the decision text and who was present.
CREATE TABLE steering_decision (
    id            UUID PRIMARY KEY,
    subject_type  VARCHAR(40) NOT NULL,
    subject_id    UUID NOT NULL,
    kind          VARCHAR(20) NOT NULL CHECK (kind IN ('ESTABLISH', 'CONFIRM', 'REOPEN')),
    group_id      UUID NOT NULL REFERENCES org_group (id),
    group_name    TEXT NOT NULL, -- the group's name on the day
    decision_date DATE NOT NULL,
    decision_text TEXT NOT NULL,
    party         VARCHAR(20) NOT NULL,
    recorded_by   VARCHAR(100) NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX steering_decision_subject_idx ON steering_decision (subject_id, recorded_at);

-- Who was present, with their name and party as they were then.
CREATE TABLE steering_decision_present (
    decision_id UUID NOT NULL REFERENCES steering_decision (id) ON DELETE CASCADE,
    member_id   UUID NOT NULL REFERENCES group_member (id),
    name        TEXT NOT NULL,
    party       VARCHAR(20),
    PRIMARY KEY (decision_id, member_id)
);
