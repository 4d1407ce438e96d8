-- A BranchDesk database at schema version 1 (before 0002_customer_history), as written
-- by the first release, with a branch, a wealth manager, a customer and a holding.
-- tst_store_migrations loads it into a file and opens it with the current Store.
PRAGMA application_id = 1111771953;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL);
INSERT INTO schema_version VALUES(1,'core','2026-06-01T08:00:00Z');
CREATE TABLE app_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO app_setting VALUES('node_id','01907c2a-0000-7000-8000-000000000001');
CREATE TABLE branch (
    id         TEXT PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    city       TEXT NOT NULL DEFAULT '',
    address    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
INSERT INTO branch VALUES('01907c2a-1111-7000-8000-000000000001','310101','上海外滩支行','上海','','2026-06-01T08:00:00Z','2026-06-01T08:00:00Z',1,0);
CREATE TABLE staff_user (
    id              TEXT PRIMARY KEY,
    branch_id       TEXT NOT NULL REFERENCES branch(id),
    username        TEXT NOT NULL UNIQUE,
    display_name    TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('lobby_manager', 'teller', 'wealth_manager',
                                                  'branch_head', 'admin')),
    password_hash   TEXT NOT NULL,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    last_sign_in_at TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
INSERT INTO staff_user VALUES('01907c2a-2222-7000-8000-000000000001','01907c2a-1111-7000-8000-000000000001','wealth','李理财','wealth_manager','$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$invalidhashforfixture',1,0,NULL,NULL,'2026-06-01T08:00:00Z','2026-06-01T08:00:00Z',1,0);
CREATE TABLE customer (
    id                TEXT PRIMARY KEY,
    branch_id         TEXT NOT NULL REFERENCES branch(id),
    cif_no            TEXT NOT NULL UNIQUE,
    name              TEXT NOT NULL,
    gender            TEXT CHECK (gender IN ('M', 'F')),
    birth_date        TEXT,
    id_number         TEXT,
    phone             TEXT,
    address           TEXT NOT NULL DEFAULT '',
    occupation        TEXT NOT NULL DEFAULT '',
    industry          TEXT NOT NULL DEFAULT '',
    education         TEXT NOT NULL DEFAULT '',
    marital_status    TEXT CHECK (marital_status IN ('single', 'married', 'divorced', 'widowed')),
    annual_income_fen INTEGER NOT NULL DEFAULT 0 CHECK (annual_income_fen >= 0),
    aum_fen           INTEGER NOT NULL DEFAULT 0 CHECK (aum_fen >= 0),
    tier              TEXT NOT NULL DEFAULT 'ordinary'
                      CHECK (tier IN ('ordinary', 'silver', 'gold', 'platinum', 'diamond')),
    risk_level        INTEGER CHECK (risk_level BETWEEN 1 AND 5),
    lifecycle_stage   TEXT NOT NULL DEFAULT 'development'
                      CHECK (lifecycle_stage IN ('development', 'growth', 'maturity', 'decline',
                                                 'termination')),
    manager_id        TEXT REFERENCES staff_user(id),
    assignment_mode   TEXT NOT NULL DEFAULT 'owned' CHECK (assignment_mode IN ('owned', 'list')),
    do_not_contact    INTEGER NOT NULL DEFAULT 0 CHECK (do_not_contact IN (0, 1)),
    marketing_consent INTEGER NOT NULL DEFAULT 0 CHECK (marketing_consent IN (0, 1)),
    opened_on         TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
INSERT INTO customer VALUES('01907c2a-3333-7000-8000-000000000001','01907c2a-1111-7000-8000-000000000001','C31010000001','张三','M','1980-01-01','110101198001010010','13800138000','上海市黄浦区中山东一路1号','','','',NULL,0,80000000,'gold',NULL,'development','01907c2a-2222-7000-8000-000000000001','owned',0,0,'2015-03-02','2026-06-01T08:00:00Z','2026-06-01T08:00:00Z',1,0);
CREATE TABLE holding (
    id             TEXT PRIMARY KEY,
    customer_id    TEXT NOT NULL REFERENCES customer(id),
    product_family TEXT NOT NULL CHECK (product_family IN ('deposit', 'wealth', 'fund',
                        'insurance', 'precious_metal', 'bond', 'trust', 'loan')),
    product_code   TEXT NOT NULL,
    product_name   TEXT NOT NULL,
    amount_fen     INTEGER NOT NULL CHECK (amount_fen >= 0),
    rate_bp        INTEGER,          -- expected annual return in basis points
    opened_on      TEXT NOT NULL,
    maturity_date  TEXT,             -- NULL for open-ended products
    status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'matured', 'closed')),
    updated_at     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
INSERT INTO holding VALUES('01907c2a-4444-7000-8000-000000000001','01907c2a-3333-7000-8000-000000000001','deposit','TD3Y','三年期定期存款',80000000,NULL,'2023-12-01','2026-12-01','active','2026-06-01T08:00:00Z',1,0);
CREATE TABLE txn (
    id           TEXT PRIMARY KEY,
    customer_id  TEXT NOT NULL REFERENCES customer(id),
    occurred_at  TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('cash_deposit', 'cash_withdrawal', 'transfer_in',
                     'transfer_out', 'investment_buy', 'investment_redeem', 'repayment',
                     'loan_drawdown', 'payment', 'salary')),
    channel      TEXT NOT NULL CHECK (channel IN ('counter', 'atm', 'ebanking', 'mobile', 'phone',
                     'pos', 'agent')),
    amount_fen   INTEGER NOT NULL CHECK (amount_fen > 0),
    counterparty TEXT NOT NULL DEFAULT '',
    institution  TEXT NOT NULL DEFAULT ''
);
CREATE TABLE customer_event (
    id          TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customer(id),
    occurred_at TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('consultation', 'service_request', 'complaint',
                    'address_change', 'account_closing', 'campaign', 'seminar', 'browse_fund',
                    'browse_insurance', 'browse_precious_metal')),
    channel     TEXT NOT NULL DEFAULT 'counter',
    detail      TEXT NOT NULL DEFAULT ''
);
CREATE TABLE interaction (
    id             TEXT PRIMARY KEY,
    customer_id    TEXT NOT NULL REFERENCES customer(id),
    staff_id       TEXT REFERENCES staff_user(id),
    occurred_at    TEXT NOT NULL,
    channel        TEXT NOT NULL CHECK (channel IN ('phone', 'sms', 'wechat', 'visit', 'branch')),
    purpose        TEXT NOT NULL DEFAULT '',
    outcome        TEXT CHECK (outcome IN ('interested', 'appointment', 'purchased', 'considering',
                       'refused', 'unreachable')),
    customer_voice TEXT NOT NULL DEFAULT '',
    sentiment      TEXT CHECK (sentiment IN ('positive', 'neutral', 'negative')),
    objection      TEXT NOT NULL DEFAULT '',
    competitor     TEXT NOT NULL DEFAULT '',
    next_follow_up TEXT,
    updated_at     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE TABLE kyc_session (
    id          TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customer(id),
    staff_id    TEXT REFERENCES staff_user(id),
    version_no  INTEGER NOT NULL,
    status      TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
    risk_level  INTEGER CHECK (risk_level BETWEEN 1 AND 5),
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (customer_id, version_no)
);
CREATE TABLE kyc_answer (
    id          TEXT PRIMARY KEY,
    session_id  TEXT NOT NULL REFERENCES kyc_session(id),
    cell        TEXT NOT NULL,   -- PPF grid cell, e.g. 'present.finance'
    question_id TEXT NOT NULL,
    value_json  TEXT NOT NULL,
    answered_at TEXT NOT NULL,
    UNIQUE (session_id, question_id)
);
CREATE TABLE tag (
    id        TEXT PRIMARY KEY,
    dimension TEXT NOT NULL CHECK (dimension IN ('basics', 'needs', 'behaviour', 'preferences',
                  'follow_up')),
    category  TEXT NOT NULL,     -- e.g. 'expertise', 'service_need', 'hobby'
    value     TEXT NOT NULL,
    UNIQUE (dimension, category, value)
);
CREATE TABLE customer_tag (
    id          TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customer(id),
    tag_id      TEXT NOT NULL REFERENCES tag(id),
    source      TEXT NOT NULL CHECK (source IN ('kyc', 'rule', 'staff', 'observed')),
    confidence  INTEGER NOT NULL DEFAULT 100 CHECK (confidence BETWEEN 0 AND 100),
    set_by      TEXT REFERENCES staff_user(id),
    set_at      TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (customer_id, tag_id)
);
CREATE TABLE fund_arrival (
    id          TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customer(id),
    expected_on TEXT NOT NULL,
    amount_fen  INTEGER NOT NULL CHECK (amount_fen > 0),
    source      TEXT NOT NULL CHECK (source IN ('maturity', 'salary', 'bonus', 'other_bank',
                    'business', 'other')),
    note        TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'expected' CHECK (status IN ('expected', 'arrived', 'missed')),
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE TABLE lobby_visit (
    id            TEXT PRIMARY KEY,
    branch_id     TEXT NOT NULL REFERENCES branch(id),
    customer_id   TEXT REFERENCES customer(id),
    description   TEXT NOT NULL DEFAULT '',   -- anonymous walk-ins
    ticket_no     TEXT NOT NULL DEFAULT '',
    entered_at    TEXT NOT NULL,
    moment        TEXT NOT NULL DEFAULT 'entering' CHECK (moment IN ('entering', 'consulting',
                      'waiting')),
    signals       TEXT NOT NULL DEFAULT '[]', -- JSON array of observed signal codes
    value_class   TEXT NOT NULL CHECK (value_class IN ('vip', 'potential_vip', 'ordinary')),
    business_type TEXT NOT NULL DEFAULT '',
    route         TEXT NOT NULL DEFAULT '',   -- vip_service, wealth_manager, self_service ...
    staff_id      TEXT REFERENCES staff_user(id),
    updated_at    TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE TABLE referral (
    id                TEXT PRIMARY KEY,
    branch_id         TEXT NOT NULL REFERENCES branch(id),
    customer_id       TEXT REFERENCES customer(id),
    visit_id          TEXT REFERENCES lobby_visit(id),
    form              TEXT NOT NULL CHECK (form IN ('record', 'referral')),
    source            TEXT NOT NULL CHECK (source IN ('lobby', 'teller')),
    referred_by       TEXT NOT NULL REFERENCES staff_user(id),
    referred_to       TEXT REFERENCES staff_user(id),
    customer_has_time INTEGER NOT NULL DEFAULT 0 CHECK (customer_has_time IN (0, 1)),
    contact_obtained  INTEGER NOT NULL DEFAULT 0 CHECK (contact_obtained IN (0, 1)),
    reason            TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted',
                          'completed', 'not_completed')),
    created_at        TEXT NOT NULL,
    closed_at         TEXT,
    updated_at        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE TABLE referral_check (
    referral_id TEXT NOT NULL REFERENCES referral(id),
    item        TEXT NOT NULL CHECK (item IN ('manager_time_confirmed', 'manager_briefed',
                    'credentials_introduced', 'introduced', 'marked_done', 'handed_over')),
    done_at     TEXT NOT NULL,
    PRIMARY KEY (referral_id, item)
) WITHOUT ROWID;
CREATE TABLE teller_session (
    id                TEXT PRIMARY KEY,
    branch_id         TEXT NOT NULL REFERENCES branch(id),
    teller_id         TEXT NOT NULL REFERENCES staff_user(id),
    customer_id       TEXT REFERENCES customer(id),
    business_type     TEXT NOT NULL DEFAULT '',
    estimated_minutes INTEGER,
    greeted_at        TEXT,   -- 1 站相迎
    asked_at          TEXT,   -- 2 笑相问
    received_at       TEXT,   -- 3 礼貌接
    processed_at      TEXT,   -- 4 及时办
    reminded_at       TEXT,   -- 5 提醒递
    recommended_at    TEXT,   -- 6 巧推荐
    seen_off_at       TEXT,   -- 7 目相送
    value_class       TEXT CHECK (value_class IN ('vip', 'potential_vip', 'ordinary')),
    referral_id       TEXT REFERENCES referral(id),
    rating            INTEGER CHECK (rating BETWEEN 1 AND 5),
    started_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE TABLE segment (
    id              TEXT PRIMARY KEY,
    branch_id       TEXT NOT NULL REFERENCES branch(id),
    name            TEXT NOT NULL,
    definition_json TEXT NOT NULL,
    created_by      TEXT REFERENCES staff_user(id),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE TABLE call_list (
    id          TEXT PRIMARY KEY,
    branch_id   TEXT NOT NULL REFERENCES branch(id),
    name        TEXT NOT NULL,
    segment_id  TEXT REFERENCES segment(id),
    created_by  TEXT REFERENCES staff_user(id),
    assigned_to TEXT REFERENCES staff_user(id),
    starts_on   TEXT NOT NULL,
    ends_on     TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (ends_on >= starts_on)
);
CREATE TABLE call_task (
    id           TEXT PRIMARY KEY,
    call_list_id TEXT NOT NULL REFERENCES call_list(id),
    customer_id  TEXT NOT NULL REFERENCES customer(id),
    assigned_to  TEXT REFERENCES staff_user(id),
    rank_score   INTEGER NOT NULL DEFAULT 0,  -- "easiest to close now", higher first
    reason       TEXT NOT NULL DEFAULT '',
    due_on       TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'skipped')),
    outcome      TEXT,
    done_at      TEXT,
    updated_at   TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (call_list_id, customer_id)
);
CREATE TABLE care_task (
    id          TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customer(id),
    staff_id    TEXT REFERENCES staff_user(id),
    kind        TEXT NOT NULL CHECK (kind IN ('welcome_day0', 'care_sms_2w', 'kyc_90d', 'birthday',
                    'maturity', 'retention')),
    due_on      TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'skipped')),
    done_at     TEXT,
    note        TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT NOT NULL UNIQUE,
    occurred_at TEXT NOT NULL,
    actor_id    TEXT,
    actor_name  TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL DEFAULT '',
    entity_id   TEXT NOT NULL DEFAULT '',
    detail_json TEXT NOT NULL DEFAULT '{}',
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE TABLE sync_outbox (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id      TEXT NOT NULL UNIQUE,
    table_name     TEXT NOT NULL,
    row_id         TEXT NOT NULL,
    op             TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    fields_json    TEXT NOT NULL,
    base_version   INTEGER NOT NULL,
    hlc            TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    created_at     TEXT NOT NULL,
    pushed_at      TEXT
);
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,   -- 'cursor', 'server_epoch', 'last_pull_at' ...
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE sync_conflict (
    id           TEXT PRIMARY KEY,
    table_name   TEXT NOT NULL,
    row_id       TEXT NOT NULL,
    field        TEXT NOT NULL,
    kept_value   TEXT,
    lost_value   TEXT,
    kept_hlc     TEXT NOT NULL,
    lost_hlc     TEXT NOT NULL,
    detected_at  TEXT NOT NULL,
    reviewed_by  TEXT REFERENCES staff_user(id),
    reviewed_at  TEXT
);
DELETE FROM sqlite_sequence;
CREATE INDEX staff_user_branch ON staff_user(branch_id, role);
CREATE INDEX customer_branch_aum ON customer(branch_id, aum_fen DESC);
CREATE INDEX customer_manager ON customer(manager_id, aum_fen DESC);
CREATE INDEX customer_name ON customer(name);
CREATE INDEX customer_phone ON customer(phone);
CREATE INDEX customer_id_number ON customer(id_number);
CREATE INDEX holding_customer ON holding(customer_id);
CREATE INDEX holding_maturity ON holding(maturity_date) WHERE maturity_date IS NOT NULL;
CREATE INDEX txn_customer_time ON txn(customer_id, occurred_at);
CREATE INDEX customer_event_customer_time ON customer_event(customer_id, occurred_at);
CREATE INDEX interaction_customer_time ON interaction(customer_id, occurred_at);
CREATE INDEX interaction_follow_up ON interaction(staff_id, next_follow_up)
    WHERE next_follow_up IS NOT NULL;
CREATE INDEX customer_tag_tag ON customer_tag(tag_id, customer_id);
CREATE INDEX fund_arrival_customer ON fund_arrival(customer_id, expected_on);
CREATE INDEX fund_arrival_date ON fund_arrival(expected_on);
CREATE INDEX lobby_visit_branch_time ON lobby_visit(branch_id, entered_at);
CREATE INDEX referral_queue ON referral(status, referred_to, created_at);
CREATE INDEX teller_session_teller_time ON teller_session(teller_id, started_at);
CREATE INDEX call_task_assignee ON call_task(assigned_to, status, rank_score DESC);
CREATE INDEX care_task_staff_due ON care_task(staff_id, status, due_on);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE INDEX sync_outbox_pending ON sync_outbox(seq) WHERE pushed_at IS NULL;
COMMIT;
