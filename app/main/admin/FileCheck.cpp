#include "app/main/admin/FileCheck.h"

#include "app/main/admin/AdminText.h"
#include "app/main/admin/Console.h"

#include <QFile>
#include <QJsonObject>

namespace bd::admin::FileCheck {

std::optional<QByteArray> read(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Console::err(Admin::tr("Cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return maxBytes < 0 ? file.readAll() : file.read(maxBytes);
}

void printJson(const QString &path, bool valid, const QJsonArray &problems)
{
    Console::json(QJsonObject{{QStringLiteral("file"), path},
                              {QStringLiteral("valid"), valid},
                              {QStringLiteral("problems"), problems}});
}

} // namespace bd::admin::FileCheck
