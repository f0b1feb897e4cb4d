-- Burgernet Console schema, migration 7: the audit logs' anchors.
-- Every signed checkpoint of a workstation's audit log is copied here, outside the log file: a
-- log that was cut off, rewritten or replaced by an older copy then contradicts the register.
-- On PostgreSQL this is the shared copy that another machine holds.
CREATE TABLE audit_anchors (
    log_id      TEXT NOT NULL,
    seq         ${BIGINT} NOT NULL,
    head_hash   ${BLOB} NOT NULL,
    signed_at   TEXT NOT NULL,
    public_key  ${BLOB} NOT NULL,
    signature   ${BLOB} NOT NULL,
    workstation TEXT NOT NULL,
    PRIMARY KEY (log_id, seq)
);
