#pragma once

#include "app/domain/voice/VoiceKind.h"
#include "app/domain/voice/VoiceMention.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace bd {

// One thing heard in a note: what it is (kind and label of the lexicon), the phrase it was
// heard in (exactly what the person typed) and where, and the amount or date said with it.
struct VoiceFinding
{
    VoiceKind kind = VoiceKind::Interest;
    QString label;  // the label's code within its kind, e.g. "return_low"
    QString family; // the product family it is about, if the note says ("fund"), else empty
    int start = 0;  // UTF-16 offsets in the note (QString positions: for highlighting)
    int length = 0;
    QString phrase;
    bool hedged = false;    // 可能 / 也许 / 再看看 in the same sentence
    bool corrected = false; // found after a known misspelling was read as meant (在联系)
    std::optional<qint64> amountFen;
    QDate date; // a follow-up's day, or the day said with the finding

    QString key() const { return VoiceKinds::code(kind) + QLatin1Char('.') + label; }
};

// Everything heard in one note.
struct VoiceAnalysis
{
    QList<VoiceFinding> findings;
    QList<VoiceAmount> amounts;
    QList<VoiceDate> dates;

    // For the command line and files: offsets in code points ("start", "end") beside the
    // UTF-16 ones ("start_utf16", "end_utf16"), amounts in fen, dates ISO.
    QJsonObject toJson(const QString &note) const;
};

} // namespace bd
