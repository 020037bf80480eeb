-- What the demo year generated (issue 11), so it is known as demo data and loaded once.
CREATE TABLE demo_record (
    entity_type VARCHAR(40) NOT NULL,
    entity_id   UUID NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    PRIMARY KEY (entity_type, entity_id)
);
