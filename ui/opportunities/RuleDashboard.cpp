#include "ui/opportunities/RuleDashboard.h"

#include "app/domain/Money.h"
#include "app/domain/MoneyText.h"
#include "app/services/opportunities/BranchOpportunityDesk.h"
#include "ui/common/LatestRead.h"
#include "ui/common/RowTableView.h"
#include "ui/opportunities/RuleFigureModel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace bd {

RuleDashboard::RuleDashboard(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_read(new LatestRead(this))
    , m_period(new QComboBox(this))
    , m_total(new QLabel(this))
    , m_model(new RuleFigureModel(this))
{
    setObjectName(QStringLiteral("ruleDashboard"));
    m_period->setObjectName(QStringLiteral("rulePeriod"));
    m_period->setAccessibleName(tr("Period"));
    for (int days : {30, 90, 365})
        m_period->addItem(tr("Last %n day(s)", nullptr, days), days);
    connect(m_period, &QComboBox::currentIndexChanged, this, &RuleDashboard::reload);
    m_total->setObjectName(QStringLiteral("ruleTotal"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_period);
    top->addWidget(m_total, 1);
    auto *view = newRowTableView(m_model, QStringLiteral("ruleFiguresView"), this);
    view->horizontalHeader()->setStretchLastSection(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(view, 1);
    connect(m_read, &LatestRead::loaded, this, [this, view] {
        view->resizeColumnsToContents();
        emit loaded();
    });
    reload();
}

QString RuleDashboard::totalText() const
{
    return m_total->text();
}

bool RuleDashboard::isLoading() const
{
    return m_read->isLoading();
}

void RuleDashboard::reload()
{
    Store *store = &m_store;
    const QDateTime from = QDateTime::currentDateTimeUtc().addDays(-m_period->currentData().toInt());
    m_read->run<Result<QList<RuleFigures>>>(
            [store, session = m_session, from] {
                return BranchOpportunityDesk(*store, session).figuresPerRule(from);
            },
            [this](Result<QList<RuleFigures>> figures) {
                if (!figures) {
                    m_model->clear();
                    m_total->setText(figures.errorString());
                    return;
                }
                m_model->setRows(*figures);
                int fired = 0, delivered = 0, converted = 0;
                Money newAum;
                for (const RuleFigures &rule : std::as_const(*figures)) {
                    fired += rule.fired;
                    delivered += rule.delivered;
                    converted += rule.converted;
                    newAum += rule.newAum;
                }
                const QLocale locale;
                m_total->setText(tr("%1 fired, %2 delivered, %3 converted, %4 new AUM.")
                                         .arg(locale.toString(fired), locale.toString(delivered),
                                              locale.toString(converted),
                                              MoneyText::headline(newAum)));
            });
}

} // namespace bd
