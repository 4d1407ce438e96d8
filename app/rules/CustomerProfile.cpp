#include "app/rules/CustomerProfile.h"

#include "app/domain/CustomerAge.h"

#include <QJsonValue>

namespace bd {

namespace {
QDate dateOf(const QJsonValue &value)
{
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

QJsonValue dateText(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// 0/1 flags travel as numbers, text ("1") or booleans depending on the writer.
bool flag(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString())
        return value.toString() == QLatin1String("1") || value.toString() == QLatin1String("true");
    return value.toInt() != 0;
}

qint64 number(const QJsonValue &value)
{
    return value.isString() ? value.toString().toLongLong() : qint64(value.toDouble());
}
} // namespace

int CustomerProfile::ageOn(const QDate &day) const
{
    return day.isValid() ? bd::ageOn(birthDate, day) : -1;
}

const QStringList &CustomerProfile::columns()
{
    static const QStringList names = {
            QStringLiteral("id"),              QStringLiteral("branch_id"),
            QStringLiteral("cif_no"),          QStringLiteral("manager_id"),
            QStringLiteral("aum_fen"),         QStringLiteral("tier"),
            QStringLiteral("previous_tier"),   QStringLiteral("tier_changed_on"),
            QStringLiteral("birth_date"),      QStringLiteral("gender"),
            QStringLiteral("industry"),        QStringLiteral("locality"),
            QStringLiteral("risk_level"),      QStringLiteral("lifecycle_stage"),
            QStringLiteral("assignment_mode"), QStringLiteral("opened_on"),
            QStringLiteral("marketing_consent"), QStringLiteral("do_not_contact"),
            QStringLiteral("deleted"),         QStringLiteral("erased_at")};
    return names;
}

void CustomerProfile::fold(const QJsonObject &f)
{
    auto has = [&f](const char *key) { return f.contains(QLatin1String(key)); };
    auto text = [&f](const char *key) { return f.value(QLatin1String(key)).toString(); };
    if (has("id"))
        id = CustomerId(text("id"));
    if (has("branch_id"))
        branchId = BranchId(text("branch_id"));
    if (has("cif_no"))
        cifNo = text("cif_no");
    if (has("manager_id"))
        managerId = StaffId(text("manager_id"));
    if (has("aum_fen"))
        aum = Money::fromFen(number(f.value(QLatin1String("aum_fen"))));
    if (has("tier"))
        tier = text("tier");
    if (has("previous_tier"))
        previousTier = text("previous_tier");
    if (has("tier_changed_on"))
        tierChangedOn = dateOf(f.value(QLatin1String("tier_changed_on")));
    if (has("birth_date"))
        birthDate = dateOf(f.value(QLatin1String("birth_date")));
    if (has("gender"))
        gender = text("gender");
    if (has("industry"))
        industry = text("industry");
    if (has("locality"))
        locality = text("locality");
    if (has("risk_level"))
        riskLevel = int(number(f.value(QLatin1String("risk_level"))));
    if (has("lifecycle_stage"))
        lifecycleStage = CustomerStage::fromCode(text("lifecycle_stage"));
    if (has("assignment_mode"))
        assignmentMode = text("assignment_mode");
    if (has("opened_on"))
        openedOn = dateOf(f.value(QLatin1String("opened_on")));
    if (has("marketing_consent"))
        marketingConsent = flag(f.value(QLatin1String("marketing_consent")));
    if (has("do_not_contact"))
        doNotContact = flag(f.value(QLatin1String("do_not_contact")));
    if (has("deleted"))
        deleted = flag(f.value(QLatin1String("deleted")));
    if (has("erased_at"))
        erased = !f.value(QLatin1String("erased_at")).toString().isEmpty();
}

QJsonObject CustomerProfile::toJson() const
{
    return {{QStringLiteral("id"), id.toString()},
            {QStringLiteral("branch_id"), branchId.toString()},
            {QStringLiteral("cif_no"), cifNo},
            {QStringLiteral("manager_id"), textOrNull(managerId.toString())},
            {QStringLiteral("aum_fen"), double(aum.fen())},
            {QStringLiteral("tier"), tier},
            {QStringLiteral("previous_tier"), textOrNull(previousTier)},
            {QStringLiteral("tier_changed_on"), dateText(tierChangedOn)},
            {QStringLiteral("birth_date"), dateText(birthDate)},
            {QStringLiteral("gender"), textOrNull(gender)},
            {QStringLiteral("industry"), industry},
            {QStringLiteral("locality"), locality},
            {QStringLiteral("risk_level"), riskLevel},
            {QStringLiteral("lifecycle_stage"), lifecycleStage.code()},
            {QStringLiteral("assignment_mode"), assignmentMode},
            {QStringLiteral("opened_on"), dateText(openedOn)},
            {QStringLiteral("marketing_consent"), marketingConsent ? 1 : 0},
            {QStringLiteral("do_not_contact"), doNotContact ? 1 : 0},
            {QStringLiteral("deleted"), deleted ? 1 : 0},
            {QStringLiteral("erased_at"), erased ? QJsonValue(QStringLiteral("erased")) : QJsonValue()}};
}

CustomerProfile CustomerProfile::fromJson(const QJsonObject &columns)
{
    CustomerProfile profile;
    profile.fold(columns);
    return profile;
}

} // namespace bd
