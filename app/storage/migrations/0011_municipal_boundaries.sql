-- Burgernet Console schema, migration 11: municipal boundaries, one row per municipality by its
-- CBS code (GM0344), with the outline as a GeoJSON Polygon or MultiPolygon in WGS84. Official
-- boundaries come from Kadaster's Bestuurlijke Gebieden or CBS's district and neighbourhood map;
-- the demo register's are Voronoi cells, marked approximate wherever they are shown. An import
-- replaces all rows at once (and is recorded in the audit log).
CREATE TABLE municipal_boundaries (
    code                TEXT NOT NULL PRIMARY KEY,
    name                TEXT NOT NULL,
    geometry            TEXT NOT NULL,
    approximate         INTEGER NOT NULL,
    source              TEXT NOT NULL,
    imported_at         ${BIGINT} NOT NULL
);
CREATE INDEX municipal_boundaries_name ON municipal_boundaries (name);
