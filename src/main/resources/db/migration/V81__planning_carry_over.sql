-- Planning: an unfinished activity carried over into next year's plan. The old activity stays as
-- it was (marked as carried by this row); the new one holds the same content, causes and goals.
CREATE TABLE activity_carry_over (
    from_activity_id UUID PRIMARY KEY REFERENCES activity (id) ON DELETE CASCADE,
    to_activity_id   UUID NOT NULL UNIQUE REFERENCES activity (id) ON DELETE CASCADE,
    carried_by       TEXT NOT NULL,
    carried_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

-- A goal the carried activities serve is copied into the new plan once.
CREATE TABLE goal_carry_over (
    from_goal_id UUID PRIMARY KEY REFERENCES goal (id) ON DELETE CASCADE,
    to_goal_id   UUID NOT NULL UNIQUE REFERENCES goal (id) ON DELETE CASCADE
);
