#include "database/voice/VoiceScanMarker.h"

#include "database/core/SqlQuery.h"
#include "database/core/Store.h"

#include <QVariant>

namespace bd {

namespace {
const QString kKey = QStringLiteral("voice.scan");
} // namespace

Result<VoiceScanMarker> VoiceScanMarker::load(Store &store)
{
    SqlQuery q(store.database(), QStringLiteral("SELECT value FROM app_setting WHERE key = ?"));
    q.bind(kKey);
    if (Result<> ran = q.exec(); !ran)
        return ran.error();
    VoiceScanMarker marker;
    if (q.next()) {
        // lexicon \x1f table \x1f after id \x1f finished
        const QStringList parts = q.value(0).toString().split(QChar(0x1f));
        marker.lexicon = parts.value(0);
        marker.table = parts.value(1);
        marker.afterId = parts.value(2);
        marker.finished = parts.value(3) == QLatin1String("1");
    }
    return marker;
}

Result<> VoiceScanMarker::save(Store &store) const
{
    SqlQuery q(store.database(),
               QStringLiteral("INSERT INTO app_setting(key, value) VALUES (?, ?) "
                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bind(kKey);
    q.bind(QStringList{lexicon, table, afterId, finished ? QStringLiteral("1")
                                                         : QStringLiteral("0")}
                   .join(QChar(0x1f)));
    return q.exec();
}

} // namespace bd
