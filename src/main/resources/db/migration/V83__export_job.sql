-- Exports that run in the background with their progress, so a long one holds no request thread
-- and every instance can show how far it has come. The file is kept for a day.
CREATE TABLE export_job (
    id           UUID PRIMARY KEY,
    title        TEXT NOT NULL,
    status       VARCHAR(20) NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    percent      INT NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
    step         TEXT,
    file_name    TEXT,
    content_type TEXT,
    content      BYTEA,
    requested_by VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    finished_at  TIMESTAMP WITH TIME ZONE,
    message      TEXT
);
CREATE INDEX export_job_created_idx ON export_job (created_at);
