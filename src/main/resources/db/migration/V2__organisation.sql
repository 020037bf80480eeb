CREATE TABLE party (
    id      UUID PRIMARY KEY,
    code    VARCHAR(20) NOT NULL UNIQUE,
    name    TEXT NOT NULL,
    name_en TEXT NOT NULL
);

CREATE TABLE org_unit (
    id         UUID PRIMARY KEY,
    code       VARCHAR(60) NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    type       VARCHAR(30) NOT NULL CHECK (type IN ('DISTRICT', 'CENTRAL_OFFICE', 'COMMITTEE', 'COMPANY',
                                                   'POLICE_REGION', 'POLICE_AREA', 'LOCAL_POLICE_AREA')),
    party_id   UUID NOT NULL REFERENCES party (id),
    parent_id  UUID REFERENCES org_unit (id),
    valid_from DATE NOT NULL,
    valid_to   DATE,
    version    INT NOT NULL DEFAULT 0,
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX org_unit_type_idx ON org_unit (type, valid_from, valid_to);

CREATE TABLE unit_succession (
    predecessor_id UUID NOT NULL REFERENCES org_unit (id),
    successor_id   UUID NOT NULL REFERENCES org_unit (id),
    PRIMARY KEY (predecessor_id, successor_id)
);

-- Which districts a local police area covers, dated and possibly partial
CREATE TABLE unit_coverage (
    police_unit_id UUID NOT NULL REFERENCES org_unit (id),
    district_id    UUID NOT NULL REFERENCES org_unit (id),
    valid_from     DATE NOT NULL,
    valid_to       DATE,
    partial        BOOLEAN NOT NULL DEFAULT FALSE,
    note           TEXT,
    PRIMARY KEY (police_unit_id, district_id, valid_from)
);
CREATE INDEX unit_coverage_district_idx ON unit_coverage (district_id);

CREATE TABLE neighbourhood (
    id       UUID PRIMARY KEY,
    code     TEXT NOT NULL UNIQUE,
    name     TEXT NOT NULL,
    boundary TEXT NOT NULL -- GeoJSON geometry, WGS84 (lon, lat)
);

CREATE TABLE neighbourhood_district (
    neighbourhood_id UUID NOT NULL REFERENCES neighbourhood (id),
    district_id      UUID NOT NULL REFERENCES org_unit (id),
    valid_from       DATE NOT NULL,
    valid_to         DATE,
    PRIMARY KEY (neighbourhood_id, valid_from)
);

CREATE TABLE org_group (
    id      UUID PRIMARY KEY,
    code    VARCHAR(80) NOT NULL UNIQUE,
    name    TEXT NOT NULL,
    kind    VARCHAR(40) NOT NULL CHECK (kind IN ('PREPARATION_GROUP', 'CENTRAL_STEERING_GROUP',
                                                 'LOCAL_STEERING_GROUP', 'LOCAL_COLLABORATION_ORGANISATION')),
    unit_id UUID REFERENCES org_unit (id),
    version INT NOT NULL DEFAULT 0
);

CREATE TABLE group_member (
    id       UUID PRIMARY KEY,
    group_id UUID NOT NULL REFERENCES org_group (id),
    name     TEXT NOT NULL,
    title    TEXT,
    unit_id  UUID REFERENCES org_unit (id),
    username VARCHAR(100)
);
CREATE INDEX group_member_group_idx ON group_member (group_id);
