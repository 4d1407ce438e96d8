#include "ui/kyc/KycSummaryPrinter.h"

#include "ui/common/OnePagePdf.h"

#include <QCoreApplication>

namespace bd::KycSummaryPrinter {

bool printToPdf(const QString &html, const QString &path, QString *error)
{
    return OnePagePdf::print(html, QCoreApplication::translate("KycSummary", "KYC summary"), path,
                             error);
}

} // namespace bd::KycSummaryPrinter
