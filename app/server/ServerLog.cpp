#include "app/server/ServerLog.h"

#include <QDateTime>
#include <QJsonDocument>

#include <atomic>
#include <cstdio>

namespace bd::ServerLog {

namespace {
std::atomic<Level> g_level { Level::Info };
}

void setLevel(Level level)
{
    g_level = level;
}

Level levelFromName(const QString &name)
{
    if (name == QLatin1String("off"))
        return Level::Off;
    return name == QLatin1String("warning") ? Level::Warning : Level::Info;
}

void event(Level level, const QString &event, const QJsonObject &fields)
{
    if (level == Level::Off || int(level) < int(g_level.load()))
        return;
    QJsonObject line {
        { QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
        { QStringLiteral("level"),
          level == Level::Warning ? QStringLiteral("warning") : QStringLiteral("info") },
        { QStringLiteral("event"), event }
    };
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        line.insert(it.key(), it.value());
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
}

void request(const QString &method, const QString &path, int status, qint64 ms,
             const QString &branch, const QString &user)
{
    QJsonObject fields { { QStringLiteral("method"), method },
                         { QStringLiteral("path"), path },
                         { QStringLiteral("status"), status },
                         { QStringLiteral("ms"), double(ms) } };
    if (!branch.isEmpty())
        fields.insert(QStringLiteral("branch"), branch);
    if (!user.isEmpty())
        fields.insert(QStringLiteral("user"), user);
    // Server-side failures are warnings; a client's bad request is ordinary traffic.
    event(status >= 500 ? Level::Warning : Level::Info, QStringLiteral("request"), fields);
}

} // namespace bd::ServerLog
