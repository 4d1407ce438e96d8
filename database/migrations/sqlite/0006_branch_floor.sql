-- Branch floor (DOMAIN.md sections 2 and 3): the referral lifecycle
-- logged -> accepted -> contacted -> met -> converted | declined | expired,
-- its transition history, the value judgement of a walk-in, the potential-VIP forms and
-- the counter triggers. The referral table is rebuilt for its new CHECK; old rows map
-- open -> logged, completed -> converted, not_completed -> declined.

-- The children of referral are set aside while it is rebuilt (foreign keys stay on
-- inside a migration's transaction, and a DROP of a parent with children would fail).
CREATE TEMP TABLE saved_referral_check AS SELECT * FROM referral_check;
CREATE TEMP TABLE saved_teller_referral AS
    SELECT id, referral_id FROM teller_session WHERE referral_id IS NOT NULL;
DELETE FROM referral_check;
UPDATE teller_session SET referral_id = NULL WHERE referral_id IS NOT NULL;

CREATE TABLE referral_new (
    id                TEXT PRIMARY KEY,
    branch_id         TEXT NOT NULL REFERENCES branch(id),
    customer_id       TEXT REFERENCES customer(id),
    visit_id          TEXT REFERENCES lobby_visit(id),
    form              TEXT NOT NULL CHECK (form IN ('record', 'referral')),
    source            TEXT NOT NULL CHECK (source IN ('lobby', 'teller', 'staff')),
    referred_by       TEXT NOT NULL REFERENCES staff_user(id),
    referred_to       TEXT REFERENCES staff_user(id),
    customer_has_time INTEGER NOT NULL DEFAULT 0 CHECK (customer_has_time IN (0, 1)),
    contact_obtained  INTEGER NOT NULL DEFAULT 0 CHECK (contact_obtained IN (0, 1)),
    reason            TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL DEFAULT 'logged' CHECK (status IN ('logged', 'accepted',
                          'contacted', 'met', 'converted', 'declined', 'expired')),
    created_at        TEXT NOT NULL,
    closed_at         TEXT,
    updated_at        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    -- new in 0006
    description       TEXT NOT NULL DEFAULT '',   -- anonymous customer
    contact_phone     TEXT NOT NULL DEFAULT '',   -- only with the customer's consent
    interest          TEXT NOT NULL DEFAULT '',   -- what the customer asked about
    estimated_fen     INTEGER NOT NULL DEFAULT 0 CHECK (estimated_fen >= 0),
    experience_card   INTEGER NOT NULL DEFAULT 0 CHECK (experience_card IN (0, 1)),
    waiting_area      INTEGER NOT NULL DEFAULT 0 CHECK (waiting_area IN (0, 1)),
    converted_fen     INTEGER CHECK (converted_fen >= 0), -- new AUM brought in
    escalated_at      TEXT
);
INSERT INTO referral_new(id, branch_id, customer_id, visit_id, form, source, referred_by,
        referred_to, customer_has_time, contact_obtained, reason, status, created_at,
        closed_at, updated_at, version, deleted)
    SELECT id, branch_id, customer_id, visit_id, form, source, referred_by, referred_to,
           customer_has_time, contact_obtained, reason,
           CASE status WHEN 'open' THEN 'logged' WHEN 'accepted' THEN 'accepted'
                       WHEN 'completed' THEN 'converted' ELSE 'declined' END,
           created_at, closed_at, updated_at, version, deleted
    FROM referral;
DROP TABLE referral;
ALTER TABLE referral_new RENAME TO referral;
CREATE INDEX referral_queue ON referral(status, referred_to, created_at);
CREATE INDEX referral_by ON referral(referred_by, created_at);
INSERT INTO referral_check SELECT * FROM saved_referral_check;
UPDATE teller_session SET referral_id = (SELECT s.referral_id FROM saved_teller_referral s
                                          WHERE s.id = teller_session.id)
    WHERE id IN (SELECT id FROM saved_teller_referral);
DROP TABLE saved_referral_check;
DROP TABLE saved_teller_referral;

-- Every move of a referral: who, when, from and to.
CREATE TABLE referral_transition (
    id          TEXT PRIMARY KEY,
    referral_id TEXT NOT NULL REFERENCES referral(id),
    from_status TEXT,
    to_status   TEXT NOT NULL,
    staff_id    TEXT REFERENCES staff_user(id),  -- NULL: the escalation sweep
    at          TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX referral_transition_referral ON referral_transition(referral_id, at);
CREATE INDEX referral_transition_day ON referral_transition(to_status, at);

-- The value judgement of a walk-in: what the rules suggested, from which inputs, and why
-- the lobby manager chose otherwise.
ALTER TABLE lobby_visit ADD COLUMN suggested_class TEXT
    CHECK (suggested_class IN ('vip', 'potential_vip', 'ordinary'));
ALTER TABLE lobby_visit ADD COLUMN judgement_inputs TEXT NOT NULL DEFAULT '[]';
ALTER TABLE lobby_visit ADD COLUMN override_reason TEXT NOT NULL DEFAULT '';

-- What the counter saw at step 4.
ALTER TABLE teller_session ADD COLUMN amount_fen INTEGER;
ALTER TABLE teller_session ADD COLUMN triggers TEXT NOT NULL DEFAULT '[]';

-- Thresholds of the floor, changeable per branch file.
INSERT OR IGNORE INTO app_setting(key, value) VALUES
    ('floor.large_deposit_fen', '5000000'),
    ('floor.large_transfer_fen', '10000000'),
    ('floor.referral_escalation_minutes', '1440');
