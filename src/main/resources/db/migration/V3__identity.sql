CREATE TABLE app_user (
    id            UUID PRIMARY KEY,
    username      VARCHAR(100) NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    party_id      UUID NOT NULL REFERENCES party (id),
    password_hash TEXT,           -- null: signs in through OIDC only
    enabled       BOOLEAN NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    version       INT NOT NULL DEFAULT 0
);

CREATE TABLE role_grant (
    id      UUID PRIMARY KEY,
    user_id UUID NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    VARCHAR(40) NOT NULL CHECK (role IN ('SYSTEM_ADMIN', 'CENTRAL_COORDINATOR', 'LOCAL_COORDINATOR',
                                                 'STEERING_MEMBER', 'REPORTER', 'COMMUNICATOR', 'VIEWER')),
    unit_id UUID REFERENCES org_unit (id)  -- null: the whole municipality
);
CREATE INDEX role_grant_user_idx ON role_grant (user_id);

-- API tokens are stored as SHA-256 hashes only
CREATE TABLE api_token (
    token_hash BYTEA PRIMARY KEY,
    user_id    UUID NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX api_token_expiry_idx ON api_token (expires_at);

-- Failed sign-ins per (normalised) user name, shared by every instance
CREATE TABLE sign_in_failure (
    username_key  VARCHAR(100) PRIMARY KEY,
    failures      INT NOT NULL,
    last_failure  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until  TIMESTAMP WITH TIME ZONE
);

CREATE TABLE demo_data (
    loaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
