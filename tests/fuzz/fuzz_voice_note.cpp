// Fuzz target: a note as staff type it, from any keyboard and any file (docs/VOICE.md). The
// analyser must read any text without a crash, every finding's phrase must be exactly the
// note's text at its position, and the JSON must name positions inside the note. The first
// two bytes pick the note's day, so relative dates are fuzzed across months and years; the
// same input also goes through the lexicon validator.
#include "FuzzSupport.h"

#include "app/domain/voice/VoiceAnalyser.h"
#include "app/domain/voice/VoiceLexiconValidator.h"

#include <QJsonArray>

using namespace bd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    static const VoiceAnalyser analyser = [] {
        Result<VoiceLexicon> lexicon = VoiceLexicon::builtIn();
        if (!lexicon)
            qFatal("fuzz: the built-in lexicon is refused: %s", qPrintable(lexicon.errorString()));
        return VoiceAnalyser(std::move(*lexicon));
    }();
    const QDate day = QDate(2020, 1, 1).addDays(size >= 2 ? (data[0] << 8 | data[1]) % 4000 : 0);
    const QString note = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const VoiceAnalysis analysis = analyser.analyse(note, day);
    for (const VoiceFinding &f : analysis.findings) {
        if (f.start < 0 || f.length <= 0 || f.start + f.length > note.size()
            || note.mid(f.start, f.length) != f.phrase)
            qFatal("fuzz: a finding's phrase is not the note's text at its position");
    }
    for (const VoiceAmount &a : analysis.amounts) {
        if (a.start < 0 || a.end > note.size() || a.start >= a.end || a.fen <= 0)
            qFatal("fuzz: an amount outside the note or not positive");
    }
    for (const VoiceDate &d : analysis.dates) {
        if (!d.date.isValid() || d.start < 0 || d.end > note.size())
            qFatal("fuzz: a date outside the note or invalid");
    }
    const QJsonObject json = analysis.toJson(note);
    if (json.value(QStringLiteral("findings")).toArray().size() != analysis.findings.size())
        qFatal("fuzz: the JSON lost a finding");
    (void)VoiceLexiconValidator::validate(fuzz::bytes(data, size));
    return 0;
}
