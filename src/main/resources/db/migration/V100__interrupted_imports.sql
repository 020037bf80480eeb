-- Issue 11, interrupted imports: a job whose instance stopped is marked INTERRUPTED instead of
-- staying RUNNING for ever. The instance running a job keeps its heartbeat fresh; a RUNNING job
-- whose heartbeat has gone stale belongs to an instance that is gone.
ALTER TABLE import_job DROP CONSTRAINT import_job_status_check;
ALTER TABLE import_job ADD CONSTRAINT import_job_status_check
    CHECK (status IN ('RUNNING', 'DONE', 'FAILED', 'INTERRUPTED'));
ALTER TABLE import_job ADD COLUMN instance_id UUID;
ALTER TABLE import_job ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now();
CREATE INDEX import_job_running ON import_job (heartbeat_at) WHERE status = 'RUNNING';
