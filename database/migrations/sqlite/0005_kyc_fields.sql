-- Schema version 5: KYC results that other views query.
-- The answers that drove a session's risk profile, as JSON
-- [{"question": id, "option": code, "score": 1..5, "weight": n}, ...].
ALTER TABLE kyc_session ADD COLUMN risk_drivers TEXT NOT NULL DEFAULT '[]';
ALTER TABLE kyc_session ADD COLUMN risk_score_x100 INTEGER;

-- The customer's current KYC file: one row per field the question bank fills, from the
-- latest final KYC version (KycFields names the fields). value_json is the answer as stored
-- in kyc_answer; value_text a plain searchable form: option codes joined by ',', the text,
-- an amount in fen, an ISO date, or "date,fen" for a fund arrival.
CREATE TABLE kyc_field (
    id          TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customer(id),
    field       TEXT NOT NULL,
    question_id TEXT NOT NULL,
    value_json  TEXT NOT NULL,
    value_text  TEXT NOT NULL DEFAULT '',
    session_id  TEXT NOT NULL REFERENCES kyc_session(id),
    answered_at TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (customer_id, field)
);
CREATE INDEX kyc_field_value ON kyc_field(field, value_text);

-- Fund arrivals made from a KYC answer remember it, so a new version does not repeat them.
ALTER TABLE fund_arrival ADD COLUMN kyc_question_id TEXT;

CREATE INDEX kyc_session_customer ON kyc_session(customer_id, status, version_no);
CREATE INDEX kyc_answer_session ON kyc_answer(session_id, cell);
