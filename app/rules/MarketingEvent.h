#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Money.h"
#include "app/rules/EventKinds.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace bd {

// One thing that happened to a customer, as the rules see it (docs/EVENTS.md): its id (the
// sender's, the key that makes sending it twice harmless), kind, whose (the core-banking
// CIF number; the workstation's own events name the customer row), when, and the fields of
// its kind. Money is integer fen.
struct MarketingEvent
{
    enum class Source { Feed, Import, Desk, Sweep };

    QString eventId;
    EventKind kind = EventKind::Transaction;
    QString cifNo;
    CustomerId customerId; // known once the event is matched to a customer
    QDateTime occurredAt;  // UTC
    Source source = Source::Feed;

    std::optional<Money> amount;
    QString direction;
    QString channel;
    QString txnKind;
    QString counterpartyBank;
    QString productFamily;
    QString category;
    QDate maturityDate;
    QString profileField;
    std::optional<bool> first;
    QString businessType;
    QString valueClass;
    QString outcome;
    QString contactKind;
    QString topic;

    // The value of one of the kind's fields as text ("" when absent); amounts in fen.
    QString text(EventField field) const;
    // The event in its wire form (what a feed sends; EventParser reads it back).
    QJsonObject toJson() const;
    // What window counts compare: the kind with the category, product family or direction
    // that makes two events "the same thing again" (three fund-page views, not three views).
    QString windowKey() const;

    static QString sourceCode(Source source);
    static std::optional<Source> sourceFromCode(const QString &code);
};

} // namespace bd
