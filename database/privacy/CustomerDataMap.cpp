#include "database/privacy/CustomerDataMap.h"

#include "app/domain/WorkStates.h"

#include "database/core/SqlQuery.h"

namespace bd::CustomerDataMap {

namespace {
using E = CustomerDataTable::Erasure;
using Column = CustomerDataTable::Column;
using SqlValue::nullText;

const QString kOwn = QStringLiteral("customer_id = ?");
const QString kEmpty = QStringLiteral("");
} // namespace

const QList<CustomerDataTable> &tables()
{
    static const QList<CustomerDataTable> map = {
            {QStringLiteral("holding"), kOwn, E::Keep, {}, true, true},
            {QStringLiteral("txn"), kOwn, E::ClearColumns,
             {{QStringLiteral("counterparty"), kEmpty}}, false, false},
            {QStringLiteral("customer_event"), kOwn, E::ClearColumns,
             {{QStringLiteral("detail"), kEmpty}}, false, false},
            {QStringLiteral("interaction"), kOwn, E::ClearColumns,
             {{QStringLiteral("purpose"), kEmpty},
              {QStringLiteral("customer_voice"), kEmpty},
              {QStringLiteral("objection"), kEmpty},
              {QStringLiteral("competitor"), kEmpty},
              {QStringLiteral("void_reason"), kEmpty}}, true, true},
            {QStringLiteral("kyc_session"), kOwn, E::ClearColumns,
             {{QStringLiteral("risk_drivers"), QStringLiteral("[]")}}, true, true},
            {QStringLiteral("kyc_answer"),
             QStringLiteral("session_id IN (SELECT id FROM kyc_session WHERE customer_id = ?)"),
             E::ClearColumns, {{QStringLiteral("value_json"), QStringLiteral("null")}}, true,
             false},
            {QStringLiteral("kyc_field"), kOwn, E::ClearColumns,
             {{QStringLiteral("value_json"), QStringLiteral("null")},
              {QStringLiteral("value_text"), kEmpty}}, true, true},
            {QStringLiteral("customer_tag"), kOwn, E::Tombstone, {}, true, true},
            {QStringLiteral("fund_arrival"), kOwn, E::ClearColumns,
             {{QStringLiteral("note"), kEmpty}}, true, true},
            {QStringLiteral("lobby_visit"), kOwn, E::ClearColumns,
             {{QStringLiteral("description"), kEmpty},
              {QStringLiteral("override_reason"), kEmpty},
              {QStringLiteral("judgement_inputs"), QStringLiteral("[]")}}, true, true},
            {QStringLiteral("referral"), kOwn, E::ClearColumns,
             {{QStringLiteral("reason"), kEmpty},
              {QStringLiteral("description"), kEmpty},
              {QStringLiteral("contact_phone"), kEmpty},
              {QStringLiteral("interest"), kEmpty}}, true, true},
            {QStringLiteral("referral_check"),
             QStringLiteral("referral_id IN (SELECT id FROM referral WHERE customer_id = ?)"),
             E::Keep, {}, true, false},
            {QStringLiteral("referral_transition"),
             QStringLiteral("referral_id IN (SELECT id FROM referral WHERE customer_id = ?)"),
             E::ClearColumns, {{QStringLiteral("note"), kEmpty}}, true, true},
            {QStringLiteral("teller_session"), kOwn, E::Keep, {}, true, true},
            {QStringLiteral("call_task"), kOwn, E::ClearColumns,
             {{QStringLiteral("reason"), kEmpty}, {QStringLiteral("outcome"), nullText()}},
             true, true},
            {QStringLiteral("care_task"), kOwn, E::ClearColumns,
             {{QStringLiteral("note"), kEmpty}}, true, true},
            // Its reason carries the amounts and channels of the event that fired it.
            {QStringLiteral("opportunity"), kOwn, E::Tombstone,
             {{QStringLiteral("reason_json"), QStringLiteral("{}")}}, true, true},
            // The wire form of an event the desk raised (its amount, its channel).
            {QStringLiteral("marketing_event"), kOwn, E::Tombstone,
             {{QStringLiteral("payload_json"), QStringLiteral("{}")}}, true, true},
            {QStringLiteral("aum_snapshot"), kOwn, E::Keep, {}, false, false},
            {QStringLiteral("consent_record"), kOwn, E::Tombstone,
             {{QStringLiteral("evidence"), kEmpty}}, true, true},
            // The link to the household goes; the other members stay (issue #20).
            {QStringLiteral("household_member"), kOwn, E::ClearColumns,
             {{QStringLiteral("household_id"), QVariant::fromValue(nullptr)}}, true, true},
            {QStringLiteral("household_dismissal"),
             QStringLiteral("? IN (customer_id, other_customer_id)"), E::Tombstone, {}, true,
             true},
            // Product codes, amounts and reason codes: no personal data.
            {QStringLiteral("product_offer"), kOwn, E::Keep, {}, true, true},
            {QStringLiteral("product_sale"), kOwn, E::Keep, {}, true, true},
            {QStringLiteral("voice_finding"), kOwn, E::Tombstone,
             {{QStringLiteral("phrase"), kEmpty}}, true, true},
            {QStringLiteral("voice_review"), kOwn, E::Tombstone, {}, true, true},
    };
    return map;
}

const QList<CustomerDataTable::Column> &customerColumns()
{
    static const QList<Column> columns = {
            {QStringLiteral("name"), kEmpty},
            {QStringLiteral("gender"), nullText()},
            {QStringLiteral("birth_date"), nullText()},
            {QStringLiteral("birth_year"), nullText()},
            {QStringLiteral("id_number"), nullText()},
            {QStringLiteral("phone"), nullText()},
            {QStringLiteral("address"), kEmpty},
            {QStringLiteral("locality"), kEmpty},
            {QStringLiteral("occupation"), kEmpty},
            {QStringLiteral("industry"), kEmpty},
            {QStringLiteral("education"), kEmpty},
            {QStringLiteral("marital_status"), nullText()},
            {QStringLiteral("preferred_contact"), kEmpty},
            {QStringLiteral("marketing_consent"), 0},
            {QStringLiteral("do_not_contact"), 1},
            // The relationship is over: out of every manager's book and call list.
            {QStringLiteral("manager_id"), nullText()},
            {QStringLiteral("lifecycle_stage"), WorkStates::code(LifecycleStage::Termination)},
    };
    return columns;
}

} // namespace bd::CustomerDataMap
