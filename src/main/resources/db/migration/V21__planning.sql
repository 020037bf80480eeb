-- Planning: local action plans (åtgärdsplaner) per district and year, the city-wide handlingsplan
-- per year, goals, activities with every field the agreement names, and progress updates.

CREATE TABLE action_plan (
    id             UUID PRIMARY KEY,
    scope          VARCHAR(20) NOT NULL CHECK (scope IN ('LOCAL', 'CITY_WIDE')),
    district_id    UUID REFERENCES org_unit (id),
    year           INT NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    status         VARCHAR(20) NOT NULL CHECK (status IN ('DRAFT', 'ESTABLISHED')),
    established_at TIMESTAMP WITH TIME ZONE,
    established_by TEXT,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    version        INT NOT NULL DEFAULT 0,
    CHECK ((scope = 'LOCAL') = (district_id IS NOT NULL))
);
-- One plan per scope, district and year (two partial indexes: PostgreSQL 14 has no NULLS NOT DISTINCT)
CREATE UNIQUE INDEX action_plan_local_uq ON action_plan (district_id, year) WHERE scope = 'LOCAL';
CREATE UNIQUE INDEX action_plan_city_uq ON action_plan (year) WHERE scope = 'CITY_WIDE';

-- indicator_id refers to the indicator module, built beside this one: no foreign key.
CREATE TABLE goal (
    id              UUID PRIMARY KEY,
    plan_id         UUID NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
    title           TEXT NOT NULL,
    indicator_id    UUID,
    baseline_value  NUMERIC,
    baseline_period VARCHAR(20),
    target_value    NUMERIC,
    target_date     DATE,
    ordinal         INT NOT NULL
);
CREATE INDEX goal_plan_idx ON goal (plan_id);

CREATE TABLE activity (
    id                   UUID PRIMARY KEY,
    plan_id              UUID NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
    title                TEXT NOT NULL,
    what                 TEXT NOT NULL,
    how                  TEXT NOT NULL,
    follow_up_method     TEXT NOT NULL,
    responsible_party    VARCHAR(20) NOT NULL CHECK (responsible_party IN ('CITY', 'POLICE', 'JOINT')),
    responsible_unit_id  UUID NOT NULL REFERENCES org_unit (id),
    responsible_person   TEXT,
    participants         TEXT,
    milestones           TEXT,
    start_date           DATE NOT NULL,
    end_date             DATE NOT NULL,
    prevention_level     VARCHAR(20) NOT NULL CHECK (prevention_level IN ('UNIVERSAL', 'SELECTIVE', 'INDICATED')),
    prevention_type      VARCHAR(20) NOT NULL CHECK (prevention_type IN ('SOCIAL', 'SITUATIONAL')),
    horizon              VARCHAR(20) NOT NULL CHECK (horizon IN ('SHORT_TERM', 'LONG_TERM')),
    target_count         INT CHECK (target_count IS NULL OR target_count >= 0),
    done_count           INT NOT NULL DEFAULT 0 CHECK (done_count >= 0),
    status               VARCHAR(20) NOT NULL CHECK (status IN ('PLANNED', 'ONGOING', 'DONE', 'POSTPONED', 'CANCELLED')),
    signal               VARCHAR(10) CHECK (signal IN ('GREEN', 'YELLOW', 'RED')),
    ordinal              INT NOT NULL,
    updated_by           TEXT,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    version              INT NOT NULL DEFAULT 0,
    CHECK (end_date >= start_date)
);
CREATE INDEX activity_plan_idx ON activity (plan_id);

CREATE TABLE activity_priority_area (
    activity_id      UUID NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    priority_area_id UUID NOT NULL REFERENCES priority_area (id),
    PRIMARY KEY (activity_id, priority_area_id)
);

-- The golden thread: which causes of which problems an activity acts on.
CREATE TABLE activity_cause (
    activity_id UUID NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    cause_id    UUID NOT NULL REFERENCES cause (id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, cause_id)
);
CREATE INDEX activity_cause_cause_idx ON activity_cause (cause_id);

CREATE TABLE activity_goal (
    activity_id UUID NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    goal_id     UUID NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, goal_id)
);

-- Each saved version of an activity, so a refused concurrent edit can say what the other changed.
CREATE TABLE activity_revision (
    activity_id UUID NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    version     INT NOT NULL,
    username    TEXT NOT NULL,
    saved_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    snapshot    JSONB NOT NULL,
    PRIMARY KEY (activity_id, version)
);

CREATE TABLE progress_update (
    id          UUID PRIMARY KEY,
    activity_id UUID NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    date        DATE NOT NULL,
    status      VARCHAR(20) NOT NULL CHECK (status IN ('PLANNED', 'ONGOING', 'DONE', 'POSTPONED', 'CANCELLED')),
    signal      VARCHAR(10) NOT NULL CHECK (signal IN ('GREEN', 'YELLOW', 'RED')),
    note        TEXT,
    done_count  INT CHECK (done_count IS NULL OR done_count >= 0),
    username    TEXT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX progress_update_activity_idx ON progress_update (activity_id, date);
