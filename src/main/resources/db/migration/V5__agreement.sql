CREATE TABLE agreement (
    id                      UUID PRIMARY KEY,
    kind                    VARCHAR(20) NOT NULL CHECK (kind IN ('OVERARCHING', 'LOCAL')),
    title                   TEXT NOT NULL,
    goal                    TEXT,
    district_id             UUID REFERENCES org_unit (id),
    valid_from              DATE NOT NULL,
    valid_to                DATE,
    revision_interval_years INT NOT NULL DEFAULT 4 CHECK (revision_interval_years BETWEEN 1 AND 10),
    next_revision_due       DATE,
    status                  VARCHAR(30) NOT NULL CHECK (status IN ('DRAFT', 'AWAITING_SIGNATURES', 'SIGNED', 'SUPERSEDED')),
    supersedes_id           UUID REFERENCES agreement (id),
    note                    TEXT,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    version                 INT NOT NULL DEFAULT 0,
    CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CHECK ((kind = 'LOCAL') = (district_id IS NOT NULL))
);
CREATE INDEX agreement_district_idx ON agreement (district_id);

CREATE TABLE agreement_party (
    agreement_id UUID NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    unit_id      UUID NOT NULL REFERENCES org_unit (id),
    party        VARCHAR(20) NOT NULL, -- the unit's party, copied so this module needs no join into organisation
    PRIMARY KEY (agreement_id, unit_id)
);

CREATE TABLE priority_area (
    id           UUID PRIMARY KEY,
    agreement_id UUID NOT NULL REFERENCES agreement (id),
    code         VARCHAR(60) NOT NULL,
    name         TEXT NOT NULL,
    name_en      TEXT NOT NULL,
    description  TEXT,
    ordinal      INT NOT NULL,
    UNIQUE (agreement_id, code)
);

CREATE TABLE focus_area (
    id               UUID PRIMARY KEY,
    agreement_id     UUID NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    priority_area_id UUID NOT NULL REFERENCES priority_area (id),
    title            TEXT NOT NULL,
    description      TEXT,
    ordinal          INT NOT NULL
);
CREATE INDEX focus_area_agreement_idx ON focus_area (agreement_id);

CREATE TABLE priority_area_not_addressed (
    agreement_id     UUID NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    priority_area_id UUID NOT NULL REFERENCES priority_area (id),
    reason           TEXT NOT NULL,
    PRIMARY KEY (agreement_id, priority_area_id)
);

-- One signature per party
CREATE TABLE agreement_signature (
    agreement_id UUID NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    party        VARCHAR(20) NOT NULL,
    signed_by    TEXT NOT NULL,
    username     VARCHAR(100),
    signed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    note         TEXT,
    PRIMARY KEY (agreement_id, party)
);

CREATE TABLE referral_round (
    id           UUID PRIMARY KEY,
    case_number  VARCHAR(40) NOT NULL UNIQUE,
    title        TEXT NOT NULL,
    agreement_id UUID REFERENCES agreement (id),
    sent_on      DATE,
    due_date     DATE NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    version      INT NOT NULL DEFAULT 0,
    CHECK (sent_on IS NULL OR sent_on <= due_date)
);

CREATE TABLE referral_recipient (
    round_id UUID NOT NULL REFERENCES referral_round (id) ON DELETE CASCADE,
    unit_id  UUID NOT NULL REFERENCES org_unit (id),
    PRIMARY KEY (round_id, unit_id)
);

CREATE TABLE referral_document (
    id       UUID PRIMARY KEY,
    round_id UUID NOT NULL REFERENCES referral_round (id) ON DELETE CASCADE,
    title    TEXT NOT NULL,
    ordinal  INT NOT NULL
);

CREATE TABLE referral_response (
    id                UUID PRIMARY KEY,
    round_id          UUID NOT NULL REFERENCES referral_round (id),
    unit_id           UUID NOT NULL REFERENCES org_unit (id),
    case_number       VARCHAR(40),
    case_officer      TEXT,
    decision_date     DATE,
    meeting_date      DATE,
    proposed_decision TEXT,
    summary           TEXT,
    text              TEXT,
    recorded_by       VARCHAR(100) NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    UNIQUE (round_id, unit_id),
    FOREIGN KEY (round_id, unit_id) REFERENCES referral_recipient (round_id, unit_id)
);
