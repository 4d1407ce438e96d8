// The customer 360's item models, each under QAbstractItemModelTester for its whole test:
// holdings with maturity highlighting, expected arrivals, the timeline and its filters.
#include "ui/customer360/ExpectedArrivalModel.h"
#include "ui/customer360/HoldingModel.h"
#include "ui/customer360/TimelineFilter.h"
#include "ui/customer360/TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QTest>

using namespace bd;

namespace {
const QDate kToday(2026, 11, 23);

TimelineEntry entry(TimelineEntry::Source source, const QString &kind, const QString &channel,
                    const QDate &day, qint64 fen = 0)
{
    TimelineEntry e;
    e.source = source;
    e.kind = kind;
    e.channel = channel;
    e.occurredAt = QDateTime(day, QTime(10, 0));
    e.amount = Money::fromFen(fen);
    return e;
}
} // namespace

class tst_Customer360Models : public QObject
{
    Q_OBJECT

private slots:
    void holdingsHighlightMaturities();
    void arrivals();
    void timelineFilters();
};

void tst_Customer360Models::holdingsHighlightMaturities()
{
    HoldingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(kToday);
    HoldingRow soon{QStringLiteral("a"), QStringLiteral("deposit"), {}, QStringLiteral("定期"),
                    Money::fromFen(100), 175, {}, kToday.addDays(30), HoldingStatus::Active};
    HoldingRow later = soon;
    later.maturityDate = kToday.addDays(90);
    HoldingRow far = soon;
    far.maturityDate = kToday.addDays(91);
    HoldingRow open = soon;
    open.maturityDate = {};
    model.setRows({soon, later, far, open});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(HoldingModel::ColumnCount));
    QCOMPARE(model.maturityWindow(soon), 30);
    QCOMPARE(model.maturityWindow(later), 90);
    QCOMPARE(model.maturityWindow(far), 0);
    QVERIFY(model.index(0, HoldingModel::Maturity).data(Qt::BackgroundRole).value<QBrush>()
            != model.index(1, HoldingModel::Maturity).data(Qt::BackgroundRole).value<QBrush>());
    QVERIFY(!model.index(2, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(3, HoldingModel::Maturity).data().toString().isEmpty()); // open-ended
    QVERIFY(model.index(0, HoldingModel::Rate).data().toString().contains(QStringLiteral("1.75")));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_Customer360Models::arrivals()
{
    ExpectedArrivalModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({{kToday, Money::fromFen(123456), QStringLiteral("salary"), QStringLiteral("年终奖"),
                    QStringLiteral("expected")}});
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.index(0, 1).data().toString().contains(QStringLiteral("1,234.56")));
}

void tst_Customer360Models::timelineFilters()
{
    TimelineModel model;
    TimelineFilter filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    using S = TimelineEntry::Source;
    TimelineEntry contact = entry(S::Interaction, QStringLiteral("到期续作"), QStringLiteral("phone"),
                                  kToday);
    contact.detail = QStringLiteral("再考虑");
    contact.outcome = std::optional(ContactOutcome::Considering);
    model.setRows({contact,
                   entry(S::Transaction, QStringLiteral("transfer_out"), QStringLiteral("mobile"),
                         kToday.addDays(-1), 8'000'000),
                   entry(S::Transaction, QStringLiteral("salary"), QStringLiteral("ebanking"),
                         kToday.addDays(-20), 1'500'000),
                   entry(S::Event, QStringLiteral("complaint"), QStringLiteral("counter"),
                         kToday.addDays(-40))});
    QCOMPARE(filter.rowCount(), 4);
    QVERIFY(model.index(0, TimelineModel::Details).data().toString().contains(QStringLiteral("再考虑")));
    QVERIFY(model.index(1, TimelineModel::Amount).data().toString().startsWith(QStringLiteral("−")));
    // An outcome a newer version wrote is said to be unknown, not shown as its code.
    TimelineEntry newer = contact;
    newer.outcome = WorkStates::storedContactOutcome(QStringLiteral("snoozed"));
    TimelineModel unknownOutcome;
    unknownOutcome.setRows({newer});
    const QString said = unknownOutcome.index(0, TimelineModel::Details).data().toString();
    QVERIFY2(!said.contains(QLatin1String("snoozed")) && said.contains(QLatin1String("does not know")),
             qPrintable(said));

    filter.setSources({int(S::Transaction)});
    QCOMPARE(filter.rowCount(), 2);
    filter.setMinimumAmount(Money::fromFen(5'000'000));
    QCOMPARE(filter.rowCount(), 1);
    filter.setSources({});
    QCOMPARE(filter.rowCount(), 3); // the amount narrows transactions only
    filter.setMinimumAmount(Money());
    filter.setKind(QStringLiteral("complaint"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setKind({});
    filter.setChannel(QStringLiteral("mobile"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setChannel({});
    filter.setDateRange(kToday.addDays(-30), kToday.addDays(-1));
    QCOMPARE(filter.rowCount(), 2);
    filter.setDateRange({}, {});
    QCOMPARE(filter.rowCount(), 4);
    model.setRows({});
    QCOMPARE(filter.rowCount(), 0);
}

QTEST_MAIN(tst_Customer360Models)
#include "tst_customer360_models.moc"
