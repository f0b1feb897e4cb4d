-- Burgernet Console schema, migration 15: the area library. Named alert areas per region
-- ("Utrecht Centraal", "A2 Utrecht - 's-Hertogenbosch"), saved from the map or imported from
-- GeoJSON or KML, used again with one click. The outline is a GeoJSON geometry in WGS84 (a
-- Polygon or MultiPolygon, or a Point with a radius for a circle). `kind` says what the area is
-- ("drawn", or "municipality" with its CBS code in `municipality_code`). Every change is
-- recorded in the audit log (area.save, area.rename, area.delete, area.import).
CREATE TABLE saved_areas (
    id                  ${ID},
    region              TEXT NOT NULL,
    name                TEXT NOT NULL,
    geometry            TEXT NOT NULL,
    kind                TEXT NOT NULL DEFAULT 'drawn',
    municipality_code   TEXT,
    created_by          TEXT NOT NULL,
    created_at          ${BIGINT} NOT NULL,
    changed_at          ${BIGINT} NOT NULL
);
CREATE UNIQUE INDEX saved_areas_region_name ON saved_areas (region, name);
