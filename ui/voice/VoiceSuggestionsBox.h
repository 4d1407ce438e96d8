#pragma once

#include "app/domain/voice/VoiceAnalyser.h"

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QTimer;

namespace bd {

// What the analyser hears in a note while it is typed (the outcome dialog): one line per
// finding, "听到：异议 - 收益太低「嫌收益太低」", checkable; the selected one is
// highlighted in the note. Nothing counts until the note is saved and a checked suggestion
// is confirmed (VoiceReview). The analysis runs on the GUI thread: a note is read in a
// few microseconds (docs/BENCHMARKS.md), after a short pause in typing.
class VoiceSuggestionsBox : public QWidget
{
    Q_OBJECT

public:
    VoiceSuggestionsBox(QPlainTextEdit *note, QDate noteDate,
                        std::shared_ptr<const VoiceAnalyser> analyser, QWidget *parent = nullptr);

    // The findings of the text as it is now, and which of them are checked.
    const QList<VoiceFinding> &findings() const { return m_findings; }
    QList<VoiceFinding> checked() const;
    void setChecked(int row, bool checked);
    void analyseNow(); // without waiting for the pause

    static QString heardText(const VoiceFinding &finding, const VoiceLexicon &lexicon);

private:
    void highlight(QListWidgetItem *item);

    QPlainTextEdit *m_note;
    QDate m_noteDate;
    std::shared_ptr<const VoiceAnalyser> m_analyser;
    QListWidget *m_list;
    QLabel *m_empty;
    QTimer *m_pause;
    QList<VoiceFinding> m_findings;
};

} // namespace bd
