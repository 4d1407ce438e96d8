#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Money.h"
#include "app/domain/Result.h"
#include "app/services/branchfloor/FloorClock.h"
#include "app/services/branchfloor/ReferralForm.h"
#include "app/services/core/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <array>
#include <optional>

namespace bd {

class Store;

// One counter service through the seven steps (柜员识别推荐七步曲): each step ticked with
// its time; step 4 weighs the customer (assets, business, questions, behaviour) and raises
// a potential-VIP prompt on the configured triggers; step 6 files a pre-filled referral in
// one click; step 7 keeps the service rating.
class TellerSession
{
    Q_DECLARE_TR_FUNCTIONS(TellerSession)

public:
    static constexpr int kSteps = 7;
    enum Step { Greet, Ask, Receive, Process, Remind, Recommend, SeeOff };

    TellerSession(Store &store, const Session &session, FloorClock clock = systemClock());

    // Starting again before any step is done corrects the service just started (wrong
    // customer or business) instead of leaving an empty 0/7 service behind. A customer who
    // stepped away and came back today continues the service this teller had not seen off
    // (steps, amount, weighing, referral and business kept: the business box still shows the
    // customer served meanwhile; changeBusiness() corrects it): the service is not recorded
    // twice (issue #15, F9).
    Result<> start(const CustomerId &customerId, const QString &businessType);
    // When this teller left a service of this customer unfinished today, when it started
    // and how many steps were done: what start() would continue. Empty otherwise.
    struct Unfinished
    {
        QDateTime startedAt;
        int stepsDone = 0;
    };
    std::optional<Unfinished> unfinishedToday(const CustomerId &customerId) const;
    // Whether the last start() continued an unfinished service instead of starting one.
    bool resumed() const { return m_resumed; }
    QDateTime startedAt() const { return m_startedAt; }
    Money amount() const { return m_amount; } // as weighed at step 4 (zero: not weighed)
    // The business as it turned out at the counter; a service already seen off keeps its own.
    Result<> changeBusiness(const QString &businessType);
    bool isSeenOff() const { return m_ticked.at(SeeOff).isValid(); }
    bool isStarted() const { return !m_id.isEmpty(); }
    QString id() const { return m_id; }
    const CustomerId &customerId() const { return m_customerId; }
    QString businessType() const { return m_businessType; }

    Result<> tick(int step); // 0..6, in any order; ticking twice keeps the first time
    QDateTime tickedAt(int step) const { return m_ticked.at(step); }
    int stepsDone() const;

    // Step 4: the aids the teller sees and the prompt they raise.
    struct Assessment
    {
        Money aum;
        QString tier;
        QStringList triggers; // CounterTrigger codes
        QStringList reasons;  // translated
        bool promptPotentialVip = false;
    };
    Assessment assess(Money amount, bool wealthQuestion, const QString &behaviourNote = {});
    Assessment lastAssessment() const { return m_assessment; }

    // Step 6: the referral for the chosen manager, pre-filled from the session.
    ReferralForm referralForm(const QString &managerId) const;
    Result<QString> refer(const QString &managerId); // the referral id
    QString referralId() const { return m_referralId; }

    Result<> rate(int rating); // step 7, 1..5

    // Routine business: where to divert it next time (DiversionTarget code) and a script.
    static QString diversionTarget(const QString &businessType);
    static QString diversionScript(const QString &businessType);

private:
    Result<> resume(const QString &id);
    // Removes the service just started with nothing done (synced, audited).
    Result<> removeJustStarted();
    Result<> write(const QVariantMap &columns, const QString &action);

    Store &m_store;
    Session m_session;
    FloorClock m_clock;
    QString m_id;
    CustomerId m_customerId;
    QString m_businessType;
    std::array<QDateTime, kSteps> m_ticked{};
    Assessment m_assessment;
    QString m_referralId;
    QDateTime m_startedAt;
    Money m_amount;
    bool m_resumed = false;
};

} // namespace bd
