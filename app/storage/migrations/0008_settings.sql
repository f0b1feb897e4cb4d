-- Burgernet Console schema, migration 8: the policy every workstation sharing this register
-- applies alike (thresholds, limits, the sign-in rails, the idle lock, the purge days). A key
-- without a row has its default. Who changed a value, where and when is kept with it, so that a
-- workstation meeting a value changed elsewhere can say in its own log where it came from; the
-- change itself is recorded in the audit log of the workstation it was made on.
CREATE TABLE settings (
    key                 TEXT NOT NULL PRIMARY KEY,
    value               ${BIGINT} NOT NULL,
    changed_at          ${BIGINT} NOT NULL,
    changed_by          TEXT NOT NULL,
    workstation         TEXT NOT NULL
);
