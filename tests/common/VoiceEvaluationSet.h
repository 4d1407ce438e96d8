#pragma once

// The hand-labelled customer-voice notes of tests/data/voice/ (docs/VOICE.md): read by the
// quality benchmark and by the analyser's regression test.
#include <QDate>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace bd::test {

struct LabelledNote
{
    QDate date;
    QString text;
    QSet<QString> labels;             // kind.label
    QHash<QString, QDate> followUps;  // follow-up label -> the day the note names
    QSet<qint64> amountsFen;
};

inline QString voiceDataDir()
{
    return QStringLiteral(BRANCHDESK_SOURCE_DIR "/tests/data/voice");
}

// Reads one .tsv file of labelled notes; nullopt if it cannot be read or a line is malformed.
inline std::optional<QList<LabelledNote>> readLabelledNotes(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    QList<LabelledNote> notes;
    int lineNo = 0;
    while (!file.atEnd()) {
        ++lineNo;
        const QString line = QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n'));
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList columns = line.split(QLatin1Char('\t'));
        LabelledNote note;
        note.date = QDate::fromString(columns.value(0), Qt::ISODate);
        note.text = columns.value(1);
        if (!note.date.isValid() || note.text.isEmpty()) {
            *error = QStringLiteral("%1:%2: a date and a note are needed").arg(path).arg(lineNo);
            return std::nullopt;
        }
        for (const QString &item : columns.value(2).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString label = item.section(QLatin1Char('@'), 0, 0).trimmed();
            note.labels.insert(label);
            if (item.contains(QLatin1Char('@')))
                note.followUps.insert(label, QDate::fromString(item.section(QLatin1Char('@'), 1),
                                                               Qt::ISODate));
        }
        for (const QString &amount : columns.value(3).split(QLatin1Char(','), Qt::SkipEmptyParts))
            note.amountsFen.insert(qint64(amount.trimmed().toDouble() * 100));
        notes.append(note);
    }
    return notes;
}

} // namespace bd::test
