#include "app/services/households/HouseholdRelation.h"

#include "app/domain/CodeLabels.h"

namespace bd::HouseholdRelation {

namespace {
const CodeLabels kTerms("HouseholdRelation", {
        {"head", QT_TRANSLATE_NOOP("HouseholdRelation", "Head of household")},
        {"spouse", QT_TRANSLATE_NOOP("HouseholdRelation", "Spouse")},
        {"parent", QT_TRANSLATE_NOOP("HouseholdRelation", "Parent")},
        {"child", QT_TRANSLATE_NOOP("HouseholdRelation", "Child")},
        {"relative", QT_TRANSLATE_NOOP("HouseholdRelation", "Other relative")},
        {"partner", QT_TRANSLATE_NOOP("HouseholdRelation", "Business partner")},
});
} // namespace

QStringList codes()
{
    return kTerms.codes();
}

QStringList memberCodes()
{
    QStringList result = codes();
    result.removeFirst();
    return result;
}

QString label(const QString &code)
{
    return kTerms.label(code).value_or(code);
}

} // namespace bd::HouseholdRelation
