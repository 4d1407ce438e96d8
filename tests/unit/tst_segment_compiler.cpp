// The segment definition format and its compiler: every field and operator selects the
// right customers of a hand-made branch (never another branch's, never a deleted one), the
// presets compile and pick their target groups, and hostile definitions neither break nor
// inject: a clear error, or a correct empty result with the tables intact.
#include "../common/SegmentFixture.h"

#include "app/services/privacy/PersonalDataRights.h"
#include "app/services/segments/SegmentPresets.h"
#include "app/services/staff/AuthService.h"
#include "database/segments/SegmentColumns.h"
#include "database/segments/SegmentCompiler.h"
#include "database/segments/SegmentQueries.h"
#include "database/sync/RemoteChangeApplier.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

class tst_SegmentCompiler : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void selects_data();
    void selects();
    void presetsPickTheirGroups_data();
    void presetsPickTheirGroups();
    void roundTripsThroughJson();
    void rejectsBadDefinitions_data();
    void rejectsBadDefinitions();
    void hostileTextIsOnlyEverAValue_data();
    void hostileTextIsOnlyEverAValue();
    void deepNestingIsRefusedWithoutCrashing();
    void ordersAndPagesResults();
    void holdingFamiliesFollowHoldingWrites();
    void tagListFollowsTagWrites();

private:
    QStringList run(const QByteArray &json, QString *error = nullptr);
    int customerRows();

    QTemporaryDir m_dir;
    Store m_store;
    test::SegmentBranch m_branch;
};

void tst_SegmentCompiler::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("segments.db"))));
    m_branch = test::makeSegmentBranch(m_store);
    QCOMPARE(customerRows(), 8);
}

int tst_SegmentCompiler::customerRows()
{
    QSqlQuery query(m_store.database());
    return query.exec(QStringLiteral("SELECT count(*) FROM customer")) && query.next()
            ? query.value(0).toInt()
            : -1;
}

QStringList tst_SegmentCompiler::run(const QByteArray &rawJson, QString *error)
{
    QByteArray json = rawJson;
    json.replace("TAG", m_branch.fundTagId.toUtf8()).replace("HEAD", m_branch.headId.toUtf8());
    const auto definition = SegmentDefinition::fromJson(json);
    if (!definition) {
        if (error)
            *error = definition.errorString();
        return {QStringLiteral("error: ") + definition.errorString()};
    }
    const auto compiled = SegmentCompiler::compile(*definition, m_branch.small.branchId,
                                                   test::kSegmentToday);
    if (!compiled)
        return {QStringLiteral("error: ") + compiled.errorString()};
    SegmentQueries queries(m_store);
    const auto ids = queries.customerIds(*compiled, SegmentColumns::orderBy({}, Qt::DescendingOrder));
    const auto count = queries.count(*compiled);
    if (!ids || !count)
        return {QStringLiteral("sql error: ") + (ids ? count.errorString() : ids.errorString())};
    if (*count != ids->size())
        return {QStringLiteral("count %1 differs from %2 ids").arg(*count).arg(ids->size())};
    // A first page (which walks the AUM index and stops early) is the same rows.
    const auto page = queries.customerIds(*compiled, SegmentColumns::orderBy({}, Qt::DescendingOrder), 100);
    if (!page || *page != *ids)
        return {QStringLiteral("the first page differs from the full list")};
    QStringList letters;
    for (const QString &id : *ids)
        letters << m_branch.letterOf(id);
    letters.sort();
    return letters;
}

void tst_SegmentCompiler::selects_data()
{
    QTest::addColumn<QByteArray>("condition");
    QTest::addColumn<QString>("expected");
    const struct { const char *name, *condition, *expected; } cases[] = {
        {"age ge", R"({"field":"age","op":"ge","value":55})", "A C"},
        // Ages count from the birth year (the date is sealed to the reveal key, issue 14):
        // B, born 1995-11-24, is 31 in 2026 although the birthday is tomorrow.
        {"age le (birthday tomorrow: the year's age)", R"({"field":"age","op":"le","value":31})", "B"},
        {"age le (not the exact age)", R"({"field":"age","op":"le","value":30})", ""},
        {"age eq", R"({"field":"age","op":"eq","value":31})", "B"},
        {"age ne (no birth date: out)", R"({"field":"age","op":"ne","value":46})", "A B C"},
        {"age between", R"({"field":"age","op":"between","value":[40,60]})", "C O Z"},
        {"age lt", R"({"field":"age","op":"lt","value":32})", "B"},
        {"age gt", R"({"field":"age","op":"gt","value":75})", "A"},
        {"gender in", R"({"field":"gender","op":"in","value":["F"]})", "A C"},
        {"gender not_in (unknown counts)", R"({"field":"gender","op":"not_in","value":["M"]})", "A C D"},
        {"industry", R"({"field":"industry","op":"in","value":["教育"]})", "A"},
        {"locality", R"({"field":"locality","op":"in","value":["浦东新区"]})", "B"},
        {"risk le", R"({"field":"risk_level","op":"le","value":1})", "A"},
        {"risk ge", R"({"field":"risk_level","op":"ge","value":4})", "B"},
        {"risk between none", R"({"field":"risk_level","op":"between","value":[2,3]})", ""},
        {"stage in", R"({"field":"lifecycle_stage","op":"in","value":["decline"]})", "C"},
        {"stage not_in", R"({"field":"lifecycle_stage","op":"not_in","value":["development"]})", "A B C"},
        {"customer since", R"({"field":"customer_since","op":"within_days","value":90})", "B"},
        {"tier", R"({"field":"tier","op":"in","value":["silver"]})", "A C"},
        {"aum ge", R"({"field":"aum","op":"ge","value":50000000})", "B Z"},
        {"aum between", R"({"field":"aum","op":"between","value":[1000000,1500000]})", "D O"},
        {"aum fell", R"({"field":"aum_change","op":"le","value":-30000000,"days":90})", "C"},
        {"aum unchanged", R"({"field":"aum_change","op":"ge","value":0,"days":30})", "C"},
        {"tier gap", R"({"field":"tier_gap","op":"le","value":5000000})", "A C D O"},
        {"downgraded", R"({"field":"downgraded","op":"within_days","value":60})", "C"},
        {"holds fund", R"({"field":"holding_family","op":"in","value":["fund"]})", "B"},
        {"holds no deposit", R"({"field":"holding_family","op":"not_in","value":["deposit"]})", "B D O Z"},
        {"holds deposit or fund", R"({"field":"holding_family","op":"in","value":["deposit","fund"]})", "A B C"},
        {"holds neither wealth nor fund",
         R"({"field":"holding_family","op":"not_in","value":["wealth","fund"]})", "A D O Z"},
        {"holding amount", R"({"field":"holding_amount","op":"ge","value":45000000})", "B C"},
        {"deposit amount", R"({"field":"holding_amount","op":"ge","value":25000000,"families":["deposit"]})", "A"},
        {"maturing", R"({"field":"holding_maturing","op":"within_days","value":30})", "A"},
        {"fund maturing", R"({"field":"holding_maturing","op":"within_days","value":30,"families":["fund"]})", ""},
        {"single product", R"({"field":"single_product","op":"is","value":true})", "A B"},
        {"not single product", R"({"field":"single_product","op":"is","value":false})", "C D O Z"},
        {"outflow", R"({"field":"outflow","op":"ge","value":10000000,"days":30})", "C"},
        {"inflow", R"({"field":"inflow","op":"ge","value":10000000,"days":30})", "D"},
        {"browsed funds", R"({"field":"event","op":"in","value":["browse_fund"],"days":30})", "B"},
        {"seminar too long ago", R"({"field":"event","op":"in","value":["seminar"],"days":30})", ""},
        {"complaint", R"({"field":"event","op":"in","value":["complaint"],"days":30})", "D"},
        {"no fund browsing", R"({"field":"event","op":"not_in","value":["browse_fund"],"days":30})", "A C D O Z"},
        {"contacted", R"({"field":"last_contact","op":"within_days","value":30})", "B"},
        {"not contacted", R"({"field":"last_contact","op":"older_than_days","value":180})", "A C D O Z"},
        {"tag", R"({"field":"tag","op":"in","value":["TAG"]})", "B"},
        {"no tag", R"({"field":"tag","op":"not_in","value":["TAG"]})", "A C D O Z"},
        {"money arriving", R"({"field":"fund_arrival","op":"within_days","value":30})", "C"},
        {"expected return", R"({"field":"kyc_expected_return","op":"in","value":["floating"]})", "B"},
        {"other return", R"({"field":"kyc_expected_return","op":"not_in","value":["floating"]})", "A C D O Z"},
        {"horizon", R"({"field":"kyc_horizon","op":"in","value":["3_5y"]})", "B"},
        {"manager", R"({"field":"manager","op":"in","value":["HEAD"]})", "C"},
        {"assignment", R"({"field":"assignment_mode","op":"in","value":["list"]})", "C"},
        {"consent", R"({"field":"marketing_consent","op":"is","value":true})", "A B"},
        {"no consent", R"({"field":"marketing_consent","op":"is","value":false})", "C D O Z"},
        {"do not contact", R"({"field":"do_not_contact","op":"is","value":true})", "C"},
        {"nested any/all", R"({"match":"any","conditions":[{"field":"age","op":"ge","value":70},
            {"match":"all","conditions":[{"field":"tier","op":"in","value":["gold"]},
            {"field":"holding_family","op":"in","value":["fund"]}]}]})", "A B"},
    };
    for (const auto &c : cases)
        QTest::newRow(c.name) << QByteArray(c.condition) << QString::fromUtf8(c.expected);
}

void tst_SegmentCompiler::selects()
{
    QFETCH(QByteArray, condition);
    QFETCH(QString, expected);
    const QByteArray json = condition.contains("\"field\"") && !condition.startsWith("{\"match\"")
            ? "{\"match\":\"all\",\"conditions\":[" + condition + "]}"
            : condition;
    QCOMPARE(run(json).join(QLatin1Char(' ')), expected);
}

void tst_SegmentCompiler::presetsPickTheirGroups_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("deposit") << "deposit_uplift" << "A";
    QTest::newRow("aum") << "aum_uplift" << "D";
    QTest::newRow("vip") << "vip_uplift" << "A";
    QTest::newRow("fee income") << "fee_income_uplift" << "B";
    QTest::newRow("new customers") << "new_customers" << "B";
    QTest::newRow("maturing") << "maturing_takeover" << "A";
    QTest::newRow("win back") << "win_back" << "A D O Z";
}

void tst_SegmentCompiler::presetsPickTheirGroups()
{
    QFETCH(QString, code);
    QFETCH(QString, expected);
    QCOMPARE(SegmentPresets::all().size(), 7);
    const auto preset = SegmentPresets::find(code);
    QVERIFY(preset);
    QVERIFY(!preset->name.isEmpty());
    QCOMPARE(run(preset->definition.toJson()).join(QLatin1Char(' ')), expected);
}

void tst_SegmentCompiler::roundTripsThroughJson()
{
    for (const SegmentPreset &preset : SegmentPresets::all()) {
        const auto again = SegmentDefinition::fromJson(preset.definition.toJson());
        QVERIFY2(again, qPrintable(again.errorString()));
        QCOMPARE(again->toJson(), preset.definition.toJson());
        QCOMPARE(again->conditionCount(), preset.definition.conditionCount());
    }
}

void tst_SegmentCompiler::rejectsBadDefinitions_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("hint"); // part of the message the user sees
    auto wrap = [](const char *condition) {
        return QByteArray("{\"match\":\"all\",\"conditions\":[") + condition + "]}";
    };
    QTest::newRow("not json") << QByteArray("{match: all") << "not valid JSON";
    QTest::newRow("array") << QByteArray("[1,2]") << "JSON object";
    QTest::newRow("empty document") << QByteArray() << "not valid JSON";
    QTest::newRow("NaN") << wrap(R"({"field":"age","op":"ge","value":NaN})") << "not valid JSON";
    QTest::newRow("Infinity") << wrap(R"({"field":"age","op":"ge","value":Infinity})") << "not valid JSON";
    QTest::newRow("overflowing number") << wrap(R"({"field":"aum","op":"ge","value":1e999})") << "not valid JSON";
    QTest::newRow("huge number") << wrap(R"({"field":"aum","op":"ge","value":1e300})") << "between";
    QTest::newRow("beyond exact") << wrap(R"({"field":"aum","op":"ge","value":9007199254740993})") << "between";
    QTest::newRow("negative aum") << wrap(R"({"field":"aum","op":"ge","value":-1})") << "between";
    QTest::newRow("fraction") << wrap(R"({"field":"age","op":"ge","value":40.5})") << "whole number";
    QTest::newRow("age as text") << wrap(R"({"field":"age","op":"ge","value":"40"})") << "must be a number";
    QTest::newRow("age as bool") << wrap(R"({"field":"age","op":"ge","value":true})") << "must be a number";
    QTest::newRow("risk 9") << wrap(R"({"field":"risk_level","op":"eq","value":9})") << "between 1 and 5";
    QTest::newRow("reversed range") << wrap(R"({"field":"age","op":"between","value":[60,40]})") << "low end";
    QTest::newRow("between one") << wrap(R"({"field":"age","op":"between","value":[60]})") << "two numbers";
    QTest::newRow("unknown field") << wrap(R"({"field":"id_number","op":"in","value":["1"]})") << "unknown field \"id_number\"";
    QTest::newRow("phone is no field") << wrap(R"({"field":"phone","op":"in","value":["1"]})") << "unknown field";
    QTest::newRow("unknown operator") << wrap(R"({"field":"age","op":"like","value":1})") << "unknown operator";
    QTest::newRow("wrong operator") << wrap(R"({"field":"tier","op":"ge","value":["gold"]})") << "cannot be compared";
    QTest::newRow("unknown code") << wrap(R"({"field":"tier","op":"in","value":["golden"]})") << "is not one of";
    QTest::newRow("empty list") << wrap(R"({"field":"tier","op":"in","value":[]})") << "non-empty list";
    QTest::newRow("text not list") << wrap(R"({"field":"industry","op":"in","value":"教育"})") << "non-empty list";
    QTest::newRow("number in list") << wrap(R"({"field":"industry","op":"in","value":[1]})") << "must be text";
    QTest::newRow("blank text") << wrap(R"({"field":"industry","op":"in","value":["  "]})") << "must not be empty";
    QTest::newRow("control character") << wrap("{\"field\":\"industry\",\"op\":\"in\",\"value\":[\"a\\u0000b\"]}") << "control character";
    QTest::newRow("long text") << wrap(QByteArray(R"({"field":"industry","op":"in","value":[")") + QByteArray(101, 'x') + "\"]}") << "longer than";
    QTest::newRow("bool as text") << wrap(R"({"field":"do_not_contact","op":"is","value":"false"})") << "true or false";
    QTest::newRow("days missing") << wrap(R"({"field":"outflow","op":"ge","value":1})") << "days";
    QTest::newRow("days zero") << wrap(R"({"field":"outflow","op":"ge","value":1,"days":0})") << "between 1 and 3650";
    QTest::newRow("days huge") << wrap(R"({"field":"event","op":"in","value":["complaint"],"days":100000})") << "between 1 and 3650";
    QTest::newRow("days not taken") << wrap(R"({"field":"age","op":"ge","value":1,"days":3})") << "takes no \"days\"";
    QTest::newRow("unknown family") << wrap(R"({"field":"holding_amount","op":"ge","value":1,"families":["gold bars"]})") << "is not one of";
    QTest::newRow("extra key") << wrap(R"({"field":"age","op":"ge","value":1,"sql":"1=1"})") << "takes no \"sql\"";
    QTest::newRow("empty root") << QByteArray(R"({"match":"all","conditions":[]})") << "empty";
    QTest::newRow("empty nested group") << wrap(R"({"match":"any","conditions":[]})") << "empty";
    QTest::newRow("bad match") << QByteArray(R"({"match":"some","conditions":[{"field":"age","op":"ge","value":1}]})") << "\"all\" or \"any\"";
    QTest::newRow("neither") << wrap(R"({"op":"ge"})") << "neither a condition";
    QTest::newRow("future version") << QByteArray(R"({"version":2,"match":"all","conditions":[{"field":"age","op":"ge","value":1}]})") << "version 2";
    QByteArray many = "[\"x0\"";
    for (int i = 1; i <= SegmentFields::kMaxListItems; ++i)
        many += ",\"x" + QByteArray::number(i) + "\"";
    QTest::newRow("too many values") << wrap("{\"field\":\"industry\",\"op\":\"in\",\"value\":" + many + "]}") << "at most";
    QByteArray conditions;
    for (int i = 0; i <= SegmentDefinition::kMaxConditions; ++i)
        conditions += QByteArray(i ? "," : "") + R"({"field":"age","op":"ge","value":1})";
    QTest::newRow("too many conditions") << QByteArray("{\"match\":\"all\",\"conditions\":[" + conditions + "]}") << "at most";
    QTest::newRow("huge input") << wrap(R"({"field":"age","op":"ge","value":1})").append(QByteArray(300 * 1024, ' ')) << "too large";
}

void tst_SegmentCompiler::rejectsBadDefinitions()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, hint);
    const auto refused = SegmentDefinition::fromJson(json);
    QVERIFY(!refused);
    QVERIFY2(refused.errorString().contains(hint), qPrintable(refused.errorString()));
}

void tst_SegmentCompiler::hostileTextIsOnlyEverAValue_data()
{
    QTest::addColumn<QByteArray>("json");
    const char *hostile[] = {"'; DROP TABLE customer;--", "\\\" OR 1=1 --", "') OR ('1'='1",
                             "SELECT", "UNION ALL SELECT id FROM staff_user", "%1 %2 ?", "教育' --"};
    for (const char *text : hostile) {
        for (const char *field : {"industry", "locality", "tag", "manager", "kyc_horizon"}) {
            QTest::addRow("%s %s", field, text)
                    << QByteArray("{\"match\":\"any\",\"conditions\":[{\"field\":\"") + field
                               + "\",\"op\":\"in\",\"value\":[\"" + text + "\"]}]}";
        }
    }
}

void tst_SegmentCompiler::hostileTextIsOnlyEverAValue()
{
    QFETCH(QByteArray, json);
    const auto definition = SegmentDefinition::fromJson(json);
    QVERIFY2(definition, qPrintable(definition.errorString()));
    const auto compiled = SegmentCompiler::compile(*definition, m_branch.small.branchId,
                                                   test::kSegmentToday);
    QVERIFY2(compiled, qPrintable(compiled.errorString()));
    QVERIFY(!compiled->where.contains(QLatin1String("DROP")));
    QVERIFY(!compiled->where.contains(QLatin1String("UNION")));
    QVERIFY(!compiled->where.contains(QLatin1String("'1'")));
    QCOMPARE(run(json), QStringList());
    QCOMPARE(customerRows(), 8);
}

void tst_SegmentCompiler::deepNestingIsRefusedWithoutCrashing()
{
    auto nested = [](int depth) {
        QByteArray json = R"({"field":"age","op":"ge","value":1})";
        for (int i = 0; i < depth; ++i)
            json = "{\"match\":\"all\",\"conditions\":[" + json + "]}";
        return json;
    };
    const auto deepest = SegmentDefinition::fromJson(nested(SegmentDefinition::kMaxDepth + 1));
    QVERIFY2(deepest, qPrintable(deepest.errorString()));
    QCOMPARE(run(nested(SegmentDefinition::kMaxDepth + 1)).join(QLatin1Char(' ')), QStringLiteral("A B C O Z"));
    const auto tooDeep = SegmentDefinition::fromJson(nested(SegmentDefinition::kMaxDepth + 2));
    QVERIFY(!tooDeep);
    QVERIFY2(tooDeep.errorString().contains(QLatin1String("nested")),
             qPrintable(tooDeep.errorString()));
    const auto farTooDeep = SegmentDefinition::fromJson(nested(5000)); // Qt's own limit or ours
    QVERIFY(!farTooDeep);
    QVERIFY(!farTooDeep.errorString().isEmpty());

    // A definition built in code is held to the same rules by the compiler.
    SegmentDefinition built;
    built.root = SegmentNode::group(true, {SegmentNode::condition(QStringLiteral("aum"), SegmentOperator::GreaterOrEqual,
                                                                  {qint64(-5)})});
    const auto negative = SegmentCompiler::compile(built, m_branch.small.branchId,
                                                   test::kSegmentToday);
    QVERIFY(!negative);
    QVERIFY2(negative.errorString().contains(QLatin1String("between")),
             qPrintable(negative.errorString()));
    built.root = SegmentNode::group(true, {});
    QVERIFY(!SegmentCompiler::compile(built, m_branch.small.branchId, test::kSegmentToday));
}

void tst_SegmentCompiler::ordersAndPagesResults()
{
    const auto definition = SegmentDefinition::fromJson(
            R"({"match":"all","conditions":[{"field":"aum","op":"ge","value":0}]})");
    QVERIFY(definition);
    const auto compiled = SegmentCompiler::compile(*definition, m_branch.small.branchId,
                                                   test::kSegmentToday);
    QVERIFY(compiled);
    SegmentQueries queries(m_store);
    auto letters = [&](const QStringList &ids) {
        QStringList out;
        for (const QString &id : ids)
            out << m_branch.letterOf(id);
        return out.join(QLatin1Char(' '));
    };
    QCOMPARE(letters(*queries.customerIds(*compiled, SegmentColumns::orderBy(QStringLiteral("aum"), Qt::DescendingOrder))),
             QStringLiteral("Z B A C O D"));
    // Youngest first; an unknown birth date sorts before all (SQLite puts NULL first).
    QCOMPARE(letters(*queries.customerIds(*compiled, SegmentColumns::orderBy(QStringLiteral("age"), Qt::AscendingOrder))),
             QStringLiteral("D B Z O C A"));
    QCOMPARE(letters(*queries.customerIds(*compiled, SegmentColumns::orderBy(QStringLiteral("aum"), Qt::AscendingOrder), 2)),
             QStringLiteral("D O"));
    // An unknown sort column falls back to the default order rather than reaching SQL.
    QCOMPARE(SegmentColumns::orderBy(QStringLiteral("name; DROP TABLE customer"), Qt::AscendingOrder),
             SegmentColumns::orderBy({}, Qt::DescendingOrder));

    const QStringList ids{m_branch.ids.value(QStringLiteral("A")), QStringLiteral("gone"),
                          m_branch.ids.value(QStringLiteral("B"))};
    const QList<QVariantList> rows = *queries.rows(ids, {QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("age"),
                                         QStringLiteral("id_number"), QStringLiteral("address"), QStringLiteral("bogus")},
                                   test::kSegmentToday);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).at(0).toString(), QStringLiteral("客户A"));
    QCOMPARE(rows.at(0).at(1).toString(), QStringLiteral("139****5678"));
    QCOMPARE(rows.at(0).at(2).toInt(), 76);
    QVERIFY(!rows.at(0).at(3).toString().contains(QLatin1String("19500501")));
    QVERIFY(!rows.at(0).at(4).toString().contains(QLatin1String("南京东路")));
    QVERIFY(rows.at(0).at(5).isNull());
    QVERIFY(rows.at(1).at(0).isNull()); // an id that is gone gives an empty row
    QCOMPARE(rows.at(2).at(2).toInt(), 31); // from the birth year, as the segment counts
    const QList<QVariantList> revealed = *queries.rows(
            {ids.first()}, {QStringLiteral("phone")}, test::kSegmentToday,
            SegmentQueries::PersonalData::Revealed);
    QCOMPARE(revealed.at(0).at(0).toString(), QStringLiteral("13912345678"));
}

// "Holds family" reads customer.holding_families, which triggers keep in step with every
// kind of write to holding (and a customer row written after its holdings).
void tst_SegmentCompiler::holdingFamiliesFollowHoldingWrites()
{
    Store store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("families.db"))));
    const test::SegmentBranch branch = test::makeSegmentBranch(store);
    const QString a = branch.ids.value(QStringLiteral("A")), b = branch.ids.value(QStringLiteral("B")),
                  c = branch.ids.value(QStringLiteral("C")), d = branch.ids.value(QStringLiteral("D"));
    auto exec = [&](const QString &sql, const QVariantList &values = {}) {
        return test::segmentExec(store, sql, values);
    };
    auto holders = [&](const char *family) {
        const QByteArray json = QByteArrayLiteral(R"({"match":"all","conditions":[{"field":"holding_family",)")
                + R"("op":"in","value":[")" + family + R"("]}]})";
        const auto definition = SegmentDefinition::fromJson(json);
        const Result<CompiledSegment> compiled
                = definition ? SegmentCompiler::compile(*definition, branch.small.branchId,
                                                        test::kSegmentToday)
                             : Result<CompiledSegment>(definition.error());
        if (!compiled)
            return QStringLiteral("error: ") + compiled.errorString();
        const auto ids = SegmentQueries(store).customerIds(*compiled, SegmentColumns::orderBy({}, Qt::DescendingOrder));
        QStringList letters;
        for (const QString &id : ids.valueOr(QStringList()))
            letters << branch.letterOf(id);
        letters.sort();
        return letters.join(QLatin1Char(' '));
    };
    auto mask = [&](const QString &customerId) {
        QSqlQuery query(store.database());
        query.prepare(QStringLiteral("SELECT holding_families FROM customer WHERE id = ?"));
        query.addBindValue(customerId);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    };
    const QString ts = QStringLiteral("2026-11-01T00:00:00.000Z");
    QCOMPARE(holders("fund"), QStringLiteral("B"));
    QCOMPARE(mask(c), 1 | 2); // deposit and wealth, from the fixture's inserts

    QVERIFY(exec(QStringLiteral("INSERT INTO holding(id, customer_id, product_family, product_code, product_name, "
                                "amount_fen, opened_on, updated_at) VALUES ('hf-d', ?, 'fund', 'P', 'Fund', 100, "
                                "'2026-01-01', ?)"),
                 {d, ts}));
    QCOMPARE(holders("fund"), QStringLiteral("B D"));
    QCOMPARE(mask(d), 4);

    // Closing or maturing takes the family away; a family change moves the bit.
    QVERIFY(exec(QStringLiteral("UPDATE holding SET status = 'closed' WHERE customer_id = ?"), {b}));
    QCOMPARE(mask(b), 0);
    QVERIFY(exec(QStringLiteral("UPDATE holding SET product_family = 'fund' WHERE customer_id = ? "
                                "AND product_family = 'wealth'"),
                 {c}));
    QCOMPARE(holders("fund"), QStringLiteral("C D"));
    QCOMPARE(holders("wealth"), QString());
    QCOMPARE(mask(c), 1 | 4);

    // A tombstone and a hard delete both count as gone; a second holding of the same
    // family keeps the bit until the last one goes.
    QVERIFY(exec(QStringLiteral("INSERT INTO holding(id, customer_id, product_family, product_code, product_name, "
                                "amount_fen, opened_on, updated_at) VALUES ('hf-d2', ?, 'fund', 'P', 'Fund', 5, "
                                "'2026-01-01', ?)"),
                 {d, ts}));
    QVERIFY(exec(QStringLiteral("UPDATE holding SET deleted = 1 WHERE id = 'hf-d'")));
    QCOMPARE(mask(d), 4);
    QVERIFY(exec(QStringLiteral("DELETE FROM holding WHERE id = 'hf-d2'")));
    QCOMPARE(mask(d), 0);
    QVERIFY(exec(QStringLiteral("DELETE FROM holding WHERE customer_id = ? AND product_family = 'fund'"), {c}));
    QCOMPARE(holders("fund"), QString());
    QCOMPARE(mask(c), 1);

    // A holding moved to another customer leaves the first and reaches the second.
    QVERIFY(exec(QStringLiteral("UPDATE holding SET customer_id = ? WHERE customer_id = ?"), {b, a}));
    QCOMPARE(mask(a), 0);
    QCOMPARE(mask(b), 1);
    QCOMPARE(holders("deposit"), QStringLiteral("B C"));

    // A customer row written after its holdings (as sync may deliver them) picks them up.
    QVERIFY(exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    QVERIFY(exec(QStringLiteral("CREATE TEMP TABLE saved AS SELECT * FROM customer WHERE id = ?"), {b}));
    QVERIFY(exec(QStringLiteral("UPDATE temp.saved SET holding_families = 0")));
    QVERIFY(exec(QStringLiteral("DELETE FROM customer WHERE id = ?"), {b}));
    QVERIFY(exec(QStringLiteral("INSERT INTO customer SELECT * FROM temp.saved")));
    QVERIFY(exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    QCOMPARE(mask(b), 1);
    store.close();
}

// Tag conditions read customer.tag_list, which triggers keep equal to the customer's live
// tags through every kind of write: staff edits, tombstones, hard deletes, moves, changes
// pulled by sync, a customer row arriving after its tags, and erasure.
void tst_SegmentCompiler::tagListFollowsTagWrites()
{
    Store store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("tags.db"))));
    const test::SegmentBranch branch = test::makeSegmentBranch(store);
    const QString a = branch.ids.value(QStringLiteral("A")), b = branch.ids.value(QStringLiteral("B")),
                  c = branch.ids.value(QStringLiteral("C"));
    auto exec = [&](const QString &sql, const QVariantList &values = {}) {
        return test::segmentExec(store, sql, values);
    };
    // The letters of the branch's customers matching a tag condition, count and list alike.
    auto tagged = [&](const char *op, const QStringList &tags) {
        QByteArray json = QByteArrayLiteral(R"({"match":"all","conditions":[{"field":"tag","op":")") + op
                + R"(","value":[)";
        QStringList quoted;
        for (const QString &tag : tags)
            quoted << QLatin1Char('"') + tag + QLatin1Char('"');
        json += quoted.join(QLatin1Char(',')).toUtf8() + "]}]}";
        const auto definition = SegmentDefinition::fromJson(json);
        const Result<CompiledSegment> compiled
                = definition ? SegmentCompiler::compile(*definition, branch.small.branchId,
                                                        test::kSegmentToday)
                             : Result<CompiledSegment>(definition.error());
        if (!compiled)
            return QStringLiteral("error: ") + compiled.errorString();
        SegmentQueries queries(store);
        const auto ids = queries.customerIds(*compiled, SegmentColumns::orderBy({}, Qt::DescendingOrder));
        const auto count = queries.count(*compiled);
        if (!ids || !count || *count != ids->size())
            return QStringLiteral("count and list differ: ")
                    + (!ids ? ids.errorString() : count.errorString());
        QStringList letters;
        for (const QString &id : *ids)
            letters << branch.letterOf(id);
        letters.sort();
        return letters.join(QLatin1Char(' '));
    };
    auto listOf = [&](const QString &customerId) {
        QSqlQuery query(store.database());
        query.prepare(QStringLiteral("SELECT tag_list FROM customer WHERE id = ?"));
        query.addBindValue(customerId);
        return query.exec() && query.next() ? query.value(0).toString() : QStringLiteral("?");
    };
    auto tagRow = [&](const QString &id, const QString &customerId, const QString &tagId) {
        return exec(QStringLiteral("INSERT INTO customer_tag(id, customer_id, tag_id, source, set_at, updated_at) "
                                   "VALUES (?, ?, ?, 'staff', '2026-11-01', '2026-11-01')"),
                    {id, customerId, tagId});
    };
    const QString fund = branch.fundTagId;
    const QString sep(QChar(0x1f));
    QVERIFY(exec(QStringLiteral("INSERT INTO tag(id, dimension, category, value) VALUES "
                                "('tag-hobby', 'preferences', 'hobby', '旅游'), "
                                "('tag-fun', 'preferences', 'hobby', '钓鱼')")));
    QCOMPARE(tagged("in", {fund}), QStringLiteral("B"));
    QCOMPARE(listOf(b), sep + fund + sep);
    QCOMPARE(listOf(a), QString());

    // Staff add tags: "has", "has any of", "has none of"; an id that is a prefix of
    // another ("tag-fun" of "tag-fund") matches only itself.
    QVERIFY(tagRow(QStringLiteral("ct-a1"), a, fund));
    QVERIFY(tagRow(QStringLiteral("ct-a2"), a, QStringLiteral("tag-hobby")));
    QVERIFY(tagRow(QStringLiteral("ct-c1"), c, QStringLiteral("tag-fun")));
    QCOMPARE(listOf(a), sep + fund + sep + QStringLiteral("tag-hobby") + sep);
    QCOMPARE(tagged("in", {fund}), QStringLiteral("A B"));
    QCOMPARE(tagged("in", {QStringLiteral("tag-fun")}), QStringLiteral("C"));
    QCOMPARE(tagged("in", {QStringLiteral("tag-hobby"), QStringLiteral("tag-fun")}), QStringLiteral("A C"));
    QCOMPARE(tagged("not_in", {fund, QStringLiteral("tag-fun")}), QStringLiteral("D O Z"));
    QCOMPARE(tagged("in", {QStringLiteral("tag-nobody")}), QString());

    // A tombstone takes the tag away, an undelete brings it back, a hard delete and a
    // move to another customer too.
    QVERIFY(exec(QStringLiteral("UPDATE customer_tag SET deleted = 1 WHERE id = 'ct-a1'")));
    QCOMPARE(tagged("in", {fund}), QStringLiteral("B"));
    QCOMPARE(listOf(a), sep + QStringLiteral("tag-hobby") + sep);
    QVERIFY(exec(QStringLiteral("UPDATE customer_tag SET deleted = 0 WHERE id = 'ct-a1'")));
    QCOMPARE(tagged("in", {fund}), QStringLiteral("A B"));
    QVERIFY(exec(QStringLiteral("DELETE FROM customer_tag WHERE id = 'ct-a2'")));
    QCOMPARE(listOf(a), sep + fund + sep);
    QVERIFY(exec(QStringLiteral("UPDATE customer_tag SET customer_id = ? WHERE id = 'ct-c1'"), {a}));
    QCOMPARE(tagged("in", {QStringLiteral("tag-fun")}), QStringLiteral("A"));
    QCOMPARE(listOf(c), QString());
    QVERIFY(exec(QStringLiteral("UPDATE customer_tag SET tag_id = 'tag-hobby' WHERE id = 'ct-a1'")));
    QCOMPARE(tagged("in", {fund}), QStringLiteral("B"));
    QCOMPARE(tagged("in", {QStringLiteral("tag-hobby")}), QStringLiteral("A"));

    // Changes pulled by sync: a tag set on another workstation, then removed there.
    {
        Transaction transaction(store.database());
        RemoteChangeApplier applier(store);
        SyncChange added;
        added.table = QStringLiteral("customer_tag");
        added.rowId = QStringLiteral("ct-pulled");
        added.op = QStringLiteral("upsert");
        added.hlc = QStringLiteral("0001795000000000-00000-node-b");
        added.fields = QJsonObject{{QStringLiteral("customer_id"), c}, {QStringLiteral("tag_id"), fund},
                                   {QStringLiteral("source"), QStringLiteral("staff")},
                                   {QStringLiteral("set_at"), QStringLiteral("2026-11-20")},
                                   {QStringLiteral("deleted"), 0}};
        const Result<RemoteChangeApplier::Outcome> applied = applier.apply(added);
        QVERIFY2(applied, qPrintable(applied.errorString()));
        QCOMPARE(*applied, RemoteChangeApplier::Outcome::Applied);
        QVERIFY(transaction.commit());
    }
    QCOMPARE(tagged("in", {fund}), QStringLiteral("B C"));
    {
        Transaction transaction(store.database());
        RemoteChangeApplier applier(store);
        SyncChange removed;
        removed.table = QStringLiteral("customer_tag");
        removed.rowId = QStringLiteral("ct-pulled");
        removed.op = QStringLiteral("delete");
        removed.hlc = QStringLiteral("0001795000000001-00000-node-b");
        const Result<RemoteChangeApplier::Outcome> applied = applier.apply(removed);
        QVERIFY2(applied, qPrintable(applied.errorString()));
        QCOMPARE(*applied, RemoteChangeApplier::Outcome::Applied);
        QVERIFY(transaction.commit());
    }
    QCOMPARE(tagged("in", {fund}), QStringLiteral("B"));
    QCOMPARE(listOf(c), QString());

    // A customer row written after its tags, carrying a stale list (as a baseline copies
    // rows whole), gets the list of the tags that are here.
    QVERIFY(exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    QVERIFY(exec(QStringLiteral("CREATE TEMP TABLE saved AS SELECT * FROM customer WHERE id = ?"), {b}));
    QVERIFY(exec(QStringLiteral("UPDATE temp.saved SET tag_list = ?"), {sep + QStringLiteral("tag-fun") + sep}));
    QVERIFY(exec(QStringLiteral("DELETE FROM customer WHERE id = ?"), {b}));
    QVERIFY(exec(QStringLiteral("INSERT INTO customer SELECT * FROM temp.saved")));
    QVERIFY(exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    QCOMPARE(listOf(b), sep + fund + sep);
    QCOMPARE(tagged("in", {QStringLiteral("tag-fun")}), QStringLiteral("A"));

    // Erasure tombstones the customer's tags: the erased customer has none left.
    const auto head = AuthService(store).signIn(QStringLiteral("head"), test::kPassword).session;
    QVERIFY(head);
    PersonalDataRights rights(store, *head);
    const Result<int> erased = rights.erase(CustomerId(b), QStringLiteral("REQ-9"));
    QVERIFY2(erased, qPrintable(erased.errorString()));
    QCOMPARE(listOf(b), QString());
    QCOMPARE(tagged("in", {fund}), QString());
    store.close();
}

QTEST_GUILESS_MAIN(tst_SegmentCompiler)
#include "tst_segment_compiler.moc"
