#include "app/services/suitability/ShelfRecordCheck.h"

#include "app/domain/DomainTerms.h"
#include "app/services/suitability/RiskRating.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace bd {

namespace {
using File = ProductShelfFile;
using Fail = std::function<void(const QString &field, const QString &message)>;

constexpr qint64 kMaxMinimumYuan = 100'000'000'000; // 1000亿: no product asks more
constexpr int kMaxTermMonths = 600;
constexpr int kMaxRateBp = 10'000;
constexpr int kMaxName = 80;

bool isBlank(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull()
            || (value.isString() && value.toString().trimmed().isEmpty());
}

std::optional<Money> minimumOf(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double yuan = value.toDouble();
        const double fen = std::round(yuan * 100);
        if (std::isfinite(yuan) && std::abs(yuan * 100 - fen) < 1e-6
            && std::abs(yuan) <= double(kMaxMinimumYuan))
            return Money::fromFen(qint64(fen));
        return std::nullopt;
    }
    return value.isString() ? Money::parse(value.toString(), QLocale::c()) : std::nullopt;
}

int wholeNumber(const QJsonValue &value, int low, int high, const QString &field, const Fail &fail)
{
    if (isBlank(value))
        return 0;
    bool ok = false;
    qint64 number = 0;
    if (value.isDouble()) {
        const double d = value.toDouble();
        ok = std::isfinite(d) && d == std::floor(d) && std::abs(d) < 1e9;
        number = ok ? qint64(d) : 0;
    } else if (value.isString()) {
        number = value.toString().trimmed().toLongLong(&ok);
    }
    if (!ok || number < low || number > high) {
        fail(field, ProductShelfFile::tr("a whole number from %1 to %2").arg(low).arg(high));
        return 0;
    }
    return int(number);
}

QStringList channelsOf(const QJsonValue &value, const Fail &fail)
{
    if (isBlank(value))
        return {};
    QStringList codes;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            codes << (item.isString() ? item.toString().trimmed() : QStringLiteral("?"));
    } else if (value.isString()) {
        static const QRegularExpression separators(QStringLiteral("[|;、,]"));
        for (const QString &part : value.toString().split(separators, Qt::SkipEmptyParts))
            codes << part.trimmed();
    } else {
        codes << QStringLiteral("?");
    }
    QStringList known;
    for (const QString &code : std::as_const(codes)) {
        if (!File::channelCodes().contains(code))
            fail(QStringLiteral("channels"),
                 ProductShelfFile::tr("unknown channel \"%1\" (one of %2)")
                         .arg(code.left(40), File::channelCodes().join(QStringLiteral(", "))));
        else if (!known.contains(code))
            known << code;
    }
    if (codes.isEmpty())
        fail(QStringLiteral("channels"), ProductShelfFile::tr("name at least one channel"));
    return known;
}

bool recordingOf(const QJsonValue &value, const Fail &fail)
{
    if (value.isBool())
        return value.toBool();
    if (isBlank(value))
        return false;
    static const QStringList yes { QStringLiteral("yes"), QStringLiteral("true"),
                                   QStringLiteral("1"), QStringLiteral("y"), QStringLiteral("是") };
    static const QStringList no { QStringLiteral("no"), QStringLiteral("false"),
                                  QStringLiteral("0"), QStringLiteral("n"), QStringLiteral("否") };
    const QString text = value.isDouble() ? QString::number(value.toDouble())
                                          : value.toString().trimmed().toLower();
    if (yes.contains(text))
        return true;
    if (!no.contains(text))
        fail(QStringLiteral("dual_recording"), ProductShelfFile::tr("yes or no (true or false)"));
    return false;
}

QDate dayOf(const QJsonValue &value, const QString &field, const Fail &fail)
{
    if (isBlank(value))
        return {};
    const QString text = value.toString().trimmed();
    const QDate parsed = QDate::fromString(text, Qt::ISODate);
    if (!value.isString() || !parsed.isValid() || text.size() != 10) {
        fail(field, ProductShelfFile::tr("a day as YYYY-MM-DD"));
        return {};
    }
    return parsed;
}
} // namespace

void ShelfRecordCheck::problem(const QString &place, const QString &product, const QString &message)
{
    problems.append({ place, product, message });
}

void ShelfRecordCheck::product(const QHash<QString, QJsonValue> &fields, const PlaceOf &placeOf)
{
    ShelfProduct made;
    const QJsonValue codeValue = fields.value(QStringLiteral("code"));
    made.code = codeValue.isString() ? codeValue.toString().trimmed() : QString();
    const QString code = made.code;
    const Fail fail = [&](const QString &field, const QString &message) {
        problem(placeOf(field), code, message);
    };
    for (const QString &field : File::requiredFields()) {
        if (isBlank(fields.value(field)))
            fail(field, ProductShelfFile::tr("this field is required"));
    }
    static const QRegularExpression codePattern(
            QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"));
    if (!isBlank(codeValue) && !codePattern.match(code).hasMatch())
        fail(QStringLiteral("code"),
             ProductShelfFile::tr(
                     "a code is 1 to 32 letters, digits, dots, dashes or underscores"));
    const QJsonValue name = fields.value(QStringLiteral("name"));
    made.name = name.toString().trimmed();
    if (!isBlank(name) && (!name.isString() || made.name.size() > kMaxName))
        fail(QStringLiteral("name"),
             ProductShelfFile::tr("a name is a text of at most %1 characters").arg(kMaxName));

    const QJsonValue family = fields.value(QStringLiteral("family"));
    made.family = family.toString().trimmed();
    const QStringList families = DomainTerms::codes(Vocabulary::ProductFamily);
    if (!isBlank(family) && !families.contains(made.family))
        fail(QStringLiteral("family"),
             ProductShelfFile::tr("unknown product family \"%1\" (one of %2)")
                     .arg(made.family.left(40), families.join(QStringLiteral(", "))));

    const QJsonValue risk = fields.value(QStringLiteral("risk"));
    made.risk = risk.isDouble() ? RiskRating::productFromText(QString::number(risk.toDouble()))
                                : RiskRating::productFromText(risk.toString());
    if (made.risk == 0 && !isBlank(risk))
        fail(QStringLiteral("risk"), ProductShelfFile::tr("the risk rating is R1 to R5"));

    const QJsonValue minimum = fields.value(QStringLiteral("minimum"));
    const std::optional<Money> amount = minimumOf(minimum);
    if (!isBlank(minimum)
        && (!amount || amount->isNegative() || *amount > Money::fromYuan(kMaxMinimumYuan)))
        fail(QStringLiteral("minimum"),
             ProductShelfFile::tr(
                     "the minimum is an amount in yuan, like 10000, \"1万\" or \"50,000.00\""));
    else if (amount)
        made.minimum = *amount;

    made.termMonths = wholeNumber(fields.value(QStringLiteral("term_months")), 0, kMaxTermMonths,
                                  QStringLiteral("term_months"), fail);
    made.rateBp = wholeNumber(fields.value(QStringLiteral("rate_bp")), 0, kMaxRateBp,
                              QStringLiteral("rate_bp"), fail);
    made.channels = channelsOf(fields.value(QStringLiteral("channels")), fail);
    made.needsRecording = recordingOf(fields.value(QStringLiteral("dual_recording")), fail);
    made.saleFrom
            = dayOf(fields.value(QStringLiteral("sale_from")), QStringLiteral("sale_from"), fail);
    made.saleUntil
            = dayOf(fields.value(QStringLiteral("sale_until")), QStringLiteral("sale_until"), fail);
    if (made.saleFrom.isValid() && made.saleUntil.isValid() && made.saleUntil < made.saleFrom)
        fail(QStringLiteral("sale_until"),
             ProductShelfFile::tr("the sales window ends before it starts"));
    products.append(made);
}

void ShelfRecordCheck::unknownFields(const QStringList &names, const PlaceOf &placeOf,
                                     const QString &code)
{
    for (const QString &name : names) {
        if (!File::fields().contains(name))
            problem(placeOf(name), code,
                    ProductShelfFile::tr("unknown field \"%1\" (the fields are %2)")
                            .arg(name.left(40), File::fields().join(QStringLiteral(", "))));
    }
}

void ShelfRecordCheck::duplicates(const QList<QString> &places)
{
    QHash<QString, int> first;
    for (int i = 0; i < products.size() && i < places.size(); ++i) {
        const QString &code = products.at(i).code;
        if (code.isEmpty())
            continue;
        if (first.contains(code))
            problem(places.at(i), code,
                    ProductShelfFile::tr("the code %1 is used twice (first at %2)")
                            .arg(code, places.at(first.value(code))));
        else
            first.insert(code, i);
    }
}

} // namespace bd
