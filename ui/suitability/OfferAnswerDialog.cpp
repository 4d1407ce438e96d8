#include "ui/suitability/OfferAnswerDialog.h"

#include "app/services/suitability/OfferTerms.h"
#include "app/services/suitability/RiskRating.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace bd {

OfferAnswerDialog::OfferAnswerDialog(const ShelfProduct &product, const QString &response,
                                     QWidget *parent)
    : QDialog(parent)
    , m_response(response)
{
    setObjectName(QStringLiteral("offerAnswerDialog"));
    setWindowTitle(tr("%1: %2").arg(product.name, OfferTerms::responseLabel(response)));
    auto *layout = new QFormLayout(this);
    layout->addRow(new QLabel(tr("%1 %2, %3").arg(product.code, product.name,
                                                   RiskRating::productLabel(product.risk)),
                              this));
    if (response == QLatin1String("declined")) {
        m_reason = new QComboBox(this);
        m_reason->setObjectName(QStringLiteral("offerDeclineReason"));
        for (const QString &code : OfferTerms::declineReasons())
            m_reason->addItem(OfferTerms::declineReasonLabel(code), code);
        layout->addRow(tr("&Why"), m_reason);
    }
    if (product.needsRecording) {
        m_recording = new QLineEdit(this);
        m_recording->setObjectName(QStringLiteral("offerRecordingReference"));
        m_recording->setPlaceholderText(tr("Reference of the audio-video recording"));
        layout->addRow(tr("&Dual recording (双录) reference"), m_recording);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(buttons);
}

OfferAnswer OfferAnswerDialog::answer() const
{
    OfferAnswer given;
    given.response = m_response;
    if (m_reason)
        given.declineReason = m_reason->currentData().toString();
    if (m_recording)
        given.recordingReference = m_recording->text();
    return given;
}

} // namespace bd
