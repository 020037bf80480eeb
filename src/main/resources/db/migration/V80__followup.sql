-- Follow-up: reports per action plan and period (T1, T2, the year) to the local steering group and
-- the beredningsgrupp, each submitted version kept frozen; the yearly compilation and the carry-over
-- proposals it makes to the districts.

CREATE TABLE followup_report (
    id          UUID PRIMARY KEY,
    plan_id     UUID NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
    district_id UUID REFERENCES org_unit (id), -- the plan's district; null for the city-wide plan
    year        INT NOT NULL,
    period      VARCHAR(10) NOT NULL,          -- 2026-T1, 2026-T2 or 2026
    status      VARCHAR(20) NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'ACKNOWLEDGED', 'RETURNED')),
    edition     INT NOT NULL DEFAULT 1,        -- the version being written or last submitted (1, 2, ...)
    narrative   JSONB NOT NULL DEFAULT '{}'::jsonb,
    authors     TEXT[] NOT NULL DEFAULT '{}',  -- who wrote the current edition: they may not acknowledge it
    created_by  TEXT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    version     INT NOT NULL DEFAULT 0,
    UNIQUE (plan_id, period)
);
CREATE INDEX followup_report_year_idx ON followup_report (year, district_id);

-- Every submitted version, frozen: what the plan looked like then and what was written about it.
CREATE TABLE followup_report_version (
    report_id    UUID NOT NULL REFERENCES followup_report (id) ON DELETE CASCADE,
    number       INT NOT NULL,
    snapshot     JSONB NOT NULL,
    narrative    JSONB NOT NULL,
    authors      TEXT[] NOT NULL,
    submitted_by TEXT NOT NULL,
    submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome      VARCHAR(20) CHECK (outcome IN ('ACKNOWLEDGED', 'RETURNED')),
    decided_by   TEXT,
    decided_at   TIMESTAMP WITH TIME ZONE,
    comment      TEXT,
    PRIMARY KEY (report_id, number)
);

CREATE TABLE annual_compilation (
    id                UUID PRIMARY KEY,
    year              INT NOT NULL UNIQUE CHECK (year BETWEEN 2000 AND 2100),
    status            VARCHAR(20) NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    content           JSONB NOT NULL,
    next_year_plan_id UUID REFERENCES action_plan (id) ON DELETE SET NULL,
    created_by        TEXT NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    published_by      TEXT,
    published_at      TIMESTAMP WITH TIME ZONE,
    version           INT NOT NULL DEFAULT 0
);

-- The compilation proposes each district's unfinished activities for next year; the district decides.
CREATE TABLE carry_over_proposal (
    id              UUID PRIMARY KEY,
    compilation_id  UUID NOT NULL REFERENCES annual_compilation (id) ON DELETE CASCADE,
    district_id     UUID NOT NULL REFERENCES org_unit (id),
    activity_id     UUID NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    activity_title  TEXT NOT NULL,
    activity_status VARCHAR(20) NOT NULL,
    status          VARCHAR(20) NOT NULL CHECK (status IN ('PROPOSED', 'ACCEPTED', 'DECLINED')),
    decided_by      TEXT,
    decided_at      TIMESTAMP WITH TIME ZONE,
    reason          TEXT,
    new_activity_id UUID,
    version         INT NOT NULL DEFAULT 0,
    UNIQUE (compilation_id, activity_id)
);
CREATE INDEX carry_over_proposal_district_idx ON carry_over_proposal (district_id, status);
