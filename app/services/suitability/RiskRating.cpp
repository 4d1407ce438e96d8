#include "app/services/suitability/RiskRating.h"

#include "app/domain/DomainTerms.h"

#include <QCoreApplication>

namespace bd::RiskRating {

QString productCode(int rating)
{
    return QStringLiteral("R%1").arg(rating);
}

QString productLabel(int rating)
{
    static const char *const labels[] = {
            QT_TRANSLATE_NOOP("RiskRating", "R1 low risk"),
            QT_TRANSLATE_NOOP("RiskRating", "R2 medium-low risk"),
            QT_TRANSLATE_NOOP("RiskRating", "R3 medium risk"),
            QT_TRANSLATE_NOOP("RiskRating", "R4 medium-high risk"),
            QT_TRANSLATE_NOOP("RiskRating", "R5 high risk")};
    if (rating < kLowest || rating > kHighest)
        return QCoreApplication::translate("RiskRating", "no rating");
    return QCoreApplication::translate("RiskRating", labels[rating - 1]);
}

QString customerCode(int level)
{
    return QStringLiteral("C%1").arg(level);
}

QString customerLabel(int level)
{
    if (level < kLowest || level > kHighest)
        return QCoreApplication::translate("RiskRating", "not assessed");
    return QCoreApplication::translate("RiskRating", "%1 %2")
            .arg(customerCode(level),
                 DomainTerms::label(Vocabulary::RiskLevel, QString::number(level)));
}

int productFromText(const QString &text)
{
    QString code = text.trimmed().toUpper();
    if (code.startsWith(QLatin1Char('R')))
        code.remove(0, 1);
    bool ok = false;
    const int rating = code.toInt(&ok);
    return ok && code.size() == 1 && rating >= kLowest && rating <= kHighest ? rating : 0;
}

} // namespace bd::RiskRating
