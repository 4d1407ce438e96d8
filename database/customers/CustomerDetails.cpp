#include "database/customers/CustomerDetails.h"

namespace bd {

namespace {
QString text(const QVariantMap &row, const char *column)
{
    return row.value(QLatin1String(column)).toString();
}

QDate day(const QVariantMap &row, const char *column)
{
    return QDate::fromString(text(row, column), Qt::ISODate);
}

// A column that may be NULL: its unknown (empty) value goes out as null, as it is stored.
QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

QJsonValue orNull(const QDate &value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue orNull(int value)
{
    return value > 0 ? QJsonValue(value) : QJsonValue();
}
} // namespace

CustomerDetails CustomerDetails::fromRow(const QVariantMap &row)
{
    CustomerDetails c;
    c.id = CustomerId(text(row, "id"));
    c.branchId = BranchId(text(row, "branch_id"));
    c.branchCode = text(row, "branch_code");
    c.cifNo = text(row, "cif_no");
    c.name = text(row, "name");
    c.gender = text(row, "gender");
    c.birthDate = day(row, "birth_date");
    c.birthYear = row.value(QStringLiteral("birth_year")).toInt();
    c.age = row.value(QStringLiteral("age"), -1).toInt();
    c.idNumber = text(row, "id_number");
    c.phone = text(row, "phone");
    c.address = text(row, "address");
    c.locality = text(row, "locality");
    c.occupation = text(row, "occupation");
    c.industry = text(row, "industry");
    c.education = text(row, "education");
    c.maritalStatus = text(row, "marital_status");
    c.annualIncome = Money::fromFen(row.value(QStringLiteral("annual_income_fen")).toLongLong());
    c.aum = Money::fromFen(row.value(QStringLiteral("aum_fen")).toLongLong());
    c.tier = Tiers::fromCode(text(row, "tier"));
    if (const QString previous = text(row, "previous_tier"); !previous.isEmpty())
        c.previousTier = Tiers::fromCode(previous);
    c.tierChangedOn = day(row, "tier_changed_on");
    c.riskLevel = row.value(QStringLiteral("risk_level")).toInt();
    c.riskAssessedOn = day(row, "risk_assessed_on");
    if (row.contains(QStringLiteral("lifecycle_stage")))
        c.lifecycleStage = CustomerStage::fromCode(text(row, "lifecycle_stage"));
    c.lifecycleReason = text(row, "lifecycle_reason");
    c.managerId = StaffId(text(row, "manager_id"));
    c.managerName = text(row, "manager_name");
    if (row.contains(QStringLiteral("assignment_mode")))
        c.assignmentMode = text(row, "assignment_mode");
    c.preferredContact = text(row, "preferred_contact");
    c.doNotContact = row.value(QStringLiteral("do_not_contact")).toInt() != 0;
    c.marketingConsent = row.value(QStringLiteral("marketing_consent")).toInt() != 0;
    c.openedOn = day(row, "opened_on");
    c.createdAt = text(row, "created_at");
    c.updatedAt = text(row, "updated_at");
    c.erasedAt = text(row, "erased_at");
    c.version = row.value(QStringLiteral("version"), 1).toInt();
    c.holdingFamilies = row.value(QStringLiteral("holding_families")).toLongLong();
    c.tagList = text(row, "tag_list");
    return c;
}

QJsonObject CustomerDetails::toJson() const
{
    QJsonObject json{
            {QStringLiteral("id"), id.toString()},
            {QStringLiteral("branch_id"), branchId.toString()},
            {QStringLiteral("branch_code"), branchCode},
            {QStringLiteral("cif_no"), cifNo},
            {QStringLiteral("name"), name},
            {QStringLiteral("gender"), orNull(gender)},
            {QStringLiteral("birth_year"), orNull(birthYear)},
            {QStringLiteral("age"), age},
            {QStringLiteral("id_number"), idNumber},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("address"), address},
            {QStringLiteral("locality"), locality},
            {QStringLiteral("occupation"), occupation},
            {QStringLiteral("industry"), industry},
            {QStringLiteral("education"), education},
            {QStringLiteral("marital_status"), orNull(maritalStatus)},
            {QStringLiteral("annual_income_fen"), qint64(annualIncome.fen())},
            {QStringLiteral("aum_fen"), qint64(aum.fen())},
            {QStringLiteral("tier"), Tiers::code(tier)},
            {QStringLiteral("previous_tier"),
             previousTier ? QJsonValue(Tiers::code(*previousTier)) : QJsonValue()},
            {QStringLiteral("tier_changed_on"), orNull(tierChangedOn)},
            {QStringLiteral("risk_level"), orNull(riskLevel)},
            {QStringLiteral("risk_assessed_on"), orNull(riskAssessedOn)},
            {QStringLiteral("lifecycle_stage"), lifecycleStage.code()},
            {QStringLiteral("lifecycle_reason"), lifecycleReason},
            {QStringLiteral("manager_id"), orNull(managerId.toString())},
            {QStringLiteral("manager_name"), managerName},
            {QStringLiteral("assignment_mode"), assignmentMode},
            {QStringLiteral("preferred_contact"), preferredContact},
            {QStringLiteral("do_not_contact"), doNotContact ? 1 : 0},
            {QStringLiteral("marketing_consent"), marketingConsent ? 1 : 0},
            {QStringLiteral("opened_on"), orNull(openedOn)},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("updated_at"), updatedAt},
            {QStringLiteral("erased_at"), orNull(erasedAt)},
            {QStringLiteral("version"), version},
            {QStringLiteral("holding_families"), holdingFamilies},
            {QStringLiteral("tag_list"), tagList},
            {QStringLiteral("deleted"), 0}, // a profile is read of a live row only
    };
    if (birthDate.isValid())
        json.insert(QStringLiteral("birth_date"), birthDate.toString(Qt::ISODate));
    return json;
}

} // namespace bd
