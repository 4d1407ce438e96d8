#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace bd {

// Labels for the lobby and counter codes the workspaces show that the domain vocabulary
// does not cover yet (identification moment, route, referral form and source, the seven
// steps), plus the date and time formats of the workspaces.
class BranchTerms
{
    Q_DECLARE_TR_FUNCTIONS(BranchTerms)

public:
    static constexpr int kTellerSteps = 7;
    static constexpr int kReferralChecks = 6;

    static QString moment(const QString &code);
    static QString route(const QString &code);
    static QString businessType(const QString &code);
    static QString referralForm(const QString &code);
    static QString referralSource(const QString &code);
    static QString tellerStep(int step);     // 0..6: "Stand to greet" ...
    static QString tellerStepHint(int step); // what the teller does in that step

    static QString time(const QDateTime &utc);   // local 24-hour HH:mm
    static QString date(const QDate &day);       // short local date
    static QString age(const QDateTime &utc);    // "25 min", "3 h", "2 days"
    static QString humanised(const QString &code); // fallback: "self_service" -> "Self service"
};

} // namespace bd
