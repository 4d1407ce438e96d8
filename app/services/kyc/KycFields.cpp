#include "app/services/kyc/KycFields.h"

#include <QCoreApplication>
#include <QHash>

namespace bd::KycFields {

namespace {
struct Field
{
    const char *name;
    const char *label;
};
const Field kFields[] = {
    {"career_history", QT_TRANSLATE_NOOP("KycFields", "Career history")},
    {"education", QT_TRANSLATE_NOOP("KycFields", "Education")},
    {"business_experience", QT_TRANSLATE_NOOP("KycFields", "Business experience")},
    {"locality", QT_TRANSLATE_NOOP("KycFields", "Local or moved here")},
    {"marital_status", QT_TRANSLATE_NOOP("KycFields", "Marital status")},
    {"past_major_spending", QT_TRANSLATE_NOOP("KycFields", "Past large expenses")},
    {"past_investment", QT_TRANSLATE_NOOP("KycFields", "Last investment")},
    {"investment_experience", QT_TRANSLATE_NOOP("KycFields", "Investment experience")},
    {"investment_channels", QT_TRANSLATE_NOOP("KycFields", "Investment channels")},
    {"loss_reaction", QT_TRANSLATE_NOOP("KycFields", "Reaction to a loss")},
    {"occupation", QT_TRANSLATE_NOOP("KycFields", "Occupation")},
    {"industry", QT_TRANSLATE_NOOP("KycFields", "Employer type")},
    {"income_range", QT_TRANSLATE_NOOP("KycFields", "Annual income")},
    {"hobbies", QT_TRANSLATE_NOOP("KycFields", "Hobbies")},
    {"social_circle", QT_TRANSLATE_NOOP("KycFields", "Social circle")},
    {"decision_maker", QT_TRANSLATE_NOOP("KycFields", "Family decision-maker")},
    {"family_members", QT_TRANSLATE_NOOP("KycFields", "Family members looked after")},
    {"housing", QT_TRANSLATE_NOOP("KycFields", "Housing")},
    {"spare_funds", QT_TRANSLATE_NOOP("KycFields", "Money available now")},
    {"products_elsewhere", QT_TRANSLATE_NOOP("KycFields", "Products held elsewhere")},
    {"asset_distribution", QT_TRANSLATE_NOOP("KycFields", "Where assets are held")},
    {"liquidity_need", QT_TRANSLATE_NOOP("KycFields", "Liquidity need")},
    {"bank_values", QT_TRANSLATE_NOOP("KycFields", "What they value in a bank")},
    {"arrival_salary", QT_TRANSLATE_NOOP("KycFields", "Salary arrival")},
    {"arrival_maturity", QT_TRANSLATE_NOOP("KycFields", "Maturity arrival")},
    {"arrival_bonus", QT_TRANSLATE_NOOP("KycFields", "Bonus arrival")},
    {"arrival_other_bank", QT_TRANSLATE_NOOP("KycFields", "Money from another bank")},
    {"arrival_business", QT_TRANSLATE_NOOP("KycFields", "Business income arrival")},
    {"retirement_years", QT_TRANSLATE_NOOP("KycFields", "Years to retirement")},
    {"contact_time", QT_TRANSLATE_NOOP("KycFields", "Preferred contact time")},
    {"contact_channel", QT_TRANSLATE_NOOP("KycFields", "Preferred contact channel")},
    {"meeting_place", QT_TRANSLATE_NOOP("KycFields", "Preferred meeting place")},
    {"family_goal", QT_TRANSLATE_NOOP("KycFields", "Family plans")},
    {"money_purpose", QT_TRANSLATE_NOOP("KycFields", "Purpose of the money")},
    {"next_big_expense", QT_TRANSLATE_NOOP("KycFields", "Next large expense")},
    {"expected_return", QT_TRANSLATE_NOOP("KycFields", "Expected return")},
    {"investment_horizon", QT_TRANSLATE_NOOP("KycFields", "Investment horizon")},
    {"risk_attitude", QT_TRANSLATE_NOOP("KycFields", "Risk attitude")},
    {"product_interest", QT_TRANSLATE_NOOP("KycFields", "Product interest")},
};
} // namespace

QStringList all()
{
    QStringList names;
    for (const Field &field : kFields)
        names << QLatin1String(field.name);
    return names;
}

bool isKnown(const QString &field)
{
    for (const Field &known : kFields)
        if (field == QLatin1String(known.name))
            return true;
    return false;
}

QString label(const QString &field)
{
    for (const Field &known : kFields)
        if (field == QLatin1String(known.name))
            return QCoreApplication::translate("KycFields", known.label);
    return field;
}

} // namespace bd::KycFields
