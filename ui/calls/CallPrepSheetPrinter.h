#pragma once

#include <QString>

namespace bd {

// Prints the call prep sheet HTML to a one-page A4 PDF (QPrinter, PdfFormat): the font
// shrinks until the sheet fits one page.
namespace CallPrepSheetPrinter {
bool printToPdf(const QString &html, const QString &path, QString *error = nullptr);
} // namespace CallPrepSheetPrinter

} // namespace bd
