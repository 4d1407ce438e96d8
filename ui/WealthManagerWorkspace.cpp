#include "WealthManagerWorkspace.h"

#include "CallTaskModel.h"
#include "CareTaskModel.h"
#include "CustomerBookModel.h"
#include "CustomerService.h"
#include "FigureTile.h"
#include "Money.h"
#include "MoneyArrivalModel.h"
#include "ReferralInbox.h"
#include "ReferralQueueModel.h"
#include "WorkspaceQueries.h"

#include <QHBoxLayout>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace bd {

WealthManagerWorkspace::WealthManagerWorkspace(Store &store, const Session &session,
                                               QWidget *parent)
    : Workspace(store, session, parent)
    , m_inbox(new ReferralInbox(store, session, this))
    , m_callTasks(new CallTaskModel(this))
    , m_careTasks(new CareTaskModel(this))
    , m_arrivals(new MoneyArrivalModel(this))
    , m_book(new CustomerBookModel(this))
    , m_bookSize(new FigureTile(tr("My customers"), this))
    , m_bookAum(new FigureTile(tr("AUM of my customers"), this))
    , m_openCalls(new FigureTile(tr("Open call tasks"), this))
    , m_arriving(new FigureTile(tr("Money arriving in %n days", nullptr, kArrivalDays), this))
{
    setObjectName(QStringLiteral("wealthManagerWorkspace"));

    auto *figures = new QHBoxLayout;
    for (FigureTile *tile : {m_bookSize, m_bookAum, m_openCalls, m_arriving})
        figures->addWidget(tile);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(section(tr("Call list: easiest to close now"),
                            tableFor(m_callTasks, QStringLiteral("callTasksView"), 4), m_callTasks));
    m_bookSection = section(tr("My customers by AUM"),
                            tableFor(m_book, QStringLiteral("customerBookView")));
    left->addWidget(m_bookSection);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(section(tr("Referral inbox"), m_inbox, m_inbox->model()));
    right->addWidget(section(tr("Care tasks due"),
                             tableFor(m_careTasks, QStringLiteral("careTasksView"), 3), m_careTasks));
    right->addWidget(section(tr("Maturities and fund arrivals in %n days", nullptr, kArrivalDays),
                             tableFor(m_arrivals, QStringLiteral("moneyArrivalsView"), 3),
                             m_arrivals));

    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->addWidget(left);
    columns->addWidget(right);
    columns->setStretchFactor(0, 3);
    columns->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(figures);
    layout->addWidget(columns, 1);
    refresh();
}

void WealthManagerWorkspace::refresh()
{
    m_inbox->refresh();
    const WorkspaceQueries queries(store());
    const QString me = session().user.id;
    const QDate today = QDate::currentDate();

    m_callTasks->setRows(queries.openCallTasks(me));
    m_careTasks->setRows(queries.careTasksDue(me, today.addDays(kCareDays)));
    const QList<MoneyArrivalLine> arrivals =
            queries.moneyArriving(me, today, today.addDays(kArrivalDays));
    m_arrivals->setRows(arrivals);

    const QHash<QString, QDate> maturities = queries.nextMaturities(me, today);
    CustomerService customers(store(), session());
    QList<CustomerBookLine> book;
    for (const CustomerSummary &customer : customers.myCustomers())
        book.append({customer, maturities.value(customer.id)});
    m_book->setRows(book);
    const BookFigures figures = queries.bookFigures(me);

    Money arriving;
    for (const MoneyArrivalLine &line : arrivals)
        arriving += Money::fromFen(line.amountFen);
    m_bookSection->setTitle(book.size() < figures.customers
                                    ? tr("My customers by AUM (largest %1 of %2)")
                                              .arg(book.size())
                                              .arg(figures.customers)
                                    : tr("My customers by AUM (%1)").arg(book.size()));
    m_bookSize->setValue(QString::number(figures.customers));
    m_bookAum->setValue(Money::fromFen(figures.aumFen).toDisplayString());
    m_openCalls->setValue(QString::number(m_callTasks->rowCount()));
    m_arriving->setValue(arriving.toDisplayString());
}

} // namespace bd
