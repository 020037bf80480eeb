-- Indicators: shared measurable indicators tied to the priority areas, and their values per unit
-- and period (issue 8). Values of indicators computed from observations are not stored: they are
-- counted from the situation module when read, so they are never stale.

CREATE TABLE indicator (
    id          UUID PRIMARY KEY,
    code        VARCHAR(40) NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    unit        VARCHAR(60) NOT NULL,
    direction   VARCHAR(20) NOT NULL CHECK (direction IN ('LOWER_IS_BETTER', 'HIGHER_IS_BETTER', 'NEUTRAL')),
    source      VARCHAR(30) NOT NULL CHECK (source IN ('KOLADA', 'POLICE_STATISTICS', 'SAFETY_SURVEY', 'OBSERVATIONS', 'MANUAL')),
    source_ref  VARCHAR(200),
    level       VARCHAR(30) NOT NULL CHECK (level IN ('MUNICIPALITY', 'DISTRICT', 'LOCAL_POLICE_AREA')),
    frequency   VARCHAR(30) NOT NULL CHECK (frequency IN ('YEARLY', 'EVERY_THIRD_YEAR', 'TERTIAL', 'QUARTERLY', 'MONTHLY')),
    is_public   BOOLEAN NOT NULL DEFAULT FALSE,
    definition  TEXT,
    limitations TEXT,
    created_by  VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    updated_by  VARCHAR(100) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    version     INT NOT NULL DEFAULT 0
);
-- A Kolada KPI id names one indicator, so an import knows where each value goes.
CREATE UNIQUE INDEX indicator_kolada_kpi_uq ON indicator (source_ref) WHERE source = 'KOLADA';

CREATE TABLE indicator_priority_area (
    indicator_id     UUID NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    priority_area_id UUID NOT NULL REFERENCES priority_area (id),
    PRIMARY KEY (indicator_id, priority_area_id)
);
CREATE INDEX indicator_priority_area_area_idx ON indicator_priority_area (priority_area_id);

-- One value per indicator, unit and period. unit_id NULL is the municipality as a whole (the city;
-- Kolada's 0180). period is typed: 2025, 2025-T1, 2025-Q2 or 2025-05; its dates order the series.
CREATE TABLE indicator_value (
    indicator_id UUID NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    unit_id      UUID REFERENCES org_unit (id),
    period       VARCHAR(7) NOT NULL,
    period_start DATE NOT NULL,
    period_end   DATE NOT NULL,
    value        NUMERIC NOT NULL,
    event_count  BIGINT CHECK (event_count IS NULL OR event_count >= 0),
    state        VARCHAR(20) NOT NULL CHECK (state IN ('PRELIMINARY', 'APPROVED')),
    origin       VARCHAR(20) NOT NULL CHECK (origin IN ('MANUAL', 'CSV', 'KOLADA', 'REFERENCE', 'DEMO')),
    note         TEXT,
    updated_by   VARCHAR(100) NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    approved_by  VARCHAR(100),
    approved_at  TIMESTAMP WITH TIME ZONE,
    CHECK (period_end >= period_start)
);
-- Upserts are "on unit and period": the city (NULL) is one unit like any other.
CREATE UNIQUE INDEX indicator_value_key_uq ON indicator_value
    (indicator_id, (COALESCE(unit_id, '00000000-0000-0000-0000-000000000000'::uuid)), period);
-- Trends read one indicator's series unit by unit in period order; a comparison reads a few indicators'
-- values of one period through the unique index above (indicator first). Few indexes keep large imports fast.
CREATE INDEX indicator_value_series_idx ON indicator_value (indicator_id, unit_id, period_start);

-- Which one-time loads of reference indicators have run (the starter set, the demo values).
CREATE TABLE indicator_seed (
    name      VARCHAR(60) PRIMARY KEY,
    loaded_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
