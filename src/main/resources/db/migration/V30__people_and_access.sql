-- Partner organisations (organisation module): bodies that are not a party to the agreement but
-- work with it, such as housing companies, schools and security companies. Their staff can be
-- reporters, and plans name them as responsible bodies. The one partner register of the system.
CREATE TABLE partner (
    id         UUID PRIMARY KEY,
    name       TEXT NOT NULL,
    kind       VARCHAR(30) NOT NULL CHECK (kind IN ('HOUSING_COMPANY', 'SCHOOL', 'SECURITY_COMPANY', 'BUSINESS',
                                                    'CIVIL_SOCIETY', 'PUBLIC_AUTHORITY', 'OTHER')),
    active     BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    version    INT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX partner_name_key ON partner (lower(name));

-- People and access (identity module)
ALTER TABLE app_user ALTER COLUMN party_id DROP NOT NULL;
ALTER TABLE app_user
    ADD COLUMN partner_id               UUID REFERENCES partner (id),
    ADD COLUMN email                    VARCHAR(254),
    ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN oidc_issuer              TEXT,
    ADD COLUMN oidc_subject             TEXT,
    -- raised whenever roles, the enabled flag or the password change: page sessions re-read the account
    ADD COLUMN access_version           INT NOT NULL DEFAULT 0,
    ADD CONSTRAINT app_user_one_organisation CHECK ((party_id IS NULL) <> (partner_id IS NULL)),
    ADD CONSTRAINT app_user_oidc_pair CHECK ((oidc_issuer IS NULL) = (oidc_subject IS NULL));
-- one account per name, whatever its case
CREATE UNIQUE INDEX app_user_username_lower_key ON app_user (lower(username));
CREATE UNIQUE INDEX app_user_oidc_key ON app_user (oidc_issuer, oidc_subject);

ALTER TABLE role_grant
    ADD COLUMN source     VARCHAR(10) NOT NULL DEFAULT 'ADMIN' CHECK (source IN ('ADMIN', 'OIDC')),
    ADD COLUMN granted_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    ADD COLUMN granted_by VARCHAR(100);
-- a role once per unit (NULL, the whole municipality, counted as one value; works on PostgreSQL 14)
CREATE UNIQUE INDEX role_grant_once_key
    ON role_grant (user_id, role, COALESCE(unit_id, '00000000-0000-0000-0000-000000000000'::uuid));

-- Tokens get an id the owner can name to revoke one, and the address they were issued to
ALTER TABLE api_token
    ADD COLUMN id          UUID NOT NULL DEFAULT gen_random_uuid(),
    ADD COLUMN issued_from VARCHAR(64);
CREATE UNIQUE INDEX api_token_id_key ON api_token (id);
CREATE INDEX api_token_user_idx ON api_token (user_id);

-- Failed sign-ins per user name AND client address, the name kept only as a SHA-256 hash: a
-- stranger elsewhere cannot lock an account, and a name typed by mistake (a password, a personal
-- identity number) is never stored.
DROP TABLE sign_in_failure;
CREATE TABLE sign_in_failure (
    name_hash      BYTEA NOT NULL,
    client_address VARCHAR(64) NOT NULL,
    failures       INT NOT NULL,
    last_failure   TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (name_hash, client_address)
);
CREATE INDEX sign_in_failure_last_idx ON sign_in_failure (last_failure);

-- Refused sign-ins counted per minute, name and address; a summary per minute goes to the audit log
CREATE TABLE sign_in_refusal (
    minute         TIMESTAMP WITH TIME ZONE NOT NULL,
    name_hash      BYTEA NOT NULL,
    client_address VARCHAR(64) NOT NULL,
    user_id        UUID,
    refusals       INT NOT NULL,
    PRIMARY KEY (minute, name_hash, client_address)
);
