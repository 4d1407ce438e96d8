#pragma once

#include <QString>

namespace bd {

// Prints the KYC summary HTML to a one-page A4 PDF (QPrinter, PdfFormat): the font shrinks
// until the summary fits one page.
namespace KycSummaryPrinter {
bool printToPdf(const QString &html, const QString &path, QString *error = nullptr);
} // namespace KycSummaryPrinter

} // namespace bd
