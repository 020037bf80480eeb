-- ShedLock's lock table (net.javacrumbs.shedlock, JDBC provider): a scheduled job runs on one
-- instance at a time however many instances share this database. Shared by every module's jobs.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
);
