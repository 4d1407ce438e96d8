#pragma once

#include <QWidget>

class QListWidget;
class QTreeWidget;

namespace bd {

class KycGrid;
struct Customer360;

// The 360's first tab: today's alerts, the KYC nine-grid's completeness and the profile
// tags by dimension.
class CustomerOverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerOverviewPage(QWidget *parent = nullptr);

    void showCustomer(const Customer360 &data);
    QString selectedTagId() const; // the customer tag chosen in the tree; empty if none

signals:
    void kycCellChosen(const QString &cellId);

private:
    void showAlerts(const Customer360 &data);
    void showTags(const Customer360 &data);

    QListWidget *m_alerts = nullptr;
    KycGrid *m_kyc = nullptr;
    QTreeWidget *m_tags = nullptr;
};

} // namespace bd
