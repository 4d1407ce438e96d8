#include "app/services/branchfloor/TellerSession.h"

#include "app/domain/CustomerTier.h"
#include "app/domain/DomainTerms.h"
#include "app/domain/Money.h"
#include "app/domain/Uuid7.h"
#include "app/services/branchfloor/LobbyRouting.h"
#include "app/services/branchfloor/ReferralDesk.h"
#include "app/services/core/AuditTrail.h"
#include "database/branchfloor/FloorRecords.h"
#include "database/branchfloor/FloorSettings.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/customers/CustomerRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bd {

namespace {
const char *const kStepColumns[TellerSession::kSteps] = {
        "greeted_at", "asked_at", "received_at", "processed_at",
        "reminded_at", "recommended_at", "seen_off_at"};
} // namespace

TellerSession::TellerSession(Store &store, const Session &session, FloorClock clock)
    : m_store(store)
    , m_session(session)
    , m_clock(std::move(clock))
{
}

bool TellerSession::start(const QString &customerId, const QString &businessType)
{
    if (!m_session.can(Permission::RunTellerFlow)) {
        m_error = m_session.refusal(Permission::RunTellerFlow);
        return false;
    }
    Transaction transaction(m_store.database());
    const QString id = Uuid7Generator::generate();
    FloorRecords records(m_store);
    if (!records.insertTellerSession(id, m_session.branch.id, m_session.user.id, customerId,
                                     businessType, SqlTime::timestamp(m_clock()))
        || !AuditTrail(m_store).record(&m_session, QStringLiteral("teller_session_started"),
                                       QStringLiteral("teller_session"), id)
        || !transaction.commit()) {
        m_error = records.errorString().isEmpty() ? transaction.errorString() : records.errorString();
        return false;
    }
    m_id = id;
    m_customerId = customerId;
    m_businessType = businessType;
    m_ticked = {};
    m_assessment = {};
    m_referralId.clear();
    return true;
}

int TellerSession::stepsDone() const
{
    return int(std::count_if(m_ticked.begin(), m_ticked.end(),
                             [](const QDateTime &at) { return at.isValid(); }));
}

bool TellerSession::write(const QVariantMap &columns, const QString &action)
{
    if (!isStarted()) {
        m_error = tr("Start the counter service first.");
        return false;
    }
    Transaction transaction(m_store.database());
    FloorRecords records(m_store);
    if (!records.updateTellerSession(m_id, columns)) {
        m_error = tr("The counter service could not be saved: %1").arg(records.errorString());
        return false;
    }
    QJsonArray fields;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        fields << it.key();
    if (!AuditTrail(m_store).record(&m_session, action, QStringLiteral("teller_session"), m_id,
                                    {{QStringLiteral("fields"), fields}})
        || !transaction.commit()) {
        m_error = tr("The counter service could not be saved: %1").arg(transaction.errorString());
        return false;
    }
    return true;
}

bool TellerSession::tick(int step)
{
    if (step < 0 || step >= kSteps) {
        m_error = tr("There are seven steps.");
        return false;
    }
    if (m_ticked.at(step).isValid())
        return true;
    const QDateTime now = m_clock();
    if (!write({{QString::fromLatin1(kStepColumns[step]), SqlTime::timestamp(now)}},
               QStringLiteral("teller_step")))
        return false;
    m_ticked[step] = now;
    return true;
}

TellerSession::Assessment TellerSession::assess(qint64 amountFen, bool wealthQuestion,
                                                const QString &behaviourNote)
{
    Assessment a;
    const FloorSettings settings = FloorSettings::load(m_store);
    if (!m_customerId.isEmpty()) {
        if (const auto customer = CustomerRepository(m_store).details(m_customerId)) {
            a.aumFen = customer->value(QStringLiteral("aum_fen")).toLongLong();
            a.tier = customer->value(QStringLiteral("tier")).toString();
        }
    }
    const bool isVip = Tiers::isVip(Tiers::fromCode(a.tier));
    const bool deposit = m_businessType == QLatin1String("cash_deposit")
            || m_businessType == QLatin1String("large_deposit")
            || m_businessType == QLatin1String("account_opening");
    const bool transfer = m_businessType == QLatin1String("transfer")
            || m_businessType == QLatin1String("large_transfer");
    if (deposit && amountFen >= settings.largeDepositFen) {
        a.triggers << QStringLiteral("large_deposit");
        a.reasons << tr("Deposit of %1 is at or above %2")
                             .arg(Money::fromFen(amountFen).toDisplayString(),
                                  Money::fromFen(settings.largeDepositFen).toDisplayString());
    }
    if (transfer && amountFen >= settings.largeTransferFen) {
        a.triggers << QStringLiteral("large_transfer");
        a.reasons << tr("Transfer of %1 is at or above %2")
                             .arg(Money::fromFen(amountFen).toDisplayString(),
                                  Money::fromFen(settings.largeTransferFen).toDisplayString());
    }
    if (wealthQuestion) {
        a.triggers << QStringLiteral("wealth_question");
        a.reasons << tr("Asked about wealth products");
    }
    if (!isVip && a.aumFen >= Tiers::threshold(CustomerTier::Silver).fen()) {
        a.triggers << QStringLiteral("high_assets");
        a.reasons << tr("Assets of %1 at the bank, below the VIP line")
                             .arg(Money::fromFen(a.aumFen).toDisplayString());
    }
    if (!behaviourNote.trimmed().isEmpty())
        a.reasons << tr("Behaviour: %1").arg(behaviourNote.trimmed());
    // A VIP is served as one; a prompt is for customers not yet VIP.
    const bool strongTrigger = a.triggers.contains(QStringLiteral("large_deposit"))
            || a.triggers.contains(QStringLiteral("large_transfer"))
            || a.triggers.contains(QStringLiteral("wealth_question"));
    a.promptPotentialVip = !isVip && strongTrigger;
    m_assessment = a;
    if (isStarted()) {
        const QString valueClass = isVip ? QStringLiteral("vip")
                : a.promptPotentialVip ? QStringLiteral("potential_vip")
                                       : QStringLiteral("ordinary");
        write({{QStringLiteral("amount_fen"), amountFen},
               {QStringLiteral("value_class"), valueClass},
               {QStringLiteral("triggers"),
                QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(a.triggers))
                                          .toJson(QJsonDocument::Compact))}},
              QStringLiteral("teller_assessment"));
    }
    return a;
}

ReferralForm TellerSession::referralForm(const QString &managerId) const
{
    ReferralForm form = ReferralDesk(m_store, m_session, m_clock)
                                .prefilled(m_customerId, QStringLiteral("teller"));
    if (!managerId.isEmpty())
        form.referredTo = managerId;
    if (m_customerId.isEmpty())
        form.description = tr("Counter customer, %1")
                                   .arg(DomainTerms::label(Vocabulary::BusinessType, m_businessType));
    QStringList interest;
    for (const QString &trigger : m_assessment.triggers)
        interest << DomainTerms::label(Vocabulary::CounterTrigger, trigger);
    form.interest = interest.isEmpty() ? DomainTerms::label(Vocabulary::BusinessType, m_businessType)
                                       : interest.join(QStringLiteral("; "));
    form.notes = m_assessment.reasons.join(QStringLiteral("; "));
    return form;
}

QString TellerSession::refer(const QString &managerId)
{
    if (!isStarted()) {
        m_error = tr("Start the counter service first.");
        return {};
    }
    const ReferralDesk::Result filed =
            ReferralDesk(m_store, m_session, m_clock).file(referralForm(managerId));
    if (!filed.ok) {
        m_error = filed.refusal;
        return {};
    }
    m_referralId = filed.id;
    write({{QStringLiteral("referral_id"), filed.id}}, QStringLiteral("teller_referral"));
    tick(Recommend);
    return filed.id;
}

bool TellerSession::rate(int rating)
{
    if (rating < 1 || rating > 5) {
        m_error = tr("A rating is from 1 to 5.");
        return false;
    }
    return write({{QStringLiteral("rating"), rating}}, QStringLiteral("teller_rating"))
            && tick(SeeOff);
}

QString TellerSession::diversionTarget(const QString &businessType)
{
    const QString target = LobbyRouting::diversionFor(businessType).target;
    return target == QLatin1String("open_counter") || target == QLatin1String("wealth_manager")
            ? QString() : target;
}

QString TellerSession::diversionScript(const QString &businessType)
{
    return diversionTarget(businessType).isEmpty() ? QString()
                                                   : LobbyRouting::diversionFor(businessType).script;
}

} // namespace bd
