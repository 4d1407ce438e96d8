#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"
#include "app/services/core/Session.h"
#include "app/services/offers/OfferService.h"
#include "app/services/suitability/SuitabilityService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace bd {

class BackgroundReader;
class LatestRead;
class HoldingOnShelfModel;
class OfferModel;
class Store;

// A customer's next best offers with their reasons, and what the customer says to them:
// accepted, declined (with a reason) or not now, recorded through the suitability gate,
// and a sale. On the 360 with the customer's holdings against the shelf; at the counter
// (the teller's step 6) the offers alone. Reads on a background thread.
class OfferPanel : public QWidget
{
    Q_OBJECT

public:
    OfferPanel(Store &store, const Session &session, OfferContext context,
               BackgroundReader *reader, QWidget *parent = nullptr);

    void setCustomer(const CustomerId &customer);
    void reload();
    bool isLoaded() const { return m_loaded; }
    const OfferList &offers() const { return m_offers; }
    QString heldBackText() const;
    QString statusText() const;
    int holdingRows() const;

    // What the buttons do once the answer's details are known (tests call these).
    Result<> answer(int row, const OfferAnswer &answer);
    // Opens the sale dialog for the offer in `row` (-1: any product of the shelf).
    void openSale(int row);

signals:
    void loaded();
    void recorded(); // an answer or a sale was recorded

private:
    struct Loaded
    {
        Result<OfferList> offers;
        Result<QList<HoldingOnShelf>> holdings;
    };
    void show(const Loaded &loaded);
    int selectedRow() const;
    void askAnswer(const QString &response);
    QString contextCode() const;

    Store &m_store;
    Session m_session;
    OfferContext m_context;
    LatestRead *m_read; // on the reader given, shared with the page's other panels
    CustomerId m_customer;
    OfferList m_offers;
    bool m_loaded = false;

    QLabel *m_heldBack;
    OfferModel *m_model;
    QTableView *m_view;
    HoldingOnShelfModel *m_holdings = nullptr;
    QList<QPushButton *> m_answerButtons;
    QPushButton *m_sale;
    QLabel *m_status;
};

} // namespace bd
