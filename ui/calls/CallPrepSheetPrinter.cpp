#include "ui/calls/CallPrepSheetPrinter.h"

#include "ui/common/OnePagePdf.h"

#include <QCoreApplication>

namespace bd::CallPrepSheetPrinter {

bool printToPdf(const QString &html, const QString &path, QString *error)
{
    return OnePagePdf::print(html, QCoreApplication::translate("CallPrepSheet", "Call prep sheet"),
                             path, error);
}

} // namespace bd::CallPrepSheetPrinter
