-- The verdict's items (docs/audit.md, "History"), so that a run read back is the audit that was saved: each
-- single-veto item and deduction with its points and the findings it rests on, named by their seq in the run.
CREATE TABLE audit_verdict_item (
    run_id BIGINT NOT NULL REFERENCES audit_run (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    indicator_id VARCHAR(64) NOT NULL,
    points DOUBLE PRECISION NOT NULL,
    evidence VARCHAR NOT NULL,
    PRIMARY KEY (run_id, seq)
);
