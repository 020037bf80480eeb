-- Observation counts kept up to date as observations arrive, so that no overview scans raw rows.
-- Every count is keyed by the district the observation was filed under (the one valid on its date);
-- a district's overview adds its predecessors' counts at read time.
--
-- observation_count: per district, category, priority area and status, by day (grain 'D') and by
-- ISO week starting on Monday ('W'). An overview reads whole weeks from 'W' and the days at the
-- edges of its period from 'D'.
-- observation_cell_count: per district and hotspot cell (HotspotGrid), by month ('M') and year ('Y'),
-- for all categories together (category_code '*') and for each category. An overview reads whole
-- years and months from here and the days at the edges of its period from the raw rows.
-- Days, weeks, months and years are those of Europe/Stockholm.
CREATE TABLE observation_count (
    grain              CHAR(1) NOT NULL CHECK (grain IN ('D', 'W')),
    period_start       DATE NOT NULL,
    district_id        UUID NOT NULL,
    category_code      VARCHAR(40) COLLATE "C" NOT NULL,
    priority_area_code VARCHAR(60) COLLATE "C" NOT NULL,
    status             VARCHAR(20) COLLATE "C" NOT NULL,
    n                  BIGINT NOT NULL,
    PRIMARY KEY (grain, period_start, district_id, category_code, priority_area_code, status)
);

CREATE TABLE observation_cell_count (
    grain         CHAR(1) NOT NULL CHECK (grain IN ('M', 'Y')),
    category_code VARCHAR(40) COLLATE "C" NOT NULL,
    period_start  DATE NOT NULL,
    district_id   UUID NOT NULL,
    cell_x        INT NOT NULL,
    cell_y        INT NOT NULL,
    n             BIGINT NOT NULL,
    PRIMARY KEY (grain, category_code, period_start, district_id, cell_x, cell_y)
);

-- Adds (sign 1) or removes (sign -1) one observation's counts. Rows that reach zero are removed.
CREATE FUNCTION observation_aggregates_apply(p_district UUID, p_occurred TIMESTAMP WITH TIME ZONE,
        p_category TEXT, p_area TEXT, p_status TEXT, p_cell_x INT, p_cell_y INT, p_sign INT) RETURNS void
    LANGUAGE plpgsql AS
$$
DECLARE
    v_day DATE := (p_occurred AT TIME ZONE 'Europe/Stockholm')::date;
BEGIN
    INSERT INTO observation_count AS c (grain, period_start, district_id, category_code, priority_area_code, status, n)
    VALUES ('D', v_day, p_district, p_category, p_area, p_status, p_sign),
           ('W', date_trunc('week', v_day::timestamp)::date, p_district, p_category, p_area, p_status, p_sign)
    ON CONFLICT (grain, period_start, district_id, category_code, priority_area_code, status)
        DO UPDATE SET n = c.n + EXCLUDED.n;
    IF p_cell_x IS NOT NULL AND p_cell_y IS NOT NULL THEN
        INSERT INTO observation_cell_count AS c (grain, category_code, period_start, district_id, cell_x, cell_y, n)
        VALUES ('M', '*', date_trunc('month', v_day::timestamp)::date, p_district, p_cell_x, p_cell_y, p_sign),
               ('M', p_category, date_trunc('month', v_day::timestamp)::date, p_district, p_cell_x, p_cell_y, p_sign),
               ('Y', '*', date_trunc('year', v_day::timestamp)::date, p_district, p_cell_x, p_cell_y, p_sign),
               ('Y', p_category, date_trunc('year', v_day::timestamp)::date, p_district, p_cell_x, p_cell_y, p_sign)
        ON CONFLICT (grain, category_code, period_start, district_id, cell_x, cell_y)
            DO UPDATE SET n = c.n + EXCLUDED.n;
    END IF;
    IF p_sign < 0 THEN
        DELETE FROM observation_count
        WHERE n = 0 AND district_id = p_district AND category_code = p_category AND priority_area_code = p_area
          AND status = p_status
          AND ((grain = 'D' AND period_start = v_day) OR (grain = 'W' AND period_start = date_trunc('week', v_day::timestamp)::date));
        DELETE FROM observation_cell_count
        WHERE n = 0 AND district_id = p_district AND cell_x = p_cell_x AND cell_y = p_cell_y
          AND category_code IN ('*', p_category)
          AND ((grain = 'M' AND period_start = date_trunc('month', v_day::timestamp)::date)
            OR (grain = 'Y' AND period_start = date_trunc('year', v_day::timestamp)::date));
    END IF;
END;
$$;

CREATE FUNCTION observation_aggregates_follow() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM observation_aggregates_apply(OLD.district_id, OLD.occurred_at, OLD.category_code,
                OLD.priority_area_code, OLD.status, OLD.cell_x, OLD.cell_y, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM observation_aggregates_apply(NEW.district_id, NEW.occurred_at, NEW.category_code,
                NEW.priority_area_code, NEW.status, NEW.cell_x, NEW.cell_y, 1);
    END IF;
    RETURN NULL;
END;
$$;

-- One row at a time for the everyday changes (a report, a status change, a correction, a removal),
-- in the same transaction as the change. Bulk writers (the CSV import, the rebuild, benchmark
-- generators) set samverkan.observation_aggregates to 'merged-by-writer' for their transaction
-- and merge their counts once themselves; a row-by-row update would cost minutes for a million rows.
CREATE TRIGGER observation_aggregates_insert AFTER INSERT ON observation FOR EACH ROW
    WHEN (current_setting('samverkan.observation_aggregates', true) IS DISTINCT FROM 'merged-by-writer')
    EXECUTE FUNCTION observation_aggregates_follow();
CREATE TRIGGER observation_aggregates_delete AFTER DELETE ON observation FOR EACH ROW
    WHEN (current_setting('samverkan.observation_aggregates', true) IS DISTINCT FROM 'merged-by-writer')
    EXECUTE FUNCTION observation_aggregates_follow();
CREATE TRIGGER observation_aggregates_update
    AFTER UPDATE OF district_id, occurred_at, category_code, priority_area_code, status, cell_x, cell_y ON observation
    FOR EACH ROW
    WHEN ((OLD.district_id, OLD.occurred_at, OLD.category_code, OLD.priority_area_code, OLD.status, OLD.cell_x, OLD.cell_y)
              IS DISTINCT FROM
          (NEW.district_id, NEW.occurred_at, NEW.category_code, NEW.priority_area_code, NEW.status, NEW.cell_x, NEW.cell_y)
          AND current_setting('samverkan.observation_aggregates', true) IS DISTINCT FROM 'merged-by-writer')
    EXECUTE FUNCTION observation_aggregates_follow();

CREATE FUNCTION observation_aggregates_clear() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    DELETE FROM observation_count;
    DELETE FROM observation_cell_count;
    RETURN NULL;
END;
$$;
CREATE TRIGGER observation_aggregates_truncate AFTER TRUNCATE ON observation FOR EACH STATEMENT
    EXECUTE FUNCTION observation_aggregates_clear();

-- What the counts should be, computed from the raw rows: the rebuild stores these, and the
-- consistency check compares the stored counts with them.
CREATE VIEW observation_count_fresh AS
SELECT CASE WHEN GROUPING(day) = 0 THEN 'D' ELSE 'W' END::char(1) AS grain, coalesce(day, week) AS period_start,
       district_id, category_code, priority_area_code, status, count(*) AS n
FROM (SELECT district_id, category_code COLLATE "C" AS category_code,
             priority_area_code COLLATE "C" AS priority_area_code, status COLLATE "C" AS status,
             (occurred_at AT TIME ZONE 'Europe/Stockholm')::date AS day,
             date_trunc('week', occurred_at AT TIME ZONE 'Europe/Stockholm')::date AS week
      FROM observation) o
GROUP BY GROUPING SETS ((district_id, day, category_code, priority_area_code, status),
                        (district_id, week, category_code, priority_area_code, status));

CREATE VIEW observation_cell_count_fresh AS
SELECT CASE WHEN GROUPING(month) = 0 THEN 'M' ELSE 'Y' END::char(1) AS grain,
       CASE WHEN GROUPING(category_code) = 0 THEN category_code ELSE '*' END AS category_code,
       coalesce(month, year) AS period_start, district_id, cell_x, cell_y, count(*) AS n
FROM (SELECT district_id, category_code COLLATE "C" AS category_code, cell_x, cell_y,
             date_trunc('month', occurred_at AT TIME ZONE 'Europe/Stockholm')::date AS month,
             date_trunc('year', occurred_at AT TIME ZONE 'Europe/Stockholm')::date AS year
      FROM observation WHERE cell_x IS NOT NULL AND cell_y IS NOT NULL) o
GROUP BY GROUPING SETS ((district_id, month, category_code, cell_x, cell_y), (district_id, month, cell_x, cell_y),
                        (district_id, year, category_code, cell_x, cell_y), (district_id, year, cell_x, cell_y));

-- Counts everything again from the raw rows (the rebuild command, and the rows stored before this
-- migration). The caller holds a lock that keeps writers out while it runs.
CREATE FUNCTION observation_aggregates_rebuild() RETURNS void
    LANGUAGE plpgsql AS
$$
BEGIN
    DELETE FROM observation_count;
    DELETE FROM observation_cell_count;
    INSERT INTO observation_count (grain, period_start, district_id, category_code, priority_area_code, status, n)
    SELECT grain, period_start, district_id, category_code, priority_area_code, status, n FROM observation_count_fresh;
    INSERT INTO observation_cell_count (grain, category_code, period_start, district_id, cell_x, cell_y, n)
    SELECT grain, category_code, period_start, district_id, cell_x, cell_y, n FROM observation_cell_count_fresh;
END;
$$;

SELECT observation_aggregates_rebuild();
