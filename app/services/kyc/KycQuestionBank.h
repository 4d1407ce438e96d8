#pragma once

#include "app/domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace bd {

// A text of the bank in both languages; text() picks by the UI language.
struct KycText
{
    QString zh;
    QString en;
    QString text(const QLocale &locale = QLocale()) const;
};

struct KycOption
{
    QString code;
    KycText label;
    std::optional<int> risk; // 1..5 if the option scores the risk profile
};

// "When the answer is X, the customer gets tag (dimension, category, value)."
struct KycTagRule
{
    QString when;                // an option code, or "*" for any answer
    std::optional<qint64> minFen; // amount answers: inclusive bounds
    std::optional<qint64> maxFen;
    QString dimension;           // DomainTerms TagDimension code
    QString category;
    QString value;
    int confidence = 100;        // 0..100
};

enum class KycAnswerType { Choice, MultiChoice, Range, Amount, Date, Number, Text, FundArrival };

struct KycQuestion
{
    QString id;
    QString cell;
    KycAnswerType type = KycAnswerType::Text;
    KycText text;
    QString field;          // the KYC field the answer fills (KycFields)
    QList<KycOption> options;
    QList<KycTagRule> tags;
    int riskWeight = 0;     // > 0: the answer drives the risk profile
    QString arrivalSource;  // FundArrival: DomainTerms FundArrivalSource code
    int minimum = 0;        // Number bounds
    int maximum = 0;

    const KycOption *option(const QString &code) const;
};

struct KycCell
{
    QString id; // "past.personal" ...
    KycText title;
    QList<KycQuestion> questions;
};

// The question bank of the PPF nine-grid, loaded from JSON (resources/kyc/question_bank.json
// is built in; a bank may ship its own file, see KycBankValidator for the format).
class KycQuestionBank
{
    Q_DECLARE_TR_FUNCTIONS(KycQuestionBank)

public:
    static constexpr const char *kBuiltInPath = ":/kyc/question_bank.json";
    static constexpr const char *kEnvironmentKey = "BRANCHDESK_KYC_BANK";
    static constexpr const char *kSettingsKey = "kyc/bankFile";

    // Validates first: a bank with any problem is not loaded (the error lists them).
    Result<> load(const QByteArray &json);
    Result<> loadFile(const QString &path);

    QString name(const QLocale &locale = QLocale()) const { return m_name.text(locale); }
    const QList<KycCell> &cells() const { return m_cells; }
    const KycCell *cell(const QString &id) const;
    const KycQuestion *question(const QString &id) const;
    QList<const KycQuestion *> questions() const;

    static QString typeCode(KycAnswerType type);
    static std::optional<KycAnswerType> typeFromCode(const QString &code);

    // The bank the application uses: the file named by BRANCHDESK_KYC_BANK or the QSettings
    // key kyc/bankFile, else the built-in one. A broken configured file is refused and the
    // built-in bank used; activeNotice() says so (empty when nothing went wrong).
    static const KycQuestionBank &active();
    static QString activeNotice();
    static void reloadActive(); // after the configuration changed (tests)
    static const KycQuestionBank &builtIn();

private:
    KycText m_name;
    QList<KycCell> m_cells;
};

} // namespace bd
