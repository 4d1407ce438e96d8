-- Schema version 19: customer voice (issue 18, docs/VOICE.md).

-- What the analyser heard in a note: one row per finding. The id is derived from the note,
-- the field, the label and the position, so every workstation that reads the same note makes
-- the same rows (a re-analysis or a second desk's background pass converges, never doubles).
-- The phrase is sealed like the note it came from (SensitiveColumns); the codes are plain so
-- that the branch head's view can count them.
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
CREATE INDEX voice_finding_customer ON voice_finding(customer_id, noted_on);
CREATE INDEX voice_finding_note ON voice_finding(note_table, note_id);
CREATE INDEX voice_finding_label ON voice_finding(kind, noted_on, label);

-- What a person decided about a finding (its id is the finding's): confirmed, with the tag
-- and task it made, or dismissed. Kept apart from the finding, so that a desk re-reading a
-- note never overwrites a decision.
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
CREATE INDEX voice_review_customer ON voice_review(customer_id);

-- A confirmed finding becomes a tag with source 'voice' that names the finding (and so the
-- note and its day); a promised follow-up becomes a care task of kind 'follow_up'. Both
-- CHECKs grow, so both tables are rebuilt (nothing references their rows). customer_tag's
-- tag-list triggers (0015) go first and come back after; the copy leaves tag_list as it is.
DROP TRIGGER customer_tag_list_insert;
DROP TRIGGER customer_tag_list_update;
DROP TRIGGER customer_tag_list_delete;
DROP TRIGGER customer_tag_list_customer_insert; -- on customer, but it reads customer_tag
CREATE TABLE customer_tag_new (
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
INSERT INTO customer_tag_new(id, customer_id, tag_id, source, confidence, set_by, set_at,
                             updated_at, version, deleted)
    SELECT id, customer_id, tag_id, source, confidence, set_by, set_at, updated_at, version,
           deleted
    FROM customer_tag;
DROP TABLE customer_tag;
ALTER TABLE customer_tag_new RENAME TO customer_tag;
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

CREATE TABLE care_task_new (
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
INSERT INTO care_task_new SELECT * FROM care_task;
DROP TABLE care_task;
ALTER TABLE care_task_new RENAME TO care_task;
CREATE INDEX care_task_staff_due ON care_task(staff_id, status, due_on);
CREATE INDEX care_task_customer ON care_task(customer_id, status, due_on);
CREATE INDEX care_task_plan ON care_task(customer_id, kind, due_on);
