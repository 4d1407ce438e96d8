#include "ui/suitability/SaleDialog.h"

#include "app/domain/DomainTerms.h"
#include "app/services/suitability/ProductShelfFile.h"
#include "app/services/suitability/ProductShelfService.h"
#include "app/services/suitability/RiskRating.h"
#include "app/services/suitability/SuitabilityService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace bd {

SaleDialog::SaleDialog(Store &store, const Session &session, const CustomerId &customer,
                       const QString &productCode, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
    , m_customer(customer)
    , m_product(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_channel(new QComboBox(this))
    , m_recording(new QLineEdit(this))
    , m_elderly(new QLineEdit(this))
    , m_verdict(new QLabel(this))
    , m_record(new QPushButton(tr("&Record the sale"), this))
{
    setObjectName(QStringLiteral("saleDialog"));
    setWindowTitle(tr("Record a sale"));
    m_product->setObjectName(QStringLiteral("saleProduct"));
    const Result<ProductShelf> shelf = ProductShelfService(m_store, m_session).current();
    if (shelf) {
        for (const ShelfProduct &product : shelf->products())
            m_product->addItem(tr("%1 %2 (%3)").arg(product.code, product.name,
                                                     RiskRating::productCode(product.risk)),
                               product.code);
    }
    if (const int index = m_product->findData(productCode); index >= 0)
        m_product->setCurrentIndex(index);
    m_amount->setObjectName(QStringLiteral("saleAmount"));
    m_amount->setPlaceholderText(tr("e.g. 50000 or 5万"));
    m_channel->setObjectName(QStringLiteral("saleChannel"));
    for (const QString &code : ProductShelfFile::channelCodes())
        m_channel->addItem(DomainTerms::label(Vocabulary::Channel, code), code);
    m_recording->setObjectName(QStringLiteral("saleRecordingReference"));
    m_recording->setPlaceholderText(tr("Reference of the audio-video recording"));
    m_elderly->setObjectName(QStringLiteral("saleElderlyConfirmation"));
    m_elderly->setPlaceholderText(tr("Only for customers of 65 or more, products above R3"));
    m_verdict->setObjectName(QStringLiteral("saleVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_record->setObjectName(QStringLiteral("saleRecord"));
    m_record->setDefault(true);
    connect(m_record, &QPushButton::clicked, this, &SaleDialog::record);

    connect(m_product, &QComboBox::currentIndexChanged, this, &SaleDialog::showVerdict);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &SaleDialog::showVerdict);
    for (QLineEdit *edit : {m_amount, m_recording, m_elderly})
        connect(edit, &QLineEdit::textChanged, this, &SaleDialog::showVerdict);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_record, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Product"), m_product);
    layout->addRow(tr("&Amount"), m_amount);
    layout->addRow(tr("&Channel"), m_channel);
    layout->addRow(tr("&Dual recording (双录) reference"), m_recording);
    layout->addRow(tr("&Extra confirmation (65+)"), m_elderly);
    layout->addRow(m_verdict);
    layout->addRow(buttons);
    showVerdict();
}

SuitabilityGate::Request SaleDialog::request() const
{
    SuitabilityGate::Request request;
    request.act = SuitabilityGate::Act::Sale;
    request.amount = Money::parse(m_amount->text()).value_or(Money());
    request.channel = m_channel->currentData().toString();
    request.recordingReference = m_recording->text();
    request.elderlyConfirmation = m_elderly->text();
    return request;
}

void SaleDialog::showVerdict()
{
    const Result<SuitabilityGate::Verdict> verdict = SuitabilityService(m_store, m_session).check(
            m_customer, m_product->currentData().toString(), request());
    if (!verdict)
        m_verdict->setText(verdict.errorString());
    else if (verdict->allowed())
        m_verdict->setText(tr("The suitability check passes."));
    else
        m_verdict->setText(tr("Not yet:\n%1").arg(verdict->reasons()));
    m_verdict->setStyleSheet(verdict && verdict->allowed() ? QStringLiteral("color: #1e7b34;")
                                                           : QStringLiteral("color: #b03a2e;"));
}

bool SaleDialog::record()
{
    const SuitabilityGate::Request typed = request();
    SaleInput sale{typed.amount, typed.channel, typed.recordingReference, typed.elderlyConfirmation};
    SuitabilityService service(m_store, m_session);
    const Result<ProductSaleId> recorded
            = service.recordSale(m_customer, m_product->currentData().toString(), sale);
    if (!recorded) {
        m_verdict->setText(tr("The sale was refused:\n%1").arg(recorded.errorString()));
        m_verdict->setStyleSheet(QStringLiteral("color: #b03a2e;"));
        return false;
    }
    accept();
    return true;
}

void SaleDialog::setProduct(const QString &code)
{
    m_product->setCurrentIndex(m_product->findData(code));
}

void SaleDialog::setAmount(const QString &typed)
{
    m_amount->setText(typed);
}

void SaleDialog::setChannel(const QString &code)
{
    m_channel->setCurrentIndex(m_channel->findData(code));
}

void SaleDialog::setRecordingReference(const QString &reference)
{
    m_recording->setText(reference);
}

void SaleDialog::setElderlyConfirmation(const QString &reference)
{
    m_elderly->setText(reference);
}

QString SaleDialog::verdictText() const
{
    return m_verdict->text();
}

} // namespace bd
