#pragma once

#include "app/services/core/Session.h"
#include "database/products/OfferFigures.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace bd {

class LatestRead;
class OfferCountModel;
class Store;

// Offers made and taken, per product and per main reason, over the last 30, 90 or 365
// days, for the whole branch (the branch head) or one's own (everyone else).
class OfferDashboard : public QWidget
{
    Q_OBJECT

public:
    OfferDashboard(Store &store, const Session &session, QWidget *parent = nullptr);

    void reload();
    bool isLoaded() const { return m_loaded; }
    const OfferFigureSet &figures() const { return m_figures; }
    QString totalText() const;

signals:
    void loaded();

private:
    Store &m_store;
    Session m_session;
    LatestRead *m_read;
    QComboBox *m_period;
    QLabel *m_total;
    OfferCountModel *m_byProduct;
    OfferCountModel *m_byReason;
    OfferFigureSet m_figures;
    bool m_loaded = false;
};

} // namespace bd
