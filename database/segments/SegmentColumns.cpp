#include "database/segments/SegmentColumns.h"

#include "app/domain/CustomerTier.h"
#include "app/domain/DomainTerms.h"
#include "app/domain/Money.h"

#include <QCoreApplication>

namespace bd::SegmentColumns {

namespace {
using P = SegmentColumn::Personal;
const char kTierSort[] = "CASE c.tier WHEN 'ordinary' THEN 0 WHEN 'silver' THEN 1 WHEN 'gold' "
                         "THEN 2 WHEN 'platinum' THEN 3 ELSE 4 END";
} // namespace

const QList<SegmentColumn> &all()
{
    static const QList<SegmentColumn> columns{
        {"name", QT_TRANSLATE_NOOP("SegmentColumns", "Name"), "c.name", "c.name", P::No, true},
        {"cif_no", QT_TRANSLATE_NOOP("SegmentColumns", "CIF number"), "c.cif_no", "c.cif_no", P::No, true},
        {"tier", QT_TRANSLATE_NOOP("SegmentColumns", "Tier"), "c.tier", kTierSort, P::No, true},
        {"aum", QT_TRANSLATE_NOOP("SegmentColumns", "AUM"), "c.aum_fen", "c.aum_fen", P::No, true},
        // Age sorts by birth year (the date is sealed), youngest last when ascending.
        {"age", QT_TRANSLATE_NOOP("SegmentColumns", "Age"), "c.birth_year", "-c.birth_year",
         P::No, true},
        {"gender", QT_TRANSLATE_NOOP("SegmentColumns", "Gender"), "c.gender", "c.gender"},
        {"phone", QT_TRANSLATE_NOOP("SegmentColumns", "Mobile"), "c.phone", nullptr, P::Phone, true},
        {"id_number", QT_TRANSLATE_NOOP("SegmentColumns", "ID number"), "c.id_number", nullptr,
         P::IdNumber},
        {"address", QT_TRANSLATE_NOOP("SegmentColumns", "Address"), "c.address", nullptr, P::Address},
        {"locality", QT_TRANSLATE_NOOP("SegmentColumns", "District"), "c.locality", "c.locality"},
        {"industry", QT_TRANSLATE_NOOP("SegmentColumns", "Industry"), "c.industry", "c.industry"},
        {"risk_level", QT_TRANSLATE_NOOP("SegmentColumns", "Risk level"), "c.risk_level", "c.risk_level"},
        {"lifecycle_stage", QT_TRANSLATE_NOOP("SegmentColumns", "Lifecycle stage"), "c.lifecycle_stage",
         "c.lifecycle_stage"},
        {"manager", QT_TRANSLATE_NOOP("SegmentColumns", "Wealth manager"),
         "(SELECT s.display_name FROM staff_user s WHERE s.id = c.manager_id)",
         "(SELECT s.display_name FROM staff_user s WHERE s.id = c.manager_id)", P::No, true},
        {"opened_on", QT_TRANSLATE_NOOP("SegmentColumns", "Customer since"), "c.opened_on", "c.opened_on"},
        {"last_contact", QT_TRANSLATE_NOOP("SegmentColumns", "Last contact"),
         "(SELECT max(i.occurred_at) FROM interaction i WHERE i.customer_id = c.id AND i.deleted = 0 "
         "AND i.voided_at IS NULL)",
         nullptr, P::No, true},
        {"marketing_consent", QT_TRANSLATE_NOOP("SegmentColumns", "Marketing consent"),
         "c.marketing_consent", "c.marketing_consent"},
        {"do_not_contact", QT_TRANSLATE_NOOP("SegmentColumns", "Do not contact"), "c.do_not_contact",
         "c.do_not_contact"},
    };
    return columns;
}

const SegmentColumn *find(const QString &code)
{
    for (const SegmentColumn &column : all())
        if (code == QLatin1String(column.code))
            return &column;
    return nullptr;
}

QStringList defaultCodes()
{
    QStringList codes;
    for (const SegmentColumn &column : all())
        if (column.shownByDefault)
            codes << QLatin1String(column.code);
    return codes;
}

QString label(const SegmentColumn &column)
{
    return QCoreApplication::translate("SegmentColumns", column.label);
}

QString orderBy(const QString &code, Qt::SortOrder order)
{
    const SegmentColumn *column = find(code);
    if (!column || !column->sortSql)
        return QStringLiteral("c.aum_fen DESC, c.id DESC");
    // The id breaks ties in the same direction, so the AUM order is customer_segment_aum's.
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    return QStringLiteral("%1 %2, c.id %2").arg(QLatin1String(column->sortSql), direction);
}

QString displayText(const QString &code, const QVariant &value, bool exportPlain)
{
    if (value.isNull())
        return {};
    if (code == QLatin1String("aum")) {
        const Money money = Money::fromFen(value.toLongLong());
        return exportPlain ? money.toPlainString().remove(QLatin1Char(',')) : money.toDisplayString();
    }
    if (code == QLatin1String("tier"))
        return Tiers::label(Tiers::fromCode(value.toString()));
    if (code == QLatin1String("gender"))
        return DomainTerms::label(Vocabulary::Gender, value.toString());
    if (code == QLatin1String("lifecycle_stage")) // a newer version's stage said in words
        return DomainTerms::label(WorkStates::storedLifecycleStage(value.toString()));
    if (code == QLatin1String("marketing_consent") || code == QLatin1String("do_not_contact"))
        return value.toInt() ? QCoreApplication::translate("SegmentColumns", "Yes")
                             : QCoreApplication::translate("SegmentColumns", "No");
    if (code == QLatin1String("last_contact"))
        return value.toString().left(10);
    return value.toString();
}

} // namespace bd::SegmentColumns
