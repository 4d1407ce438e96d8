#include "app/rules/MarketingEvent.h"

namespace bd {

QString MarketingEvent::text(EventField field) const
{
    switch (field) {
    case EventField::AmountFen: return amount ? QString::number(amount->fen()) : QString();
    case EventField::Direction: return direction;
    case EventField::Channel: return channel;
    case EventField::TxnKind: return txnKind;
    case EventField::CounterpartyBank: return counterpartyBank;
    case EventField::ProductFamily: return productFamily;
    case EventField::Category: return category;
    case EventField::MaturityDate:
        return maturityDate.isValid() ? maturityDate.toString(Qt::ISODate) : QString();
    case EventField::ProfileField: return profileField;
    case EventField::First:
        return first ? (*first ? QStringLiteral("true") : QStringLiteral("false")) : QString();
    case EventField::BusinessType: return businessType;
    case EventField::ValueClass: return valueClass;
    case EventField::Outcome: return outcome;
    case EventField::ContactKind: return contactKind;
    case EventField::Topic: return topic;
    }
    return {};
}

QJsonObject MarketingEvent::toJson() const
{
    QJsonObject object{{QStringLiteral("event_id"), eventId},
                       {QStringLiteral("kind"), EventKinds::code(kind)},
                       {QStringLiteral("occurred_at"),
                        occurredAt.toUTC().toString(Qt::ISODateWithMs)}};
    if (!cifNo.isEmpty())
        object.insert(QStringLiteral("cif_no"), cifNo);
    if (!customerId.isEmpty())
        object.insert(QStringLiteral("customer_id"), customerId.toString());
    for (EventField field : EventKinds::allFields()) {
        if (field == EventField::AmountFen && amount)
            object.insert(EventKinds::fieldCode(field), double(amount->fen()));
        else if (field == EventField::First && first)
            object.insert(EventKinds::fieldCode(field), *first);
        else if (field != EventField::AmountFen && field != EventField::First
                 && !text(field).isEmpty())
            object.insert(EventKinds::fieldCode(field), text(field));
    }
    return object;
}

QString MarketingEvent::windowKey() const
{
    QString key = EventKinds::code(kind);
    for (const QString &part : {direction, category, productFamily, profileField}) {
        if (!part.isEmpty())
            key += QLatin1Char('/') + part;
    }
    return key;
}

QString MarketingEvent::sourceCode(Source source)
{
    switch (source) {
    case Source::Feed: return QStringLiteral("feed");
    case Source::Import: return QStringLiteral("import");
    case Source::Desk: return QStringLiteral("desk");
    case Source::Sweep: return QStringLiteral("sweep");
    }
    return {};
}

std::optional<MarketingEvent::Source> MarketingEvent::sourceFromCode(const QString &code)
{
    for (Source source : {Source::Feed, Source::Import, Source::Desk, Source::Sweep}) {
        if (sourceCode(source) == code)
            return source;
    }
    return std::nullopt;
}

} // namespace bd
