#pragma once

#include "app/services/kyc/KycQuestionBank.h"
#include "app/services/kyc/KycService.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace bd {

class KycQuestionEditor;

// The questions of one cell of the grid, each with its known answer.
class KycCellPage : public QWidget
{
    Q_OBJECT

public:
    explicit KycCellPage(QWidget *parent = nullptr);

    void showCell(const KycCell &cell, const QHash<QString, KycKnownAnswer> &known);
    QString cellId() const { return m_cellId; }
    KycQuestionEditor *editor(const QString &questionId) const;
    QList<KycQuestionEditor *> editors() const { return m_editors; }

signals:
    void answered(const QString &questionId, const QJsonObject &value);
    void backToOverview();
    void nextCell();

private:
    QString m_cellId;
    QLabel *m_title = nullptr;
    QWidget *m_questions = nullptr;
    QVBoxLayout *m_questionLayout = nullptr;
    QList<KycQuestionEditor *> m_editors;
};

} // namespace bd
