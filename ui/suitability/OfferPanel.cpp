#include "ui/suitability/OfferPanel.h"

#include "app/services/suitability/OfferTerms.h"
#include "ui/common/BackgroundReader.h"
#include "ui/common/LatestRead.h"
#include "ui/common/RowTableView.h"
#include "ui/suitability/OfferAnswerDialog.h"
#include "ui/suitability/OfferModels.h"
#include "ui/suitability/SaleDialog.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace bd {

OfferPanel::OfferPanel(Store &store, const Session &session, OfferContext context,
                       BackgroundReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_context(context)
    , m_read(new LatestRead(this, reader ? reader : new BackgroundReader(this)))
    , m_heldBack(new QLabel(this))
    , m_model(new OfferModel(this))
    , m_sale(new QPushButton(tr("Record a &sale…"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("offerPanel"));
    m_heldBack->setObjectName(QStringLiteral("offerHeldBack"));
    m_heldBack->setWordWrap(true);
    m_heldBack->setStyleSheet(QStringLiteral(
            "QLabel { background: #fff3cd; border: 1px solid #e0a800; padding: 6px; }"));
    m_heldBack->hide();
    m_view = newRowTableView(m_model, QStringLiteral("offerTable"), this);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("offerStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    const struct { const char *response; const char *name; QString text; } answers[] = {
            {"accepted", "offerAccepted", tr("Accepted…")},
            {"declined", "offerDeclined", tr("Declined…")},
            {"not_now", "offerNotNow", tr("Not now…")}};
    for (const auto &a : answers) {
        auto *button = new QPushButton(a.text, this);
        button->setObjectName(QLatin1String(a.name));
        const QString response = QLatin1String(a.response);
        connect(button, &QPushButton::clicked, this, [this, response] { askAnswer(response); });
        buttons->addWidget(button);
        m_answerButtons << button;
    }
    m_sale->setObjectName(QStringLiteral("offerSale"));
    connect(m_sale, &QPushButton::clicked, this, [this] { openSale(selectedRow()); });
    buttons->addWidget(m_sale);
    buttons->addStretch(1);
    const bool mayRecommend = m_session.can(Permission::RecommendProducts);
    for (QPushButton *button : std::as_const(m_answerButtons)) {
        button->setEnabled(mayRecommend);
        if (!mayRecommend)
            button->setToolTip(m_session.refusal(Permission::RecommendProducts));
    }
    m_sale->setVisible(m_session.can(Permission::SellProducts));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heldBack);
    // The answers above the list: at the counter the panel sits low in a scrolled column, and
    // at 1366x768 a row of buttons under the list fell below what the teller sees.
    layout->addLayout(buttons);
    layout->addWidget(m_view, 2);
    layout->addWidget(m_status);
    if (m_context == OfferContext::Outreach) {
        m_holdings = new HoldingOnShelfModel(this);
        layout->addWidget(new QLabel(tr("What the customer holds, against the product shelf:"), this));
        layout->addWidget(newRowTableView(m_holdings, QStringLiteral("holdingsOnShelf"), this), 1);
    }
}

QString OfferPanel::contextCode() const
{
    return m_context == OfferContext::Counter ? QStringLiteral("counter")
                                              : QStringLiteral("customer360");
}

void OfferPanel::setCustomer(const CustomerId &customer)
{
    m_customer = customer;
    m_loaded = false;
    m_model->clear();
    if (m_holdings)
        m_holdings->clear();
    m_status->clear();
    reload();
}

void OfferPanel::reload()
{
    if (m_customer.isEmpty())
        return;
    Store *store = &m_store;
    const Session session = m_session;
    const CustomerId customer = m_customer;
    const OfferContext context = m_context;
    const bool withHoldings = m_holdings != nullptr;
    m_read->run<Loaded>(
            [store, session, customer, context, withHoldings]() -> Loaded {
                Loaded loaded{OfferService(*store, session).offersFor(customer, context),
                              QList<HoldingOnShelf>()};
                if (withHoldings)
                    loaded.holdings = SuitabilityService(*store, session).holdingsOnShelf(customer);
                return loaded;
            },
            [this](Loaded loaded) { show(loaded); });
}

void OfferPanel::show(const Loaded &read)
{
    if (!read.offers) {
        m_status->setText(tr("The offers cannot be shown: %1").arg(read.offers.errorString()));
        return;
    }
    m_offers = *read.offers;
    m_model->setRows(m_offers.offers);
    m_view->resizeRowsToContents();
    const QString held = heldBackText();
    m_heldBack->setText(held);
    m_heldBack->setVisible(!held.isEmpty());
    if (m_holdings && read.holdings)
        m_holdings->setRows(*read.holdings);
    m_loaded = true;
    emit loaded();
}

QString OfferPanel::heldBackText() const
{
    if (!m_offers.heldBack.isEmpty())
        return m_offers.heldBack;
    if (m_loaded && m_offers.offers.isEmpty())
        return tr("Nothing on the shelf fits this customer now.");
    return {};
}

QString OfferPanel::statusText() const
{
    return m_status->text();
}

int OfferPanel::holdingRows() const
{
    return m_holdings ? m_holdings->rowCount() : 0;
}

int OfferPanel::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? (m_model->rowCount() == 1 ? 0 : -1) : rows.first().row();
}

Result<> OfferPanel::answer(int row, const OfferAnswer &answer)
{
    if (row < 0 || row >= m_model->rows().size()) {
        m_status->setText(tr("Choose an offer first."));
        return Error(m_status->text());
    }
    const Offer &offer = m_model->rows().at(row);
    OfferAnswer given = answer;
    given.reasons = offer.reasonCodes();
    given.context = given.context.isEmpty() ? contextCode() : given.context;
    SuitabilityService service(m_store, m_session);
    const Result<ProductOfferId> offerId = service.recordOffer(m_customer, offer.product.code, given);
    if (!offerId) {
        m_status->setText(tr("Not recorded: %1").arg(offerId.errorString()));
        return offerId.error();
    }
    m_status->setText(tr("Recorded: %1 — %2.")
                              .arg(offer.product.name, OfferTerms::responseLabel(given.response)));
    emit recorded();
    reload();
    return {};
}

void OfferPanel::askAnswer(const QString &response)
{
    const int row = selectedRow();
    if (row < 0) {
        m_status->setText(tr("Choose an offer first."));
        return;
    }
    OfferAnswerDialog dialog(m_model->rows().at(row).product, response, this);
    if (dialog.exec() == QDialog::Accepted)
        (void)answer(row, dialog.answer()); // the status line says how it went
}

void OfferPanel::openSale(int row)
{
    const QString product = row >= 0 && row < m_model->rows().size()
            ? m_model->rows().at(row).product.code : QString();
    auto *dialog = new SaleDialog(m_store, m_session, m_customer, product, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_status->setText(tr("Sale recorded."));
        emit recorded();
        reload();
    });
    dialog->open();
}

} // namespace bd
