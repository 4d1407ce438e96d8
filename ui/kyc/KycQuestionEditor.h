#pragma once

#include "app/services/kyc/KycQuestionBank.h"
#include "app/services/kyc/KycService.h"

#include <QJsonObject>
#include <QWidget>

#include <optional>

class QAbstractButton;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace bd {

// One question of the bank with the input its answer type needs. An answer already known
// is shown with when it was given and the input stays folded away ("never ask twice")
// until "Change answer" is pressed. A complete answer is emitted at once (autosave).
class KycQuestionEditor : public QWidget
{
    Q_OBJECT

public:
    KycQuestionEditor(const KycQuestion &question, QWidget *parent = nullptr);

    const KycQuestion &question() const { return m_question; }
    // fold: hide the input behind "Change answer" (a multi-choice being ticked stays open).
    void setKnown(const std::optional<KycKnownAnswer> &known, bool fold = true);
    void setSaveResult(bool saved, const QString &message);
    std::optional<QJsonObject> value() const; // the input's value if complete
    void openForChange();

signals:
    void answered(const QString &questionId, const QJsonObject &value);

private:
    QWidget *makeInput();
    void commit();
    void fill(const QJsonObject &value);

    KycQuestion m_question;
    QLabel *m_knownLabel = nullptr;
    QPushButton *m_changeButton = nullptr;
    QWidget *m_input = nullptr;
    QLabel *m_status = nullptr;
    QList<QAbstractButton *> m_optionButtons;
    QLineEdit *m_line = nullptr;
    QLineEdit *m_amount = nullptr;
    QDateEdit *m_date = nullptr;
    QSpinBox *m_number = nullptr;
    bool m_filling = false;
};

} // namespace bd
