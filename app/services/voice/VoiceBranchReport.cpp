#include "app/services/voice/VoiceBranchReport.h"

#include "app/domain/Masking.h"
#include "app/services/core/AuditTrail.h"
#include "app/services/voice/VoiceTalkingPoints.h"
#include "database/core/Store.h"


namespace bd {

VoiceBranchReport::VoiceBranchReport(Store &store, const Session &session)
    : m_store(store)
    , m_session(session)
{
}

Result<QList<VoiceReportRow>> VoiceBranchReport::counts(const QDate &from, const QDate &to) const
{
    if (!m_session.can(Permission::ViewBranchDashboard))
        return Error(m_session.refusal(Permission::ViewBranchDashboard));
    return VoiceQueries(m_store).report(m_session.branch.id, from, to);
}

QString VoiceBranchReport::maskNote(const QString &text)
{
    QString out = text;
    int run = 0;
    for (int i = 0; i <= out.size(); ++i) {
        const bool digit = i < out.size() && out.at(i).isDigit();
        if (digit) {
            ++run;
            continue;
        }
        if (run >= 6) {
            for (int k = i - run; k < i - 4; ++k)
                out[k] = QLatin1Char('*');
        }
        run = 0;
    }
    return out;
}

Result<QList<VoiceBranchReport::Note>> VoiceBranchReport::notes(const VoiceReportRow &cell) const
{
    if (!m_session.can(Permission::ViewBranchDashboard))
        return Error(m_session.refusal(Permission::ViewBranchDashboard));
    const VoiceQueries queries(m_store);
    Result<QList<VoiceFindingRecord>> findings = queries.reportFindings(
            m_session.branch.id, cell.kind, cell.label, cell.callListId, cell.family, cell.month);
    if (!findings)
        return findings.error();
    QList<Note> notes;
    for (const VoiceFindingRecord &f : *findings) {
        Result<QString> text = queries.noteText(f.note);
        notes.append({f.notedOn, Masking::name(queries.customerName(f.customerId)),
                      VoiceTalkingPoints::labelName(f.kind, f.label), f.phrase,
                      maskNote(text ? *text : QString())});
    }
    AuditTrail(m_store).record(&m_session, QStringLiteral("voice_notes_viewed"), QStringLiteral("voice_finding"),
                               {}, {{QStringLiteral("label"), cell.kind + QLatin1Char('.') + cell.label},
                                    {QStringLiteral("notes"), int(notes.size())}});
    return notes;
}

} // namespace bd
