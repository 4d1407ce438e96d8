#pragma once

#include "app/services/kyc/KycService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace bd {

// The customer's KYC versions and what changed between any two of them.
class KycHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    KycHistoryDialog(KycService &service, const CustomerId &customer, QWidget *parent = nullptr);

    void compare(int olderIndex, int newerIndex); // indexes into versions(), newest first
    const QList<KycSessionRow> &versions() const { return m_versions; }
    QTableWidget *versionTable() const { return m_versionTable; }
    QTableWidget *diffTable() const { return m_diffTable; }
    // Why the history or a comparison cannot be shown; hidden while there is nothing wrong.
    QLabel *problemLabel() const { return m_problem; }

private:
    void showDiff();
    void showProblem(const QString &text);

    KycService &m_service;
    QList<KycSessionRow> m_versions;
    QTableWidget *m_versionTable = nullptr;
    QComboBox *m_older = nullptr;
    QComboBox *m_newer = nullptr;
    QTableWidget *m_diffTable = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace bd
