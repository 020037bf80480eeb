-- The four-year revision of the overarching agreement (issue 13).

-- What each priority area of a newer agreement continues: a kept or renamed area maps from one
-- earlier area, a merged one from several; an earlier area that nothing maps from was retired.
-- Plans and problems of earlier years keep their areas; reports across the change show both.
CREATE TABLE priority_area_mapping (
    area_id      UUID NOT NULL REFERENCES priority_area (id) ON DELETE CASCADE,
    maps_from_id UUID NOT NULL REFERENCES priority_area (id) ON DELETE CASCADE,
    PRIMARY KEY (area_id, maps_from_id)
);
CREATE INDEX priority_area_mapping_from_idx ON priority_area_mapping (maps_from_id);

-- A local agreement made under an overarching agreement since superseded needs revision.
ALTER TABLE agreement ADD COLUMN revision_needed_for UUID REFERENCES agreement (id);

-- The situation picture a local agreement's focus areas rest on (module situation: no foreign key).
ALTER TABLE agreement ADD COLUMN situation_picture_id UUID;

-- Each referral answer's requests, as items the sender decides: accepted or rejected, with a reason.
CREATE TABLE referral_request (
    id          UUID PRIMARY KEY,
    round_id    UUID NOT NULL REFERENCES referral_round (id) ON DELETE CASCADE,
    response_id UUID NOT NULL REFERENCES referral_response (id) ON DELETE CASCADE,
    ordinal     INT NOT NULL,
    text        TEXT NOT NULL,
    decision    VARCHAR(20) CHECK (decision IN ('ACCEPTED', 'REJECTED')),
    reason      TEXT,
    decided_by  VARCHAR(100),
    decided_at  TIMESTAMP WITH TIME ZONE,
    created_by  VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    version     INT NOT NULL DEFAULT 0,
    CHECK ((decision IS NULL) = (reason IS NULL))
);
CREATE INDEX referral_request_round_idx ON referral_request (round_id, ordinal);

-- The first link of the local chain: problems and activities may name the local agreement's focus
-- area they serve (modules analysis and planning; the focus area is the agreement module's).
ALTER TABLE problem ADD COLUMN focus_area_id UUID;
ALTER TABLE activity ADD COLUMN focus_area_id UUID;

-- City-wide analysis: a problem without a district is the city's (for the city-wide handlingsplan).
ALTER TABLE problem ALTER COLUMN district_id DROP NOT NULL;

-- A focus area of a new version of a local agreement continues one of the version before, so what
-- named the earlier one still finds its place in the golden thread.
ALTER TABLE focus_area ADD COLUMN continues_id UUID;
