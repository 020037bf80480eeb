-- Each change of an observation's status (NEW -> HANDLED or FORWARDED, and back) with the note that
-- came with it; the audit log holds the same with who and when. Goes with its observation.
CREATE TABLE observation_status_change (
    id             BIGSERIAL PRIMARY KEY,
    observation_id UUID NOT NULL REFERENCES observation (id) ON DELETE CASCADE,
    from_status    VARCHAR(20) NOT NULL,
    to_status      VARCHAR(20) NOT NULL,
    note           TEXT,
    changed_by     VARCHAR(100) NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX observation_status_change_observation_idx ON observation_status_change (observation_id, changed_at);
