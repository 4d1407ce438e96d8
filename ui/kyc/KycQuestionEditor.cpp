#include "ui/kyc/KycQuestionEditor.h"

#include "app/domain/Money.h"
#include "app/services/kyc/KycAnswerValue.h"
#include "database/core/SqlTime.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bd {

KycQuestionEditor::KycQuestionEditor(const KycQuestion &question, QWidget *parent)
    : QWidget(parent)
    , m_question(question)
{
    setObjectName(question.id);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 6);
    auto *text = new QLabel(QStringLiteral("<b>%1</b>").arg(question.text.text().toHtmlEscaped()));
    text->setWordWrap(true);
    layout->addWidget(text);

    auto *knownRow = new QHBoxLayout;
    m_knownLabel = new QLabel;
    m_knownLabel->setObjectName(QStringLiteral("known"));
    m_knownLabel->setWordWrap(true);
    m_changeButton = new QPushButton(tr("Change answer"));
    m_changeButton->setObjectName(QStringLiteral("change"));
    m_changeButton->setAutoDefault(false); // Return in an input confirms it, nothing else
    knownRow->addWidget(m_knownLabel, 1);
    knownRow->addWidget(m_changeButton);
    layout->addLayout(knownRow);
    connect(m_changeButton, &QPushButton::clicked, this, &KycQuestionEditor::openForChange);

    m_input = makeInput();
    layout->addWidget(m_input);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("status"));
    layout->addWidget(m_status);
    setKnown(std::nullopt);
}

QWidget *KycQuestionEditor::makeInput()
{
    auto *input = new QWidget;
    auto *layout = new QHBoxLayout(input);
    layout->setContentsMargins(12, 0, 0, 0);
    switch (m_question.type) {
    case KycAnswerType::Choice:
    case KycAnswerType::Range:
    case KycAnswerType::MultiChoice: {
        const bool multi = m_question.type == KycAnswerType::MultiChoice;
        auto *group = new QButtonGroup(input);
        group->setExclusive(!multi);
        auto *grid = new QVBoxLayout;
        auto *row = new QHBoxLayout;
        int inRow = 0;
        for (const KycOption &option : m_question.options) {
            QAbstractButton *button = multi
                    ? static_cast<QAbstractButton *>(new QCheckBox(option.label.text()))
                    : static_cast<QAbstractButton *>(new QRadioButton(option.label.text()));
            button->setObjectName(QStringLiteral("option:") + option.code);
            group->addButton(button);
            m_optionButtons.append(button);
            row->addWidget(button);
            if (++inRow == 4) {
                row->addStretch();
                grid->addLayout(row);
                row = new QHBoxLayout;
                inRow = 0;
            }
            connect(button, &QAbstractButton::clicked, this, &KycQuestionEditor::commit);
        }
        row->addStretch();
        grid->addLayout(row);
        layout->addLayout(grid);
        break;
    }
    case KycAnswerType::Amount:
    case KycAnswerType::FundArrival:
        if (m_question.type == KycAnswerType::FundArrival) {
            m_date = new QDateEdit(QDate::currentDate());
            m_date->setObjectName(QStringLiteral("date"));
            m_date->setCalendarPopup(true);
            m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            layout->addWidget(new QLabel(tr("Date:")));
            layout->addWidget(m_date);
            connect(m_date, &QDateEdit::editingFinished, this, &KycQuestionEditor::commit);
        }
        m_amount = new QLineEdit;
        m_amount->setObjectName(QStringLiteral("amount"));
        m_amount->setPlaceholderText(tr("Amount, e.g. 50000 or 5万"));
        layout->addWidget(new QLabel(tr("Amount (¥):")));
        layout->addWidget(m_amount);
        layout->addStretch();
        connect(m_amount, &QLineEdit::editingFinished, this, &KycQuestionEditor::commit);
        break;
    case KycAnswerType::Date:
        m_date = new QDateEdit(QDate::currentDate());
        m_date->setObjectName(QStringLiteral("date"));
        m_date->setCalendarPopup(true);
        m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        layout->addWidget(m_date);
        layout->addStretch();
        connect(m_date, &QDateEdit::editingFinished, this, &KycQuestionEditor::commit);
        break;
    case KycAnswerType::Number:
        m_number = new QSpinBox;
        m_number->setObjectName(QStringLiteral("number"));
        m_number->setRange(m_question.minimum, m_question.maximum);
        layout->addWidget(m_number);
        layout->addStretch();
        connect(m_number, &QSpinBox::editingFinished, this, &KycQuestionEditor::commit);
        break;
    case KycAnswerType::Text:
        m_line = new QLineEdit;
        m_line->setObjectName(QStringLiteral("text"));
        layout->addWidget(m_line);
        connect(m_line, &QLineEdit::editingFinished, this, &KycQuestionEditor::commit);
        break;
    }
    return input;
}

std::optional<QJsonObject> KycQuestionEditor::value() const
{
    QJsonObject value;
    switch (m_question.type) {
    case KycAnswerType::Choice:
    case KycAnswerType::Range:
    case KycAnswerType::MultiChoice: {
        QStringList codes;
        for (QAbstractButton *button : m_optionButtons)
            if (button->isChecked())
                codes << button->objectName().mid(7);
        if (m_question.type == KycAnswerType::MultiChoice)
            value = KycAnswerValue::choices(codes);
        else if (m_question.type == KycAnswerType::Range)
            value = KycAnswerValue::range(codes.value(0));
        else
            value = KycAnswerValue::choice(codes.value(0));
        break;
    }
    case KycAnswerType::Amount:
    case KycAnswerType::FundArrival: {
        const std::optional<Money> money = Money::parse(m_amount->text());
        if (!money)
            return std::nullopt;
        value = m_question.type == KycAnswerType::Amount
                ? KycAnswerValue::amount(money->fen())
                : KycAnswerValue::fundArrival(m_date->date(), money->fen());
        break;
    }
    case KycAnswerType::Date: value = KycAnswerValue::date(m_date->date()); break;
    case KycAnswerType::Number: value = KycAnswerValue::number(m_number->value()); break;
    case KycAnswerType::Text: value = KycAnswerValue::text(m_line->text().trimmed()); break;
    }
    if (!KycAnswerValue::isValid(m_question, value))
        return std::nullopt;
    return value;
}

void KycQuestionEditor::commit()
{
    if (m_filling)
        return;
    if (const std::optional<QJsonObject> complete = value())
        emit answered(m_question.id, *complete);
    else if (m_amount && !m_amount->text().isEmpty() && !Money::parse(m_amount->text()))
        setSaveResult(false, tr("\"%1\" is not an amount.").arg(m_amount->text()));
}

void KycQuestionEditor::fill(const QJsonObject &value)
{
    m_filling = true;
    const QStringList codes = KycAnswerValue::codes(value);
    for (QAbstractButton *button : m_optionButtons)
        button->setChecked(codes.contains(button->objectName().mid(7)));
    if (m_amount && KycAnswerValue::amountFen(value))
        m_amount->setText(Money::fromFen(*KycAnswerValue::amountFen(value)).toPlainString());
    if (m_date && KycAnswerValue::day(value).isValid())
        m_date->setDate(KycAnswerValue::day(value));
    if (m_number && KycAnswerValue::numberOf(value))
        m_number->setValue(*KycAnswerValue::numberOf(value));
    if (m_line)
        m_line->setText(KycAnswerValue::textOf(value));
    m_filling = false;
}

void KycQuestionEditor::setKnown(const std::optional<KycKnownAnswer> &known, bool fold)
{
    if (!known) {
        m_knownLabel->setText(tr("Not asked yet."));
        m_knownLabel->setStyleSheet(QStringLiteral("color: #777"));
        m_changeButton->hide();
        m_input->show();
        return;
    }
    fill(known->value);
    const QDateTime when = SqlTime::parseTimestamp(known->answeredAt).toLocalTime();
    const QString source = known->inDraft ? tr("this draft")
                                          : tr("KYC version %1").arg(known->versionNo);
    m_knownLabel->setText(tr("Known: %1 — given %2 (%3)")
                                  .arg(KycAnswerValue::display(m_question, known->value),
                                       QLocale().toString(when, QLocale::ShortFormat), source));
    m_knownLabel->setStyleSheet(QStringLiteral("color: #1d5e20"));
    if (fold) {
        m_input->hide();
        m_changeButton->show();
    }
}

void KycQuestionEditor::openForChange()
{
    m_input->show();
    m_changeButton->hide();
}

void KycQuestionEditor::setSaveResult(bool saved, const QString &message)
{
    m_status->setText(message);
    m_status->setStyleSheet(saved ? QStringLiteral("color: #777") : QStringLiteral("color: #b00020"));
    Q_UNUSED(saved)
}

} // namespace bd
