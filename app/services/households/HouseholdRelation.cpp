#include "app/services/households/HouseholdRelation.h"

#include <QCoreApplication>

namespace bd::HouseholdRelation {

namespace {
struct Term
{
    const char *code;
    const char *label;
};
const Term kTerms[] = {
        {"head", QT_TRANSLATE_NOOP("HouseholdRelation", "Head of household")},
        {"spouse", QT_TRANSLATE_NOOP("HouseholdRelation", "Spouse")},
        {"parent", QT_TRANSLATE_NOOP("HouseholdRelation", "Parent")},
        {"child", QT_TRANSLATE_NOOP("HouseholdRelation", "Child")},
        {"relative", QT_TRANSLATE_NOOP("HouseholdRelation", "Other relative")},
        {"partner", QT_TRANSLATE_NOOP("HouseholdRelation", "Business partner")},
};
} // namespace

QStringList codes()
{
    QStringList result;
    for (const Term &term : kTerms)
        result << QString::fromLatin1(term.code);
    return result;
}

QStringList memberCodes()
{
    QStringList result = codes();
    result.removeFirst();
    return result;
}

QString label(const QString &code)
{
    for (const Term &term : kTerms) {
        if (code == QLatin1String(term.code))
            return QCoreApplication::translate("HouseholdRelation", term.label);
    }
    return code;
}

} // namespace bd::HouseholdRelation
