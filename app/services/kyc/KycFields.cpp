#include "KycFields.h"

#include <QCoreApplication>
#include <QHash>

namespace bd::KycFields {

namespace {
#define T(text) QT_TRANSLATE_NOOP("KycFields", text)
struct Field
{
    const char *name;
    const char *label;
};
const Field kFields[] = {
    {"career_history", T("Career history")},
    {"education", T("Education")},
    {"business_experience", T("Business experience")},
    {"locality", T("Local or moved here")},
    {"marital_status", T("Marital status")},
    {"past_major_spending", T("Past large expenses")},
    {"past_investment", T("Last investment")},
    {"investment_experience", T("Investment experience")},
    {"investment_channels", T("Investment channels")},
    {"loss_reaction", T("Reaction to a loss")},
    {"occupation", T("Occupation")},
    {"industry", T("Employer type")},
    {"income_range", T("Annual income")},
    {"hobbies", T("Hobbies")},
    {"social_circle", T("Social circle")},
    {"decision_maker", T("Family decision-maker")},
    {"family_members", T("Family members looked after")},
    {"housing", T("Housing")},
    {"spare_funds", T("Money available now")},
    {"products_elsewhere", T("Products held elsewhere")},
    {"asset_distribution", T("Where assets are held")},
    {"liquidity_need", T("Liquidity need")},
    {"bank_values", T("What they value in a bank")},
    {"arrival_salary", T("Salary arrival")},
    {"arrival_maturity", T("Maturity arrival")},
    {"arrival_bonus", T("Bonus arrival")},
    {"arrival_other_bank", T("Money from another bank")},
    {"arrival_business", T("Business income arrival")},
    {"retirement_years", T("Years to retirement")},
    {"contact_time", T("Preferred contact time")},
    {"contact_channel", T("Preferred contact channel")},
    {"meeting_place", T("Preferred meeting place")},
    {"family_goal", T("Family plans")},
    {"money_purpose", T("Purpose of the money")},
    {"next_big_expense", T("Next large expense")},
    {"expected_return", T("Expected return")},
    {"investment_horizon", T("Investment horizon")},
    {"risk_attitude", T("Risk attitude")},
    {"product_interest", T("Product interest")},
};
#undef T
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
