// The KYC question bank as data: the built-in bank is valid and covers what a KYC
// conversation must ask; broken bank files are refused with every problem and its location;
// a broken configured bank falls back to the built-in one and says so.
#include "app/services/kyc/KycBankValidator.h"
#include "app/services/kyc/KycFields.h"
#include "app/services/kyc/KycQuestionBank.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

class tst_KycBank : public QObject
{
    Q_OBJECT

private slots:
    void builtInBankIsValid();
    void builtInBankCoversTheConversation_data();
    void builtInBankCoversTheConversation();
    void brokenFileIsReportedWithLocation_data();
    void brokenFileIsReportedWithLocation();
    void everyProblemIsReported();
    void brokenConfiguredBankFallsBackToBuiltIn();
    void goodConfiguredBankIsUsed();

private:
    static QByteArray read(const QString &path);
};

static QString dataFile(const char *name)
{
    return QStringLiteral(BRANCHDESK_SOURCE_DIR "/tests/unit/data/kyc/") + QLatin1String(name);
}

QByteArray tst_KycBank::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

void tst_KycBank::builtInBankIsValid()
{
    const QList<KycBankProblem> problems =
            KycBankValidator::validate(read(QLatin1String(KycQuestionBank::kBuiltInPath)));
    for (const KycBankProblem &problem : problems)
        qWarning("%s", qPrintable(problem.toString()));
    QVERIFY(problems.isEmpty());
    const KycQuestionBank &bank = KycQuestionBank::builtIn();
    QCOMPARE(bank.cells().size(), 9);
    for (const KycCell &cell : bank.cells()) {
        QVERIFY2(cell.questions.size() >= 3, qPrintable(cell.id));
        for (const KycQuestion &question : cell.questions) {
            QVERIFY(!question.text.zh.isEmpty());
            QVERIFY(!question.text.en.isEmpty());
        }
    }
    QCOMPARE(bank.question(QStringLiteral("future.finance.horizon"))->text.text(QLocale(QLocale::Chinese)),
             QStringLiteral("这笔钱您打算投资多长时间?"));
    QCOMPARE(bank.question(QStringLiteral("future.finance.horizon"))->text.text(QLocale(QLocale::English)),
             QStringLiteral("For how long do you plan to invest this money?"));
}

void tst_KycBank::builtInBankCoversTheConversation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("type");
    for (const auto &[field, type] : std::initializer_list<std::pair<const char *, const char *>>{
                 {"arrival_maturity", "fund_arrival"}, {"arrival_salary", "fund_arrival"},
                 {"arrival_bonus", "fund_arrival"}, {"arrival_other_bank", "fund_arrival"},
                 {"spare_funds", "amount"}, {"past_investment", "text"},
                 {"investment_experience", "choice"}, {"products_elsewhere", "text"},
                 {"asset_distribution", "choice"}, {"expected_return", "choice"},
                 {"investment_horizon", "choice"}, {"risk_attitude", "choice"},
                 {"liquidity_need", "choice"}, {"money_purpose", "multi_choice"},
                 {"decision_maker", "choice"}, {"income_range", "range"}, {"industry", "choice"},
                 {"social_circle", "multi_choice"}, {"hobbies", "multi_choice"},
                 {"contact_time", "choice"}, {"contact_channel", "choice"},
                 {"bank_values", "multi_choice"}, {"next_big_expense", "date"},
                 {"retirement_years", "number"}})
        QTest::newRow(field) << QString::fromLatin1(field) << QString::fromLatin1(type);
}

void tst_KycBank::builtInBankCoversTheConversation()
{
    QFETCH(QString, field);
    QFETCH(QString, type);
    QVERIFY(KycFields::isKnown(field));
    const KycQuestion *found = nullptr;
    for (const KycQuestion *question : KycQuestionBank::builtIn().questions())
        if (question->field == field)
            found = question;
    QVERIFY2(found, qPrintable(field));
    QCOMPARE(KycQuestionBank::typeCode(found->type), type);
}

void tst_KycBank::brokenFileIsReportedWithLocation_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("count");
    QTest::newRow("missing cell") << "missing_cell.json" << "$.cells" << "cell future.family"
                                  << "missing" << 1;
    QTest::newRow("unknown cell") << "unknown_cell.json" << "$.cells[0].id"
                                  << "cell yesterday.personal" << "unknown cell" << 5;
    QTest::newRow("unknown field") << "unknown_field.json" << "$.cells[0].questions[1].field"
                                   << "question past.personal.education" << "shoe_size" << 1;
    QTest::newRow("unknown dimension")
            << "unknown_dimension.json" << "$.cells[1].questions[0].tags[0].dimension"
            << "question past.family.origin / tag rule 0" << "unknown tag dimension \"mood\"" << 1;
    QTest::newRow("confidence out of range")
            << "confidence_out_of_range.json" << "$.cells[2].questions[1].tags[2].confidence"
            << "question past.finance.experience / tag rule 2" << "0 to 100" << 1;
    QTest::newRow("duplicate question id")
            << "duplicate_question_id.json" << "$.cells[2].questions[2].id"
            << "question past.finance.experience" << "duplicate question id" << 1;
    QTest::newRow("duplicate option code")
            << "duplicate_option_code.json" << "$.cells[3].questions[2].options[1].code"
            << "question present.personal.income / option 1" << "duplicate option code" << 1;
    QTest::newRow("unknown answer type") << "unknown_type.json" << "$.cells[4].questions[2].type"
                                         << "question present.family.housing" << "slider" << 1;
    QTest::newRow("rule on an unknown option")
            << "rule_unknown_option.json" << "$.cells[5].questions[2].tags[0].when"
            << "question present.finance.asset_split / tag rule 0" << "martian" << 1;
    QTest::newRow("unknown fund arrival source")
            << "unknown_arrival_source.json" << "$.cells[5].questions[3].arrival_source"
            << "question present.finance.maturity" << "lottery" << 1;
    QTest::newRow("missing English text")
            << "missing_text.json" << "$.cells[6].questions[1].text.en"
            << "question future.personal.contact_time" << "missing" << 1;
    QTest::newRow("not JSON") << "not_json.json" << "$" << "offset" << "not valid JSON" << 1;
}

void tst_KycBank::brokenFileIsReportedWithLocation()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QString, location);
    QFETCH(QString, message);
    QFETCH(int, count);
    const QList<KycBankProblem> problems = KycBankValidator::validate(read(dataFile(qPrintable(file))));
    QCOMPARE(problems.size(), count);
    auto match = std::find_if(problems.cbegin(), problems.cend(),
                              [&](const KycBankProblem &p) { return p.path == path; });
    QVERIFY2(match != problems.cend(), qPrintable(problems.first().toString()));
    const KycBankProblem &problem = *match;
    QCOMPARE(problem.path, path);
    QVERIFY2(problem.location.contains(location), qPrintable(problem.toString()));
    QVERIFY2(problem.message.contains(message), qPrintable(problem.toString()));

    KycQuestionBank bank;
    const Result<> loaded = bank.loadFile(dataFile(qPrintable(file)));
    QVERIFY(!loaded);
    QVERIFY(loaded.errorString().contains(path));
    QVERIFY(bank.cells().isEmpty());
}

void tst_KycBank::everyProblemIsReported()
{
    const QList<KycBankProblem> problems = KycBankValidator::validate(read(dataFile("many_problems.json")));
    QStringList paths;
    for (const KycBankProblem &problem : problems)
        paths << problem.path;
    QVERIFY2(paths.contains(QStringLiteral("$.cells[0].questions[0].field")), qPrintable(paths.join(' ')));
    QVERIFY(paths.contains(QStringLiteral("$.cells[0].questions[2].tags[0].confidence")));
    QVERIFY(paths.contains(QStringLiteral("$.cells[1].questions[1].id")));
    QVERIFY(paths.contains(QStringLiteral("$.cells")));
    QCOMPARE(problems.size(), 4);
}

void tst_KycBank::brokenConfiguredBankFallsBackToBuiltIn()
{
    qputenv(KycQuestionBank::kEnvironmentKey, dataFile("unknown_field.json").toUtf8());
    KycQuestionBank::reloadActive();
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("configured KYC question bank was refused")));
    const KycQuestionBank &active = KycQuestionBank::active();
    QCOMPARE(active.cells().size(), 9);
    QVERIFY(KycQuestionBank::activeNotice().contains(QStringLiteral("built-in")));
    QVERIFY(KycQuestionBank::activeNotice().contains(QStringLiteral("shoe_size")));
    qunsetenv(KycQuestionBank::kEnvironmentKey);
    KycQuestionBank::reloadActive();
    QVERIFY(KycQuestionBank::activeNotice().isEmpty());
}

void tst_KycBank::goodConfiguredBankIsUsed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bank.json"));
    QByteArray json = read(QLatin1String(KycQuestionBank::kBuiltInPath));
    json.replace("BranchDesk standard KYC bank", "Our own bank");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    qputenv(KycQuestionBank::kEnvironmentKey, path.toUtf8());
    KycQuestionBank::reloadActive();
    QCOMPARE(KycQuestionBank::active().name(QLocale(QLocale::English)), QStringLiteral("Our own bank"));
    QVERIFY(KycQuestionBank::activeNotice().isEmpty());
    qunsetenv(KycQuestionBank::kEnvironmentKey);
    KycQuestionBank::reloadActive();
}

QTEST_GUILESS_MAIN(tst_KycBank)
#include "tst_kyc_bank.moc"
