#pragma once

#include "app/domain/SegmentFields.h"

#include <QList>
#include <QPair>
#include <QVariantList>
#include <QWidget>

class QToolButton;
class QMenu;

namespace bd {

// (value, label) choices for a field whose values come from the branch's data: tags and
// managers (ids shown by name), industries, districts, KYC answer codes.
using SegmentChoices = QList<QPair<QString, QString>>;

// The editor of one condition's value(s), suited to its field and operator: spin boxes
// for numbers and days, yuan amounts (stored as fen), yes/no, a checkable list of codes or
// choices, or typed texts separated by commas.
class SegmentValueEditor : public QWidget
{
    Q_OBJECT

public:
    SegmentValueEditor(const SegmentField &field, SegmentOperator op, const SegmentChoices &choices,
                       QWidget *parent = nullptr);

    // What the definition gets; an amount that does not parse gives an empty list, which
    // the definition's check reports.
    QVariantList values() const;
    void setValues(const QVariantList &values);

    static QString codeLabel(const QString &fieldCode, const QString &code); // translated

signals:
    void changed();

private:
    void addNumberEditors(int count);
    void updateChoiceText();

    const SegmentField &m_field;
    SegmentOperator m_op;
    SegmentChoices m_choices;
    QList<QWidget *> m_editors;
    QToolButton *m_choiceButton = nullptr;
    QMenu *m_choiceMenu = nullptr;
};

} // namespace bd
