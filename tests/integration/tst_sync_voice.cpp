// Customer voice across workstations (docs/VOICE.md, docs/SYNC_PROTOCOL.md), through a real
// branchdesk-server over PostgreSQL: what desk A heard in a note reaches desk B with the
// note; B reading the same note in its background pass makes the same rows (no duplicate,
// nothing to push); a decision made on B reaches A and a later reading never undoes it.
#include "../common/RecordedRows.h"
#include "../common/SyncBranchFixture.h"
#include "../common/SyncServerFixture.h"
#include "app/domain/Uuid7.h"
#include "app/services/voice/VoiceBackfill.h"
#include "app/services/voice/VoiceCapture.h"
#include "app/sync/SyncEngine.h"
#include "database/core/SqlTime.h"
#include "database/core/Transaction.h"
#include "database/customer360/CustomerContactRepository.h"
#include "database/sync/ChangeRecorder.h"
#include "database/voice/VoiceFindingRepository.h"
#include "database/voice/VoiceQueries.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

class tst_SyncVoice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findingsTravelWithTheirNote();
    void aSecondDeskReadingTheNoteMakesNoDuplicate();
    void aDecisionTravelsAndStays();

private:
    SyncEngine::Report sync(Store &store);
    int count(Store &store, const QString &sql);

    test::SyncServerFixture m_server;
    test::SyncBranchFixture m_branch { m_server };
    QTemporaryDir m_dir;
    Store m_a;
    Store m_b;
    QString m_branchId;
    QString m_customerId;
    QString m_noteId;
    QString m_staffId;
};

SyncEngine::Report tst_SyncVoice::sync(Store &store)
{
    return m_branch.sync(store, &store == &m_a ? QStringLiteral("wm.a") : QStringLiteral("wm.b"),
                         QStringLiteral("sync-pass-1"), 5000);
}

int tst_SyncVoice::count(Store &store, const QString &sql)
{
    QSqlQuery query(store.database());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

void tst_SyncVoice::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_a.open(m_dir.filePath(QStringLiteral("a.db"))));
    QVERIFY(m_b.open(m_dir.filePath(QStringLiteral("b.db"))));
    // A syncs as the branch head ("wm.a"): it creates the customer with an AUM, which the
    // server accepts only from roles holding import_data.
    m_branchId = m_branch.addBranchOfTwoDesks(m_a, m_b, QStringLiteral("310101"),
                                              QStringLiteral("sync-pass-1"));
    QVERIFY(!m_branchId.isEmpty());
    // The manager writing the note exists on both desks (staff rows are reference data).
    m_staffId = Uuid7Generator::generate();
    for (Store *store : {&m_a, &m_b}) {
        QVERIFY(test::SyncBranchFixture::addToRoster(
                *store,
                { m_staffId, m_branchId, QStringLiteral("wm.a"), QStringLiteral("李理财"),
                  QStringLiteral("wealth_manager"), QStringLiteral("") }));
    }
    // A customer made on A (raw, with its change, as a pulled core-banking row would be).
    m_customerId = Uuid7Generator::generate();
    const QVariantMap fields{{QStringLiteral("branch_id"), m_branchId},
                             {QStringLiteral("cif_no"), QStringLiteral("C31010000001")},
                             {QStringLiteral("name"), QStringLiteral("张三")},
                             {QStringLiteral("aum_fen"), 80000000},
                             {QStringLiteral("opened_on"), QStringLiteral("2015-03-02")}};
    const QVariantMap stamps { { QStringLiteral("created_at"), SqlTime::now() },
                               { QStringLiteral("updated_at"), SqlTime::now() } };
    QVERIFY(test::insertRecorded(m_a, QStringLiteral("customer"), m_customerId, fields, stamps));
}

void tst_SyncVoice::findingsTravelWithTheirNote()
{
    {
        Transaction transaction(m_a.database());
        CustomerContactRepository contacts(m_a);
        CustomerContactRepository::Interaction note{CustomerId(m_customerId), m_staffId,
                                                    QStringLiteral("phone"),
                                                    QStringLiteral("回访"), ContactOutcome::Considering,
                                                    QStringLiteral("客户在招行有大额存单，嫌我们利息低，月底再联系"),
                                                    QString(), QDate()};
        note.contactKind = QStringLiteral("service");
        note.occurredAt = QDateTime(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC);
        const Result<QString> inserted = contacts.insertInteraction(note);
        QVERIFY2(inserted.ok(), qPrintable(inserted.errorString()));
        m_noteId = *inserted;
        const Result<int> heard = VoiceCapture(m_a).noteSaved(QStringLiteral("interaction"), m_noteId);
        QVERIFY2(heard.ok(), qPrintable(heard.errorString()));
        QCOMPARE(*heard, 3); // competitor.bank, objection.return_low, follow_up.call_back
        QVERIFY(transaction.commit());
    }
    const auto fromA = sync(m_a);
    QVERIFY2(fromA.ok, qPrintable(fromA.error));
    const auto toB = sync(m_b);
    QVERIFY2(toB.ok, qPrintable(toB.error));
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM voice_finding WHERE deleted = 0")), 3);
    const auto onB = VoiceQueries(m_b).ofNote(QStringLiteral("interaction"), m_noteId);
    QVERIFY(onB.ok());
    QSet<QString> phrases;
    for (const VoiceFindingRecord &f : *onB)
        phrases.insert(f.phrase);
    QVERIFY(phrases.contains(QStringLiteral("月底再联系")));
    for (const VoiceFindingRecord &f : *onB) {
        if (f.kind == QLatin1String("follow_up"))
            QCOMPARE(f.mentionedOn, QDate(2026, 11, 30));
    }
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);
}

void tst_SyncVoice::aSecondDeskReadingTheNoteMakesNoDuplicate()
{
    VoiceBackfill pass(m_b);
    for (int i = 0; i < 20; ++i) {
        const auto step = pass.step(50);
        QVERIFY2(step.ok(), qPrintable(step.errorString()));
        if (step->finished)
            break;
    }
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM voice_finding")), 3);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);
}

void tst_SyncVoice::aDecisionTravelsAndStays()
{
    QString objection;
    for (const VoiceFindingRecord &f : VoiceQueries(m_b).ofNote(QStringLiteral("interaction"), m_noteId).valueOr({}))
        if (f.kind == QLatin1String("objection"))
            objection = f.id;
    QVERIFY(!objection.isEmpty());
    {
        Transaction transaction(m_b.database());
        QVERIFY(VoiceFindingRepository(m_b)
                        .saveReview({objection, CustomerId(m_customerId), QStringLiteral("dismissed"), {},
                                     SqlTime::now(), {}, {}})
                        .ok());
        QVERIFY(transaction.commit());
    }
    QVERIFY(sync(m_b).ok);
    QVERIFY(sync(m_a).ok);
    QCOMPARE(VoiceQueries(m_a).byId(objection)->decision, QStringLiteral("dismissed"));
    // A reads the note again (its own background pass): the decision stays, nothing changes.
    Transaction transaction(m_a.database());
    QCOMPARE(*VoiceCapture(m_a).noteSaved(QStringLiteral("interaction"), m_noteId), 0);
    QVERIFY(transaction.commit());
    QCOMPARE(VoiceQueries(m_a).byId(objection)->decision, QStringLiteral("dismissed"));
}

QTEST_GUILESS_MAIN(tst_SyncVoice)
#include "tst_sync_voice.moc"
