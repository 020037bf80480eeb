CREATE TABLE audit_entry (
    id          BIGSERIAL PRIMARY KEY,
    at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    username    VARCHAR(100) NOT NULL,
    action      VARCHAR(60) NOT NULL,
    entity_type VARCHAR(60) NOT NULL,
    entity_id   UUID,
    unit_id     UUID,
    changes     JSONB NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_id, at);
CREATE INDEX audit_entry_unit_idx ON audit_entry (unit_id, at);

-- The audit log is append-only: the database itself refuses to change or remove an entry.
CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_entry_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();

CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
