-- Planning (issue 13). A plan addresses every priority area with an activity or a goal, or says
-- why not (the local level addresses all five areas in its measures and goals); goals carry
-- their priority area; a goal may have a text target instead of a number, followed up by
-- assessments (achieved, partly, not achieved) with a comment.
CREATE TABLE plan_area_not_addressed (
    plan_id          UUID NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
    priority_area_id UUID NOT NULL REFERENCES priority_area (id),
    reason           TEXT NOT NULL,
    PRIMARY KEY (plan_id, priority_area_id)
);

ALTER TABLE goal ADD COLUMN priority_area_id UUID REFERENCES priority_area (id);
ALTER TABLE goal ADD COLUMN target_text TEXT;

CREATE TABLE goal_assessment (
    id          UUID PRIMARY KEY,
    goal_id     UUID NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    date        DATE NOT NULL,
    result      VARCHAR(20) NOT NULL CHECK (result IN ('ACHIEVED', 'PARTLY', 'NOT_ACHIEVED')),
    comment     TEXT,
    username    TEXT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX goal_assessment_goal_idx ON goal_assessment (goal_id, date);
