-- The weekly counts and hotspots of a situation picture's period, taken with its other figures
-- when the picture is made, so that its chart and map agree with its figures and stay as they were
-- once it is established. Pictures made before this column existed have none; they are drawn from
-- the observations at the time of reading (and say so).
ALTER TABLE situation_picture ADD COLUMN overview_figures JSONB;
