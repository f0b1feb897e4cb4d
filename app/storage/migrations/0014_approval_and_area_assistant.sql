-- Burgernet Console schema, migration 14: what an approver sends back and why, the control
-- room's own incident number, and the area assistant's table.
--
-- The incident number is the meldkamer system's id for the incident (free text): a second open
-- action with the same number is asked about first. It is kept in the content as well; this
-- column is what the duplicate check looks up.
ALTER TABLE actions ADD COLUMN incident_number TEXT;
CREATE INDEX actions_incident_number ON actions (incident_number);

-- The last time an approver sent the action back to its author: the reason is shown to the
-- author until the action is submitted again (every rejection stays in action_events and the
-- audit log).
ALTER TABLE actions ADD COLUMN rejection_reason TEXT;
ALTER TABLE actions ADD COLUMN rejected_by TEXT;
ALTER TABLE actions ADD COLUMN rejected_at ${BIGINT};

-- The area assistant: per incident type, how the person looked for most likely moves and how
-- fast (km/h) one walks, cycles or drives there, and the smallest and largest radius to
-- suggest. A type without a row has the built-in values; an administrator's change is recorded
-- in the audit log first and kept here with who and when.
CREATE TABLE area_radius_rules (
    incident_type TEXT NOT NULL PRIMARY KEY,
    travel_mode   TEXT NOT NULL CHECK (travel_mode IN ('walking', 'cycling', 'car')),
    walking_kmh   ${REAL} NOT NULL,
    cycling_kmh   ${REAL} NOT NULL,
    car_kmh       ${REAL} NOT NULL,
    min_radius_m  INTEGER NOT NULL,
    max_radius_m  INTEGER NOT NULL,
    changed_at    ${BIGINT} NOT NULL,
    changed_by    TEXT NOT NULL
);
