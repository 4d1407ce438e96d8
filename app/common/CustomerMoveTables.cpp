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
            // What they were offered and bought: a declined product rests at the new
            // branch too. Households stay with the old branch (the move unlinks them).
            QStringLiteral("product_offer"), QStringLiteral("product_sale"),
            QStringLiteral("voice_finding"), QStringLiteral("voice_review"),
            // What the event rules made of them and the desk's events they counted (issue
            // #17): into the new branch's pool (CustomerTransferCopy).
            QStringLiteral("opportunity"),   QStringLiteral("marketing_event"),
    };
    return list;
}

} // namespace bd::CustomerMoveTables
