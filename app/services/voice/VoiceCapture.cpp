#include "app/services/voice/VoiceCapture.h"

#include "app/services/voice/VoiceLexiconSource.h"
#include "database/voice/VoiceFindingRepository.h"

#include <QCryptographicHash>
#include <QDateTime>

namespace bd {

namespace {

// A UUIDv7 with the given time and the first 74 bits of `digest` as its random part.
QString uuid7From(qint64 millis, const QByteArray &digest)
{
    QByteArray bytes(16, '\0');
    for (int i = 0; i < 6; ++i)
        bytes[i] = char((millis >> (8 * (5 - i))) & 0xFF);
    for (int i = 6; i < 16; ++i)
        bytes[i] = digest.at(i);
    bytes[6] = char(0x70 | (bytes.at(6) & 0x0F));
    bytes[8] = char(0x80 | (bytes.at(8) & 0x3F));
    const QString hex = QString::fromLatin1(bytes.toHex());
    return hex.left(8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4)
            + QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20);
}

QString dimensionOf(VoiceKind kind)
{
    switch (kind) {
    case VoiceKind::Interest: return QStringLiteral("needs");
    case VoiceKind::Competitor: return QStringLiteral("behaviour");
    case VoiceKind::LifeEvent: return QStringLiteral("basics");
    default: return QStringLiteral("follow_up");
    }
}

} // namespace

VoiceCapture::VoiceCapture(Store &store, std::shared_ptr<const VoiceAnalyser> analyser)
    : m_store(store)
    , m_analyser(analyser ? std::move(analyser) : VoiceLexiconSource::active())
{
}

QString VoiceCapture::findingId(const VoiceNoteRef &note, const QString &key, int start,
                                const QDate &notedOn)
{
    const QByteArray digest = QCryptographicHash::hash(
            (note.table + QLatin1Char('|') + note.id + QLatin1Char('|') + note.field
             + QLatin1Char('|') + key + QLatin1Char('|') + QString::number(start))
                    .toUtf8(),
            QCryptographicHash::Sha256);
    const qint64 millis = QDateTime(notedOn.isValid() ? notedOn : QDate(2000, 1, 1), QTime(0, 0),
                                    Qt::UTC)
                                  .toMSecsSinceEpoch();
    return uuid7From(millis, digest);
}

VoiceCapture::TagRef VoiceCapture::tagFor(VoiceKind kind, const VoiceLabelDefinition &label)
{
    TagRef tag{{}, dimensionOf(kind), QStringLiteral("voice_") + VoiceKinds::code(kind),
               label.nameZh.isEmpty() ? label.code : label.nameZh};
    const QByteArray digest = QCryptographicHash::hash(
            (QStringLiteral("tag|") + tag.dimension + QLatin1Char('|') + tag.category
             + QLatin1Char('|') + tag.value)
                    .toUtf8(),
            QCryptographicHash::Sha256);
    tag.id = uuid7From(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(),
                       digest);
    return tag;
}

Result<int> VoiceCapture::noteSaved(const QString &table, const QString &id)
{
    Result<QList<VoiceNoteText>> notes = VoiceQueries(m_store).noteRow(table, id);
    if (!notes)
        return notes.error();
    int changed = 0;
    for (const VoiceNoteText &note : *notes) {
        Result<int> stored = capture(note);
        if (!stored)
            return stored.error();
        changed += *stored;
    }
    return changed;
}

Result<int> VoiceCapture::kycAnswerSaved(const QString &sessionId, const QString &questionId)
{
    const QString id = VoiceQueries(m_store).kycAnswerId(sessionId, questionId);
    return id.isEmpty() ? Result<int>(0) : noteSaved(QStringLiteral("kyc_answer"), id);
}

Result<int> VoiceCapture::capture(const VoiceNoteText &note,
                                  VoiceFindingRepository::FindingSync sync)
{
    return store(note.ref, hear(note), sync);
}

Result<int> VoiceCapture::store(const VoiceNoteRef &note, const QList<VoiceFindingRecord> &heard,
                                VoiceFindingRepository::FindingSync sync)
{
    return VoiceFindingRepository(m_store).replaceFindings(note, heard, sync);
}

QList<VoiceFindingRecord> VoiceCapture::hear(const VoiceNoteText &note) const
{
    const VoiceAnalysis analysis = m_analyser->analyse(note.text, note.notedOn);
    QList<VoiceFindingRecord> heard;
    for (const VoiceFinding &finding : analysis.findings) {
        VoiceFindingRecord record;
        record.id = findingId(note.ref, finding.key(), finding.start, note.notedOn);
        record.customerId = note.customerId;
        record.note = note.ref;
        record.notedOn = note.notedOn;
        record.staffId = note.staffId;
        record.callListId = note.callListId;
        record.kind = VoiceKinds::code(finding.kind);
        record.label = finding.label;
        record.family = finding.family;
        record.phrase = finding.phrase;
        record.start = finding.start;
        record.length = finding.length;
        record.amountFen = finding.amountFen;
        record.mentionedOn = finding.date;
        record.hedged = finding.hedged;
        record.lexicon = m_analyser->lexicon().version;
        heard.append(record);
    }
    return heard;
}

} // namespace bd
