-- Corrections (issue 11): a goal is changed with the version the user read (a stale one 409).
ALTER TABLE goal ADD COLUMN version INT NOT NULL DEFAULT 0;
