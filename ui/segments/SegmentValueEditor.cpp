#include "ui/segments/SegmentValueEditor.h"

#include "app/domain/CustomerTier.h"
#include "app/domain/DomainTerms.h"
#include "app/domain/Money.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSpinBox>
#include <QToolButton>

namespace bd {

namespace {
bool closedChoices(const SegmentField &field)
{
    const QString code = QLatin1String(field.code);
    return field.kind == SegmentValueKind::Code || code == QLatin1String("tag")
            || code == QLatin1String("manager");
}
} // namespace

QString SegmentValueEditor::codeLabel(const QString &fieldCode, const QString &code)
{
    if (fieldCode == QLatin1String("tier"))
        return Tiers::label(Tiers::fromCode(code));
    if (fieldCode == QLatin1String("gender"))
        return DomainTerms::label(Vocabulary::Gender, code);
    if (fieldCode == QLatin1String("lifecycle_stage"))
        return DomainTerms::label(Vocabulary::LifecycleStage, code);
    if (fieldCode == QLatin1String("holding_family"))
        return DomainTerms::label(Vocabulary::ProductFamily, code);
    if (fieldCode == QLatin1String("event"))
        return DomainTerms::label(Vocabulary::EventKind, code);
    if (fieldCode == QLatin1String("assignment_mode"))
        return DomainTerms::label(Vocabulary::AssignmentMode, code);
    return code;
}

SegmentValueEditor::SegmentValueEditor(const SegmentField &field, SegmentOperator op,
                                       const SegmentChoices &choices, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
    , m_op(op)
    , m_choices(choices)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    switch (field.kind) {
    case SegmentValueKind::Integer:
    case SegmentValueKind::Money:
    case SegmentValueKind::Days:
        addNumberEditors(op == SegmentOperator::Between ? 2 : 1);
        break;
    case SegmentValueKind::Boolean: {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("segmentValue"));
        combo->addItem(tr("Yes"), true);
        combo->addItem(tr("No"), false);
        connect(combo, &QComboBox::currentIndexChanged, this, &SegmentValueEditor::changed);
        layout->addWidget(combo);
        m_editors << combo;
        break;
    }
    case SegmentValueKind::Code:
    case SegmentValueKind::Text:
        if (closedChoices(field)) {
            if (field.kind == SegmentValueKind::Code) {
                m_choices.clear();
                for (const QString &code : field.codes)
                    m_choices << qMakePair(code, codeLabel(QLatin1String(field.code), code));
            }
            m_choiceButton = new QToolButton(this);
            m_choiceButton->setObjectName(QStringLiteral("segmentValue"));
            m_choiceButton->setPopupMode(QToolButton::InstantPopup);
            m_choiceButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
            m_choiceMenu = new QMenu(m_choiceButton);
            for (const auto &[value, label] : std::as_const(m_choices)) {
                QAction *action = m_choiceMenu->addAction(label);
                action->setCheckable(true);
                action->setData(value);
                connect(action, &QAction::toggled, this, [this] {
                    updateChoiceText();
                    emit changed();
                });
            }
            m_choiceButton->setMenu(m_choiceMenu);
            layout->addWidget(m_choiceButton);
            updateChoiceText();
        } else {
            auto *edit = new QLineEdit(this);
            edit->setObjectName(QStringLiteral("segmentValue"));
            edit->setPlaceholderText(tr("values, separated by commas"));
            QStringList labels;
            for (const auto &choice : std::as_const(m_choices))
                labels << choice.second;
            auto *completer = new QCompleter(labels, edit);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            edit->setCompleter(completer);
            connect(edit, &QLineEdit::textChanged, this, &SegmentValueEditor::changed);
            layout->addWidget(edit);
            m_editors << edit;
        }
        break;
    }
}

void SegmentValueEditor::addNumberEditors(int count)
{
    for (int i = 0; i < count; ++i) {
        if (i == 1)
            layout()->addWidget(new QLabel(tr("and"), this));
        QWidget *editor = nullptr;
        if (m_field.kind == SegmentValueKind::Money) {
            auto *edit = new QLineEdit(this);
            edit->setPlaceholderText(tr("amount in yuan, e.g. 5万"));
            connect(edit, &QLineEdit::textChanged, this, &SegmentValueEditor::changed);
            editor = edit;
        } else {
            auto *spin = new QSpinBox(this);
            spin->setRange(int(m_field.minimum), int(m_field.maximum));
            if (m_field.kind == SegmentValueKind::Days)
                spin->setSuffix(tr(" days"));
            connect(spin, &QSpinBox::valueChanged, this, &SegmentValueEditor::changed);
            editor = spin;
        }
        editor->setObjectName(i == 0 ? QStringLiteral("segmentValue") : QStringLiteral("segmentValueHigh"));
        layout()->addWidget(editor);
        m_editors << editor;
    }
}

void SegmentValueEditor::updateChoiceText()
{
    QStringList chosen;
    for (QAction *action : m_choiceMenu->actions())
        if (action->isChecked())
            chosen << action->text();
    m_choiceButton->setText(chosen.isEmpty() ? tr("(choose)") : chosen.join(QStringLiteral(", ")));
}

QVariantList SegmentValueEditor::values() const
{
    QVariantList values;
    if (m_choiceMenu) {
        for (QAction *action : m_choiceMenu->actions())
            if (action->isChecked())
                values << action->data().toString();
        return values;
    }
    for (QWidget *editor : m_editors) {
        if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
            values << qint64(spin->value());
        } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            values << combo->currentData().toBool();
        } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
            if (m_field.kind == SegmentValueKind::Money) {
                QString text = edit->text().trimmed();
                const bool negative = text.startsWith(QLatin1Char('-'));
                if (negative)
                    text.remove(0, 1);
                const auto money = Money::parse(text);
                if (!money)
                    return {};
                values << qint64(negative ? -money->fen() : money->fen());
            } else {
                for (QString piece : edit->text().split(QRegularExpression(QStringLiteral("[,，、]")))) {
                    piece = piece.trimmed();
                    if (piece.isEmpty())
                        continue;
                    for (const auto &[value, label] : m_choices)
                        if (label == piece)
                            piece = value;
                    values << piece;
                }
            }
        }
    }
    return values;
}

void SegmentValueEditor::setValues(const QVariantList &values)
{
    const QSignalBlocker blocker(this);
    if (m_choiceMenu) {
        for (QAction *action : m_choiceMenu->actions()) {
            const QSignalBlocker actionBlocker(action);
            action->setChecked(values.contains(action->data()));
        }
        updateChoiceText();
        return;
    }
    if (m_editors.size() == 1 && qobject_cast<QLineEdit *>(m_editors.first())
        && m_field.kind != SegmentValueKind::Money) {
        QStringList texts;
        for (const QVariant &value : values) {
            QString text = value.toString();
            for (const auto &[code, label] : std::as_const(m_choices))
                if (code == text)
                    text = label;
            texts << text;
        }
        auto *edit = static_cast<QLineEdit *>(m_editors.first());
        const QSignalBlocker editBlocker(edit);
        edit->setText(texts.join(QStringLiteral(", ")));
        return;
    }
    for (qsizetype i = 0; i < m_editors.size() && i < values.size(); ++i) {
        QWidget *editor = m_editors.at(i);
        const QSignalBlocker editorBlocker(editor);
        if (auto *spin = qobject_cast<QSpinBox *>(editor))
            spin->setValue(int(values.at(i).toLongLong()));
        else if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentIndex(values.at(i).toBool() ? 0 : 1);
        else if (auto *edit = qobject_cast<QLineEdit *>(editor))
            edit->setText(Money::fromFen(values.at(i).toLongLong()).toPlainString().remove(QLatin1Char(',')));
    }
}

} // namespace bd
