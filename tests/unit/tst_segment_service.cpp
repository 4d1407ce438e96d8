// Saved segments and exports through SegmentService: shared within the branch, saved and
// deleted only with ManageSegments (each with its sync change and audit entry), run by
// anyone who may view customers, exported masked with every export audited, unmasked
// export only by the branch head (ExportUnmasked), refused and audited for anyone else,
// and a cancelled export leaves no audit entry.
#include "../common/ResultAssert.h"
#include "../common/SegmentFixture.h"
#include "../common/TestSql.h"

#include "app/services/segments/SegmentPresets.h"
#include "app/services/segments/SegmentService.h"
#include "app/services/staff/AuthService.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

class tst_SegmentService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headSavesAndEveryoneSeesIt();
    void othersMayRunButNotSave();
    void badNamesAndDefinitionsSaveNothing();
    void changeAndDeleteAreSynced();
    void exportIsMaskedAndAudited();
    void unmaskedExportIsRefusedAndAudited();
    void branchHeadExportsUnmasked();
    void cancelledExportIsNotAudited();

private:
    Session signIn(const QString &user);
    int count(const QString &sql, const QVariantList &values = {});
    SegmentDefinition definition(const char *json);

    QTemporaryDir m_dir;
    Store m_store;
    test::SegmentBranch m_branch;
    std::optional<Session> m_head, m_wealth, m_teller;
    QString m_savedId;
};

Session tst_SegmentService::signIn(const QString &user)
{
    return test::signInOrStop(m_store, user);
}

int tst_SegmentService::count(const QString &sql, const QVariantList &values)
{
    return test::count(m_store, sql, values);
}

SegmentDefinition tst_SegmentService::definition(const char *json)
{
    const auto parsed = SegmentDefinition::fromJson(QByteArray(json));
    if (!parsed)
        qFatal("bad test definition: %s", qPrintable(parsed.errorString()));
    return *parsed;
}

void tst_SegmentService::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("segments.db"))));
    m_branch = test::makeSegmentBranch(m_store);
    m_head = signIn(QStringLiteral("head"));
    m_wealth = signIn(QStringLiteral("wealth"));
    m_teller = signIn(QStringLiteral("teller"));
}

void tst_SegmentService::headSavesAndEveryoneSeesIt()
{
    SegmentService head(m_store, *m_head);
    const auto preset = SegmentPresets::find(QStringLiteral("vip_uplift"));
    QVERIFY(preset);
    const auto saved = head.save(QStringLiteral("  VIP 提升  名单 "), preset->definition);
    QVERIFY_RESULT(saved);
    m_savedId = (*saved);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM segment WHERE id = ? AND name = 'VIP 提升 名单' "
                                  "AND deleted = 0 AND branch_id = ?"),
                   {(*saved), m_branch.small.branchId}),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = 'segment' AND row_id = ? "
                                  "AND op = 'upsert' AND base_version = 0"),
                   {(*saved)}),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'segment_saved' AND entity_id = ?"),
                   {(*saved)}),
             1);

    SegmentService wealth(m_store, *m_wealth);
    const QList<SavedSegment> shared = *wealth.savedSegments();
    QCOMPARE(shared.size(), 1);
    QCOMPARE(shared.first().name, QStringLiteral("VIP 提升 名单"));
    QCOMPARE(shared.first().createdByName, QStringLiteral("陈行长"));
    const auto loaded = wealth.definitionOf((*saved));
    QVERIFY2(loaded, qPrintable(loaded.errorString()));
    QCOMPARE(loaded->toJson(), preset->definition.toJson());
}

void tst_SegmentService::othersMayRunButNotSave()
{
    SegmentService teller(m_store, *m_teller);
    const auto tellerCount = teller.count(definition(R"({"match":"all","conditions":[{"field":"tier","op":"in","value":["silver"]}]})"),
                                          test::kSegmentToday);
    QVERIFY2(tellerCount, qPrintable(tellerCount.errorString()));
    QCOMPARE(*tellerCount, 2);
    const auto ids = teller.customerIds(definition(R"({"match":"all","conditions":[{"field":"tier","op":"in","value":["silver"]}]})"),
                                        QStringLiteral("aum"), Qt::DescendingOrder, test::kSegmentToday);
    QVERIFY(ids);
    QCOMPARE(*ids, QStringList({m_branch.ids.value(QStringLiteral("A")), m_branch.ids.value(QStringLiteral("C"))}));

    const int segments = count(QStringLiteral("SELECT count(*) FROM segment"));
    const int refusals = count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'permission_refused'"));
    SegmentService wealth(m_store, *m_wealth);
    const auto refused = wealth.save(QStringLiteral("Mine"), definition(R"({"match":"all","conditions":[{"field":"age","op":"ge","value":1}]})"));
    QVERIFY(!refused.ok());
    QVERIFY(!refused.errorString().isEmpty());
    QVERIFY(!wealth.remove(m_savedId).ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM segment")), segments);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM segment WHERE deleted = 1")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'permission_refused'")), refusals + 2);
}

void tst_SegmentService::badNamesAndDefinitionsSaveNothing()
{
    SegmentService head(m_store, *m_head);
    const int before = count(QStringLiteral("SELECT count(*) FROM segment"));
    const auto valid = definition(R"({"match":"all","conditions":[{"field":"age","op":"ge","value":1}]})");
    QVERIFY(head.save(QStringLiteral("   "), valid).errorString().contains(QLatin1String("name")));
    QVERIFY(!head.save(QString(101, QLatin1Char('x')), valid).ok());
    QVERIFY(head.save(QStringLiteral("VIP 提升 名单"), valid).errorString().contains(QLatin1String("already exists")));
    SegmentDefinition broken;
    broken.root = SegmentNode::group(true, {SegmentNode::condition(QStringLiteral("age"), SegmentOperator::In, {})});
    QVERIFY(!head.save(QStringLiteral("Broken"), broken).ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM segment")), before);
}

void tst_SegmentService::changeAndDeleteAreSynced()
{
    SegmentService head(m_store, *m_head);
    const auto changed = head.save(QStringLiteral("VIP uplift (Q4)"),
                                   definition(R"({"match":"all","conditions":[{"field":"tier","op":"in","value":["gold"]}]})"),
                                   m_savedId);
    QVERIFY_RESULT(changed);
    QCOMPARE(count(QStringLiteral("SELECT version FROM segment WHERE id = ?"), {m_savedId}), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE row_id = ? AND base_version = 1"), {m_savedId}), 1);

    const auto other = head.save(QStringLiteral("New customers"), SegmentPresets::find(QStringLiteral("new_customers"))->definition);
    QVERIFY(other.ok());
    const auto removed = head.remove((*other));
    QVERIFY_RESULT(removed);
    QCOMPARE(count(QStringLiteral("SELECT deleted FROM segment WHERE id = ?"), {(*other)}), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE row_id = ? AND op = 'delete'"), {(*other)}), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'segment_deleted' AND entity_id = ?"), {(*other)}), 1);
    QCOMPARE(head.savedSegments()->size(), 1);
    QVERIFY(!head.remove((*other)).ok()); // already gone
    // The name of a deleted segment is free again.
    QVERIFY(head.save(QStringLiteral("New customers"), SegmentPresets::find(QStringLiteral("new_customers"))->definition).ok());
}

void tst_SegmentService::exportIsMaskedAndAudited()
{
    test::segmentExec(m_store, QStringLiteral("UPDATE customer SET name = '=HYPERLINK(\"http://x\")' WHERE id = ?"),
                      {m_branch.ids.value(QStringLiteral("D"))});
    SegmentService head(m_store, *m_head);
    SegmentService::ExportRequest request;
    request.customerIds = {m_branch.ids.value(QStringLiteral("A")), m_branch.ids.value(QStringLiteral("D"))};
    request.columns = {QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("id_number"),
                       QStringLiteral("address"), QStringLiteral("aum"), QStringLiteral("tier")};
    request.segmentId = m_savedId;
    request.segmentName = QStringLiteral("VIP uplift (Q4)");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto exported = head.exportCsv(request, buffer, test::kSegmentToday);
    QVERIFY_RESULT(exported);
    const QString csv = QString::fromUtf8(buffer.data());
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).contains(QLatin1String("Mobile")));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("\uFEFF")) || lines.at(1).startsWith(QStringLiteral("客户A")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(QLatin1String("139****5678")), qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).contains(QLatin1String("460000.00")));
    QVERIFY(!csv.contains(QLatin1String("13912345678")));
    QVERIFY(!csv.contains(QLatin1String("110101195005010027")));
    QVERIFY(!csv.contains(QLatin1String("南京东路")));
    QVERIFY2(lines.at(2).startsWith(QLatin1String("\"'=HYPERLINK(\"\"http://x\"\")\"")), qPrintable(lines.at(2)));
    QSqlQuery audit(m_store.database());
    QVERIFY(audit.exec(QStringLiteral("SELECT detail_json, actor_name FROM audit_log WHERE action = 'segment_exported'")));
    QVERIFY(audit.next());
    const QString detail = audit.value(0).toString();
    QVERIFY2(detail.contains(QLatin1String("\"masked\":true")) && detail.contains(QLatin1String("\"rows\":2")), qPrintable(detail));
    QVERIFY(!detail.contains(QLatin1String("1391234")));
    QVERIFY(!audit.next());
}

void tst_SegmentService::unmaskedExportIsRefusedAndAudited()
{
    // Only the branch head holds it (docs/PRIVACY.md).
    QVERIFY(!m_wealth->can(Permission::ExportUnmasked));
    QVERIFY(!m_teller->can(Permission::ExportUnmasked));
    const int exports = count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'segment_exported'"));
    for (const Session *session : {&*m_wealth, &*m_teller}) {
        SegmentService service(m_store, *session);
        SegmentService::ExportRequest request;
        request.customerIds = {m_branch.ids.value(QStringLiteral("A"))};
        request.columns = {QStringLiteral("name"), QStringLiteral("phone")};
        request.unmasked = true;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto refused = service.exportCsv(request, buffer, test::kSegmentToday);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.errorString().isEmpty());
        QVERIFY(buffer.data().isEmpty());
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'segment_exported'")), exports);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'permission_refused' "
                                  "AND detail_json LIKE '%export_unmasked%'")),
             2);
}

void tst_SegmentService::branchHeadExportsUnmasked()
{
    QVERIFY(m_head->can(Permission::ExportUnmasked));
    SegmentService head(m_store, *m_head);
    SegmentService::ExportRequest request;
    request.customerIds = {m_branch.ids.value(QStringLiteral("A")), m_branch.ids.value(QStringLiteral("B"))};
    request.columns = {QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("id_number")};
    request.segmentName = QStringLiteral("Unmasked for the campaign");
    const auto exportText = [&](bool unmasked) {
        request.unmasked = unmasked;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const auto exported = head.exportCsv(request, buffer, test::kSegmentToday);
        return exported.ok() ? QString::fromUtf8(buffer.data()) : QStringLiteral("error: ") + exported.errorString();
    };

    // The default, even for the head, is masked.
    const QString masked = exportText(false);
    QVERIFY2(masked.contains(QLatin1String("139****5678")), qPrintable(masked));
    QVERIFY(!masked.contains(QLatin1String("13912345678")));
    QVERIFY(!masked.contains(QLatin1String("110101195005010027")));

    const QString plain = exportText(true);
    const QStringList lines = plain.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(1).contains(QLatin1String("13912345678")) && lines.at(1).contains(QLatin1String("110101195005010027")),
             qPrintable(lines.at(1)));
    QVERIFY(!plain.contains(QLatin1String("139****5678")));
    QSqlQuery audit(m_store.database());
    QVERIFY(audit.exec(QStringLiteral("SELECT detail_json, actor_name FROM audit_log WHERE action = 'segment_exported' "
                                      "ORDER BY seq DESC LIMIT 1")));
    QVERIFY(audit.next());
    const QString detail = audit.value(0).toString();
    QVERIFY2(detail.contains(QLatin1String("\"masked\":false")) && detail.contains(QLatin1String("\"rows\":2"))
                     && detail.contains(QLatin1String("id_number")),
             qPrintable(detail));
    QCOMPARE(audit.value(1).toString(), QStringLiteral("head"));
    QVERIFY(!detail.contains(QLatin1String("1391234"))); // the entry names columns, never values
}

void tst_SegmentService::cancelledExportIsNotAudited()
{
    const int exports = count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'segment_exported'"));
    SegmentService head(m_store, *m_head);
    SegmentService::ExportRequest request;
    request.customerIds = {m_branch.ids.value(QStringLiteral("A")), m_branch.ids.value(QStringLiteral("B"))};
    request.columns = {QStringLiteral("name"), QStringLiteral("tier")};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QList<qsizetype> reported;
    const auto cancelled = head.exportCsv(request, buffer, test::kSegmentToday,
                                          [&reported](qsizetype written, qsizetype total) {
                                              reported << written << total;
                                              return false; // "Cancel"
                                          });
    QVERIFY(!cancelled.ok());
    QVERIFY(!cancelled.errorString().isEmpty());
    QCOMPARE(reported, QList<qsizetype>({2, 2}));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'segment_exported'")), exports);

    // Not cancelled: the same request is written and audited.
    buffer.buffer().clear();
    buffer.seek(0);
    QVERIFY(head.exportCsv(request, buffer, test::kSegmentToday, [](qsizetype, qsizetype) { return true; }).ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'segment_exported'")), exports + 1);
}

QTEST_GUILESS_MAIN(tst_SegmentService)
#include "tst_segment_service.moc"
