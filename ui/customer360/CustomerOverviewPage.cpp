#include "ui/customer360/CustomerOverviewPage.h"

#include "app/domain/DomainTerms.h"
#include "app/services/customer360/Customer360Service.h"
#include "ui/kyc/KycGrid.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QListWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bd {

CustomerOverviewPage::CustomerOverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_alerts(new QListWidget(this))
    , m_kyc(new KycGrid(KycGrid::Size::Compact, KycQuestionBank::active(), this))
    , m_tags(new QTreeWidget(this))
{
    m_alerts->setObjectName(QStringLiteral("alertList"));
    m_alerts->setWordWrap(true);
    connect(m_kyc, &KycGrid::cellChosen, this, &CustomerOverviewPage::kycCellChosen);
    m_tags->setObjectName(QStringLiteral("tagTree"));
    m_tags->setHeaderLabels({tr("Tag"), tr("Source"), tr("Set on"), tr("By")});
    m_tags->setRootIsDecorated(true);

    auto *alertsBox = new QGroupBox(tr("Alerts"), this);
    (new QVBoxLayout(alertsBox))->addWidget(m_alerts);
    auto *kycBox = new QGroupBox(tr("KYC completeness (PPF nine-grid)"), this);
    auto *kycLayout = new QVBoxLayout(kycBox);
    kycLayout->addWidget(m_kyc);
    kycLayout->addStretch(1);
    auto *tagsBox = new QGroupBox(tr("Profile tags"), this);
    (new QVBoxLayout(tagsBox))->addWidget(m_tags);

    auto *layout = new QGridLayout(this);
    layout->addWidget(alertsBox, 0, 0);
    layout->addWidget(kycBox, 0, 1);
    layout->addWidget(tagsBox, 1, 0, 1, 2);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
    layout->setRowStretch(1, 1);
}

void CustomerOverviewPage::showCustomer(const Customer360 &data)
{
    showAlerts(data);
    showTags(data);
    m_kyc->setCompleteness(data.kycPercentByCell);
}

QString CustomerOverviewPage::selectedTagId() const
{
    const QTreeWidgetItem *item = m_tags->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void CustomerOverviewPage::showAlerts(const Customer360 &data)
{
    m_alerts->clear();
    for (const CustomerAlerts::Alert &alert : std::as_const(data.alerts)) {
        auto *item = new QListWidgetItem(alert.reason, m_alerts);
        item->setData(Qt::UserRole, CustomerAlerts::code(alert.kind));
    }
    if (data.alerts.isEmpty())
        new QListWidgetItem(tr("Nothing needs attention today."), m_alerts);
}

void CustomerOverviewPage::showTags(const Customer360 &data)
{
    m_tags->clear();
    QMap<QString, QTreeWidgetItem *> dimensions;
    for (const QString &code : DomainTerms::codes(Vocabulary::TagDimension)) {
        auto *item = new QTreeWidgetItem(m_tags, {DomainTerms::label(Vocabulary::TagDimension, code)});
        item->setFirstColumnSpanned(true);
        dimensions.insert(code, item);
    }
    for (const CustomerTagRow &tag : std::as_const(data.tags)) {
        QTreeWidgetItem *parent = dimensions.value(tag.dimension);
        if (!parent)
            continue;
        auto *item = new QTreeWidgetItem(
                parent, {tr("%1: %2").arg(DomainTerms::label(Vocabulary::TagCategory, tag.category),
                                          tag.value),
                         DomainTerms::label(Vocabulary::TagSource, tag.source),
                         QLocale().toString(tag.setAt.toLocalTime().date(), QLocale::ShortFormat),
                         tag.setByName});
        item->setData(0, Qt::UserRole, tag.id);
    }
    for (QTreeWidgetItem *item : std::as_const(dimensions))
        item->setText(0, tr("%1 (%2)").arg(item->text(0)).arg(item->childCount()));
    m_tags->expandAll();
    m_tags->resizeColumnToContents(0);
}

} // namespace bd
