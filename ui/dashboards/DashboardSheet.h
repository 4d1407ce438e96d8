#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSize>
#include <QString>

class QPainter;
class QRect;

namespace bd {

class DashboardChart;

// One printable page of a dashboard: title, branch, scope and date over all its charts,
// for the wall of the branch or the manager's folder. Painted the same into a PNG and a PDF.
class DashboardSheet
{
    Q_DECLARE_TR_FUNCTIONS(DashboardSheet)

public:
    static constexpr QSize kPngSize{2339, 1654}; // A4 landscape at 200 dpi

    struct Header
    {
        QString title;   // "Branch dashboard"
        QString branch;  // branch name
        QString scope;   // "Whole branch" or the manager's name
        QString preparedBy;
        QDate asOf;
    };
    // Charts in reading order; `spans` gives how many of the three columns each takes.
    DashboardSheet(const Header &header, const QList<DashboardChart *> &charts,
                   const QList<int> &spans);

    bool savePng(const QString &path, QString *problem) const;
    bool savePdf(const QString &path, QString *problem) const;

private:
    void paint(QPainter &painter, const QRect &page) const;

    Header m_header;
    QList<DashboardChart *> m_charts;
    QList<int> m_spans;
};

} // namespace bd
