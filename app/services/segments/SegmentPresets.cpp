#include "app/services/segments/SegmentPresets.h"

#include <QCoreApplication>

namespace bd::SegmentPresets {

namespace {
struct Recipe
{
    const char *code;
    const char *name;
    const char *description;
    const char *json;
};

// Customers who asked not to be contacted are left out of every marketing group.
const Recipe kRecipes[] = {
    {"deposit_uplift", QT_TRANSLATE_NOOP("SegmentPresets", "Deposit uplift"),
     QT_TRANSLATE_NOOP("SegmentPresets", "Older customers with a low risk tolerance who hold deposits."),
     R"({"match":"all","conditions":[
         {"field":"age","op":"ge","value":55},
         {"field":"risk_level","op":"le","value":2},
         {"field":"holding_family","op":"in","value":["deposit"]},
         {"field":"do_not_contact","op":"is","value":false}]})"},
    {"aum_uplift", QT_TRANSLATE_NOOP("SegmentPresets", "AUM uplift"),
     QT_TRANSLATE_NOOP("SegmentPresets", "Customers downgraded in the last year or with large money movements in the last 30 days."),
     R"({"match":"all","conditions":[
         {"field":"do_not_contact","op":"is","value":false},
         {"match":"any","conditions":[
           {"field":"downgraded","op":"within_days","value":365},
           {"field":"outflow","op":"ge","value":10000000,"days":30},
           {"field":"inflow","op":"ge","value":10000000,"days":30}]}]})"},
    {"vip_uplift", QT_TRANSLATE_NOOP("SegmentPresets", "VIP uplift"),
     QT_TRANSLATE_NOOP("SegmentPresets", "Customers within 50,000 yuan of the next tier, or downgraded in the last 90 days."),
     R"({"match":"all","conditions":[
         {"field":"do_not_contact","op":"is","value":false},
         {"match":"any","conditions":[
           {"match":"all","conditions":[
             {"field":"tier","op":"in","value":["silver","gold","platinum"]},
             {"field":"tier_gap","op":"le","value":5000000}]},
           {"field":"downgraded","op":"within_days","value":90}]}]})"},
    {"fee_income_uplift", QT_TRANSLATE_NOOP("SegmentPresets", "Fee-income uplift"),
     QT_TRANSLATE_NOOP("SegmentPresets", "Customers who browsed funds, insurance or precious metals in mobile banking in the last 30 days."),
     R"({"match":"all","conditions":[
         {"field":"event","op":"in","value":["browse_fund","browse_insurance","browse_precious_metal"],"days":30},
         {"field":"do_not_contact","op":"is","value":false}]})"},
    {"new_customers", QT_TRANSLATE_NOOP("SegmentPresets", "New customers (first 90 days)"),
     QT_TRANSLATE_NOOP("SegmentPresets", "Customers who opened their account in the last 90 days: the 90-day care flow."),
     R"({"match":"all","conditions":[
         {"field":"customer_since","op":"within_days","value":90}]})"},
    {"maturing_takeover", QT_TRANSLATE_NOOP("SegmentPresets", "Maturing funds to take over"),
     QT_TRANSLATE_NOOP("SegmentPresets", "Customers with deposits, wealth products, bonds or trusts maturing in the next 30 days."),
     R"({"match":"all","conditions":[
         {"field":"holding_maturing","op":"within_days","value":30,
          "families":["deposit","wealth","bond","trust"]},
         {"field":"do_not_contact","op":"is","value":false}]})"},
    {"win_back", QT_TRANSLATE_NOOP("SegmentPresets", "Dormant and declining: win back"),
     QT_TRANSLATE_NOOP("SegmentPresets", "Customers in decline, not contacted for 180 days, or whose AUM fell by 50,000 yuan or more in 90 days."),
     R"({"match":"all","conditions":[
         {"field":"do_not_contact","op":"is","value":false},
         {"match":"any","conditions":[
           {"field":"lifecycle_stage","op":"in","value":["decline"]},
           {"field":"last_contact","op":"older_than_days","value":180},
           {"field":"aum_change","op":"le","value":-5000000,"days":90}]}]})"},
};
} // namespace

QList<SegmentPreset> all()
{
    QList<SegmentPreset> presets;
    for (const Recipe &recipe : kRecipes) {
        const auto definition = SegmentDefinition::fromJson(QByteArray(recipe.json));
        if (!definition) { // a broken recipe is a programming error; tst_segment_compiler catches it
            qWarning("segment preset %s: %s", recipe.code, qPrintable(definition.errorString()));
            continue;
        }
        presets << SegmentPreset{QLatin1String(recipe.code),
                                 QCoreApplication::translate("SegmentPresets", recipe.name),
                                 QCoreApplication::translate("SegmentPresets", recipe.description),
                                 *definition};
    }
    return presets;
}

std::optional<SegmentPreset> find(const QString &code)
{
    for (const SegmentPreset &preset : all())
        if (preset.code == code)
            return preset;
    return std::nullopt;
}

} // namespace bd::SegmentPresets
