-- GovSite platform server, schema version 1 (docs/server.md). Times are Unix seconds (UTC) unless named _ms.
-- Portable SQL: runs on H2 and PostgreSQL (BYTEA is both databases' variable-length binary).
CREATE TABLE operator (
    name VARCHAR(64) NOT NULL PRIMARY KEY,
    public_key_pem VARCHAR(1000) NOT NULL,
    password_verifier VARCHAR(200) NOT NULL,
    roles VARCHAR(200) NOT NULL,
    failed_logins INT DEFAULT 0 NOT NULL,
    locked_until BIGINT DEFAULT 0 NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE TABLE login_challenge (
    challenge CHAR(32) NOT NULL PRIMARY KEY,
    operator VARCHAR(64) NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX login_challenge_expiry ON login_challenge (expires_at);
CREATE TABLE api_session (
    id VARCHAR(128) NOT NULL PRIMARY KEY,
    operator VARCHAR(64) NOT NULL REFERENCES operator (name) ON DELETE CASCADE,
    sealed_key BYTEA NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX api_session_expiry ON api_session (expires_at);
CREATE TABLE request_nonce (
    nonce CHAR(32) NOT NULL PRIMARY KEY,
    remember_until BIGINT NOT NULL
);
CREATE INDEX request_nonce_expiry ON request_nonce (remember_until);
CREATE TABLE organisation (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    kind VARCHAR(32) NOT NULL,
    division_code VARCHAR(12),
    short_name VARCHAR(100),
    superior_id VARCHAR(64),
    version BIGINT NOT NULL
);
CREATE TABLE operation_log (
    seq BIGINT NOT NULL PRIMARY KEY,
    logged_at_ms BIGINT NOT NULL,
    operator VARCHAR(64) NOT NULL,
    action VARCHAR(64) NOT NULL,
    target VARCHAR(200) NOT NULL,
    detail VARCHAR(2000) NOT NULL,
    prev_hash CHAR(64) NOT NULL,
    hash CHAR(64) NOT NULL
);
-- the last link of the chain, one row: appending updates it first, so concurrent appends (also from other
-- instances) queue on its row lock instead of racing for the same seq
CREATE TABLE operation_log_head (
    id INT NOT NULL PRIMARY KEY,
    seq BIGINT NOT NULL,
    hash CHAR(64) NOT NULL
);
INSERT INTO operation_log_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
