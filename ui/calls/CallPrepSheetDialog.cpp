#include "ui/calls/CallPrepSheetDialog.h"

#include "app/services/calls/CallPrepSheet.h"
#include "ui/calls/CallPrepSheetPrinter.h"
#include "ui/common/FileChoice.h"
#include "ui/common/WindowFit.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bd {

CallPrepSheetDialog::CallPrepSheetDialog(Store &store, const Session &session,
                                         const CustomerId &customerId, CallClock clock,
                                         QWidget *parent)
    : QDialog(parent)
    , m_view(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("callPrepSheetDialog"));
    m_view->setObjectName(QStringLiteral("prepSheetView"));
    if (const auto data = CallPrepSheet::collect(store, session, customerId, clock)) {
        m_customerName = data->customer.name();
        m_html = CallPrepSheet::html(*data);
        m_view->setHtml(m_html);
    } else {
        m_view->setPlainText(tr("The prep sheet could not be made: %1").arg(data.errorString()));
    }
    setWindowTitle(tr("Call prep sheet: %1").arg(m_customerName));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *print = buttons->addButton(tr("&Print to PDF…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printPdfButton"));
    print->setEnabled(isLoaded());
    connect(print, &QPushButton::clicked, this, &CallPrepSheetDialog::choosePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    WindowFit::resizeWithin(this, QSize(720, 860));
}

bool CallPrepSheetDialog::printTo(const QString &path, QString *error) const
{
    return isLoaded() && CallPrepSheetPrinter::printToPdf(m_html, path, error);
}

void CallPrepSheetDialog::choosePdf()
{
    const QString path = FileChoice::save(
            this, tr("Save the prep sheet as PDF"),
            QDir::home().filePath(tr("prep-sheet-%1.pdf").arg(m_customerName)), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!printTo(path, &error))
        QMessageBox::warning(this, windowTitle(), error);
}

} // namespace bd
