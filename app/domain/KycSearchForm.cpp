#include "app/domain/KycSearchForm.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace bd::KycSearchForm {

QString of(const QJsonObject &value)
{
    // The same keys as KycAnswerValue (choice, choices, range).
    QStringList codes;
    if (value.contains(QLatin1String("choices"))) {
        for (const QJsonValue &code : value.value(QLatin1String("choices")).toArray())
            codes << code.toString();
    } else if (value.contains(QLatin1String("choice"))) {
        codes << value.value(QLatin1String("choice")).toString();
    } else if (value.contains(QLatin1String("range"))) {
        codes << value.value(QLatin1String("range")).toString();
    }
    return codes.isEmpty() ? QStringLiteral("") : codes.join(QLatin1Char(',')); // never NULL
}

QString ofJson(const QString &valueJson)
{
    return of(QJsonDocument::fromJson(valueJson.toUtf8()).object());
}

} // namespace bd::KycSearchForm
