// Customer voice on a workstation file (docs/VOICE.md): a contact note is heard when it is
// saved (same transaction, phrase sealed, synced change recorded); reading it again changes
// nothing; confirming makes a tag with source "voice" naming the finding, a promised
// follow-up a care task on its day, and never touches the KYC file; the background pass
// resumes where it stopped; the prep sheet and the branch head's view show the findings.
#include "../common/SmallBranchFixture.h"
#include "../common/TableWalks.h"

#include "app/domain/Uuid7.h"
#include "app/services/calls/CallPrepSheet.h"
#include "app/services/segments/SegmentService.h"
#include "app/domain/SegmentDefinition.h"
#include "app/services/customer360/Customer360Service.h"
#include "app/services/staff/AuthService.h"
#include "app/services/voice/VoiceBackfill.h"
#include "app/services/voice/VoiceBranchReport.h"
#include "app/services/voice/VoiceCapture.h"
#include "app/services/voice/VoiceReview.h"
#include "app/services/voice/VoiceTalkingPoints.h"
#include "database/core/SqlTime.h"
#include "database/sync/ChangeRecorder.h"
#include "database/voice/VoiceQueries.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

using namespace bd;

namespace {
const QDate kToday(2026, 11, 23); // a Monday
const CallClock kDaytime = [] { return QDateTime(kToday, QTime(10, 0)).toUTC(); };
} // namespace

class tst_VoiceService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void contactNoteIsHeardWhenSaved();
    void readingAgainChangesNothing();
    void confirmMakesAVoiceTag();
    void confirmedFollowUpBecomesATask();
    void dismissedIsLeftOut();
    void kycIsNeverTouched();
    void prepSheetShowsWhatToTalkAbout();
    void branchHeadSeesCountsAndMaskedNotes();
    void backgroundPassResumes();
    void backgroundPassHearsBeforeTheWriteLock();

private:
    int count(const QString &sql, const QVariantList &values = {});
    QString logContact(const QString &voice, const QString &objection = {});
    QString findingOf(const QString &noteId, const QString &kind, const QString &label);

    QTemporaryDir m_dir;
    Store m_store;
    test::SmallBranch m_branch;
    Session m_wealth;
    Session m_head;
    QString m_noteId;
};

int tst_VoiceService::count(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_store.database());
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

void tst_VoiceService::initTestCase()
{
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("voice.db"))));
    m_branch = test::makeSmallBranch(m_store);
    auto signIn = [this](const char *user) {
        return test::signInOrStop(m_store, QString::fromLatin1(user));
    };
    m_wealth = signIn("wealth");
    m_head = signIn("head");
    QSqlQuery consent(m_store.database());
    QVERIFY(consent.exec(QStringLiteral("UPDATE customer SET marketing_consent = 1")));
}

QString tst_VoiceService::logContact(const QString &voice, const QString &objection)
{
    Customer360Service::InteractionInput input{QStringLiteral("phone"), QStringLiteral("回访"),
                                               QStringLiteral("considering"), voice, objection,
                                               QDate()};
    input.contactKind = QStringLiteral("service");
    const auto result = Customer360Service(m_store, m_wealth, kDaytime)
                                .logInteraction(CustomerId(m_branch.customerId), input);
    if (!result.ok)
        qWarning("logInteraction: %s", qPrintable(result.problem));
    return result.id;
}

QString tst_VoiceService::findingOf(const QString &noteId, const QString &kind, const QString &label)
{
    const auto findings = VoiceQueries(m_store).ofNote(QStringLiteral("interaction"), noteId);
    for (const VoiceFindingRecord &f : findings.valueOr({})) {
        if (f.kind == kind && f.label == label)
            return f.id;
    }
    return {};
}

void tst_VoiceService::contactNoteIsHeardWhenSaved()
{
    const int outbox = ChangeRecorder::pendingCount(m_store);
    m_noteId = logContact(QStringLiteral("客户想了解基金，但是嫌收益太低，下周三再联系"));
    QVERIFY(!m_noteId.isEmpty());
    const auto findings = VoiceQueries(m_store).ofNote(QStringLiteral("interaction"), m_noteId);
    QVERIFY(findings.ok());
    QSet<QString> keys;
    for (const VoiceFindingRecord &f : *findings)
        keys.insert(f.kind + QLatin1Char('.') + f.label);
    QCOMPARE(keys, (QSet<QString>{QStringLiteral("interest.fund"), QStringLiteral("objection.return_low"),
                                  QStringLiteral("follow_up.call_back")}));
    // The contact and three findings, each a synced change; the phrase sealed at rest.
    QCOMPARE(ChangeRecorder::pendingCount(m_store), outbox + 4);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = 'voice_finding'")), 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM voice_finding WHERE phrase LIKE 'enc1:%'")), 3);
    const QString followUp = findingOf(m_noteId, QStringLiteral("follow_up"), QStringLiteral("call_back"));
    const auto record = VoiceQueries(m_store).byId(followUp);
    QVERIFY(record.ok());
    QCOMPARE(record->phrase, QStringLiteral("下周三再联系"));
    QCOMPARE(record->mentionedOn, QDate(2026, 12, 2)); // the note is of Monday 23 November
    QCOMPARE(record->start, 16);
}

void tst_VoiceService::readingAgainChangesNothing()
{
    const int outbox = ChangeRecorder::pendingCount(m_store);
    const int findings = count(QStringLiteral("SELECT count(*) FROM voice_finding"));
    const Result<int> again = VoiceCapture(m_store).noteSaved(QStringLiteral("interaction"), m_noteId);
    QVERIFY(again.ok());
    QCOMPARE(*again, 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM voice_finding")), findings);
    QCOMPARE(ChangeRecorder::pendingCount(m_store), outbox);
    // Ids are derived from the note: another desk reading it makes the same ones.
    const VoiceNoteRef ref{QStringLiteral("interaction"), m_noteId, QStringLiteral("customer_voice")};
    QCOMPARE(VoiceCapture::findingId(ref, QStringLiteral("interest.fund"), 0, kToday),
             VoiceCapture::findingId(ref, QStringLiteral("interest.fund"), 0, kToday));
    QVERIFY(Uuid7Generator::isValid(VoiceCapture::findingId(ref, QStringLiteral("interest.fund"), 0, kToday)));
}

void tst_VoiceService::confirmMakesAVoiceTag()
{
    const QString objection = findingOf(m_noteId, QStringLiteral("objection"), QStringLiteral("return_low"));
    QVERIFY(!objection.isEmpty());
    const auto confirmed = VoiceReview(m_store, m_wealth, kToday).confirm(objection);
    QVERIFY2(confirmed.ok(), qPrintable(confirmed.errorString()));
    QVERIFY(!confirmed->customerTagId.isEmpty());
    QSqlQuery tag(m_store.database());
    tag.prepare(QStringLiteral("SELECT ct.source, ct.voice_finding_id, t.category, t.value, ct.set_at "
                               "FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.id = ?"));
    tag.addBindValue(confirmed->customerTagId);
    QVERIFY(tag.exec() && tag.next());
    QCOMPARE(tag.value(0).toString(), QStringLiteral("voice"));
    QCOMPARE(tag.value(1).toString(), objection); // the finding, so its note and day
    QCOMPARE(tag.value(2).toString(), QStringLiteral("voice_objection"));
    QCOMPARE(tag.value(3).toString(), QStringLiteral("收益太低"));
    QVERIFY(!tag.value(4).toString().isEmpty());
    // The tag is in the customer's tag list, so segment tag conditions find it.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer WHERE id = ? AND instr(tag_list, "
                                  "(SELECT tag_id FROM customer_tag WHERE id = ?)) > 0"),
                   {m_branch.customerId, confirmed->customerTagId}),
             1);
    // ... so a segment with a tag condition on it counts the customer (SEGMENTS.md).
    QSqlQuery tagId(m_store.database());
    tagId.prepare(QStringLiteral("SELECT tag_id FROM customer_tag WHERE id = ?"));
    tagId.addBindValue(confirmed->customerTagId);
    QVERIFY(tagId.exec() && tagId.next());
    const auto segment = SegmentDefinition::fromJson(
            QStringLiteral(R"({"version":1,"match":"all","conditions":[{"field":"tag","op":"in","value":["%1"]}]})")
                    .arg(tagId.value(0).toString())
                    .toUtf8());
    QVERIFY2(segment.ok(), qPrintable(segment.errorString()));
    QCOMPARE(SegmentService(m_store, m_head).count(*segment).valueOr(-1), qint64(1));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM voice_review WHERE id = ? AND decision = 'confirmed'"),
                   {objection}),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'voice_finding_confirmed'")), 1);
    QVERIFY(!VoiceReview(m_store, m_wealth, kToday).confirm(objection).ok()); // once
    // A teller may not decide about what a customer said to a manager.
    const auto teller = AuthService(m_store).signIn(QStringLiteral("teller"), test::kPassword);
    QVERIFY(teller.session);
    QVERIFY(!VoiceReview(m_store, *teller.session, kToday)
                     .confirm(findingOf(m_noteId, QStringLiteral("interest"), QStringLiteral("fund")))
                     .ok());
}

void tst_VoiceService::confirmedFollowUpBecomesATask()
{
    const QString followUp = findingOf(m_noteId, QStringLiteral("follow_up"), QStringLiteral("call_back"));
    const auto confirmed = VoiceReview(m_store, m_wealth, kToday).confirm(followUp);
    QVERIFY2(confirmed.ok(), qPrintable(confirmed.errorString()));
    QVERIFY(confirmed->customerTagId.isEmpty());
    QSqlQuery task(m_store.database());
    task.prepare(QStringLiteral("SELECT kind, due_on, staff_id, status FROM care_task WHERE id = ?"));
    task.addBindValue(confirmed->careTaskId);
    QVERIFY(task.exec() && task.next());
    QCOMPARE(task.value(0).toString(), QStringLiteral("follow_up"));
    QCOMPARE(task.value(1).toString(), QStringLiteral("2026-12-02"));
    QCOMPARE(task.value(2).toString(), m_wealth.user.id);
    QCOMPARE(task.value(3).toString(), QStringLiteral("open"));
}

void tst_VoiceService::dismissedIsLeftOut()
{
    const QString interest = findingOf(m_noteId, QStringLiteral("interest"), QStringLiteral("fund"));
    QVERIFY(VoiceReview(m_store, m_wealth, kToday).dismiss(interest).ok());
    const auto points = VoiceTalkingPoints::of(m_store, CustomerId(m_branch.customerId), kToday);
    QVERIFY(points.ok());
    QVERIFY(points->interests.isEmpty());
    QCOMPARE(points->objections.size(), 1);
    QCOMPARE(points->promises.size(), 1);
    // A dismissed finding survives a new reading of its note (a decision is history).
    QVERIFY(VoiceCapture(m_store).noteSaved(QStringLiteral("interaction"), m_noteId).ok());
    QCOMPARE(VoiceQueries(m_store).byId(interest)->decision, QStringLiteral("dismissed"));
}

void tst_VoiceService::kycIsNeverTouched()
{
    const QString noteId = logContact(QStringLiteral("客户刚结婚，新家在浦东"));
    const QString marriage = findingOf(noteId, QStringLiteral("life_event"), QStringLiteral("marriage"));
    QVERIFY(!marriage.isEmpty());
    const int answers = count(QStringLiteral("SELECT count(*) FROM kyc_answer"));
    const int fields = count(QStringLiteral("SELECT count(*) FROM kyc_field"));
    const QString marital = QSqlQuery(m_store.database()).exec() ? QString() : QString();
    QVERIFY(VoiceReview(m_store, m_wealth, kToday).confirm(marriage).ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kyc_answer")), answers);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kyc_field")), fields);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer WHERE id = ? AND marital_status IS NULL"),
                   {m_branch.customerId}),
             1);
    Q_UNUSED(marital)
}

void tst_VoiceService::prepSheetShowsWhatToTalkAbout()
{
    const auto data = CallPrepSheet::collect(m_store, m_wealth, CustomerId(m_branch.customerId), kDaytime);
    QVERIFY2(data.ok(), qPrintable(data.errorString()));
    QVERIFY(!data->voiceTopics.isEmpty());
    const QString html = CallPrepSheet::html(*data);
    QVERIFY(html.contains(QStringLiteral("What to talk about (heard in notes)")));
    QVERIFY2(html.contains(QStringLiteral("嫌收益太低")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("下周三再联系")));
}

void tst_VoiceService::branchHeadSeesCountsAndMaskedNotes()
{
    logContact(QStringLiteral("客户说招行利率更高，电话13912345678"));
    const auto rows = VoiceBranchReport(m_store, m_head).counts(kToday.addDays(-30), kToday);
    QVERIFY2(rows.ok(), qPrintable(rows.errorString()));
    VoiceReportRow competitor;
    int objections = 0;
    for (const VoiceReportRow &row : *rows) {
        if (row.kind == QLatin1String("competitor"))
            competitor = row;
        if (row.kind == QLatin1String("objection"))
            objections += row.count;
    }
    QCOMPARE(competitor.label, QStringLiteral("bank"));
    QCOMPARE(competitor.month, QStringLiteral("2026-11"));
    QVERIFY(objections >= 2);
    const auto notes = VoiceBranchReport(m_store, m_head).notes(competitor);
    QVERIFY2(notes.ok(), qPrintable(notes.errorString()));
    QCOMPARE(notes->size(), 1);
    QCOMPARE(notes->first().customer, QStringLiteral("张*"));
    QVERIFY2(notes->first().note.contains(QStringLiteral("*******5678")), qPrintable(notes->first().note));
    QVERIFY(!notes->first().note.contains(QStringLiteral("13912345678")));
    // Only the branch head's view: a wealth manager is refused.
    QVERIFY(!VoiceBranchReport(m_store, m_wealth).counts(kToday.addDays(-30), kToday).ok());
}

void tst_VoiceService::backgroundPassResumes()
{
    // Notes written without a save hook (an import, an old file): read by the background
    // pass, a few rows per step, resuming from its marker.
    QSqlQuery wipe(m_store.database());
    QVERIFY(wipe.exec(QStringLiteral("DELETE FROM voice_review")));
    QVERIFY(wipe.exec(QStringLiteral("DELETE FROM voice_finding")));
    const int heardOnSave = 0;
    const int waiting = ChangeRecorder::pendingCount(m_store);
    VoiceBackfill pass(m_store);
    QVERIFY(*pass.pending());
    auto first = pass.step(1);
    QVERIFY2(first.ok(), qPrintable(first.errorString()));
    QVERIFY(!first->finished);
    const int afterOne = count(QStringLiteral("SELECT count(*) FROM voice_finding"));
    QVERIFY(afterOne > heardOnSave);
    // A new pass object (a restart) goes on from the marker, not from the start.
    VoiceBackfill resumed(m_store);
    int steps = 0;
    while (true) {
        auto step = resumed.step(2);
        QVERIFY2(step.ok(), qPrintable(step.errorString()));
        if (step->finished)
            break;
        QVERIFY(++steps < 50);
    }
    QVERIFY(!*resumed.pending());
    const int all = count(QStringLiteral("SELECT count(*) FROM voice_finding"));
    QVERIFY(all > afterOne);
    // Every contact note's findings are back, with the ids a save makes.
    QVERIFY(!findingOf(m_noteId, QStringLiteral("objection"), QStringLiteral("return_low")).isEmpty());
    // A second full pass with the same lexicon writes nothing.
    QCOMPARE(resumed.step(100)->changed, 0);
    // What the pass derived is kept here, not queued: every desk holding these notes derives
    // the same findings (issue #15: an upgraded file's sign-ins flooded the outbox).
    QCOMPARE(ChangeRecorder::pendingCount(m_store), waiting);
}

void tst_VoiceService::backgroundPassHearsBeforeTheWriteLock()
{
    // A step reads and hears its notes before BEGIN IMMEDIATE; under the lock only findings and
    // the marker are written. Read inside the lock, the hearing (CPU, on a lowest-priority
    // thread) held it for seconds on a loaded desk and other writers gave up ("database is
    // locked", issue #15).
    QSqlQuery restart(m_store.database());
    QVERIFY(restart.exec(QStringLiteral("DELETE FROM app_setting WHERE key = 'voice.scan'")));
    Result<VoiceBackfill::Progress> step = Error(QStringLiteral("not run"));
    const QStringList statements = test::statementLinesRunBy(
            m_store, [&] { step = VoiceBackfill(m_store).step(50); });
    QVERIFY2(step.ok(), qPrintable(step.errorString()));
    QVERIFY(step->rows > 0);
    // The statements come with their bound values written in: the page size is a number.
    const QRegularExpression readsNotes(QStringLiteral("ORDER BY \\w+\\.id LIMIT \\d+"));
    const qsizetype begin = statements.indexOf(QStringLiteral("BEGIN IMMEDIATE"));
    QVERIFY2(begin >= 0, qPrintable(statements.join(QLatin1Char('\n'))));
    QStringList insideTheLock;
    for (qsizetype i = begin + 1; i < statements.size() && statements.at(i) != QLatin1String("COMMIT"); ++i) {
        if (readsNotes.match(statements.at(i)).hasMatch())
            insideTheLock << statements.at(i).left(120);
    }
    QVERIFY2(insideTheLock.isEmpty(), qPrintable(insideTheLock.join(QLatin1Char('\n'))));
    QVERIFY(std::any_of(statements.cbegin(), statements.cbegin() + begin,
                        [&](const QString &sql) { return readsNotes.match(sql).hasMatch(); }));
    // The pass goes on to the end as before.
    VoiceBackfill rest(m_store);
    for (int i = 0; i < 100; ++i) {
        const auto next = rest.step(50);
        QVERIFY2(next.ok(), qPrintable(next.errorString()));
        if (next->finished)
            break;
    }
    QVERIFY(!*rest.pending());
}

QTEST_GUILESS_MAIN(tst_VoiceService)
#include "tst_voice_service.moc"
