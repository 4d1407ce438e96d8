#include "app/common/CustomerMoveTables.h"

namespace bd::CustomerMoveTables {

const QStringList &tables()
{
    // aum_snapshot has no row id to travel by (month-end history is rebuilt from holdings).
    static const QStringList list = {
            QStringLiteral("customer"),     QStringLiteral("holding"),
            QStringLiteral("txn"),          QStringLiteral("customer_event"),
            QStringLiteral("interaction"),  QStringLiteral("kyc_session"),
            QStringLiteral("kyc_answer"),   QStringLiteral("kyc_field"),
            QStringLiteral("tag"),          QStringLiteral("customer_tag"),
            QStringLiteral("fund_arrival"),
            QStringLiteral("care_task"),    QStringLiteral("consent_record"),
            QStringLiteral("voice_finding"), QStringLiteral("voice_review"),
    };
    return list;
}

} // namespace bd::CustomerMoveTables
