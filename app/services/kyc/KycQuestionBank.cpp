#include "app/services/kyc/KycQuestionBank.h"

#include "app/services/kyc/KycBankValidator.h"
#include "app/services/kyc/KycLogging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSettings>

#include <memory>

namespace bd {

namespace {

KycText textOf(const QJsonObject &object)
{
    return {object.value(QLatin1String("zh")).toString(),
            object.value(QLatin1String("en")).toString()};
}

struct ActiveBank
{
    QMutex mutex;
    std::unique_ptr<KycQuestionBank> bank;
    QString notice;
};

ActiveBank &activeBank()
{
    static ActiveBank active;
    return active;
}

const char *const kTypeCodes[] = {"choice", "multi_choice", "range", "amount",
                                  "date",   "number",       "text",  "fund_arrival"};

} // namespace

QString KycText::text(const QLocale &locale) const
{
    const bool chinese = locale.language() == QLocale::Chinese;
    const QString &preferred = chinese ? zh : en;
    return preferred.isEmpty() ? (chinese ? en : zh) : preferred;
}

const KycOption *KycQuestion::option(const QString &code) const
{
    for (const KycOption &candidate : options)
        if (candidate.code == code)
            return &candidate;
    return nullptr;
}

QString KycQuestionBank::typeCode(KycAnswerType type)
{
    return QLatin1String(kTypeCodes[int(type)]);
}

std::optional<KycAnswerType> KycQuestionBank::typeFromCode(const QString &code)
{
    for (int i = 0; i < int(std::size(kTypeCodes)); ++i)
        if (code == QLatin1String(kTypeCodes[i]))
            return KycAnswerType(i);
    return std::nullopt;
}

Result<> KycQuestionBank::load(const QByteArray &json)
{
    const QList<KycBankProblem> problems = KycBankValidator::validate(json);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const KycBankProblem &problem : problems)
            lines << problem.toString();
        return Error(tr("The question bank has %n problem(s):", nullptr, int(problems.size()))
                     + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    }
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    m_name = textOf(root.value(QLatin1String("name")).toObject());
    m_cells.clear();
    const QJsonArray cells = root.value(QLatin1String("cells")).toArray();
    for (const QJsonValue &cellValue : cells) {
        const QJsonObject cellObject = cellValue.toObject();
        KycCell cell;
        cell.id = cellObject.value(QLatin1String("id")).toString();
        cell.title = textOf(cellObject.value(QLatin1String("title")).toObject());
        const QJsonArray questions = cellObject.value(QLatin1String("questions")).toArray();
        for (const QJsonValue &questionValue : questions) {
            const QJsonObject object = questionValue.toObject();
            KycQuestion question;
            question.id = object.value(QLatin1String("id")).toString();
            question.cell = cell.id;
            question.type = *typeFromCode(object.value(QLatin1String("type")).toString());
            question.text = textOf(object.value(QLatin1String("text")).toObject());
            question.field = object.value(QLatin1String("field")).toString();
            question.riskWeight = object.value(QLatin1String("risk_weight")).toInt();
            question.arrivalSource = object.value(QLatin1String("arrival_source")).toString();
            question.minimum = object.value(QLatin1String("min")).toInt(0);
            question.maximum = object.value(QLatin1String("max")).toInt(1000000);
            const QJsonArray options = object.value(QLatin1String("options")).toArray();
            for (const QJsonValue &optionValue : options) {
                const QJsonObject option = optionValue.toObject();
                KycOption parsed{option.value(QLatin1String("code")).toString(),
                                 textOf(option), std::nullopt};
                if (option.contains(QLatin1String("risk")))
                    parsed.risk = option.value(QLatin1String("risk")).toInt();
                question.options.append(parsed);
            }
            const QJsonArray tags = object.value(QLatin1String("tags")).toArray();
            for (const QJsonValue &tagValue : tags) {
                const QJsonObject tag = tagValue.toObject();
                KycTagRule rule;
                rule.when = tag.value(QLatin1String("when")).toString();
                if (tag.contains(QLatin1String("min_fen")))
                    rule.minFen = qint64(tag.value(QLatin1String("min_fen")).toDouble());
                if (tag.contains(QLatin1String("max_fen")))
                    rule.maxFen = qint64(tag.value(QLatin1String("max_fen")).toDouble());
                rule.dimension = tag.value(QLatin1String("dimension")).toString();
                rule.category = tag.value(QLatin1String("category")).toString();
                rule.value = tag.value(QLatin1String("value")).toString();
                rule.confidence = tag.value(QLatin1String("confidence")).toInt();
                question.tags.append(rule);
            }
            cell.questions.append(question);
        }
        m_cells.append(cell);
    }
    return {};
}

Result<> KycQuestionBank::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("Cannot read the question bank %1: %2").arg(path, file.errorString()));
    if (Result<> loaded = load(file.readAll()); !loaded)
        return Error(tr("%1: %2").arg(path, loaded.errorString()));
    return {};
}

const KycCell *KycQuestionBank::cell(const QString &id) const
{
    for (const KycCell &candidate : m_cells)
        if (candidate.id == id)
            return &candidate;
    return nullptr;
}

const KycQuestion *KycQuestionBank::question(const QString &id) const
{
    for (const KycCell &cell : m_cells)
        for (const KycQuestion &candidate : cell.questions)
            if (candidate.id == id)
                return &candidate;
    return nullptr;
}

QList<const KycQuestion *> KycQuestionBank::questions() const
{
    QList<const KycQuestion *> all;
    for (const KycCell &cell : m_cells)
        for (const KycQuestion &question : cell.questions)
            all.append(&question);
    return all;
}

const KycQuestionBank &KycQuestionBank::builtIn()
{
    static const KycQuestionBank bank = [] {
        KycQuestionBank loaded;
        if (Result<> read = loaded.loadFile(QLatin1String(kBuiltInPath)); !read)
            qCCritical(lcKyc) << "built-in KYC question bank:" << read.errorString();
        return loaded;
    }();
    return bank;
}

const KycQuestionBank &KycQuestionBank::active()
{
    ActiveBank &active = activeBank();
    QMutexLocker locker(&active.mutex);
    if (active.bank)
        return *active.bank;
    QString path = qEnvironmentVariable(kEnvironmentKey);
    if (path.isEmpty())
        path = QSettings().value(QLatin1String(kSettingsKey)).toString();
    if (!path.isEmpty()) {
        auto configured = std::make_unique<KycQuestionBank>();
        const Result<> read = configured->loadFile(path);
        if (read) {
            active.bank = std::move(configured);
            return *active.bank;
        }
        active.notice = tr("The configured KYC question bank was refused and the built-in "
                           "bank is used instead.\n%1")
                                .arg(read.errorString());
        qCWarning(lcKyc).noquote() << active.notice;
    }
    active.bank = std::make_unique<KycQuestionBank>(builtIn());
    return *active.bank;
}

QString KycQuestionBank::activeNotice()
{
    active();
    ActiveBank &active = activeBank();
    QMutexLocker locker(&active.mutex);
    return active.notice;
}

void KycQuestionBank::reloadActive()
{
    ActiveBank &active = activeBank();
    QMutexLocker locker(&active.mutex);
    active.bank.reset();
    active.notice.clear();
}

} // namespace bd
