CREATE TABLE observation_category (
    code               VARCHAR(40) PRIMARY KEY,
    name               TEXT NOT NULL,
    name_en            TEXT NOT NULL,
    priority_area_code VARCHAR(60) NOT NULL,
    police_event_types TEXT[] NOT NULL DEFAULT ARRAY[]::text[],
    ordinal            INT NOT NULL DEFAULT 0,
    version            INT NOT NULL DEFAULT 0
);

CREATE TABLE place (
    id          UUID PRIMARY KEY,
    name        TEXT NOT NULL,
    district_id UUID NOT NULL REFERENCES org_unit (id),
    lat         DOUBLE PRECISION,
    lon         DOUBLE PRECISION,
    tags        TEXT[] NOT NULL DEFAULT ARRAY[]::text[],
    created_by  VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    version     INT NOT NULL DEFAULT 0
);
CREATE INDEX place_district_idx ON place (district_id);

-- Field reports (EST-style). Positions are WGS84; cell_x/cell_y index a grid of about 250 m for hotspots.
CREATE TABLE observation (
    id                 UUID PRIMARY KEY,
    occurred_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    reported_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    reported_by        VARCHAR(100) NOT NULL,
    source             VARCHAR(20) NOT NULL CHECK (source IN ('FORM', 'API', 'CSV')),
    lat                DOUBLE PRECISION,
    lon                DOUBLE PRECISION,
    cell_x             INT,
    cell_y             INT,
    place_id           UUID REFERENCES place (id),
    spot               TEXT,
    district_id        UUID NOT NULL REFERENCES org_unit (id),
    neighbourhood      TEXT,
    category_code      VARCHAR(40) NOT NULL REFERENCES observation_category (code),
    priority_area_code VARCHAR(60) NOT NULL,
    severity           SMALLINT NOT NULL CHECK (severity BETWEEN 1 AND 4),
    description        TEXT,
    proposed_measure   TEXT,
    status             VARCHAR(20) NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW', 'HANDLED', 'FORWARDED')),
    external_id        VARCHAR(200) UNIQUE,
    version            INT NOT NULL DEFAULT 0,
    CHECK ((lat IS NULL) = (lon IS NULL))
);
CREATE INDEX observation_district_time_idx ON observation (district_id, occurred_at);
CREATE INDEX observation_place_idx ON observation (place_id) WHERE place_id IS NOT NULL;
CREATE INDEX observation_reporter_idx ON observation (reported_by);

-- The police's public events, as published. Their position is a municipality or county centre,
-- so they are never placed in a district.
CREATE TABLE police_event (
    id            BIGINT PRIMARY KEY,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    name          TEXT NOT NULL,
    summary       TEXT,
    url           TEXT,
    type          TEXT NOT NULL,
    category_code VARCHAR(40) REFERENCES observation_category (code),
    location_name TEXT NOT NULL,
    lat           DOUBLE PRECISION,
    lon           DOUBLE PRECISION,
    imported_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX police_event_location_time_idx ON police_event (location_name, occurred_at);

CREATE TABLE import_job (
    id          UUID PRIMARY KEY,
    kind        VARCHAR(40) NOT NULL,
    status      VARCHAR(20) NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    file_name   TEXT,
    total       BIGINT NOT NULL DEFAULT 0,
    processed   BIGINT NOT NULL DEFAULT 0,
    imported    BIGINT NOT NULL DEFAULT 0,
    skipped     BIGINT NOT NULL DEFAULT 0,
    errors      JSONB NOT NULL DEFAULT '[]'::jsonb,
    message     TEXT,
    started_by  VARCHAR(100) NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    finished_at TIMESTAMP WITH TIME ZONE
);

CREATE TABLE situation_picture (
    id             UUID PRIMARY KEY,
    district_id    UUID REFERENCES org_unit (id),
    period         VARCHAR(10) NOT NULL,
    period_start   DATE NOT NULL,
    period_end     DATE NOT NULL,
    author_party   VARCHAR(20) NOT NULL CHECK (author_party IN ('CITY', 'POLICE', 'JOINT')),
    status         VARCHAR(20) NOT NULL CHECK (status IN ('DRAFT', 'ESTABLISHED')),
    based_on       UUID[] NOT NULL DEFAULT ARRAY[]::uuid[],
    created_by     VARCHAR(100) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    established_by VARCHAR(100),
    established_at TIMESTAMP WITH TIME ZONE,
    version        INT NOT NULL DEFAULT 0
);
CREATE INDEX situation_picture_district_idx ON situation_picture (district_id, period);

CREATE TABLE situation_picture_section (
    picture_id         UUID NOT NULL REFERENCES situation_picture (id) ON DELETE CASCADE,
    priority_area_id   UUID NOT NULL,
    priority_area_code VARCHAR(60) NOT NULL,
    priority_area_name TEXT NOT NULL,
    ordinal            INT NOT NULL,
    assessment         TEXT,
    trend              VARCHAR(10) NOT NULL DEFAULT 'UNKNOWN' CHECK (trend IN ('UP', 'FLAT', 'DOWN', 'UNKNOWN')),
    figures            JSONB NOT NULL DEFAULT '{}'::jsonb,
    PRIMARY KEY (picture_id, priority_area_id)
);

CREATE TABLE situation_picture_source (
    picture_id  UUID NOT NULL REFERENCES situation_picture (id) ON DELETE CASCADE,
    ordinal     INT NOT NULL,
    name        TEXT NOT NULL,
    limitations TEXT,
    PRIMARY KEY (picture_id, ordinal)
);

INSERT INTO observation_category (code, name, name_en, priority_area_code, police_event_types, ordinal) VALUES
  ('VANDALISM', 'Skadegörelse', 'Criminal damage', 'UNSAFE_PLACES', ARRAY['Skadegörelse'], 1),
  ('GRAFFITI', 'Klotter', 'Graffiti', 'UNSAFE_PLACES', ARRAY[]::text[], 2),
  ('LITTERING', 'Nedskräpning', 'Littering', 'UNSAFE_PLACES', ARRAY[]::text[], 3),
  ('DARK_OR_UNSAFE_PLACE', 'Mörk eller otrygg plats', 'Dark or unsafe place', 'UNSAFE_PLACES', ARRAY[]::text[], 4),
  ('DISRUPTIVE_GROUP', 'Störande grupp', 'Disruptive group', 'YOUNG_PEOPLE_AT_RISK', ARRAY['Ofredande/förargelse', 'Bråk', 'Fylleri'], 5),
  ('DRUGS', 'Droghandel eller droganvändning', 'Drug dealing or drug use', 'CRIMINAL_ENVIRONMENTS', ARRAY['Narkotikabrott'], 6),
  ('THREATS_TO_STAFF', 'Hot eller våld mot personal', 'Threats or violence against staff', 'SYSTEM_THREATENING_CRIME', ARRAY['Våld/hot mot tjänsteman'], 7),
  ('FIRE', 'Brand', 'Fire', 'UNSAFE_PLACES', ARRAY['Brand', 'Mordbrand'], 8),
  ('BURGLARY', 'Inbrott', 'Burglary', 'CRIMINAL_ENVIRONMENTS', ARRAY['Inbrott', 'Stöld/inbrott'], 9),
  ('PUBLIC_VIOLENCE', 'Våld i offentlig miljö', 'Violence in public places', 'VULNERABLE_VICTIMS', ARRAY['Misshandel', 'Misshandel, grov', 'Rån', 'Olaga hot', 'Mord/dråp', 'Mord/dråp, försök'], 10);
