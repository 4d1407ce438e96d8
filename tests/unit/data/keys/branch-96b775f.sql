PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE schema_version (
  version INTEGER PRIMARY KEY, description TEXT NOT NULL,
  applied_at TEXT NOT NULL);
INSERT INTO schema_version VALUES(1,'core','2026-12-06T13:53:46Z');
INSERT INTO schema_version VALUES(2,'customer_history','2026-12-06T13:53:46Z');
INSERT INTO schema_version VALUES(3,'customer_search','2026-12-06T13:53:46Z');
INSERT INTO schema_version VALUES(4,'customer360','2026-12-06T13:53:46Z');
INSERT INTO schema_version VALUES(5,'kyc_fields','2026-12-06T13:53:46Z');
INSERT INTO schema_version VALUES(6,'branch_floor','2026-12-06T13:53:46Z');
INSERT INTO schema_version VALUES(7,'sync_engine','2026-12-06T13:53:46Z');
INSERT INTO schema_version VALUES(8,'customer_locality','2026-12-06T13:53:46Z');
INSERT INTO schema_version VALUES(9,'segments','2026-12-06T13:53:46Z');
INSERT INTO schema_version VALUES(10,'calls','2026-12-06T13:53:46Z');
INSERT INTO schema_version VALUES(11,'privacy','2026-12-06T13:53:46Z');
INSERT INTO schema_version VALUES(12,'encryption','2026-12-06T13:53:46Z');
INSERT INTO schema_version VALUES(14,'dashboard_index','2026-12-06T13:53:46Z');
INSERT INTO schema_version VALUES(15,'customer_tag_list','2026-12-06T13:53:46Z');
INSERT INTO schema_version VALUES(16,'aum_month_total','2026-12-06T13:53:46Z');
INSERT INTO schema_version VALUES(17,'offline_verifier','2026-12-06T13:53:46Z');
INSERT INTO schema_version VALUES(18,'customer_transfer','2026-12-06T13:53:46Z');
INSERT INTO schema_version VALUES(19,'customer_voice','2026-12-06T13:53:46Z');
INSERT INTO schema_version VALUES(20,'sync_reliability','2026-12-06T13:53:46Z');
INSERT INTO schema_version VALUES(21,'staff_request','2026-12-06T13:53:46Z');
INSERT INTO schema_version VALUES(22,'households_suitability','2026-12-06T13:53:46Z');
INSERT INTO schema_version VALUES(23,'reveal_key','2026-12-06T13:53:46Z');
CREATE TABLE app_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO app_setting VALUES('contact.max_marketing_contacts','2');
INSERT INTO app_setting VALUES('contact.period_days','30');
INSERT INTO app_setting VALUES('contact.quiet_from','21:00');
INSERT INTO app_setting VALUES('contact.quiet_until','08:00');
INSERT INTO app_setting VALUES('contact.require_marketing_consent','1');
INSERT INTO app_setting VALUES('field_key_id','oGmJ80eNKpj9YgSBuD38fQ==');
INSERT INTO app_setting VALUES('field_values_sealed','2');
INSERT INTO app_setting VALUES('floor.large_deposit_fen','5000000');
INSERT INTO app_setting VALUES('floor.large_transfer_fen','10000000');
INSERT INTO app_setting VALUES('floor.referral_escalation_minutes','1440');
INSERT INTO app_setting VALUES('identifiers_sealed_to','IHnZGh+HXm7FXyUpTp+HzwRxX5wbz6E+NuBz4t6BXCo=');
INSERT INTO app_setting VALUES('node_id','01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO app_setting VALUES('offers.decline_rest_days','90');
INSERT INTO app_setting VALUES('offers.not_now_rest_days','14');
INSERT INTO app_setting VALUES('reveal_public_key','IHnZGh+HXm7FXyUpTp+HzwRxX5wbz6E+NuBz4t6BXCo=');
INSERT INTO app_setting VALUES('search_index_key','oGmJ80eNKpj9YgSBuD38fQ==');
INSERT INTO app_setting VALUES('search_index_version','4');
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
INSERT INTO branch VALUES('01a24ba1-d604-7004-bcde-f5ace0044e44','310101','上海外滩支行','上海','','2026-12-06T13:53:47Z','2026-12-06T13:53:47Z',1,0);
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
INSERT INTO staff_user VALUES('01a24ba1-d618-7325-b672-b6bf99544df5','01a24ba1-d604-7004-bcde-f5ace0044e44','lobby','王大堂','lobby_manager','$argon2id$v=19$m=64,t=1,p=1$Nsq9b+LHlgMqAJfxdBCjFA$yzkwlJCN5nWgwaYKDLTzeaFlDNjh91Ig/9/yyAzsYrQ',1,0,NULL,'2026-12-06T13:53:47Z','2026-12-06T13:53:47Z','2026-12-06T13:53:47Z',1,0);
INSERT INTO staff_user VALUES('01a24ba1-d624-7028-9f97-b86253723e59','01a24ba1-d604-7004-bcde-f5ace0044e44','teller','赵柜员','teller','$argon2id$v=19$m=64,t=1,p=1$Q5moL2hnupMCR09E89T4ZQ$wyDdTgy6YC2uYdMNG+FD3YpGWCuybOESXmXQO8rouWE',1,0,NULL,'2026-12-06T13:53:47Z','2026-12-06T13:53:47Z','2026-12-06T13:53:47Z',1,0);
INSERT INTO staff_user VALUES('01a24ba1-d626-72a0-bfcc-52bf59a68f17','01a24ba1-d604-7004-bcde-f5ace0044e44','wealth','李理财','wealth_manager','$argon2id$v=19$m=64,t=1,p=1$vcxmi8yaydaKViFnlahKOA$PGg6AMEJx2sxecT5YnmHPUvXv7+oLx3WQLkVDNI/uxk',1,0,NULL,NULL,'2026-12-06T13:53:47Z','2026-12-06T13:53:47Z',1,0);
INSERT INTO staff_user VALUES('01a24ba1-d628-71f5-95d2-c0932a430be1','01a24ba1-d604-7004-bcde-f5ace0044e44','head','陈行长','branch_head','$argon2id$v=19$m=64,t=1,p=1$1ztKycxFw+gpvFYciNB1QQ$yxob15h2YZRHplW5R+4KQ1SoATv3JqMvXYKzXExyOJw',1,0,NULL,NULL,'2026-12-06T13:53:47Z','2026-12-06T13:53:47Z',1,0);
INSERT INTO staff_user VALUES('01a24ba1-d629-70b3-8bcb-096b39b6fb48','01a24ba1-d604-7004-bcde-f5ace0044e44','admin','周管理','admin','$argon2id$v=19$m=64,t=1,p=1$clNm2IU0huWrv4sxEtCCRQ$YaMtDPsVRGunqHkZ8mD+0YD61c/Y/nUMnM0aKcL2qAI',1,0,NULL,NULL,'2026-12-06T13:53:47Z','2026-12-06T13:53:47Z',1,0);
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
, previous_tier TEXT
    CHECK (previous_tier IN ('ordinary', 'silver', 'gold', 'platinum', 'diamond')), tier_changed_on TEXT, preferred_contact TEXT NOT NULL DEFAULT '', locality TEXT NOT NULL DEFAULT '', holding_families INTEGER NOT NULL DEFAULT 0, lifecycle_reason TEXT NOT NULL DEFAULT '', erased_at TEXT, tag_list TEXT NOT NULL DEFAULT '', risk_assessed_on TEXT);
INSERT INTO customer VALUES('01907c2a-3333-7000-8000-000000000001','01a24ba1-d604-7004-bcde-f5ace0044e44','C31010000001','张三','M','1980-01-01','enc2:ZpEWwUhrA8JoguOOz5Bf0U5apCWROv+w8Ph9tBrH6ZH3M+FGc6wyTXsmK665YcaDayh1Okhjabnkqw==:lNVWceX/1iCqn45JTuzH7qvP1IAQVLFBj/L4BCMDtxuL6324NwQXg6mzX2x0GKB6w3LpT7DXuGfw8G8EkTvwWPQs','enc2:OFT9BP49pxWn5UhYGuAysre0/sJVMj/1b5uuN44+/Bsk+LRExpZOiQiWhxMdJj3whUJe:2VD/TFP1vUbzH43sBS1cvozwskkREU5ZI92Lss3RGQrR6I1gHDxL922+1GldBoQDbKACA2xxHKKrwbw=','enc2:/hxyQXYmXJxJLiFzPcoe7+atiwMIZ9Kn2lUc7BLvJ2z+bO5R9rC/4W1h6v31xXCeVekv+4kSq1J7NGYVla4=:F9XS9Eo/PBKv2xa66OBYG5oUpffHUe4bedHH5QlBpAW6oUlm81H/JrBrPULD2ViY226OTodqir//1XNV7AHGAmIWgO+ortVeRnYULChfolzzAyWKew==','','','',NULL,0,80000000,'gold',NULL,'development','01a24ba1-d626-72a0-bfcc-52bf59a68f17','owned',0,0,'2015-03-02','2026-01-01T00:00:00Z','2026-01-01T00:00:00Z',1,0,NULL,NULL,'','',0,'',NULL,'',NULL);
INSERT INTO customer VALUES('01907c2a-3333-7000-8000-000000000002','01a24ba1-d604-7004-bcde-f5ace0044e44','C31010000002','欧阳明华','M','1980-01-01','enc2:kBtnpaxUYZRoxOIrGIZmpJ+ar9xmSsqbqESElOPAOWo5vOo+8TkvaKy5KdQvdG5CE4CkOuoRvgbD5g==:kNUTme0UATcE7/Y5xVxeGWRB+hKgon2pwh92MjgdFXNFly0x3x18A0V7ydzQDZfNByiojeT0JCngsU5qeR/OmxV0','enc2:0L9agnce4sponuult8Kre2X5DMDHSVKPKKf/jTb7nmmcQqelWI4GszSxD4a5yeaiHXOq:nWSXi/txURzxurFOLDnh2YX1mQME3ko2e52l/Vlecy/ozq2+dZocBHwg2e8wjepuemj9N9JjFII+GCQ=','enc2:ErFNmTF4VgG9jtqsgFh94WHN29nBWj1E9K6yWHsR2jRJw7pX/nAS1q8LsIRckbC316ek9LKt0xqfmvOOjF4=:XvkEz7U7NK4ls7z0KvyWUHyUi03S8dIBd+BftSH+Kg5eY0ihAgtuz7Z6s5QexD87WMIRI2GKzLo0x174c77FkCWqI0ZIgx3x8U+JxwS9yTf5dEKUrw==','','','',NULL,0,1200000,'ordinary',NULL,'development','01a24ba1-d626-72a0-bfcc-52bf59a68f17','owned',0,0,'2015-03-02','2026-01-01T00:00:00Z','2026-01-01T00:00:00Z',1,0,NULL,NULL,'','',0,'',NULL,'',NULL);
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
, contact_kind TEXT NOT NULL DEFAULT 'marketing'
    CHECK (contact_kind IN ('marketing', 'care', 'service')), policy_override TEXT NOT NULL DEFAULT '');
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
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)), risk_drivers TEXT NOT NULL DEFAULT '[]', risk_score_x100 INTEGER,
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
, kyc_question_id TEXT);
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
, suggested_class TEXT
    CHECK (suggested_class IN ('vip', 'potential_vip', 'ordinary')), judgement_inputs TEXT NOT NULL DEFAULT '[]', override_reason TEXT NOT NULL DEFAULT '');
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
, amount_fen INTEGER, triggers TEXT NOT NULL DEFAULT '[]');
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
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)), mode TEXT NOT NULL DEFAULT 'list' CHECK (mode IN ('list', 'owner')), purpose TEXT NOT NULL DEFAULT '',
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
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)), excluded_reason TEXT NOT NULL DEFAULT '', attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0), next_attempt_on TEXT, interaction_id TEXT REFERENCES interaction(id),
    UNIQUE (call_list_id, customer_id)
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
INSERT INTO audit_log VALUES(1,'01a24ba1-d619-734d-b0da-ad5cf37c1d7c','2026-12-06T13:53:47Z',NULL,'setup','user_add','staff_user','01a24ba1-d618-7325-b672-b6bf99544df5','{"role":"lobby_manager","username":"lobby"}','0000000000000000000000000000000000000000000000000000000000000000','7262dddfc5cde190243c7064beb880cf87b0032957d469275191a6305398d6d5');
INSERT INTO audit_log VALUES(2,'01a24ba1-d625-711f-b143-4635f4dd42e8','2026-12-06T13:53:47Z',NULL,'setup','user_add','staff_user','01a24ba1-d624-7028-9f97-b86253723e59','{"role":"teller","username":"teller"}','7262dddfc5cde190243c7064beb880cf87b0032957d469275191a6305398d6d5','6dd3ef74bdb4553e1cf6fb4ad1b358928a11076572350633703e3e53695ea3cf');
INSERT INTO audit_log VALUES(3,'01a24ba1-d627-702f-854a-7abd293a3d1f','2026-12-06T13:53:47Z',NULL,'setup','user_add','staff_user','01a24ba1-d626-72a0-bfcc-52bf59a68f17','{"role":"wealth_manager","username":"wealth"}','6dd3ef74bdb4553e1cf6fb4ad1b358928a11076572350633703e3e53695ea3cf','29e5fd385a83370f138db7829264fc1fbf13e08891640cf3ac6c1ad64976fa56');
INSERT INTO audit_log VALUES(4,'01a24ba1-d629-70b2-9a45-896e9d2d9d26','2026-12-06T13:53:47Z',NULL,'setup','user_add','staff_user','01a24ba1-d628-71f5-95d2-c0932a430be1','{"role":"branch_head","username":"head"}','29e5fd385a83370f138db7829264fc1fbf13e08891640cf3ac6c1ad64976fa56','21afcaf81d31058d9703ce142878aae8d8308e64db5429016841fe2d1425a2c1');
INSERT INTO audit_log VALUES(5,'01a24ba1-d62a-71e2-ad24-4f491df80c90','2026-12-06T13:53:47Z',NULL,'setup','user_add','staff_user','01a24ba1-d629-70b3-8bcb-096b39b6fb48','{"role":"admin","username":"admin"}','21afcaf81d31058d9703ce142878aae8d8308e64db5429016841fe2d1425a2c1','fa7834d6507512aca8b08aca26077bb65cf8e3250b240a20d7d3a386d99921e6');
INSERT INTO audit_log VALUES(6,'01a24ba1-d642-73de-abaa-a89ab40f0155','2026-12-06T13:53:47Z','01a24ba1-d618-7325-b672-b6bf99544df5','lobby','sign_in','staff_user','01a24ba1-d618-7325-b672-b6bf99544df5','{}','fa7834d6507512aca8b08aca26077bb65cf8e3250b240a20d7d3a386d99921e6','0f8c545da044f0980634f309db4870892c00a08b0a7777ed66489ff7c700243b');
INSERT INTO audit_log VALUES(7,'01a24ba1-d645-71e8-a3a5-3d1d1c897a1b','2026-12-06T13:53:47Z','01a24ba1-d618-7325-b672-b6bf99544df5','lobby','sign_out','staff_user','01a24ba1-d618-7325-b672-b6bf99544df5','{}','0f8c545da044f0980634f309db4870892c00a08b0a7777ed66489ff7c700243b','09fdd1225fb1a569d4085a6275c9786c6f56fc0c2eb72bdd25db2a566a6cdadf');
INSERT INTO audit_log VALUES(8,'01a24ba1-d646-71e7-95ed-7402eae4fb10','2026-12-06T13:53:47Z','01a24ba1-d624-7028-9f97-b86253723e59','teller','sign_in','staff_user','01a24ba1-d624-7028-9f97-b86253723e59','{}','09fdd1225fb1a569d4085a6275c9786c6f56fc0c2eb72bdd25db2a566a6cdadf','950cf3e57eee41e16bcb9948fbe1a133c69689164a65a328c27d0c7669b9b2d2');
INSERT INTO audit_log VALUES(9,'01a24ba1-d648-71a4-b195-837cc6740914','2026-12-06T13:53:47Z','01a24ba1-d624-7028-9f97-b86253723e59','teller','sign_out','staff_user','01a24ba1-d624-7028-9f97-b86253723e59','{}','950cf3e57eee41e16bcb9948fbe1a133c69689164a65a328c27d0c7669b9b2d2','4558452ca1d43c391deca0e3e1e79deda23bad53038d3ebb47d272ee1f672a3a');
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
, refused_reason TEXT, to_branch TEXT, transfer_customer_id TEXT);
INSERT INTO sync_outbox VALUES(1,'01a24ba1-d604-7005-bd62-bfbb9f2e6049','branch','01a24ba1-d604-7004-bcde-f5ace0044e44','upsert','{"address":null,"city":"上海","code":"310101","name":"上海外滩支行"}',0,'0001796565227012-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe',23,'2026-12-06T13:53:47Z','2026-12-06T13:53:47Z',NULL,NULL,NULL);
INSERT INTO sync_outbox VALUES(2,'01a24ba1-d618-7326-a809-3e58c7836953','staff_user','01a24ba1-d618-7325-b672-b6bf99544df5','upsert','{"active":1,"branch_id":"01a24ba1-d604-7004-bcde-f5ace0044e44","display_name":"王大堂","password_hash":"$argon2id$v=19$m=64,t=1,p=1$Nsq9b+LHlgMqAJfxdBCjFA$yzkwlJCN5nWgwaYKDLTzeaFlDNjh91Ig/9/yyAzsYrQ","role":"lobby_manager","username":"lobby"}',0,'0001796565227032-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe',23,'2026-12-06T13:53:47Z','2026-12-06T13:53:47Z',NULL,NULL,NULL);
INSERT INTO sync_outbox VALUES(3,'01a24ba1-d624-7029-8f0b-af759164d55a','staff_user','01a24ba1-d624-7028-9f97-b86253723e59','upsert','{"active":1,"branch_id":"01a24ba1-d604-7004-bcde-f5ace0044e44","display_name":"赵柜员","password_hash":"$argon2id$v=19$m=64,t=1,p=1$Q5moL2hnupMCR09E89T4ZQ$wyDdTgy6YC2uYdMNG+FD3YpGWCuybOESXmXQO8rouWE","role":"teller","username":"teller"}',0,'0001796565227044-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe',23,'2026-12-06T13:53:47Z','2026-12-06T13:53:47Z',NULL,NULL,NULL);
INSERT INTO sync_outbox VALUES(4,'01a24ba1-d626-72a1-884c-f354716b9ffd','staff_user','01a24ba1-d626-72a0-bfcc-52bf59a68f17','upsert','{"active":1,"branch_id":"01a24ba1-d604-7004-bcde-f5ace0044e44","display_name":"李理财","password_hash":"$argon2id$v=19$m=64,t=1,p=1$vcxmi8yaydaKViFnlahKOA$PGg6AMEJx2sxecT5YnmHPUvXv7+oLx3WQLkVDNI/uxk","role":"wealth_manager","username":"wealth"}',0,'0001796565227046-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe',23,'2026-12-06T13:53:47Z','2026-12-06T13:53:47Z',NULL,NULL,NULL);
INSERT INTO sync_outbox VALUES(5,'01a24ba1-d628-71f6-868e-d3e403e92966','staff_user','01a24ba1-d628-71f5-95d2-c0932a430be1','upsert','{"active":1,"branch_id":"01a24ba1-d604-7004-bcde-f5ace0044e44","display_name":"陈行长","password_hash":"$argon2id$v=19$m=64,t=1,p=1$1ztKycxFw+gpvFYciNB1QQ$yxob15h2YZRHplW5R+4KQ1SoATv3JqMvXYKzXExyOJw","role":"branch_head","username":"head"}',0,'0001796565227048-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe',23,'2026-12-06T13:53:47Z','2026-12-06T13:53:47Z',NULL,NULL,NULL);
INSERT INTO sync_outbox VALUES(6,'01a24ba1-d629-70b4-8cd8-2070f529ce08','staff_user','01a24ba1-d629-70b3-8bcb-096b39b6fb48','upsert','{"active":1,"branch_id":"01a24ba1-d604-7004-bcde-f5ace0044e44","display_name":"周管理","password_hash":"$argon2id$v=19$m=64,t=1,p=1$clNm2IU0huWrv4sxEtCCRQ$YaMtDPsVRGunqHkZ8mD+0YD61c/Y/nUMnM0aKcL2qAI","role":"admin","username":"admin"}',0,'0001796565227049-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe',23,'2026-12-06T13:53:47Z','2026-12-06T13:53:47Z',NULL,NULL,NULL);
INSERT INTO sync_outbox VALUES(7,'01a24ba1-d643-7271-ab46-8f4e022acb97','referral','01a24ba1-d643-7270-8b10-16d14fa663ca','upsert','{"branch_id":"01a24ba1-d604-7004-bcde-f5ace0044e44","contact_obtained":1,"contact_phone":"enc2:NAyZY8jfu39LEQcJJUYxi+teNZELYzh1N75lbU9/XaIG0bspj1mWXi4fiS+CVA9XeMAC:9jJrPOjEsz2Ajv/8QNCvJzQnnz43tb10cPbmvVwvwR7Ua01jZ4lGTMeSK/yyfSBsQkgdm0Bh8jynDg0=","created_at":"2026-12-06T13:53:47Z","customer_has_time":0,"customer_id":null,"description":"","estimated_fen":0,"experience_card":0,"form":"referral","interest":"","reason":"","referred_by":"01a24ba1-d618-7325-b672-b6bf99544df5","referred_to":null,"source":"lobby","status":"logged","visit_id":null,"waiting_area":0}',0,'0001796565227075-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe',23,'2026-12-06T13:53:47Z','2026-12-06T13:53:47Z',NULL,NULL,NULL);
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
, reason TEXT);
CREATE TABLE aum_snapshot (
    customer_id TEXT NOT NULL REFERENCES customer(id),
    month       TEXT NOT NULL,          -- 'YYYY-MM'
    aum_fen     INTEGER NOT NULL CHECK (aum_fen >= 0),
    PRIMARY KEY (customer_id, month)
) WITHOUT ROWID;
CREATE TABLE customer_search_key (
    key         TEXT NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    PRIMARY KEY (key, customer_id)
) WITHOUT ROWID;
INSERT INTO customer_search_key VALUES('ab:APMbxwuMJ1e79TJE7X6Gtg','01907c2a-3333-7000-8000-000000000001');
INSERT INTO customer_search_key VALUES('c:C31010000001','01907c2a-3333-7000-8000-000000000001');
INSERT INTO customer_search_key VALUES('db:9QS5KKdRQiE_BJOtTXuAHA','01907c2a-3333-7000-8000-000000000001');
INSERT INTO customer_search_key VALUES('ds:6uBL7J6w_o1sZZVfQUJ91Q','01907c2a-3333-7000-8000-000000000001');
INSERT INTO customer_search_key VALUES('ds:eXNBMeF8zoj3gljR-V-i2A','01907c2a-3333-7000-8000-000000000001');
INSERT INTO customer_search_key VALUES('ds:liQ2zTZ8ooA1r37-VpWqyw','01907c2a-3333-7000-8000-000000000001');
INSERT INTO customer_search_key VALUES('i:zs','01907c2a-3333-7000-8000-000000000001');
INSERT INTO customer_search_key VALUES('mb:bHkA4iRo3rbYryHbPtIm0w','01907c2a-3333-7000-8000-000000000001');
INSERT INTO customer_search_key VALUES('ms:RZVLLT0bBOkv85sp9umZgQ','01907c2a-3333-7000-8000-000000000001');
INSERT INTO customer_search_key VALUES('ms:RuhqwrrnaeNo9cKRpeUhEw','01907c2a-3333-7000-8000-000000000001');
INSERT INTO customer_search_key VALUES('ms:sW1CaLU-0gl-ktOF6FROaw','01907c2a-3333-7000-8000-000000000001');
INSERT INTO customer_search_key VALUES('n:张三','01907c2a-3333-7000-8000-000000000001');
INSERT INTO customer_search_key VALUES('ns:三','01907c2a-3333-7000-8000-000000000001');
INSERT INTO customer_search_key VALUES('p:zhangsan','01907c2a-3333-7000-8000-000000000001');
INSERT INTO customer_search_key VALUES('ps:san','01907c2a-3333-7000-8000-000000000001');
INSERT INTO customer_search_key VALUES('ab:APMbxwuMJ1e79TJE7X6Gtg','01907c2a-3333-7000-8000-000000000002');
INSERT INTO customer_search_key VALUES('c:C31010000002','01907c2a-3333-7000-8000-000000000002');
INSERT INTO customer_search_key VALUES('db:1hgSPQybHKK37tHd4lhiCA','01907c2a-3333-7000-8000-000000000002');
INSERT INTO customer_search_key VALUES('ds:Jd-YWgWt5VplFOZWxezpAg','01907c2a-3333-7000-8000-000000000002');
INSERT INTO customer_search_key VALUES('ds:v912e628DDWRI3TzkkTt9Q','01907c2a-3333-7000-8000-000000000002');
INSERT INTO customer_search_key VALUES('ds:zMeDHIkjC5ZOcoVKjU6nSA','01907c2a-3333-7000-8000-000000000002');
INSERT INTO customer_search_key VALUES('i:oymh','01907c2a-3333-7000-8000-000000000002');
INSERT INTO customer_search_key VALUES('is:mh','01907c2a-3333-7000-8000-000000000002');
INSERT INTO customer_search_key VALUES('is:ymh','01907c2a-3333-7000-8000-000000000002');
INSERT INTO customer_search_key VALUES('mb:7Q643ymGWSGIy_vRwt9dpw','01907c2a-3333-7000-8000-000000000002');
INSERT INTO customer_search_key VALUES('ms:6y6wPA6QR4yz532IsOxbdA','01907c2a-3333-7000-8000-000000000002');
INSERT INTO customer_search_key VALUES('ms:Vb2-010x6H0TjLfsEwXu8w','01907c2a-3333-7000-8000-000000000002');
INSERT INTO customer_search_key VALUES('ms:mtFWfSD8kRCGM1i31Zn9rg','01907c2a-3333-7000-8000-000000000002');
INSERT INTO customer_search_key VALUES('n:欧阳明华','01907c2a-3333-7000-8000-000000000002');
INSERT INTO customer_search_key VALUES('ns:华','01907c2a-3333-7000-8000-000000000002');
INSERT INTO customer_search_key VALUES('ns:明华','01907c2a-3333-7000-8000-000000000002');
INSERT INTO customer_search_key VALUES('ns:阳明华','01907c2a-3333-7000-8000-000000000002');
INSERT INTO customer_search_key VALUES('p:ouyangminghua','01907c2a-3333-7000-8000-000000000002');
INSERT INTO customer_search_key VALUES('po:ouyangmenghua','01907c2a-3333-7000-8000-000000000002');
INSERT INTO customer_search_key VALUES('pos:hua','01907c2a-3333-7000-8000-000000000002');
INSERT INTO customer_search_key VALUES('pos:menghua','01907c2a-3333-7000-8000-000000000002');
INSERT INTO customer_search_key VALUES('pos:yangmenghua','01907c2a-3333-7000-8000-000000000002');
INSERT INTO customer_search_key VALUES('ps:hua','01907c2a-3333-7000-8000-000000000002');
INSERT INTO customer_search_key VALUES('ps:minghua','01907c2a-3333-7000-8000-000000000002');
INSERT INTO customer_search_key VALUES('ps:yangminghua','01907c2a-3333-7000-8000-000000000002');
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
CREATE TABLE IF NOT EXISTS "referral" (
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
INSERT INTO referral VALUES('01a24ba1-d643-7270-8b10-16d14fa663ca','01a24ba1-d604-7004-bcde-f5ace0044e44',NULL,NULL,'referral','lobby','01a24ba1-d618-7325-b672-b6bf99544df5',NULL,0,1,'','logged','2026-12-06T13:53:47Z',NULL,'2026-12-06T13:53:47Z',1,0,'','enc2:Xekw/a8QPhQRVNVB35wv6Fqe63F/lqSNn9xJGRwY+9muJzkahurcizWbYLIxTDO+ip25:H849rzuM1QG/iWSwyBS1lMjhX8gZID4W5YjJBmWgZgs+vjcrlOLmJLhGTGWXegXPRBFcspIAHWfHcUU=','',0,0,0,NULL,NULL);
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
CREATE TABLE sync_field_clock (
    table_name TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    field      TEXT NOT NULL,
    hlc        TEXT NOT NULL,
    PRIMARY KEY (table_name, row_id, field)
) WITHOUT ROWID;
INSERT INTO sync_field_clock VALUES('branch','01a24ba1-d604-7004-bcde-f5ace0044e44','address','0001796565227012-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('branch','01a24ba1-d604-7004-bcde-f5ace0044e44','city','0001796565227012-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('branch','01a24ba1-d604-7004-bcde-f5ace0044e44','code','0001796565227012-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('branch','01a24ba1-d604-7004-bcde-f5ace0044e44','name','0001796565227012-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('customer','01907c2a-3333-7000-8000-000000000002','phone','0001796565227079-00000-other-node');
INSERT INTO sync_field_clock VALUES('referral','01a24ba1-d643-7270-8b10-16d14fa663ca','branch_id','0001796565227075-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('referral','01a24ba1-d643-7270-8b10-16d14fa663ca','contact_obtained','0001796565227075-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('referral','01a24ba1-d643-7270-8b10-16d14fa663ca','contact_phone','0001796565227075-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('referral','01a24ba1-d643-7270-8b10-16d14fa663ca','created_at','0001796565227075-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('referral','01a24ba1-d643-7270-8b10-16d14fa663ca','customer_has_time','0001796565227075-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('referral','01a24ba1-d643-7270-8b10-16d14fa663ca','customer_id','0001796565227075-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('referral','01a24ba1-d643-7270-8b10-16d14fa663ca','description','0001796565227075-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('referral','01a24ba1-d643-7270-8b10-16d14fa663ca','estimated_fen','0001796565227075-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('referral','01a24ba1-d643-7270-8b10-16d14fa663ca','experience_card','0001796565227075-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('referral','01a24ba1-d643-7270-8b10-16d14fa663ca','form','0001796565227075-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('referral','01a24ba1-d643-7270-8b10-16d14fa663ca','interest','0001796565227075-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('referral','01a24ba1-d643-7270-8b10-16d14fa663ca','reason','0001796565227075-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('referral','01a24ba1-d643-7270-8b10-16d14fa663ca','referred_by','0001796565227075-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('referral','01a24ba1-d643-7270-8b10-16d14fa663ca','referred_to','0001796565227075-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('referral','01a24ba1-d643-7270-8b10-16d14fa663ca','source','0001796565227075-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('referral','01a24ba1-d643-7270-8b10-16d14fa663ca','status','0001796565227075-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('referral','01a24ba1-d643-7270-8b10-16d14fa663ca','visit_id','0001796565227075-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('referral','01a24ba1-d643-7270-8b10-16d14fa663ca','waiting_area','0001796565227075-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('staff_user','01a24ba1-d618-7325-b672-b6bf99544df5','active','0001796565227032-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('staff_user','01a24ba1-d618-7325-b672-b6bf99544df5','branch_id','0001796565227032-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('staff_user','01a24ba1-d618-7325-b672-b6bf99544df5','display_name','0001796565227032-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('staff_user','01a24ba1-d618-7325-b672-b6bf99544df5','password_hash','0001796565227032-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('staff_user','01a24ba1-d618-7325-b672-b6bf99544df5','role','0001796565227032-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('staff_user','01a24ba1-d618-7325-b672-b6bf99544df5','username','0001796565227032-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('staff_user','01a24ba1-d624-7028-9f97-b86253723e59','active','0001796565227044-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('staff_user','01a24ba1-d624-7028-9f97-b86253723e59','branch_id','0001796565227044-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('staff_user','01a24ba1-d624-7028-9f97-b86253723e59','display_name','0001796565227044-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('staff_user','01a24ba1-d624-7028-9f97-b86253723e59','password_hash','0001796565227044-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('staff_user','01a24ba1-d624-7028-9f97-b86253723e59','role','0001796565227044-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('staff_user','01a24ba1-d624-7028-9f97-b86253723e59','username','0001796565227044-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('staff_user','01a24ba1-d626-72a0-bfcc-52bf59a68f17','active','0001796565227046-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('staff_user','01a24ba1-d626-72a0-bfcc-52bf59a68f17','branch_id','0001796565227046-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('staff_user','01a24ba1-d626-72a0-bfcc-52bf59a68f17','display_name','0001796565227046-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('staff_user','01a24ba1-d626-72a0-bfcc-52bf59a68f17','password_hash','0001796565227046-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('staff_user','01a24ba1-d626-72a0-bfcc-52bf59a68f17','role','0001796565227046-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('staff_user','01a24ba1-d626-72a0-bfcc-52bf59a68f17','username','0001796565227046-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('staff_user','01a24ba1-d628-71f5-95d2-c0932a430be1','active','0001796565227048-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('staff_user','01a24ba1-d628-71f5-95d2-c0932a430be1','branch_id','0001796565227048-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('staff_user','01a24ba1-d628-71f5-95d2-c0932a430be1','display_name','0001796565227048-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('staff_user','01a24ba1-d628-71f5-95d2-c0932a430be1','password_hash','0001796565227048-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('staff_user','01a24ba1-d628-71f5-95d2-c0932a430be1','role','0001796565227048-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('staff_user','01a24ba1-d628-71f5-95d2-c0932a430be1','username','0001796565227048-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('staff_user','01a24ba1-d629-70b3-8bcb-096b39b6fb48','active','0001796565227049-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('staff_user','01a24ba1-d629-70b3-8bcb-096b39b6fb48','branch_id','0001796565227049-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('staff_user','01a24ba1-d629-70b3-8bcb-096b39b6fb48','display_name','0001796565227049-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('staff_user','01a24ba1-d629-70b3-8bcb-096b39b6fb48','password_hash','0001796565227049-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('staff_user','01a24ba1-d629-70b3-8bcb-096b39b6fb48','role','0001796565227049-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
INSERT INTO sync_field_clock VALUES('staff_user','01a24ba1-d629-70b3-8bcb-096b39b6fb48','username','0001796565227049-00000-01a24ba1-d604-7003-ab60-eaa9b09123fe');
CREATE TABLE consent_record (
    id          TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customer(id),
    purpose     TEXT NOT NULL CHECK (purpose IN ('marketing_phone', 'marketing_sms',
                    'marketing_wechat', 'marketing_email', 'group_sharing',
                    'third_party_sharing')),
    granted     INTEGER NOT NULL CHECK (granted IN (0, 1)),
    channel     TEXT NOT NULL CHECK (channel IN ('counter', 'phone', 'paper_form', 'ebanking',
                    'mobile', 'wechat')),
    evidence    TEXT NOT NULL DEFAULT '',   -- form number, call reference ... (no personal data)
    staff_id    TEXT REFERENCES staff_user(id),
    recorded_at TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
, stamp TEXT NOT NULL DEFAULT '');
CREATE TABLE key_slot (
    user_id    TEXT PRIMARY KEY REFERENCES staff_user(id),
    key_id     TEXT NOT NULL,          -- fingerprint of the data key this slot opens
    salt       BLOB NOT NULL,          -- Argon2id salt, 16 bytes
    opslimit   INTEGER NOT NULL,       -- Argon2id passes
    memlimit   INTEGER NOT NULL,       -- Argon2id memory, bytes
    wrapped    BLOB NOT NULL,          -- nonce | sealed data key | tag
    created_at TEXT NOT NULL
, box_public BLOB, box_secret BLOB, reveal_grant BLOB);
INSERT INTO key_slot VALUES('01a24ba1-d618-7325-b672-b6bf99544df5','oGmJ80eNKpj9YgSBuD38fQ==',X'9fb1157f5cb921aca59da3e4ad678232',1,65536,X'5cfa51ab201954e2abbc4a5c9e88b8ce8c3959ab378faa5f475a6ab6d9a02ff13b9bcafe938ac8d258c4581696e3918b25004b629973928cc0b3ef8ced1f04a3a1f3ee8728883ffe','2026-12-06T13:53:47Z',X'bd7c21d01e534e985e66111932b7092e5cf06b83ed94d8ad48298107c7441052',X'f5f850c9e3ecc8ee601581c5bf0604d7621ed70beba1bfd23fa3f7e57b6e97e9ea6bfefd588677b66dcb5df07935b35fb3a74da58f7af3bde4299608281bb56a6b94518a89d07c35',NULL);
INSERT INTO key_slot VALUES('01a24ba1-d624-7028-9f97-b86253723e59','oGmJ80eNKpj9YgSBuD38fQ==',X'26525e07a88ee883fe76f766eafa70ff',1,65536,X'249437efb1cca5757ee339b897195be52fa221e3d25c95accd61878d7daea2aa8af1eb6b93a47108d6efcbf0f1816fee3014959e1f224841eee361ff3f2a4df8708afb678252fdd0','2026-12-06T13:53:47Z',X'b8072f2cc4e0d0dc0fddf2edcc1388980b9b678aea8b95b70bdd5e467422a439',X'14f2eadbb7436c04b1600e388168808c8d35e08a41bbdc83b02a02f579540317ab37e76c26f984055201595fcecee9ea9098fc9d44b156d802346770859f24fb0fb38c890a6f867e',NULL);
INSERT INTO key_slot VALUES('01a24ba1-d626-72a0-bfcc-52bf59a68f17','oGmJ80eNKpj9YgSBuD38fQ==',X'0c083a410e35899fab05492d73985f18',1,65536,X'c12ee83e28dafd53b848dbe34efb752b1f9274b9699c642e1ce9e3b77ed5c6ad422990d9d3d82edd142bb39b471373773dff6da504e2047ac3f861606696e443a9dd82fe9bf1731d','2026-12-06T13:53:47Z',X'dbfff69d344dda25aec99e1bd18f0dea7d57c04cdf907bc609e5ad14a2e6b62f',X'e8d0e30893fe100253439f9319375bd3ddf8435482517f41556a0d68e4329b278df3274be38d170bd189c106c427dba18a36b3e19bbebecac3755ec47d65cc0b4c6789aa8ed64b61',X'691851370a8677b73a2b8a9c85386c0e779819cbd6ffa6a283bc5c3fe649e76d8ff689b66fcbb4afd39ab23672b16693bd4185e99f7ff69e25d8804843411606b9b058e7e878d8239ae20131493ebb82');
INSERT INTO key_slot VALUES('01a24ba1-d628-71f5-95d2-c0932a430be1','oGmJ80eNKpj9YgSBuD38fQ==',X'6ab2b70f33e2c12c59699eed1cf3cfe7',1,65536,X'ac1ac5409fae14d7807cccb553f92d51349cc4a3373a19de986ea329c36a20205c466cff0e0fe3840c6515981d16d5fbf4574369347f51733580162e195c9be74f3d3254b5b91869','2026-12-06T13:53:47Z',X'e0bb64a7544a9adc0c13d5c287a289f8b2d11228ad96ee3313ad0596ed3c8340',X'46f69cbb906daaa3b8db99ecaea5e0dd4b3a91d61f36203acb4d448a55a2191c7ee139b88f9bb71def71334e481a4bdd6c74031ff7407b5fc3c51f7df6dec22f357774ad4f83d0dc',X'8750f64a8771094275debab830a08b61d699613e5734c9085e1d4e315dd0b96b6c6a63c0383523892241bb9cdbf24c2ba408acdaf3b8dae57c55a4f93d729b2ec3bfcb557a519ff05b068281452200c4');
INSERT INTO key_slot VALUES('01a24ba1-d629-70b3-8bcb-096b39b6fb48','oGmJ80eNKpj9YgSBuD38fQ==',X'373de98eb2bb443fdb2f6561e4803208',1,65536,X'a5c09a993e17b59d8d2f5e3944999bca06882a7d5389c5f04cf78074410a30280e6e49eefa4fe9622ce28dc9e803cdc3000ab52720a17dfb0cf37878e027f74cb0d600e24d9b388c','2026-12-06T13:53:47Z',X'ff347cf2b40f10b2d673cdde04b87de6046fd553dc8c67a38683b0db0b43a36b',X'65a71e519efde3ade3b7488fd7df756b53815774f4fa500a14f1e9cbaf58ec8ebf3c9a896f5924d5697b5562de78982ccfb83c7ad1f20f503eb9f7f750944a9ed833438cfc858315',NULL);
CREATE TABLE aum_month_total (
    branch_id  TEXT NOT NULL,
    month      TEXT NOT NULL,             -- 'YYYY-MM', as in aum_snapshot
    manager_id TEXT NOT NULL DEFAULT '',  -- '' : no manager
    aum_fen    INTEGER NOT NULL,
    customers  INTEGER NOT NULL,          -- snapshots summed (one per customer and month)
    PRIMARY KEY (branch_id, month, manager_id)
) WITHOUT ROWID;
CREATE TABLE offline_verifier (
    username      TEXT PRIMARY KEY,
    server        TEXT NOT NULL,
    password_hash TEXT,
    role          TEXT NOT NULL,
    branch_id     TEXT NOT NULL,
    verified_at   TEXT NOT NULL,
    revoked_at    TEXT,
    CHECK ((password_hash IS NULL) = (revoked_at IS NOT NULL))
) WITHOUT ROWID;
CREATE TABLE voice_finding (
    id           TEXT PRIMARY KEY,
    customer_id  TEXT NOT NULL REFERENCES customer(id),
    note_table   TEXT NOT NULL CHECK (note_table IN ('interaction', 'referral', 'care_task',
                     'kyc_answer', 'fund_arrival', 'referral_transition')),
    note_id      TEXT NOT NULL,
    note_field   TEXT NOT NULL,
    noted_on     TEXT NOT NULL,               -- the note's day
    staff_id     TEXT REFERENCES staff_user(id), -- who wrote the note
    call_list_id TEXT REFERENCES call_list(id),  -- a call outcome's list
    kind         TEXT NOT NULL CHECK (kind IN ('interest', 'objection', 'competitor', 'praise',
                     'complaint', 'life_event', 'follow_up')),
    label        TEXT NOT NULL,
    family       TEXT NOT NULL DEFAULT '',    -- product family the finding is about
    phrase       TEXT NOT NULL DEFAULT '',    -- sealed
    start_utf16  INTEGER NOT NULL CHECK (start_utf16 >= 0),
    length_utf16 INTEGER NOT NULL CHECK (length_utf16 > 0),
    amount_fen   INTEGER,
    mentioned_on TEXT,                        -- the day said with it (a follow-up's date)
    hedged       INTEGER NOT NULL DEFAULT 0 CHECK (hedged IN (0, 1)),
    lexicon      TEXT NOT NULL DEFAULT '',    -- version of the lexicon that heard it
    updated_at   TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE TABLE voice_review (
    id              TEXT PRIMARY KEY,
    customer_id     TEXT NOT NULL REFERENCES customer(id),
    decision        TEXT NOT NULL CHECK (decision IN ('confirmed', 'dismissed')),
    staff_id        TEXT REFERENCES staff_user(id),
    decided_at      TEXT NOT NULL,
    customer_tag_id TEXT,
    care_task_id    TEXT,
    updated_at      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE TABLE IF NOT EXISTS "customer_tag" (
    id          TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customer(id),
    tag_id      TEXT NOT NULL REFERENCES tag(id),
    source      TEXT NOT NULL CHECK (source IN ('kyc', 'rule', 'staff', 'observed', 'voice')),
    confidence  INTEGER NOT NULL DEFAULT 100 CHECK (confidence BETWEEN 0 AND 100),
    set_by      TEXT REFERENCES staff_user(id),
    set_at      TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    voice_finding_id TEXT,
    UNIQUE (customer_id, tag_id)
);
CREATE TABLE IF NOT EXISTS "care_task" (
    id          TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customer(id),
    staff_id    TEXT REFERENCES staff_user(id),
    kind        TEXT NOT NULL CHECK (kind IN ('welcome_day0', 'care_sms_2w', 'kyc_90d', 'birthday',
                    'maturity', 'retention', 'follow_up')),
    due_on      TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'skipped')),
    done_at     TEXT,
    note        TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE TABLE staff_request (
    id           TEXT PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('add_user', 'reset_password')),
    username     TEXT NOT NULL,
    display_name TEXT NOT NULL DEFAULT '',
    role         TEXT NOT NULL DEFAULT '',
    branch_id    TEXT NOT NULL DEFAULT '',
    requested_by TEXT NOT NULL,
    requested_at TEXT NOT NULL,
    decided_by   TEXT,
    decided_at   TEXT,
    state        TEXT NOT NULL DEFAULT 'pending'
                 CHECK (state IN ('pending', 'approved', 'withdrawn'))
) WITHOUT ROWID;
CREATE TABLE household (
    id         TEXT PRIMARY KEY,
    branch_id  TEXT NOT NULL REFERENCES branch(id),
    created_by TEXT REFERENCES staff_user(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE TABLE household_member (
    id           TEXT PRIMARY KEY,   -- = customer_id
    customer_id  TEXT NOT NULL REFERENCES customer(id),
    household_id TEXT REFERENCES household(id),
    relation     TEXT NOT NULL DEFAULT 'relative'
                 CHECK (relation IN ('head', 'spouse', 'parent', 'child', 'relative', 'partner')),
    linked_by    TEXT REFERENCES staff_user(id),
    linked_at    TEXT,
    updated_at   TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE TABLE household_dismissal (
    id                TEXT PRIMARY KEY,
    customer_id       TEXT NOT NULL REFERENCES customer(id),
    other_customer_id TEXT NOT NULL REFERENCES customer(id),
    staff_id          TEXT REFERENCES staff_user(id),
    dismissed_at      TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE TABLE product_shelf (
    id          TEXT PRIMARY KEY,
    branch_id   TEXT NOT NULL REFERENCES branch(id),
    source_name TEXT NOT NULL DEFAULT '',
    content     TEXT NOT NULL,
    loaded_by   TEXT REFERENCES staff_user(id),
    loaded_at   TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE TABLE product_offer (
    id             TEXT PRIMARY KEY,
    branch_id      TEXT NOT NULL REFERENCES branch(id),
    customer_id    TEXT NOT NULL REFERENCES customer(id),
    product_code   TEXT NOT NULL,
    product_family TEXT NOT NULL,
    product_risk   INTEGER NOT NULL CHECK (product_risk BETWEEN 1 AND 5),
    reasons        TEXT NOT NULL DEFAULT '',
    context        TEXT NOT NULL CHECK (context IN ('customer360', 'prep_sheet', 'counter',
                       'command_line')),
    response       TEXT NOT NULL CHECK (response IN ('accepted', 'declined', 'not_now')),
    decline_reason TEXT CHECK (decline_reason IN ('not_interested', 'no_spare_money',
                       'risk_too_high', 'term_too_long', 'return_too_low', 'holds_elsewhere',
                       'other')),
    recording_ref  TEXT NOT NULL DEFAULT '',
    staff_id       TEXT REFERENCES staff_user(id),
    offered_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE TABLE product_sale (
    id                   TEXT PRIMARY KEY,
    branch_id            TEXT NOT NULL REFERENCES branch(id),
    customer_id          TEXT NOT NULL REFERENCES customer(id),
    product_code         TEXT NOT NULL,
    product_family       TEXT NOT NULL,
    product_risk         INTEGER NOT NULL CHECK (product_risk BETWEEN 1 AND 5),
    amount_fen           INTEGER NOT NULL CHECK (amount_fen > 0),
    channel              TEXT NOT NULL CHECK (channel IN ('counter', 'ebanking', 'mobile', 'phone')),
    recording_ref        TEXT NOT NULL DEFAULT '',   -- 双录: the recording's reference
    elderly_confirmation TEXT NOT NULL DEFAULT '',   -- 65+ and above R3: the form's reference
    offer_id             TEXT REFERENCES product_offer(id),
    staff_id             TEXT REFERENCES staff_user(id),
    sold_at              TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    version              INTEGER NOT NULL DEFAULT 1,
    deleted              INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE TABLE offer_peer_share (
    branch_id    TEXT NOT NULL,
    tier         TEXT NOT NULL,
    risk_level   INTEGER NOT NULL,
    product_code TEXT NOT NULL,
    holders      INTEGER NOT NULL,
    PRIMARY KEY (branch_id, tier, risk_level, product_code)
) WITHOUT ROWID;
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('sync_outbox',7);
INSERT INTO sqlite_sequence VALUES('audit_log',9);
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
CREATE INDEX fund_arrival_customer ON fund_arrival(customer_id, expected_on);
CREATE INDEX fund_arrival_date ON fund_arrival(expected_on);
CREATE INDEX lobby_visit_branch_time ON lobby_visit(branch_id, entered_at);
CREATE INDEX teller_session_teller_time ON teller_session(teller_id, started_at);
CREATE INDEX call_task_assignee ON call_task(assigned_to, status, rank_score DESC);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE INDEX sync_outbox_pending ON sync_outbox(seq) WHERE pushed_at IS NULL;
CREATE INDEX kyc_field_value ON kyc_field(field, value_text);
CREATE INDEX kyc_session_customer ON kyc_session(customer_id, status, version_no);
CREATE INDEX kyc_answer_session ON kyc_answer(session_id, cell);
CREATE INDEX referral_queue ON referral(status, referred_to, created_at);
CREATE INDEX referral_by ON referral(referred_by, created_at);
CREATE INDEX referral_transition_referral ON referral_transition(referral_id, at);
CREATE INDEX referral_transition_day ON referral_transition(to_status, at);
CREATE INDEX customer_locality ON customer(branch_id, locality);
CREATE INDEX holding_segment ON holding(
    customer_id, status, deleted, product_family, amount_fen, maturity_date);
CREATE INDEX customer_event_segment ON customer_event(customer_id, occurred_at, kind);
CREATE INDEX segment_branch ON segment(branch_id, deleted, name);
CREATE TRIGGER holding_families_insert AFTER INSERT ON holding
WHEN NEW.status = 'active' AND NEW.deleted = 0
BEGIN
    UPDATE customer SET holding_families = holding_families | (CASE NEW.product_family WHEN 'deposit' THEN 1 WHEN 'wealth' THEN 2
               WHEN 'fund' THEN 4 WHEN 'insurance' THEN 8 WHEN 'precious_metal' THEN 16
               WHEN 'bond' THEN 32 WHEN 'trust' THEN 64 WHEN 'loan' THEN 128 END)
    WHERE id = NEW.customer_id AND (holding_families & (CASE NEW.product_family WHEN 'deposit' THEN 1 WHEN 'wealth' THEN 2
               WHEN 'fund' THEN 4 WHEN 'insurance' THEN 8 WHEN 'precious_metal' THEN 16
               WHEN 'bond' THEN 32 WHEN 'trust' THEN 64 WHEN 'loan' THEN 128 END)) = 0;
END;
CREATE TRIGGER holding_families_update
AFTER UPDATE OF customer_id, product_family, status, deleted ON holding
WHEN OLD.customer_id IS NOT NEW.customer_id OR OLD.product_family IS NOT NEW.product_family
    OR OLD.status IS NOT NEW.status OR OLD.deleted IS NOT NEW.deleted
BEGIN
    UPDATE customer SET holding_families = (SELECT coalesce(sum(DISTINCT CASE h.product_family WHEN 'deposit' THEN 1 WHEN 'wealth' THEN 2
                   WHEN 'fund' THEN 4 WHEN 'insurance' THEN 8 WHEN 'precious_metal' THEN 16
                   WHEN 'bond' THEN 32 WHEN 'trust' THEN 64 WHEN 'loan' THEN 128 END), 0)
             FROM holding h WHERE h.customer_id = customer.id AND h.status = 'active' AND h.deleted = 0)
    WHERE id IN (OLD.customer_id, NEW.customer_id) AND holding_families <> (SELECT coalesce(sum(DISTINCT CASE h.product_family WHEN 'deposit' THEN 1 WHEN 'wealth' THEN 2
                   WHEN 'fund' THEN 4 WHEN 'insurance' THEN 8 WHEN 'precious_metal' THEN 16
                   WHEN 'bond' THEN 32 WHEN 'trust' THEN 64 WHEN 'loan' THEN 128 END), 0)
             FROM holding h WHERE h.customer_id = customer.id AND h.status = 'active' AND h.deleted = 0);
END;
CREATE TRIGGER holding_families_delete AFTER DELETE ON holding
WHEN OLD.status = 'active' AND OLD.deleted = 0
BEGIN
    UPDATE customer SET holding_families = (SELECT coalesce(sum(DISTINCT CASE h.product_family WHEN 'deposit' THEN 1 WHEN 'wealth' THEN 2
                   WHEN 'fund' THEN 4 WHEN 'insurance' THEN 8 WHEN 'precious_metal' THEN 16
                   WHEN 'bond' THEN 32 WHEN 'trust' THEN 64 WHEN 'loan' THEN 128 END), 0)
             FROM holding h WHERE h.customer_id = customer.id AND h.status = 'active' AND h.deleted = 0)
    WHERE id = OLD.customer_id AND holding_families <> (SELECT coalesce(sum(DISTINCT CASE h.product_family WHEN 'deposit' THEN 1 WHEN 'wealth' THEN 2
                   WHEN 'fund' THEN 4 WHEN 'insurance' THEN 8 WHEN 'precious_metal' THEN 16
                   WHEN 'bond' THEN 32 WHEN 'trust' THEN 64 WHEN 'loan' THEN 128 END), 0)
             FROM holding h WHERE h.customer_id = customer.id AND h.status = 'active' AND h.deleted = 0);
END;
CREATE TRIGGER customer_holding_families_insert AFTER INSERT ON customer
WHEN EXISTS (SELECT 1 FROM holding h WHERE h.customer_id = NEW.id)
BEGIN
    UPDATE customer SET holding_families = (SELECT coalesce(sum(DISTINCT CASE h.product_family WHEN 'deposit' THEN 1 WHEN 'wealth' THEN 2
                   WHEN 'fund' THEN 4 WHEN 'insurance' THEN 8 WHEN 'precious_metal' THEN 16
                   WHEN 'bond' THEN 32 WHEN 'trust' THEN 64 WHEN 'loan' THEN 128 END), 0)
             FROM holding h WHERE h.customer_id = customer.id AND h.status = 'active' AND h.deleted = 0)
    WHERE id = NEW.id;
END;
CREATE INDEX call_task_list ON call_task(call_list_id, status);
CREATE INDEX customer_manager_opened ON customer(manager_id, opened_on);
CREATE INDEX customer_manager_birthday ON customer(manager_id, substr(birth_date, 6, 5));
CREATE INDEX consent_record_customer ON consent_record(customer_id, purpose, recorded_at);
CREATE INDEX customer_dashboard
    ON customer(branch_id, manager_id, tier, lifecycle_stage, id) WHERE deleted = 0;
CREATE INDEX customer_segment ON customer(
    branch_id, deleted, tier, birth_date, aum_fen, risk_level, marketing_consent,
    do_not_contact, lifecycle_stage, gender, assignment_mode, opened_on, manager_id,
    previous_tier, tier_changed_on, locality, industry, holding_families, id, tag_list);
CREATE INDEX customer_segment_aum ON customer(
    branch_id, deleted, aum_fen, id, tier, birth_date, risk_level, marketing_consent,
    do_not_contact, lifecycle_stage, gender, assignment_mode, opened_on, manager_id,
    previous_tier, tier_changed_on, locality, industry, holding_families, tag_list);
CREATE TRIGGER aum_month_total_snapshot_insert AFTER INSERT ON aum_snapshot
BEGIN
    INSERT INTO aum_month_total(branch_id, month, manager_id, aum_fen, customers)
    SELECT c.branch_id, NEW.month, coalesce(c.manager_id, ''), NEW.aum_fen, 1
      FROM customer c WHERE c.id = NEW.customer_id AND c.deleted = 0
    ON CONFLICT(branch_id, month, manager_id) DO UPDATE
       SET aum_fen = aum_fen + excluded.aum_fen, customers = customers + 1;
END;
CREATE TRIGGER aum_month_total_snapshot_delete AFTER DELETE ON aum_snapshot
BEGIN
    UPDATE aum_month_total SET aum_fen = aum_fen - OLD.aum_fen, customers = customers - 1
     WHERE month = OLD.month
       AND branch_id = (SELECT c.branch_id FROM customer c
                         WHERE c.id = OLD.customer_id AND c.deleted = 0)
       AND manager_id = (SELECT coalesce(c.manager_id, '') FROM customer c
                          WHERE c.id = OLD.customer_id AND c.deleted = 0);
END;
CREATE TRIGGER aum_month_total_snapshot_update
AFTER UPDATE OF customer_id, month, aum_fen ON aum_snapshot
BEGIN
    UPDATE aum_month_total SET aum_fen = aum_fen - OLD.aum_fen, customers = customers - 1
     WHERE month = OLD.month
       AND branch_id = (SELECT c.branch_id FROM customer c
                         WHERE c.id = OLD.customer_id AND c.deleted = 0)
       AND manager_id = (SELECT coalesce(c.manager_id, '') FROM customer c
                          WHERE c.id = OLD.customer_id AND c.deleted = 0);
    INSERT INTO aum_month_total(branch_id, month, manager_id, aum_fen, customers)
    SELECT c.branch_id, NEW.month, coalesce(c.manager_id, ''), NEW.aum_fen, 1
      FROM customer c WHERE c.id = NEW.customer_id AND c.deleted = 0
    ON CONFLICT(branch_id, month, manager_id) DO UPDATE
       SET aum_fen = aum_fen + excluded.aum_fen, customers = customers + 1;
END;
CREATE TRIGGER aum_month_total_customer_insert AFTER INSERT ON customer
WHEN NEW.deleted = 0 AND EXISTS (SELECT 1 FROM aum_snapshot s WHERE s.customer_id = NEW.id)
BEGIN
    INSERT INTO aum_month_total(branch_id, month, manager_id, aum_fen, customers)
    SELECT NEW.branch_id, s.month, coalesce(NEW.manager_id, ''), s.aum_fen, 1
      FROM aum_snapshot s WHERE s.customer_id = NEW.id
    ON CONFLICT(branch_id, month, manager_id) DO UPDATE
       SET aum_fen = aum_fen + excluded.aum_fen, customers = customers + 1;
END;
CREATE TRIGGER aum_month_total_customer_update
AFTER UPDATE OF id, branch_id, manager_id, deleted ON customer
WHEN (OLD.id IS NOT NEW.id OR OLD.branch_id IS NOT NEW.branch_id
      OR OLD.manager_id IS NOT NEW.manager_id OR OLD.deleted IS NOT NEW.deleted)
     AND (OLD.deleted = 0 OR NEW.deleted = 0)
BEGIN
    UPDATE aum_month_total
       SET aum_fen = aum_fen - (SELECT s.aum_fen FROM aum_snapshot s
                                 WHERE s.customer_id = OLD.id
                                   AND s.month = aum_month_total.month),
           customers = customers - 1
     WHERE OLD.deleted = 0 AND branch_id = OLD.branch_id
       AND manager_id = coalesce(OLD.manager_id, '')
       AND month IN (SELECT s.month FROM aum_snapshot s WHERE s.customer_id = OLD.id);
    INSERT INTO aum_month_total(branch_id, month, manager_id, aum_fen, customers)
    SELECT NEW.branch_id, s.month, coalesce(NEW.manager_id, ''), s.aum_fen, 1
      FROM aum_snapshot s WHERE s.customer_id = NEW.id AND NEW.deleted = 0
    ON CONFLICT(branch_id, month, manager_id) DO UPDATE
       SET aum_fen = aum_fen + excluded.aum_fen, customers = customers + 1;
END;
CREATE TRIGGER aum_month_total_customer_delete AFTER DELETE ON customer
WHEN OLD.deleted = 0
BEGIN
    UPDATE aum_month_total
       SET aum_fen = aum_fen - (SELECT s.aum_fen FROM aum_snapshot s
                                 WHERE s.customer_id = OLD.id
                                   AND s.month = aum_month_total.month),
           customers = customers - 1
     WHERE branch_id = OLD.branch_id AND manager_id = coalesce(OLD.manager_id, '')
       AND month IN (SELECT s.month FROM aum_snapshot s WHERE s.customer_id = OLD.id);
END;
CREATE INDEX voice_finding_customer ON voice_finding(customer_id, noted_on);
CREATE INDEX voice_finding_note ON voice_finding(note_table, note_id);
CREATE INDEX voice_finding_label ON voice_finding(kind, noted_on, label);
CREATE INDEX voice_review_customer ON voice_review(customer_id);
CREATE INDEX customer_tag_tag ON customer_tag(tag_id, customer_id);
CREATE INDEX customer_tag_members ON customer_tag(tag_id, deleted, customer_id);
CREATE TRIGGER customer_tag_list_insert AFTER INSERT ON customer_tag
WHEN NEW.deleted = 0
BEGIN
    UPDATE customer SET tag_list = (CASE tag_list WHEN '' THEN char(31) ELSE tag_list END)
                                   || NEW.tag_id || char(31)
    WHERE id = NEW.customer_id AND instr(tag_list, char(31) || NEW.tag_id || char(31)) = 0;
END;
CREATE TRIGGER customer_tag_list_update
AFTER UPDATE OF customer_id, tag_id, deleted ON customer_tag
WHEN OLD.customer_id IS NOT NEW.customer_id OR OLD.tag_id IS NOT NEW.tag_id
    OR OLD.deleted IS NOT NEW.deleted
BEGIN
    UPDATE customer SET tag_list = coalesce((
            SELECT char(31) || group_concat(ct.tag_id, char(31)) || char(31)
            FROM customer_tag ct WHERE ct.customer_id = customer.id AND ct.deleted = 0), '')
    WHERE id IN (OLD.customer_id, NEW.customer_id) AND tag_list <> coalesce((
            SELECT char(31) || group_concat(ct.tag_id, char(31)) || char(31)
            FROM customer_tag ct WHERE ct.customer_id = customer.id AND ct.deleted = 0), '');
END;
CREATE TRIGGER customer_tag_list_delete AFTER DELETE ON customer_tag
WHEN OLD.deleted = 0
BEGIN
    UPDATE customer SET tag_list = coalesce((
            SELECT char(31) || group_concat(ct.tag_id, char(31)) || char(31)
            FROM customer_tag ct WHERE ct.customer_id = customer.id AND ct.deleted = 0), '')
    WHERE id = OLD.customer_id AND tag_list <> coalesce((
            SELECT char(31) || group_concat(ct.tag_id, char(31)) || char(31)
            FROM customer_tag ct WHERE ct.customer_id = customer.id AND ct.deleted = 0), '');
END;
CREATE TRIGGER customer_tag_list_customer_insert AFTER INSERT ON customer
WHEN NEW.tag_list <> '' OR EXISTS (SELECT 1 FROM customer_tag ct WHERE ct.customer_id = NEW.id)
BEGIN
    UPDATE customer SET tag_list = coalesce((
            SELECT char(31) || group_concat(ct.tag_id, char(31)) || char(31)
            FROM customer_tag ct WHERE ct.customer_id = customer.id AND ct.deleted = 0), '')
    WHERE id = NEW.id;
END;
CREATE INDEX care_task_staff_due ON care_task(staff_id, status, due_on);
CREATE INDEX care_task_customer ON care_task(customer_id, status, due_on);
CREATE INDEX care_task_plan ON care_task(customer_id, kind, due_on);
CREATE INDEX staff_request_pending ON staff_request(state, requested_at);
CREATE INDEX household_branch ON household(branch_id);
CREATE INDEX household_member_household ON household_member(household_id)
    WHERE household_id IS NOT NULL;
CREATE INDEX household_dismissal_pair ON household_dismissal(customer_id, other_customer_id);
CREATE INDEX household_dismissal_other ON household_dismissal(other_customer_id);
CREATE INDEX product_offer_customer ON product_offer(customer_id, offered_at);
CREATE INDEX product_offer_branch_time ON product_offer(branch_id, offered_at);
CREATE INDEX product_sale_customer ON product_sale(customer_id, sold_at);
CREATE INDEX product_sale_branch_time ON product_sale(branch_id, sold_at);
CREATE INDEX customer_search_key_customer ON customer_search_key(customer_id);
COMMIT;
-- Not part of .dump: the file's header says it is BranchDesk's.
PRAGMA application_id = 1111771953;
