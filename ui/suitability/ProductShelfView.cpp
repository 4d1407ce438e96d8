#include "ui/suitability/ProductShelfView.h"

#include "app/services/offers/OfferService.h"
#include "ui/common/FileChoice.h"
#include "ui/common/LatestRead.h"
#include "ui/common/RowTableView.h"
#include "ui/suitability/ShelfModels.h"

#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace bd {

ProductShelfView::ProductShelfView(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_read(new LatestRead(this))
    , m_source(new QLabel(this))
    , m_products(new ShelfProductModel(this))
    , m_problems(new ShelfProblemModel(this))
    , m_message(new QLabel(this))
    , m_declineDays(new QSpinBox(this))
    , m_notNowDays(new QSpinBox(this))
    , m_load(new QPushButton(tr("&Load the bank's shelf file…"), this))
    , m_saveRest(new QPushButton(tr("&Save"), this))
{
    setObjectName(QStringLiteral("productShelfView"));
    connect(m_read, &LatestRead::loaded, this, &ProductShelfView::loaded);
    m_source->setObjectName(QStringLiteral("shelfSource"));
    m_source->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("shelfMessage"));
    m_message->setWordWrap(true);
    m_load->setObjectName(QStringLiteral("shelfLoad"));
    connect(m_load, &QPushButton::clicked, this, &ProductShelfView::chooseFile);
    m_problemView = newRowTableView(m_problems, QStringLiteral("shelfProblems"), this);
    m_problemView->hide();
    for (QSpinBox *days : {m_declineDays, m_notNowDays}) {
        days->setRange(0, OfferSettings::kMaxRestDays);
        days->setSuffix(tr(" days"));
    }
    m_declineDays->setObjectName(QStringLiteral("declineRestDays"));
    m_notNowDays->setObjectName(QStringLiteral("notNowRestDays"));
    m_saveRest->setObjectName(QStringLiteral("saveRestDays"));
    connect(m_saveRest, &QPushButton::clicked, this, &ProductShelfView::saveRest);
    const bool may = m_session.can(Permission::ManageProductShelf);
    for (QWidget *control : std::initializer_list<QWidget *>{m_load, m_saveRest, m_declineDays, m_notNowDays}) {
        control->setEnabled(may);
        if (!may)
            control->setToolTip(m_session.refusal(Permission::ManageProductShelf));
    }

    auto *top = new QHBoxLayout;
    top->addWidget(m_source, 1);
    top->addWidget(m_load);
    auto *rest = new QFormLayout;
    auto *restRow = new QHBoxLayout;
    restRow->addWidget(new QLabel(tr("Declined:"), this));
    restRow->addWidget(m_declineDays);
    restRow->addWidget(new QLabel(tr("Not now:"), this));
    restRow->addWidget(m_notNowDays);
    restRow->addWidget(m_saveRest);
    restRow->addStretch(1);
    rest->addRow(tr("A product is not offered again to the same customer for"), restRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_problemView, 1);
    layout->addWidget(newRowTableView(m_products, QStringLiteral("shelfProducts"), this), 3);
    layout->addLayout(rest);
    refresh();
}

// What the view shows, read on its reader thread.
struct ShelfRead
{
    QString error; // the shelf cannot be read
    ProductShelf shelf;
    std::optional<StoredShelf> stored;
    QString notice;
    OfferSettings settings;
};

void ProductShelfView::refresh()
{
    // The rest days are saved as shown: not before they are read.
    m_saveRest->setEnabled(false);
    Store &store = m_store;
    m_read->run<ShelfRead>(
            [&store, session = m_session] {
                ShelfRead read;
                ProductShelfService service(store, session);
                const Result<ProductShelf> shelf = service.current();
                if (!shelf) {
                    read.error = shelf.errorString();
                    return read;
                }
                read.shelf = *shelf;
                if (const Result<std::optional<StoredShelf>> stored = service.loadedFile(); stored)
                    read.stored = *stored;
                read.notice = service.notice();
                read.settings = OfferService(store, session).settings();
                return read;
            },
            [this](ShelfRead read) { showShelf(read); });
}

void ProductShelfView::showShelf(const ShelfRead &read)
{
    if (!read.error.isEmpty()) {
        m_source->setText(tr("The shelf cannot be read: %1").arg(read.error));
        return;
    }
    const ProductShelf &shelf = read.shelf;
    m_products->setRows(shelf.products());
    if (read.stored)
        m_source->setText(tr("%n product(s) from %1, loaded by %2 on %3.", nullptr,
                             int(shelf.products().size()))
                                  .arg(read.stored->sourceName, read.stored->loadedByName,
                                       QLocale().toString(read.stored->loadedAt.toLocalTime(),
                                                          QLocale::ShortFormat)));
    else
        m_source->setText(tr("%n product(s) of the shelf built into BranchDesk (%1): no bank "
                             "file loaded yet.", nullptr, int(shelf.products().size()))
                                  .arg(shelf.name()));
    if (!read.notice.isEmpty())
        m_message->setText(read.notice);
    m_declineDays->setValue(read.settings.declineRestDays);
    m_notNowDays->setValue(read.settings.notNowRestDays);
    m_saveRest->setEnabled(m_session.can(Permission::ManageProductShelf));
}

bool ProductShelfView::isLoading() const
{
    return m_read->isLoading();
}

ProductShelfService::Loading ProductShelfView::loadFile(const QString &path)
{
    ProductShelfService::Loading loading;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        loading.error = tr("%1 cannot be opened: %2").arg(path, file.errorString());
    } else {
        loading = ProductShelfService(m_store, m_session)
                          .load(file.read(ProductShelfFile::kMaxBytes + 1), path);
    }
    m_problems->setRows(loading.problems);
    m_problemView->setVisible(!loading.problems.isEmpty());
    if (loading.loaded)
        m_message->setText(tr("The shelf now has %n product(s).", nullptr, loading.products));
    else if (!loading.problems.isEmpty())
        m_message->setText(tr("The file was refused: %n problem(s), listed below. The shelf "
                              "in force is unchanged.", nullptr, int(loading.problems.size())));
    else
        m_message->setText(loading.error);
    refresh();
    return loading;
}

void ProductShelfView::chooseFile()
{
    const QString path = FileChoice::open(
            this, tr("The bank's product shelf"), QString(),
            tr("Product shelf (*.json *.csv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void ProductShelfView::saveRest()
{
    OfferSettings settings;
    settings.declineRestDays = m_declineDays->value();
    settings.notNowRestDays = m_notNowDays->value();
    const Result<> saved = OfferService(m_store, m_session).saveSettings(settings);
    m_message->setText(saved ? tr("Saved.") : saved.errorString());
}

int ProductShelfView::productCount() const
{
    return m_products->rowCount();
}

int ProductShelfView::problemCount() const
{
    return m_problems->rowCount();
}

QString ProductShelfView::sourceText() const
{
    return m_source->text();
}

} // namespace bd
