#pragma once

#include "app/domain/Ids.h"
#include "app/services/core/Session.h"
#include "app/services/suitability/SuitabilityGate.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bd {

class Store;

// Records a sale: product, amount, channel, and what the gate asks for (the 双录 recording's
// reference; for a customer of 65 or more and a product above R3, the reference of the
// extra confirmation). What the gate would say is shown while staff type; a refused sale
// stays open with the reasons, and nothing is recorded. There is no override.
class SaleDialog : public QDialog
{
    Q_OBJECT

public:
    SaleDialog(Store &store, const Session &session, const CustomerId &customer,
               const QString &productCode = {}, QWidget *parent = nullptr);

    // For tests: fill the form as staff would, then press the button.
    void setProduct(const QString &code);
    void setAmount(const QString &typed);
    void setChannel(const QString &code);
    void setRecordingReference(const QString &reference);
    void setElderlyConfirmation(const QString &reference);
    bool record();
    QString verdictText() const;

private:
    SuitabilityGate::Request request() const;
    void showVerdict();

    Store &m_store;
    Session m_session;
    CustomerId m_customer;
    QComboBox *m_product;
    QLineEdit *m_amount;
    QComboBox *m_channel;
    QLineEdit *m_recording;
    QLineEdit *m_elderly;
    QLabel *m_verdict;
    QPushButton *m_record;
};

} // namespace bd
