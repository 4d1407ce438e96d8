// Fuzz target: what a network client sends branchdesk-server before any route runs and
// what the push route checks per change: a request head as HttpFront reads it
// (HttpHead::parse), and, when the body is JSON, each change through SyncChange::fromJson,
// ChangeValidation for every role and PersonalDataFilter.
#include "FuzzSupport.h"
#include "app/common/SyncChange.h"
#include "app/server/ChangeValidation.h"
#include "app/server/HttpHead.h"
#include "app/server/PersonalDataFilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace bd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray bytes = fuzz::bytes(data, size);
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end >= 0 && end < 16 * 1024) {
        const HttpHead head = HttpHead::parse(bytes, int(end));
        if (!head.malformed && head.contentLength && *head.contentLength < 0)
            __builtin_trap(); // a negative length must never pass
    }
    const QJsonDocument document
            = QJsonDocument::fromJson(end >= 0 ? bytes.mid(end + 4) : bytes);
    QJsonArray changes = document.object().value(QStringLiteral("changes")).toArray();
    if (changes.isEmpty() && document.isObject())
        changes.append(document.object());
    for (const QJsonValue &value : std::as_const(changes)) {
        QString problem;
        const SyncChange change = SyncChange::fromJson(value.toObject(), &problem);
        if (!problem.isEmpty())
            continue;
        for (const StaffRole role : StaffRoles::all())
            (void)ChangeValidation::refusal(role, change);
        (void)PersonalDataFilter::change(change);
    }
    (void)PersonalDataFilter::baselinePage(bytes);
    return 0;
}
