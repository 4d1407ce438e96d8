#pragma once

#include "app/domain/Ids.h"
#include "app/services/kyc/KycService.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace bd {

class KycCellPage;
class KycGrid;
class Store;
struct Session;

// The KYC nine-grid wizard: an overview of the grid with each cell's completeness and a
// suggested next cell; any cell in any order; every answer saved to the draft at once;
// Finish makes the next KYC version. History (with diff) and a PDF summary from here too.
class KycWizard : public QDialog
{
    Q_OBJECT

public:
    KycWizard(Store &store, const Session &session, const CustomerId &customerId,
              QWidget *parent = nullptr);

    bool isReady() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

    void openCell(const QString &cellId);
    void showOverview();
    bool finish(); // makes the new version; false with the reason shown in the wizard
    bool printSummary(const QString &pdfPath);

    KycGrid *grid() const { return m_grid; }
    KycCellPage *cellPage() const { return m_cellPage; }
    QString suggestedCell() const { return m_suggested; }
    QString resultText() const;

private:
    void refresh();
    void save(const QString &questionId, const QJsonObject &value);
    void openHistory();
    void askAndPrint();

    Store &m_store;
    const Session &m_session;
    CustomerId m_customer;
    KycService m_service;
    QString m_problem;
    QString m_suggested;
    QHash<QString, KycKnownAnswer> m_known;

    QStackedWidget *m_pages = nullptr;
    KycGrid *m_grid = nullptr;
    KycCellPage *m_cellPage = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_draftState = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_suggestedButton = nullptr;
};

} // namespace bd
