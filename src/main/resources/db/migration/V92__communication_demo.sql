-- Items seeded for the embedded demo (never on an external database) are marked, so they can be told
-- apart from real communication and removed together.
ALTER TABLE communication ADD COLUMN demo BOOLEAN NOT NULL DEFAULT false;
