-- Notifications: the in-app inbox, each user's e-mail preference, and the lock that makes a
-- scheduled job run on one instance only.
CREATE TABLE notification (
    id           UUID PRIMARY KEY,
    username     VARCHAR(100) NOT NULL,
    type         VARCHAR(40) NOT NULL,
    message_key  TEXT NOT NULL,
    arguments    JSONB NOT NULL DEFAULT '[]'::jsonb,
    link         TEXT,
    dedup_key    TEXT NOT NULL, -- the same reminder to the same user is kept (and sent) once
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    read_at      TIMESTAMP WITH TIME ZONE,
    mailed_at    TIMESTAMP WITH TIME ZONE,
    UNIQUE (username, dedup_key)
);
CREATE INDEX notification_inbox_idx ON notification (username, created_at DESC);
CREATE INDEX notification_unread_idx ON notification (username) WHERE read_at IS NULL;

CREATE TABLE notification_preference (
    username      VARCHAR(100) PRIMARY KEY,
    email         TEXT,
    email_enabled BOOLEAN NOT NULL DEFAULT FALSE,
    version       INT NOT NULL DEFAULT 0
);

-- ShedLock's table (net.javacrumbs.shedlock JDBC provider). IF NOT EXISTS: other modules that
-- schedule jobs share this one table.
CREATE TABLE IF NOT EXISTS shedlock (
    name       VARCHAR(64) NOT NULL,
    lock_until TIMESTAMP NOT NULL,
    locked_at  TIMESTAMP NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
);
