// The small types every layer shares: Result<T> (the one error convention) and typed ids.
#include "app/domain/DomainTerms.h"
#include "app/domain/Ids.h"
#include "app/domain/Result.h"
#include "app/domain/WorkStates.h"

#include <QHash>
#include <QTest>

#include <type_traits>

using namespace bd;

namespace {

Result<int> parsePositive(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value <= 0)
        return Error(QStringLiteral("not a positive number: %1").arg(text));
    return value;
}

// Passes a failure on through another Result type, as callers do.
Result<> checkPositive(const QString &text)
{
    const Result<int> parsed = parsePositive(text);
    if (!parsed)
        return parsed.error();
    return {};
}

} // namespace

class tst_DomainTypes : public QObject
{
    Q_OBJECT

private slots:
    void resultCarriesAValueOrAMessage();
    void resultPassesAFailureOn();
    void resultMovesItsValueOut();
    void idsOfDifferentKindsDoNotMix();
    void idsCompareAndHashByValue();
    void workStatesRoundTripTheirStoredCodes();
    void contactOutcomesAreTheStoredCodesAndAnUnknownOneIsSaid();
    void holdingStatusesAreTheStoredCodes();
    void lifecycleStagesAreTheStoredCodesAndAnUnknownOneIsSaid();
};

void tst_DomainTypes::resultCarriesAValueOrAMessage()
{
    const Result<int> good = parsePositive(QStringLiteral("42"));
    QVERIFY(good.ok());
    QVERIFY(bool(good));
    QCOMPARE(*good, 42);
    QCOMPARE(good.valueOr(7), 42);

    const Result<int> bad = parsePositive(QStringLiteral("-3"));
    QVERIFY(!bad);
    QCOMPARE(bad.errorString(), QStringLiteral("not a positive number: -3"));
    QCOMPARE(bad.valueOr(7), 7);
}

void tst_DomainTypes::resultPassesAFailureOn()
{
    QVERIFY(checkPositive(QStringLiteral("5")).ok());
    const Result<> failed = checkPositive(QStringLiteral("abc"));
    QVERIFY(!failed);
    QCOMPARE(failed.error().message(), QStringLiteral("not a positive number: abc"));
}

void tst_DomainTypes::resultMovesItsValueOut()
{
    Result<QStringList> names(QStringList{QStringLiteral("a"), QStringLiteral("b")});
    QCOMPARE(names->size(), 2);
    const QStringList taken = std::move(names).value();
    QCOMPARE(taken.size(), 2);
}

void tst_DomainTypes::idsOfDifferentKindsDoNotMix()
{
    static_assert(!std::is_convertible_v<CustomerId, StaffId>);
    static_assert(!std::is_convertible_v<QString, CustomerId>, "construction is explicit");
    const CustomerId id(QStringLiteral("0190a1b2-0000-7000-8000-000000000001"));
    QCOMPARE(id.toString(), QStringLiteral("0190a1b2-0000-7000-8000-000000000001"));
    QVERIFY(!id.isEmpty());
    QVERIFY(CustomerId().isEmpty());
}

void tst_DomainTypes::idsCompareAndHashByValue()
{
    const CustomerId a(QStringLiteral("a")), a2(QStringLiteral("a")), b(QStringLiteral("b"));
    QVERIFY(a == a2);
    QVERIFY(a != b);
    QVERIFY(a < b);
    QHash<CustomerId, int> seen;
    seen.insert(a, 1);
    seen.insert(a2, 2);
    seen.insert(b, 3);
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.value(a), 2);
}

void tst_DomainTypes::workStatesRoundTripTheirStoredCodes()
{
    // The codes are what the rows hold (migrations 0006 and 0008 check them).
    const QStringList referral{QStringLiteral("logged"), QStringLiteral("accepted"),
                               QStringLiteral("contacted"), QStringLiteral("met"),
                               QStringLiteral("converted"), QStringLiteral("declined"),
                               QStringLiteral("expired")};
    for (const QString &code : referral) {
        const std::optional<ReferralState> state = WorkStates::referralState(code);
        QVERIFY2(state, qPrintable(code));
        QCOMPARE(WorkStates::code(*state), code);
    }
    QVERIFY(WorkStates::isFinal(ReferralState::Converted));
    QVERIFY(!WorkStates::isFinal(ReferralState::Met));
    for (const char *code : {"reached", "not_reached", "interested", "refused", "appointment"})
        QCOMPARE(WorkStates::code(*WorkStates::callOutcome(QLatin1String(code))),
                 QLatin1String(code));
    for (const char *code : {"open", "done", "skipped"})
        QCOMPARE(WorkStates::code(*WorkStates::callTaskStatus(QLatin1String(code))),
                 QLatin1String(code));
    QCOMPARE(WorkStates::code(CareTaskStatus::Done), QStringLiteral("done"));
    QVERIFY(!WorkStates::referralState(QStringLiteral("Logged"))); // codes are exact
    QVERIFY(!WorkStates::callOutcome(QString()));
    QVERIFY(!WorkStates::careTaskStatus(QStringLiteral("skipped")));
    // Read back from a row: an unknown code is an error naming it; no outcome is no error.
    const Result<CareTaskStatus> unknown = WorkStates::storedCareTaskStatus(QStringLiteral("snoozed"));
    QVERIFY(!unknown);
    QVERIFY2(unknown.errorString().contains(QLatin1String("snoozed")), qPrintable(unknown.errorString()));
    QCOMPARE(WorkStates::storedCallOutcome(QString()), std::optional<CallOutcome>());
    QCOMPARE(WorkStates::storedCallOutcome(QStringLiteral("refused")),
             std::optional<CallOutcome>(CallOutcome::Refused));
    QVERIFY(!WorkStates::storedCallOutcome(QStringLiteral("busy")));
    // Opportunities: the codes of opportunity.status and .outcome, exactly as stored and sent.
    for (const char *code : {"open", "held", "contacted", "done", "dismissed"})
        QCOMPARE(WorkStates::code(*WorkStates::opportunityStatus(QLatin1String(code))),
                 QLatin1String(code));
    for (const char *code : {"interested", "not_interested", "no_answer", "converted"})
        QCOMPARE(WorkStates::code(*WorkStates::opportunityOutcome(QLatin1String(code))),
                 QLatin1String(code));
    QVERIFY(!WorkStates::opportunityOutcome(QStringLiteral("maybe")));
    const Result<OpportunityStatus> snoozed =
            WorkStates::storedOpportunityStatus(QStringLiteral("snoozed"));
    QVERIFY2(!snoozed && snoozed.errorString().contains(QLatin1String("snoozed")),
             qPrintable(snoozed.errorString()));
}

void tst_DomainTypes::contactOutcomesAreTheStoredCodesAndAnUnknownOneIsSaid()
{
    // interaction.outcome's codes (migration 0001 checks them), the ones staff choose from.
    const QStringList codes = DomainTerms::codes(Vocabulary::ContactOutcome);
    QCOMPARE(codes, QStringList({QStringLiteral("interested"), QStringLiteral("appointment"),
                                 QStringLiteral("purchased"), QStringLiteral("considering"),
                                 QStringLiteral("refused"), QStringLiteral("unreachable")}));
    for (const QString &code : codes) {
        const std::optional<ContactOutcome> outcome = WorkStates::contactOutcome(code);
        QVERIFY2(outcome, qPrintable(code));
        QCOMPARE(WorkStates::code(*outcome), code);
        QCOMPARE(WorkStates::storedContactOutcome(code), outcome);
        QCOMPARE(DomainTerms::label(*outcome), DomainTerms::label(Vocabulary::ContactOutcome, code));
    }
    QVERIFY(!WorkStates::contactOutcome(QStringLiteral("reached"))); // a call's, not a contact's
    // Read back: none is no error and no words; an unknown code is an error naming it, and
    // its label says so in words rather than showing the code.
    QCOMPARE(WorkStates::storedContactOutcome(QString()), std::optional<ContactOutcome>());
    QCOMPARE(DomainTerms::label(WorkStates::storedContactOutcome(QString())), QString());
    const StoredContactOutcome unknown = WorkStates::storedContactOutcome(QStringLiteral("snoozed"));
    QVERIFY2(!unknown && unknown.errorString().contains(QLatin1String("snoozed")),
             qPrintable(unknown.errorString()));
    QVERIFY(DomainTerms::label(unknown).contains(QLatin1String("does not know")));
    QVERIFY(!DomainTerms::label(unknown).contains(QLatin1String("snoozed")));
}

void tst_DomainTypes::holdingStatusesAreTheStoredCodes()
{
    // holding.status (migration 0001 checks the codes; the segment triggers select 'active').
    for (const char *code : {"active", "matured", "closed"}) {
        const std::optional<HoldingStatus> status = WorkStates::holdingStatus(QLatin1String(code));
        QVERIFY2(status, code);
        QCOMPARE(WorkStates::code(*status), QLatin1String(code));
        QCOMPARE(WorkStates::storedHoldingStatus(QLatin1String(code)), *status);
    }
    QVERIFY(!WorkStates::holdingStatus(QStringLiteral("Active"))); // codes are exact
    const Result<HoldingStatus> frozen = WorkStates::storedHoldingStatus(QStringLiteral("frozen"));
    QVERIFY2(!frozen && frozen.errorString().contains(QLatin1String("frozen")),
             qPrintable(frozen.errorString()));
}

void tst_DomainTypes::lifecycleStagesAreTheStoredCodesAndAnUnknownOneIsSaid()
{
    // customer.lifecycle_stage's codes (migration 0001 checks them; the sync wire and the
    // segment rules carry them), the ones staff choose from in the profile.
    const QStringList codes = DomainTerms::codes(Vocabulary::LifecycleStage);
    QCOMPARE(codes, QStringList({QStringLiteral("development"), QStringLiteral("growth"),
                                 QStringLiteral("maturity"), QStringLiteral("decline"),
                                 QStringLiteral("termination")}));
    for (const QString &code : codes) {
        const std::optional<LifecycleStage> stage = WorkStates::lifecycleStage(code);
        QVERIFY2(stage, qPrintable(code));
        QCOMPARE(WorkStates::code(*stage), code);
        QCOMPARE(WorkStates::storedLifecycleStage(code), *stage);
        QCOMPARE(DomainTerms::label(*stage), DomainTerms::label(Vocabulary::LifecycleStage, code));
        QCOMPARE(DomainTerms::label(WorkStates::storedLifecycleStage(code)),
                 DomainTerms::label(*stage));
    }
    QVERIFY(!WorkStates::lifecycleStage(QStringLiteral("Growth"))); // codes are exact
    QVERIFY(!WorkStates::lifecycleStage(QStringLiteral("成长期"))); // a typed alias is no code
    // Read back: an unknown code (a newer version's stage) is an error naming it, and its
    // label says so in words rather than showing the code or a stage it is not.
    const StoredLifecycleStage unknown = WorkStates::storedLifecycleStage(QStringLiteral("revival"));
    QVERIFY2(!unknown && unknown.errorString().contains(QLatin1String("revival")),
             qPrintable(unknown.errorString()));
    QVERIFY(DomainTerms::label(unknown).contains(QLatin1String("does not know")));
    QVERIFY(!DomainTerms::label(unknown).contains(QLatin1String("revival")));
    QVERIFY(!WorkStates::storedLifecycleStage(QString())); // empty is no stage either
}

QTEST_GUILESS_MAIN(tst_DomainTypes)
#include "tst_domain_types.moc"
