-- Analysis: prioritised problems and their root cause analyses (Brå's method: a cause tree of
-- direct and indirect causes, each placed on the problem triangle and marked risk or protective).

CREATE TABLE problem (
    id               UUID PRIMARY KEY,
    district_id      UUID NOT NULL REFERENCES org_unit (id),
    priority_area_id UUID NOT NULL REFERENCES priority_area (id),
    title            TEXT NOT NULL,
    description      TEXT,
    priority         INT CHECK (priority IS NULL OR priority BETWEEN 1 AND 99),
    sources          TEXT,
    created_by       TEXT NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    version          INT NOT NULL DEFAULT 0
);
CREATE INDEX problem_district_idx ON problem (district_id, priority_area_id);

-- Places and evidence live in modules built beside this one (situation, indicator): they are
-- typed references without foreign keys, so this module's tables stand on their own.
CREATE TABLE problem_place (
    problem_id UUID NOT NULL REFERENCES problem (id) ON DELETE CASCADE,
    place_id   UUID NOT NULL,
    PRIMARY KEY (problem_id, place_id)
);

CREATE TABLE problem_evidence (
    problem_id UUID NOT NULL REFERENCES problem (id) ON DELETE CASCADE,
    type       VARCHAR(30) NOT NULL CHECK (type IN ('OBSERVATION', 'INDICATOR', 'SITUATION_PICTURE')),
    ref_id     UUID NOT NULL,
    PRIMARY KEY (problem_id, type, ref_id)
);

CREATE TABLE cause (
    id            UUID PRIMARY KEY,
    problem_id    UUID NOT NULL REFERENCES problem (id) ON DELETE CASCADE,
    parent_id     UUID REFERENCES cause (id) ON DELETE CASCADE,
    text          TEXT NOT NULL,
    kind          VARCHAR(20) NOT NULL CHECK (kind IN ('DIRECT', 'INDIRECT')),
    triangle_side VARCHAR(20) NOT NULL CHECK (triangle_side IN ('OFFENDER', 'VICTIM', 'PLACE', 'HANDLER', 'GUARDIAN', 'MANAGER')),
    factor        VARCHAR(20) NOT NULL CHECK (factor IN ('RISK', 'PROTECTIVE')),
    source        TEXT,
    ordinal       INT NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX cause_problem_idx ON cause (problem_id);
