#include "ui/kyc/KycCellPage.h"

#include "ui/kyc/KycQuestionEditor.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace bd {

KycCellPage::KycCellPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("cellTitle"));
    layout->addWidget(m_title);
    auto *hint = new QLabel(tr("Every answer is saved to the draft at once. Answers already "
                               "known are shown; change them only if they changed."));
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #555"));
    layout->addWidget(hint);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_questions = new QWidget;
    m_questionLayout = new QVBoxLayout(m_questions);
    scroll->setWidget(m_questions);
    layout->addWidget(scroll, 1);

    auto *buttons = new QHBoxLayout;
    auto *back = new QPushButton(tr("Back to the grid"));
    back->setObjectName(QStringLiteral("back"));
    auto *next = new QPushButton(tr("Next suggested cell"));
    next->setObjectName(QStringLiteral("nextCell"));
    // Return in an input confirms that answer; it must not press a button of the page.
    back->setAutoDefault(false);
    next->setAutoDefault(false);
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(next);
    layout->addLayout(buttons);
    connect(back, &QPushButton::clicked, this, &KycCellPage::backToOverview);
    connect(next, &QPushButton::clicked, this, &KycCellPage::nextCell);
}

void KycCellPage::showCell(const KycCell &cell, const QHash<QString, KycKnownAnswer> &known)
{
    m_cellId = cell.id;
    m_title->setText(QStringLiteral("<h3>%1</h3>").arg(cell.title.text().toHtmlEscaped()));
    m_editors.clear();
    while (QLayoutItem *item = m_questionLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const KycQuestion &question : cell.questions) {
        auto *editor = new KycQuestionEditor(question, m_questions);
        if (known.contains(question.id))
            editor->setKnown(known.value(question.id));
        connect(editor, &KycQuestionEditor::answered, this, &KycCellPage::answered);
        m_questionLayout->addWidget(editor);
        auto *line = new QFrame;
        line->setFrameShape(QFrame::HLine);
        line->setStyleSheet(QStringLiteral("color: #ddd"));
        m_questionLayout->addWidget(line);
        m_editors.append(editor);
    }
    m_questionLayout->addStretch();
}

KycQuestionEditor *KycCellPage::editor(const QString &questionId) const
{
    for (KycQuestionEditor *editor : m_editors)
        if (editor->question().id == questionId)
            return editor;
    return nullptr;
}

} // namespace bd
