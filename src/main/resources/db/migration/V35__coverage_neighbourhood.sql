-- The neighbourhoods of a district that a local police area covers when it covers the district
-- only in part (unit_coverage.partial): what is tied to a place, an observation, is reached by the
-- police area's users only inside these (see AccessPolicy, "Partial coverage").
CREATE TABLE coverage_neighbourhood (
    police_unit_id   UUID NOT NULL REFERENCES org_unit (id),
    district_id      UUID NOT NULL REFERENCES org_unit (id),
    neighbourhood_id UUID NOT NULL REFERENCES neighbourhood (id),
    PRIMARY KEY (police_unit_id, district_id, neighbourhood_id)
);
