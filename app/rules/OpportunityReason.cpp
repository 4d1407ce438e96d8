#include "app/rules/OpportunityReason.h"

#include "app/domain/DomainTerms.h"
#include "app/domain/Money.h"
#include "app/rules/EventKinds.h"

#include <QJsonDocument>
#include <QLocale>

namespace bd {

namespace {
QString amountOf(const QJsonObject &facts)
{
    return Money::fromFen(qint64(facts.value(QStringLiteral("amount_fen")).toDouble()))
            .toDisplayString();
}

QString term(Vocabulary vocabulary, const QJsonObject &facts, const char *key)
{
    return DomainTerms::label(vocabulary, facts.value(QLatin1String(key)).toString());
}
} // namespace

QString OpportunityReason::text(const QByteArray &factsJson)
{
    return text(QJsonDocument::fromJson(factsJson).object());
}

QString OpportunityReason::text(const QJsonObject &facts)
{
    const std::optional<EventKind> kind
            = EventKinds::fromCode(facts.value(QStringLiteral("event_kind")).toString());
    if (!kind)
        return {};
    const bool hasAmount = facts.contains(QStringLiteral("amount_fen"));
    QString reason;
    switch (*kind) {
    case EventKind::Transaction:
        reason = facts.value(QStringLiteral("direction")).toString() == QLatin1String("out")
                ? tr("%1 out through %2").arg(amountOf(facts), term(Vocabulary::Channel, facts, "channel"))
                : tr("%1 in through %2").arg(amountOf(facts), term(Vocabulary::Channel, facts, "channel"));
        if (facts.contains(QStringLiteral("counterparty_bank")))
            reason += tr(", counterparty %1").arg(facts.value(QStringLiteral("counterparty_bank")).toString());
        break;
    case EventKind::Salary:
        reason = tr("Salary of %1 credited").arg(amountOf(facts));
        break;
    case EventKind::Maturity: {
        const QDate day = QDate::fromString(facts.value(QStringLiteral("maturity_date")).toString(),
                                            Qt::ISODate);
        reason = tr("%1 mature on %2")
                         .arg(term(Vocabulary::ProductFamily, facts, "product_family"),
                              QLocale().toString(day, QLocale::ShortFormat));
        if (hasAmount)
            reason += tr(" (%1)").arg(amountOf(facts));
        break;
    }
    case EventKind::Browse:
        reason = facts.contains(QStringLiteral("count"))
                ? tr("Viewed %1 pages %2 times in %3 days")
                          .arg(term(Vocabulary::ProductFamily, facts, "category"))
                          .arg(facts.value(QStringLiteral("count")).toInt())
                          .arg(facts.value(QStringLiteral("days")).toInt())
                : tr("Viewed %1 pages").arg(term(Vocabulary::ProductFamily, facts, "category"));
        break;
    case EventKind::Complaint:
        reason = facts.contains(QStringLiteral("topic"))
                ? tr("Complaint: %1").arg(facts.value(QStringLiteral("topic")).toString())
                : tr("Complaint lodged");
        break;
    case EventKind::ProfileChange: {
        const QString field = facts.value(QStringLiteral("field")).toString();
        reason = field == QLatin1String("employer") ? tr("Employer changed")
                : field == QLatin1String("phone")   ? tr("Phone number changed")
                                                    : tr("Address changed");
        break;
    }
    case EventKind::MobileSignIn:
        reason = facts.value(QStringLiteral("first")).toString() == QLatin1String("true")
                ? tr("First mobile-banking sign-in")
                : tr("Mobile-banking sign-in");
        break;
    case EventKind::Birthday:
        reason = tr("Birthday coming");
        break;
    case EventKind::CounterBusiness:
        reason = hasAmount ? tr("At the counter: %1, %2")
                                     .arg(term(Vocabulary::BusinessType, facts, "business_type"),
                                          amountOf(facts))
                           : tr("At the counter: %1")
                                     .arg(term(Vocabulary::BusinessType, facts, "business_type"));
        break;
    case EventKind::WalkIn:
        reason = tr("Walk-in judged %1").arg(term(Vocabulary::ValueClass, facts, "value_class"));
        break;
    case EventKind::CallOutcome:
        reason = tr("Call outcome: %1").arg(DomainTerms::readable(facts.value(QStringLiteral("outcome")).toString()));
        break;
    }
    if (facts.contains(QStringLiteral("share_percent")))
        reason += tr(", %1% of AUM").arg(facts.value(QStringLiteral("share_percent")).toInt());
    return reason;
}

} // namespace bd
