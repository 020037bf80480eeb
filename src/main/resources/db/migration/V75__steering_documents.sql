-- The city's steering documents and their goals (module governance), so that plans, goals and
-- activities can say which of the city's own goals they serve and the same work is not entered
-- twice (issue 13). Seeded with what the source (SÖD 2023/713) names, nothing more: the council's
-- goal 3.6 with its text as quoted there, and the safety programme and the strategy by name only;
-- their goals are added by the central coordinators.
CREATE TABLE steering_document (
    id          UUID PRIMARY KEY,
    title       TEXT NOT NULL,
    issuer      TEXT,
    description TEXT,
    source      TEXT,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    version     INT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX steering_document_title_key ON steering_document (lower(title));

CREATE TABLE steering_document_goal (
    id          UUID PRIMARY KEY,
    document_id UUID NOT NULL REFERENCES steering_document (id) ON DELETE CASCADE,
    code        VARCHAR(40),
    text        TEXT NOT NULL,
    ordinal     INT NOT NULL
);
CREATE INDEX steering_document_goal_document_idx ON steering_document_goal (document_id, ordinal);

-- Links from planning (module planning) to the goals of steering documents.
CREATE TABLE plan_steering_goal (
    plan_id          UUID NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
    steering_goal_id UUID NOT NULL REFERENCES steering_document_goal (id),
    PRIMARY KEY (plan_id, steering_goal_id)
);
CREATE TABLE goal_steering_goal (
    goal_id          UUID NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    steering_goal_id UUID NOT NULL REFERENCES steering_document_goal (id),
    PRIMARY KEY (goal_id, steering_goal_id)
);
CREATE TABLE activity_steering_goal (
    activity_id      UUID NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    steering_goal_id UUID NOT NULL REFERENCES steering_document_goal (id),
    PRIMARY KEY (activity_id, steering_goal_id)
);
CREATE INDEX activity_steering_goal_goal_idx ON activity_steering_goal (steering_goal_id);

WITH council AS (
    INSERT INTO steering_document (id, title, issuer, description, source)
    VALUES (gen_random_uuid(), 'Kommunfullmäktiges mål', 'Kommunfullmäktige',
            'Kommunfullmäktiges mål för stadens verksamhet.',
            'Målet 3.6 citerat i Södermalms stadsdelsförvaltnings tjänsteutlåtande SÖD 2023/713 (2023-09-29).')
    RETURNING id
)
INSERT INTO steering_document_goal (id, document_id, code, text, ordinal)
SELECT gen_random_uuid(), id, '3.6', 'Tryggheten ska öka genom förebyggande insatser', 1 FROM council;

INSERT INTO steering_document (id, title, issuer, description, source) VALUES
  (gen_random_uuid(), 'Stadens trygghetsprogram', 'Stockholms stad', NULL,
   'Nämnt i SÖD 2023/713; programmets mål är inte inlagda (ingen källa i Samverkan återger dem).'),
  (gen_random_uuid(), 'Stadens strategi för att förhindra att barn, unga och unga vuxna dras in i kriminalitet',
   'Stockholms stad', NULL,
   'Nämnd i SÖD 2023/713; strategins mål är inte inlagda (ingen källa i Samverkan återger dem).');

INSERT INTO audit_entry (username, action, entity_type, entity_id, changes)
SELECT 'system', 'CREATE', 'SteeringDocument', d.id,
       jsonb_build_object('after', jsonb_build_object('title', d.title, 'source', d.source,
           'goals', COALESCE((SELECT jsonb_agg(g.code || ' ' || g.text) FROM steering_document_goal g WHERE g.document_id = d.id), '[]'::jsonb)))
FROM steering_document d;
