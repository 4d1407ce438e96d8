#include "ui/voice/VoiceSuggestionsBox.h"

#include "app/services/voice/VoiceTalkingPoints.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

namespace bd {

VoiceSuggestionsBox::VoiceSuggestionsBox(QPlainTextEdit *note, QDate noteDate,
                                         std::shared_ptr<const VoiceAnalyser> analyser,
                                         QWidget *parent)
    : QWidget(parent)
    , m_note(note)
    , m_noteDate(noteDate)
    , m_analyser(std::move(analyser))
    , m_list(new QListWidget(this))
    , m_empty(new QLabel(tr("Nothing heard yet: the customer's interests, objections and "
                            "promises show here as you type."), this))
    , m_pause(new QTimer(this))
{
    setObjectName(QStringLiteral("voiceSuggestions"));
    m_list->setObjectName(QStringLiteral("voiceSuggestionList"));
    m_list->setMaximumHeight(110);
    m_list->setToolTip(tr("Tick what the customer really said: it becomes a tag (or a task for a "
                          "promised follow-up) when the outcome is saved."));
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_list);
    m_list->hide();
    m_pause->setSingleShot(true);
    m_pause->setInterval(250);
    connect(m_pause, &QTimer::timeout, this, &VoiceSuggestionsBox::analyseNow);
    connect(m_note, &QPlainTextEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
    connect(m_list, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *current) { highlight(current); });
}

QString VoiceSuggestionsBox::heardText(const VoiceFinding &finding, const VoiceLexicon &lexicon)
{
    const VoiceLabelDefinition *label = lexicon.label(finding.key());
    QString text = tr("Heard: %1 - %2").arg(VoiceKinds::label(finding.kind),
                                            label ? label->name() : finding.label);
    text += QStringLiteral(" \u300c%1\u300d").arg(finding.phrase);
    if (finding.date.isValid() && finding.kind == VoiceKind::FollowUp)
        text += QLatin1Char(' ') + QLocale().toString(finding.date, QLocale::ShortFormat);
    if (finding.hedged)
        text += QLatin1Char(' ') + tr("(hedged)");
    return text;
}

void VoiceSuggestionsBox::analyseNow()
{
    m_pause->stop();
    // What was ticked stays ticked while the same thing is still heard.
    QSet<QString> ticked;
    for (const VoiceFinding &f : checked())
        ticked.insert(f.key() + QLatin1Char('|') + f.phrase);
    m_findings = m_analyser->analyse(m_note->toPlainText(), m_noteDate).findings;
    m_list->clear();
    for (const VoiceFinding &f : std::as_const(m_findings)) {
        auto *item = new QListWidgetItem(heardText(f, m_analyser->lexicon()), m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(f.key() + QLatin1Char('|') + f.phrase) ? Qt::Checked
                                                                                   : Qt::Unchecked);
    }
    m_list->setVisible(!m_findings.isEmpty());
    m_empty->setVisible(m_findings.isEmpty());
    highlight(nullptr);
}

QList<VoiceFinding> VoiceSuggestionsBox::checked() const
{
    QList<VoiceFinding> list;
    for (int row = 0; row < m_list->count() && row < m_findings.size(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            list << m_findings.at(row);
    }
    return list;
}

void VoiceSuggestionsBox::setChecked(int row, bool checked)
{
    if (QListWidgetItem *item = m_list->item(row))
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void VoiceSuggestionsBox::highlight(QListWidgetItem *item)
{
    QList<QTextEdit::ExtraSelection> selections;
    const int row = item ? m_list->row(item) : -1;
    if (row >= 0 && row < m_findings.size()) {
        const VoiceFinding &f = m_findings.at(row);
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_note->document());
        selection.cursor.setPosition(f.start);
        selection.cursor.setPosition(f.start + f.length, QTextCursor::KeepAnchor);
        selection.format.setBackground(QColor(255, 230, 140));
        selections << selection;
    }
    m_note->setExtraSelections(selections);
}

} // namespace bd
