#pragma once

#include "app/domain/ConditionTree.h"
#include "app/rules/ContactGate.h"
#include "app/rules/LocalText.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bd {

// The pieces RuleFile reads a rule file with: keys, numbers, codes, texts in both
// languages, the contact rules. Each notes its problem with its place and carries on, so a
// file's every problem is reported at once.
class RuleReader
{
    Q_DECLARE_TR_FUNCTIONS(RuleFile)

public:
    static QString join(const QString &path, const QString &key);

    QList<ConditionProblem> problems;

    void problem(const QString &path, const QString &message) { problems.append({path, message}); }

    void onlyKeys(const QJsonObject &object, const QString &path, const QStringList &keys);

    std::optional<qint64> integer(const QJsonObject &object, const QString &key,
                                  const QString &path, qint64 minimum, qint64 maximum,
                                  std::optional<qint64> fallback = std::nullopt);

    std::optional<bool> boolean(const QJsonObject &object, const QString &key, const QString &path,
                                bool fallback);

    // A code of `allowed`; `fallback` when absent (a problem when there is none).
    QString code(const QJsonObject &object, const QString &key, const QString &path,
                 const QStringList &allowed, const QString &fallback = {});

    bool text(const QJsonValue &value, const QString &at, bool required);

    // {"en": "...", "zh_CN": "..."}: both languages, the product ships both.
    LocalText localText(const QJsonObject &object, const QString &key, const QString &path);

    LocalTextList talkingPoints(const QJsonValue &value, const QString &at);

    ContactSettings contact(const QJsonValue &value, const QString &at);
};

} // namespace bd
