#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bd {

// One problem of a lexicon file, with where it is.
struct VoiceLexiconProblem
{
    QString path;    // JSON path, e.g. $.labels[12].pairs[0].then[3]
    QString message; // translated
    QString toString() const;
};

// Checks a customer-voice lexicon file completely and reports every problem, not only the
// first: the format and version, the cue lists, the product families, each label (kind,
// code, names, phrases, pairs, the lists they name, gaps) and the misspellings.
class VoiceLexiconValidator
{
    Q_DECLARE_TR_FUNCTIONS(VoiceLexiconValidator)

public:
    static QList<VoiceLexiconProblem> validate(const QByteArray &json);

    static constexpr int kMaxPhraseLength = 24;
    static constexpr int kMaxGap = 20;
};

} // namespace bd
