#include "app/services/voice/VoiceSuggestions.h"

#include "app/services/voice/VoiceTalkingPoints.h"
#include "database/voice/VoiceQueries.h"

#include <QHash>

namespace bd {

VoiceSuggestions::VoiceSuggestions(Store &store, const Session &session)
    : m_store(store)
    , m_session(session)
{
}

Result<QList<VoiceSuggestions::Item>> VoiceSuggestions::ofCustomer(const CustomerId &customerId) const
{
    if (!m_session.can(Permission::ViewCustomers))
        return Error(m_session.refusal(Permission::ViewCustomers));
    const VoiceQueries queries(m_store);
    Result<QList<VoiceFindingRecord>> findings = queries.ofCustomer(customerId);
    if (!findings)
        return findings.error();
    QList<Item> items;
    QHash<QString, QString> notes; // one read per note column
    for (const VoiceFindingRecord &f : *findings) {
        if (!f.decision.isEmpty())
            continue;
        const QString key = f.note.table + f.note.id + f.note.field;
        if (!notes.contains(key))
            notes.insert(key, queries.noteText(f.note).valueOr(QString()));
        items.append({f, VoiceTalkingPoints::heard(f.kind, f.label), notes.value(key)});
    }
    return items;
}

Result<QList<VoiceFindingRecord>> VoiceSuggestions::ofNote(const QString &table, const QString &id) const
{
    if (!m_session.can(Permission::ViewCustomers))
        return Error(m_session.refusal(Permission::ViewCustomers));
    return VoiceQueries(m_store).ofNote(table, id);
}

} // namespace bd
