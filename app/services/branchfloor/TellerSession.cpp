#include "app/services/branchfloor/TellerSession.h"

#include "app/domain/CustomerTier.h"
#include "app/domain/DomainTerms.h"
#include "app/domain/Money.h"
#include "app/domain/Uuid7.h"
#include "app/services/branchfloor/LobbyRouting.h"
#include "app/services/branchfloor/ReferralDesk.h"
#include "app/services/core/AuditTrail.h"
#include "app/services/opportunities/DeskEventEvaluation.h"
#include "database/branchfloor/FloorRecords.h"
#include "database/branchfloor/FloorSettings.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/customers/CustomerRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

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

Result<> TellerSession::start(const CustomerId &customerId, const QString &businessType)
{
    if (!m_session.can(Permission::RunTellerFlow))
        return Error(m_session.refusal(Permission::RunTellerFlow));
    m_resumed = false;
    // The service just started and nothing done on it yet (a wrong customer or business).
    const bool justStarted = isStarted() && stepsDone() == 0 && m_referralId.isEmpty();
    QString unfinished;
    if (!customerId.isEmpty()) {
        // Only today's and only this teller's: a service left on an earlier day stays as it
        // was left, and another counter greets the customer afresh.
        const QDate today = m_clock().toLocalTime().date();
        const Result<QString> found = FloorRecords(m_store).unfinishedTellerSession(
                m_session.user.id, customerId, SqlTime::localDayStart(today),
                SqlTime::localDayEnd(today));
        if (!found)
            return Error(tr("Today's counter services could not be read: %1")
                                 .arg(found.errorString()));
        unfinished = *found;
    }
    // The service just started is corrected, not reloaded: starting again for the same
    // customer with another business changes it.
    const bool correctsItself = justStarted && unfinished == m_id && !businessType.isEmpty();
    if (!unfinished.isEmpty() && !correctsItself) {
        // The customer's own service of today goes on; the empty one started for them by
        // mistake (another customer picked first) goes, so no 0/7 service is left behind.
        if (justStarted && unfinished != m_id) {
            if (Result<> removed = removeJustStarted(); !removed)
                return removed;
        }
        return resume(unfinished);
    }
    if (businessType.isEmpty())
        return Error(tr("Choose the business first."));
    if (justStarted) {
        if (Result<> corrected = write({{QStringLiteral("customer_id"),
                                         customerId.isEmpty() ? QVariant() : QVariant(customerId.toString())},
                                        {QStringLiteral("business_type"), businessType}},
                                       QStringLiteral("teller_session_corrected"));
            !corrected)
            return corrected;
        m_customerId = customerId;
        m_businessType = businessType;
        m_assessment = {};
        return {};
    }
    Transaction transaction(m_store.database());
    const QString id = Uuid7Generator::generate();
    Result<> saved = FloorRecords(m_store).insertTellerSession(id, m_session.branch.id,
                                                               m_session.user.id, customerId,
                                                               businessType,
                                                               SqlTime::timestamp(m_clock()));
    if (saved)
        saved = AuditTrail(m_store).record(&m_session, QStringLiteral("teller_session_started"),
                                           QStringLiteral("teller_session"), id)
                ? transaction.commit()
                : Error(tr("the audit log could not be written"));
    if (!saved)
        return Error(tr("The counter service could not be started: %1").arg(saved.errorString()));
    m_id = id;
    m_customerId = customerId;
    m_businessType = businessType;
    m_ticked = {};
    m_assessment = {};
    m_referralId.clear();
    m_startedAt = m_clock();
    m_amount = Money();
    return {};
}

std::optional<TellerSession::Unfinished> TellerSession::unfinishedToday(const CustomerId &customerId) const
{
    if (customerId.isEmpty())
        return std::nullopt;
    const QDate today = m_clock().toLocalTime().date();
    const FloorRecords records(m_store);
    const Result<QString> id = records.unfinishedTellerSession(
            m_session.user.id, customerId, SqlTime::localDayStart(today), SqlTime::localDayEnd(today));
    if (!id || id->isEmpty() || *id == m_id)
        return std::nullopt;
    const auto row = records.tellerSession(*id);
    if (!row)
        return std::nullopt;
    Unfinished unfinished;
    unfinished.startedAt = SqlTime::parseTimestamp(row->value(QStringLiteral("started_at")).toString());
    for (const char *column : kStepColumns)
        unfinished.stepsDone += row->value(QString::fromLatin1(column)).isNull() ? 0 : 1;
    return unfinished;
}

Result<> TellerSession::removeJustStarted()
{
    Transaction transaction(m_store.database());
    Result<> removed = FloorRecords(m_store).removeTellerSession(m_id);
    if (removed)
        removed = AuditTrail(m_store).record(&m_session, QStringLiteral("teller_session_removed"),
                                             QStringLiteral("teller_session"), m_id)
                ? transaction.commit()
                : Error(tr("the audit log could not be written"));
    if (!removed)
        return Error(tr("The empty counter service could not be removed: %1")
                             .arg(removed.errorString()));
    m_id.clear();
    return {};
}

Result<> TellerSession::resume(const QString &id)
{
    const auto row = FloorRecords(m_store).tellerSession(id);
    if (!row)
        return Error(tr("The customer's unfinished service could not be read back: it was "
                        "changed or removed meanwhile. Start the service again."));
    const bool other = id != m_id;
    if (other) {
        // The interruption is on record (before the service is taken up, so a failure leaves
        // the counter as it was); the row itself is unchanged.
        Transaction transaction(m_store.database());
        const Result<> saved = AuditTrail(m_store).record(&m_session,
                                                          QStringLiteral("teller_session_resumed"),
                                                          QStringLiteral("teller_session"), id)
                ? transaction.commit()
                : Error(tr("the audit log could not be written"));
        if (!saved)
            return Error(tr("Continuing the customer's service could not be recorded: %1")
                                 .arg(saved.errorString()));
    }
    m_id = id;
    m_customerId = CustomerId(row->value(QStringLiteral("customer_id")).toString());
    m_businessType = row->value(QStringLiteral("business_type")).toString();
    m_startedAt = SqlTime::parseTimestamp(row->value(QStringLiteral("started_at")).toString());
    for (int step = 0; step < kSteps; ++step) {
        const QString at = row->value(QString::fromLatin1(kStepColumns[step])).toString();
        m_ticked[step] = at.isEmpty() ? QDateTime() : SqlTime::parseTimestamp(at);
    }
    m_referralId = row->value(QStringLiteral("referral_id")).toString();
    m_amount = Money::fromFen(row->value(QStringLiteral("amount_fen")).toLongLong());
    // What step 4 concluded; the reasons are worded again when the teller weighs again.
    m_assessment = {};
    const QJsonArray triggers =
            QJsonDocument::fromJson(row->value(QStringLiteral("triggers")).toString().toUtf8()).array();
    for (const QJsonValue &trigger : triggers)
        m_assessment.triggers << trigger.toString();
    m_assessment.promptPotentialVip =
            row->value(QStringLiteral("value_class")).toString() == QLatin1String("potential_vip");
    m_resumed = other;
    return {};
}

Result<> TellerSession::changeBusiness(const QString &businessType)
{
    if (!isStarted() || isSeenOff() || businessType.isEmpty() || businessType == m_businessType)
        return {};
    if (Result<> written = write({{QStringLiteral("business_type"), businessType}},
                                 QStringLiteral("teller_business_changed"));
        !written)
        return written;
    m_businessType = businessType;
    return {};
}

int TellerSession::stepsDone() const
{
    return int(std::count_if(m_ticked.begin(), m_ticked.end(),
                             [](const QDateTime &at) { return at.isValid(); }));
}

Result<> TellerSession::write(const QVariantMap &columns, const QString &action)
{
    if (!isStarted())
        return Error(tr("Start the counter service first."));
    Transaction transaction(m_store.database());
    if (Result<> updated = FloorRecords(m_store).updateTellerSession(m_id, columns); !updated)
        return Error(tr("The counter service could not be saved: %1").arg(updated.errorString()));
    QJsonArray fields;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        fields << it.key();
    const bool audited = AuditTrail(m_store).record(&m_session, action,
                                                    QStringLiteral("teller_session"), m_id,
                                                    {{QStringLiteral("fields"), fields}});
    if (const Result<> saved = audited ? transaction.commit()
                                       : Error(tr("the audit log could not be written"));
        !saved)
        return Error(tr("The counter service could not be saved: %1").arg(saved.errorString()));
    return {};
}

Result<> TellerSession::tick(int step)
{
    if (step < 0 || step >= kSteps)
        return Error(tr("There are seven steps."));
    if (m_ticked.at(step).isValid())
        return {};
    const QDateTime now = m_clock();
    if (Result<> written = write({{QString::fromLatin1(kStepColumns[step]),
                                   SqlTime::timestamp(now)}},
                                 QStringLiteral("teller_step"));
        !written)
        return written;
    m_ticked[step] = now;
    return {};
}

TellerSession::Assessment TellerSession::assess(Money amount, bool wealthQuestion,
                                                const QString &behaviourNote)
{
    Assessment a;
    const FloorSettings settings = FloorSettings::load(m_store);
    if (!m_customerId.isEmpty() && !m_id.isEmpty() && amount.fen() > 0) {
        // The rules hear of the counter's business (counter_large_business), once per
        // service: assessed again, the first amount stands (issue #17).
        MarketingEvent event;
        event.eventId = QStringLiteral("counter-") + m_id;
        event.kind = EventKind::CounterBusiness;
        event.customerId = m_customerId;
        event.occurredAt = m_clock();
        event.businessType = m_businessType;
        event.amount = amount;
        event.channel = QStringLiteral("counter");
        DeskEventEvaluation::raiseAlongside(m_store, event, m_clock());
    }
    if (!m_customerId.isEmpty()) {
        if (const auto customer = CustomerRepository(m_store).details(m_customerId.toString())) {
            a.aum = Money::fromFen(customer->value(QStringLiteral("aum_fen")).toLongLong());
            a.tier = customer->value(QStringLiteral("tier")).toString();
        }
    }
    const bool isVip = Tiers::isVip(Tiers::fromCode(a.tier));
    const bool deposit = m_businessType == QLatin1String("cash_deposit")
            || m_businessType == QLatin1String("large_deposit")
            || m_businessType == QLatin1String("account_opening");
    const bool transfer = m_businessType == QLatin1String("transfer")
            || m_businessType == QLatin1String("large_transfer");
    if (deposit && amount >= settings.largeDeposit) {
        a.triggers << QStringLiteral("large_deposit");
        a.reasons << tr("Deposit of %1 is at or above %2")
                             .arg(amount.toDisplayString(),
                                  settings.largeDeposit.toDisplayString());
    }
    if (transfer && amount >= settings.largeTransfer) {
        a.triggers << QStringLiteral("large_transfer");
        a.reasons << tr("Transfer of %1 is at or above %2")
                             .arg(amount.toDisplayString(),
                                  settings.largeTransfer.toDisplayString());
    }
    if (wealthQuestion) {
        a.triggers << QStringLiteral("wealth_question");
        a.reasons << tr("Asked about wealth products");
    }
    if (!isVip && a.aum >= Tiers::threshold(CustomerTier::Silver)) {
        a.triggers << QStringLiteral("high_assets");
        a.reasons << tr("Assets of %1 at the bank, below the VIP line")
                             .arg(a.aum.toDisplayString());
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
        (void)write({{QStringLiteral("amount_fen"), qint64(amount.fen())},
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

Result<QString> TellerSession::refer(const QString &managerId)
{
    if (!isStarted())
        return Error(tr("Start the counter service first."));
    const ReferralDesk::Result filed =
            ReferralDesk(m_store, m_session, m_clock).file(referralForm(managerId));
    if (!filed.ok)
        return Error(filed.refusal);
    m_referralId = filed.id;
    // The referral stands; a failure to mark the service shows in the steps, not here.
    (void)write({{QStringLiteral("referral_id"), filed.id}}, QStringLiteral("teller_referral"));
    (void)tick(Recommend);
    return filed.id;
}

Result<> TellerSession::rate(int rating)
{
    if (rating < 1 || rating > 5)
        return Error(tr("A rating is from 1 to 5."));
    if (Result<> rated = write({{QStringLiteral("rating"), rating}},
                               QStringLiteral("teller_rating"));
        !rated)
        return rated;
    return tick(SeeOff);
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
