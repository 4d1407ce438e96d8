#include "ui/common/OnePagePdf.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPrinter>
#include <QTextDocument>

namespace bd::OnePagePdf {

bool print(const QString &html, const QString &docName, const QString &path, QString *error)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    printer.setDocName(docName);

    // Laid out in points at the page's width; the font shrinks (down to 6 pt) until the
    // document fits the page's height, and whatever is still too tall is scaled down, so the
    // document is always exactly one page.
    const QSizeF page = printer.pageLayout().paintRectPoints().size();
    QTextDocument document;
    document.setDocumentMargin(0);
    document.setTextWidth(page.width());
    for (qreal points = 9.0; points >= 6.0; points -= 0.5) {
        document.setHtml(QString(html).replace(QStringLiteral("font-size:8pt"),
                                               QStringLiteral("font-size:%1pt").arg(points)));
        document.setTextWidth(page.width());
        if (document.size().height() <= page.height())
            break;
    }
    QPainter painter;
    if (!painter.begin(&printer)) {
        if (error)
            *error = QCoreApplication::translate("OnePagePdf", "The PDF %1 could not be written.")
                             .arg(path);
        return false;
    }
    const qreal toDevice = printer.resolution() / 72.0;
    const qreal fit = qMin<qreal>(1.0, page.height() / document.size().height());
    painter.scale(toDevice * fit, toDevice * fit);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    document.documentLayout()->draw(&painter, context);
    painter.end();
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0) {
        if (error)
            *error = QCoreApplication::translate("OnePagePdf", "The PDF %1 could not be written.")
                             .arg(path);
        return false;
    }
    return true;
}

} // namespace bd::OnePagePdf
