#pragma once

#include "app/domain/Ids.h"
#include "app/services/contact/CallClock.h"
#include "app/services/core/Session.h"

#include <QDialog>

class QTextBrowser;

namespace bd {

class Store;

// Shows a customer's call prep sheet (CallPrepSheet) and prints it to a one-page PDF.
class CallPrepSheetDialog : public QDialog
{
    Q_OBJECT

public:
    CallPrepSheetDialog(Store &store, const Session &session, const CustomerId &customerId,
                        CallClock clock = systemCallClock(), QWidget *parent = nullptr);

    bool isLoaded() const { return !m_html.isEmpty(); }
    QString html() const { return m_html; }
    bool printTo(const QString &path, QString *error = nullptr) const;

private:
    void choosePdf();

    QString m_customerName;
    QString m_html;
    QTextBrowser *m_view;
};

} // namespace bd
