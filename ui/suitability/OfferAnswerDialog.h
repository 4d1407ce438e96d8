#pragma once

#include "app/services/suitability/ProductShelf.h"
#include "app/services/suitability/SuitabilityService.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace bd {

// The details of a customer's answer to an offer: why they declined, and the reference of
// the 双录 recording when the product is sold with one.
class OfferAnswerDialog : public QDialog
{
    Q_OBJECT

public:
    OfferAnswerDialog(const ShelfProduct &product, const QString &response,
                      QWidget *parent = nullptr);

    OfferAnswer answer() const;

private:
    QString m_response;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_recording = nullptr;
};

} // namespace bd
