#include "ui/voice/VoiceSuggestionsDialog.h"

#include "app/services/voice/VoiceReview.h"
#include "ui/common/WindowFit.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QVBoxLayout>

namespace bd {

VoiceSuggestionsDialog::VoiceSuggestionsDialog(Store &store, const Session &session,
                                               const CustomerId &customerId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
    , m_customerId(customerId)
    , m_list(new QListWidget(this))
    , m_note(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_confirm(new QPushButton(tr("&Confirm"), this))
    , m_dismiss(new QPushButton(tr("&Dismiss"), this))
{
    setWindowTitle(tr("Heard in notes"));
    m_list->setObjectName(QStringLiteral("voiceSuggestionList"));
    m_note->setObjectName(QStringLiteral("voiceNote"));
    m_note->setReadOnly(true);
    m_note->setMaximumHeight(90);
    m_problem->setWordWrap(true);
    m_confirm->setToolTip(tr("The customer said so: make the tag, or the task for a promised "
                             "follow-up."));
    m_dismiss->setToolTip(tr("Misheard: leave it out of suggestions and counts."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_confirm, QDialogButtonBox::ActionRole);
    buttons->addButton(m_dismiss, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Suggestions from what the customer said (nothing counts until "
                                    "you confirm it):"), this));
    layout->addWidget(m_list);
    layout->addWidget(m_note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_confirm, &QPushButton::clicked, this, [this] { confirmSelected(); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { dismissSelected(); });
    connect(m_list, &QListWidget::currentRowChanged, this, &VoiceSuggestionsDialog::showNote);
    WindowFit::resizeWithin(this, QSize(560, 420));
    reload();
}

void VoiceSuggestionsDialog::reload()
{
    const Result<QList<VoiceSuggestions::Item>> items
            = VoiceSuggestions(m_store, m_session).ofCustomer(m_customerId);
    m_items = items.valueOr({});
    m_problem->setText(items ? QString() : items.errorString());
    m_list->clear();
    const QLocale locale;
    for (const VoiceSuggestions::Item &item : std::as_const(m_items))
        m_list->addItem(QStringLiteral("%1  %2 \u300c%3\u300d")
                                .arg(locale.toString(item.finding.notedOn, QLocale::ShortFormat),
                                     item.heard, item.finding.phrase));
    if (m_items.isEmpty())
        m_list->addItem(tr("Nothing waiting: every suggestion was confirmed or dismissed."));
    m_confirm->setEnabled(!m_items.isEmpty());
    m_dismiss->setEnabled(!m_items.isEmpty());
    select(0);
}

void VoiceSuggestionsDialog::select(int row)
{
    m_list->setCurrentRow(row);
    showNote(row);
}

void VoiceSuggestionsDialog::showNote(int row)
{
    if (row < 0 || row >= m_items.size()) {
        m_note->clear();
        return;
    }
    const VoiceSuggestions::Item &item = m_items.at(row);
    m_note->setPlainText(item.note);
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(m_note->document());
    selection.cursor.setPosition(std::min<int>(item.finding.start, int(item.note.size())));
    selection.cursor.setPosition(std::min<int>(item.finding.start + item.finding.length,
                                               int(item.note.size())),
                                 QTextCursor::KeepAnchor);
    selection.format.setBackground(QColor(255, 230, 140));
    m_note->setExtraSelections({selection});
}

bool VoiceSuggestionsDialog::decide(bool confirm)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_items.size())
        return false;
    VoiceReview review(m_store, m_session);
    const QString id = m_items.at(row).finding.id;
    QString problem;
    if (confirm) {
        const Result<VoiceReview::Confirmed> confirmed = review.confirm(id);
        problem = confirmed ? QString() : confirmed.errorString();
    } else {
        const Result<> dismissed = review.dismiss(id);
        problem = dismissed ? QString() : dismissed.errorString();
    }
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        return false;
    }
    emit decided();
    reload();
    select(std::min(row, int(m_items.size()) - 1));
    return true;
}

bool VoiceSuggestionsDialog::confirmSelected()
{
    return decide(true);
}

bool VoiceSuggestionsDialog::dismissSelected()
{
    return decide(false);
}

} // namespace bd
