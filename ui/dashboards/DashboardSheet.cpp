#include "ui/dashboards/DashboardSheet.h"

#include "ui/dashboards/DashboardChart.h"

#include <QApplication>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <qcustomplot.h>

namespace bd {

namespace {
constexpr int kColumns = 3;
constexpr double kReferenceWidth = 1170.0; // the page width at which a chart's fonts are 1:1
} // namespace

DashboardSheet::DashboardSheet(const Header &header, const QList<DashboardChart *> &charts,
                               const QList<int> &spans)
    : m_header(header)
    , m_charts(charts)
    , m_spans(spans)
{
}

void DashboardSheet::paint(QPainter &painter, const QRect &page) const
{
    const double scale = page.width() / kReferenceWidth;
    const QLocale locale;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);

    QFont titleFont = QApplication::font();
    titleFont.setPixelSize(int(24 * scale));
    titleFont.setBold(true);
    QFont textFont = QApplication::font();
    textFont.setPixelSize(int(12 * scale));
    QFont chartTitleFont = textFont;
    chartTitleFont.setPixelSize(int(13 * scale));
    chartTitleFont.setBold(true);

    // Header: what, where, whose, when.
    const int headerHeight = int(44 * scale);
    const QRect headerRect(page.left(), page.top(), page.width(), headerHeight);
    painter.setPen(QColor(0x1f, 0x3a, 0x5f));
    painter.setFont(titleFont);
    painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignVCenter,
                     m_header.title + QStringLiteral("  ·  ") + m_header.branch);
    painter.setFont(textFont);
    painter.setPen(QColor(0x44, 0x44, 0x44));
    painter.drawText(headerRect, Qt::AlignRight | Qt::AlignVCenter,
                     tr("%1\nAs of %2").arg(m_header.scope,
                                            locale.toString(m_header.asOf, QLocale::LongFormat)));
    painter.setPen(QPen(QColor(0x2f, 0x6f, 0xb3), 3 * scale));
    painter.drawLine(page.left(), headerRect.bottom() + int(6 * scale), page.right(),
                     headerRect.bottom() + int(6 * scale));

    // Footer: no personal data, who printed it.
    const int footerHeight = int(20 * scale);
    const QRect footerRect(page.left(), page.bottom() - footerHeight, page.width(), footerHeight);
    painter.setPen(QColor(0x80, 0x80, 0x80));
    painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Counts and sums only, no personal data. Prepared by %1.")
                             .arg(m_header.preparedBy));
    painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter,
                     QStringLiteral("BranchDesk"));

    // The charts, row by row, three columns.
    int rows = 0;
    for (int i = 0, column = 0; i < m_charts.size(); ++i) {
        if (column == 0)
            ++rows;
        column = (column + m_spans.value(i, 1)) % kColumns;
    }
    const int gap = int(14 * scale);
    const int top = headerRect.bottom() + int(18 * scale);
    const QRect grid(page.left(), top, page.width(), footerRect.top() - gap - top);
    const double columnWidth = (grid.width() - gap * (kColumns - 1)) / double(kColumns);
    const double rowHeight = (grid.height() - gap * (rows - 1)) / double(qMax(1, rows));
    const int titleHeight = int(22 * scale);
    for (int i = 0, row = 0, column = 0; i < m_charts.size(); ++i) {
        const int span = qBound(1, m_spans.value(i, 1), kColumns);
        if (column + span > kColumns) {
            ++row;
            column = 0;
        }
        const QRect cell(int(grid.left() + column * (columnWidth + gap)),
                         int(grid.top() + row * (rowHeight + gap)),
                         int(columnWidth * span + gap * (span - 1)), int(rowHeight));
        painter.setFont(chartTitleFont);
        painter.setPen(QColor(0x22, 0x22, 0x22));
        painter.drawText(QRect(cell.left(), cell.top(), cell.width(), titleHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, m_charts.at(i)->title());
        const QRect chartRect(cell.left(), cell.top() + titleHeight, cell.width(),
                              cell.height() - titleHeight);
        // Rendered at the chart's own scale, then scaled up: fonts keep their proportions.
        const QPixmap pixmap = m_charts.at(i)->plot()->toPixmap(
                int(chartRect.width() / scale), int(chartRect.height() / scale), scale);
        painter.drawPixmap(chartRect, pixmap);
        column += span;
        if (column >= kColumns) {
            ++row;
            column = 0;
        }
    }
}

bool DashboardSheet::savePng(const QString &path, QString *problem) const
{
    QImage image(kPngSize, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        const int margin = kPngSize.width() / 40;
        paint(painter, image.rect().adjusted(margin, margin, -margin, -margin));
    }
    if (image.save(path, "PNG"))
        return true;
    if (problem)
        *problem = tr("The picture could not be written to %1.").arg(path);
    return false;
}

bool DashboardSheet::savePdf(const QString &path, QString *problem) const
{
    QPdfWriter writer(path);
    writer.setTitle(m_header.title + QStringLiteral(" - ") + m_header.branch);
    writer.setCreator(QStringLiteral("BranchDesk"));
    writer.setResolution(200);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (problem)
            *problem = tr("The PDF could not be written to %1.").arg(path);
        return false;
    }
    paint(painter, writer.pageLayout().paintRectPixels(writer.resolution())
                           .translated(-writer.pageLayout().paintRectPixels(writer.resolution())
                                                .topLeft()));
    painter.end();
    return true;
}

} // namespace bd
