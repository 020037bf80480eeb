-- Joint communication (issue 10): items drafted by either party, approved once by each party by
-- someone who did not write the text, then published; external items reach the public pages and
-- the Atom feeds. Activity and compilation ids belong to the planning and followup modules: no
-- foreign keys to their tables.

CREATE TABLE communication (
    id                  UUID PRIMARY KEY,
    title               TEXT NOT NULL,
    -- the formatted text as its authors wrote it, and what the allow-list sanitiser makes of it
    body                TEXT NOT NULL,
    body_html           TEXT NOT NULL,
    summary             TEXT NOT NULL,
    audience            VARCHAR(10) NOT NULL CHECK (audience IN ('INTERNAL', 'EXTERNAL')),
    level               VARCHAR(10) NOT NULL CHECK (level IN ('LOCAL', 'CITY_WIDE')),
    district_id         UUID REFERENCES org_unit (id),
    compilation_id      UUID,
    planned_publication DATE,
    status              VARCHAR(10) NOT NULL CHECK (status IN ('DRAFT', 'APPROVED', 'PUBLISHED', 'WITHDRAWN')),
    author_username     TEXT NOT NULL,
    author_party        VARCHAR(20) NOT NULL,
    revision            INT NOT NULL DEFAULT 1,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at        TIMESTAMP WITH TIME ZONE,
    published_by        TEXT,
    withdrawn_at        TIMESTAMP WITH TIME ZONE,
    withdrawn_by        TEXT,
    withdrawal_reason   TEXT,
    version             INT NOT NULL DEFAULT 0,
    CHECK ((level = 'LOCAL') = (district_id IS NOT NULL)),
    CHECK ((status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL)),
    CHECK (status NOT IN ('PUBLISHED', 'WITHDRAWN') OR published_at IS NOT NULL)
);
CREATE INDEX communication_status_idx ON communication (status, updated_at DESC);
-- The public list and feeds: published external items, newest first, city-wide or per district.
CREATE INDEX communication_public_idx ON communication (published_at DESC, id)
    WHERE status = 'PUBLISHED' AND audience = 'EXTERNAL';
CREATE INDEX communication_public_district_idx ON communication (district_id, published_at DESC)
    WHERE status = 'PUBLISHED' AND audience = 'EXTERNAL';
-- Ripe for the planned-publication job.
CREATE INDEX communication_planned_idx ON communication (planned_publication) WHERE status = 'APPROVED';

-- Everyone who wrote some of the text: none of them may approve it.
CREATE TABLE communication_writer (
    communication_id UUID NOT NULL REFERENCES communication (id) ON DELETE CASCADE,
    username         TEXT NOT NULL,
    PRIMARY KEY (communication_id, username)
);

CREATE TABLE communication_activity (
    communication_id UUID NOT NULL REFERENCES communication (id) ON DELETE CASCADE,
    activity_id      UUID NOT NULL,
    ordinal          INT NOT NULL,
    PRIMARY KEY (communication_id, activity_id)
);

-- Each revision of the content, so an approver can see what changed since they approved.
CREATE TABLE communication_revision (
    communication_id UUID NOT NULL REFERENCES communication (id) ON DELETE CASCADE,
    revision         INT NOT NULL,
    saved_by         TEXT NOT NULL,
    saved_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    content          JSONB NOT NULL,
    PRIMARY KEY (communication_id, revision)
);

-- Approvals, kept when an edit voids them (voided_at), with the revision each one approved.
CREATE TABLE communication_approval (
    id               UUID PRIMARY KEY,
    communication_id UUID NOT NULL REFERENCES communication (id) ON DELETE CASCADE,
    party            VARCHAR(20) NOT NULL,
    username         TEXT NOT NULL,
    display_name     TEXT NOT NULL,
    approved_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    revision         INT NOT NULL,
    voided_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX communication_approval_item_idx ON communication_approval (communication_id, approved_at);
-- One standing approval per party: two racing approvals of the same party cannot both stand.
CREATE UNIQUE INDEX communication_approval_party_uq ON communication_approval (communication_id, party)
    WHERE voided_at IS NULL;

-- One row: how current the public pages and feeds are. Every publication or withdrawal of an
-- external item moves it on, in the same transaction; the public pages read it (one row, by key)
-- for their ETag and Last-Modified before anything else.
CREATE TABLE communication_public_state (
    id         BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (id),
    revision   BIGINT NOT NULL DEFAULT 0,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
INSERT INTO communication_public_state DEFAULT VALUES;
