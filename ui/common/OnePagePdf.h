#pragma once

#include <QString>

namespace bd {

// Prints a one-page HTML sheet (KYC summary, call prep sheet) to an A4 PDF through QPrinter:
// the sheet's "font-size:8pt" shrinks down to 6 pt until it fits the page, and whatever is
// still too tall is scaled down, so the result is always exactly one page.
namespace OnePagePdf {
bool print(const QString &html, const QString &docName, const QString &path,
           QString *error = nullptr);
} // namespace OnePagePdf

} // namespace bd
