#include "ui/shell/SignInDialog.h"

#include "app/demo/DemoBranchGenerator.h"
#include "app/domain/StaffRole.h"
#include "app/services/staff/AuthService.h"
#include "app/services/staff/FieldKeyAccess.h"
#include "app/services/staff/HomeBranch.h"
#include "app/sync/WorkstationSignIn.h"
#include "database/core/Store.h"
#include "ui/shell/DataUpgradeProgress.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bd {

SignInDialog::SignInDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_branch(new QLabel(this))
    , m_userName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_demoBox(new QGroupBox(tr("Demo branch: sign in as"), this))
    , m_demoAccounts(new QTableWidget(this))
    , m_signIn(new QPushButton(tr("Sign in"), this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to BranchDesk"));

    auto *title = new QLabel(QStringLiteral("BranchDesk"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    m_branch->setWordWrap(true);

    m_userName->setObjectName(QStringLiteral("userNameField"));
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_userName->setMinimumWidth(280);
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("&Password:"), m_password);

    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b03020;"));
    m_error->hide();

    m_demoAccounts->setObjectName(QStringLiteral("demoAccountsView"));
    m_demoAccounts->setColumnCount(3);
    m_demoAccounts->setHorizontalHeaderLabels({tr("Role"), tr("User name"), tr("Password")});
    m_demoAccounts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_demoAccounts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_demoAccounts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_demoAccounts->verticalHeader()->hide();
    m_demoAccounts->verticalHeader()->setDefaultSectionSize(m_demoAccounts->fontMetrics().height()
                                                            + 8);
    m_demoAccounts->setWordWrap(false);
    m_demoAccounts->horizontalHeader()->setStretchLastSection(true);
    m_demoAccounts->setToolTip(tr("Click an account to fill in the fields; double-click to "
                                  "sign in."));
    auto *demoLayout = new QVBoxLayout(m_demoBox);
    demoLayout->addWidget(m_demoAccounts);
    connect(m_demoAccounts, &QTableWidget::cellClicked, this, [this](int row) {
        m_userName->setText(m_demoAccounts->item(row, 1)->text());
        m_password->setText(m_demoAccounts->item(row, 2)->text());
        m_error->hide();
    });
    connect(m_demoAccounts, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        m_userName->setText(m_demoAccounts->item(row, 1)->text());
        m_password->setText(m_demoAccounts->item(row, 2)->text());
        attemptSignIn();
    });

    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::attemptSignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_branch);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_demoBox, 1);
    layout->addWidget(buttons);
    reset();
}

void SignInDialog::setSyncServer(const QUrl &server, const QString &caFile)
{
    m_syncServer = server;
    m_caFile = caFile;
}

void SignInDialog::reset()
{
    m_userName->clear();
    m_password->clear();
    m_error->clear();
    m_error->hide();
    const std::optional<Branch> own = HomeBranch::of(m_store);
    m_branch->setText(own ? tr("%1 (branch %2)").arg(own->name, own->code) : m_store.path());
    fillDemoAccounts();
    m_userName->setFocus();
}

void SignInDialog::fillDemoAccounts()
{
    const QList<DemoBranchGenerator::DemoAccount> accounts =
            DemoBranchGenerator::isDemoDatabase(m_store) ? DemoBranchGenerator::demoAccounts()
                                                         : QList<DemoBranchGenerator::DemoAccount>();
    m_demoAccounts->setRowCount(int(accounts.size()));
    for (int row = 0; row < accounts.size(); ++row) {
        const auto &account = accounts.at(row);
        const auto role = StaffRoles::fromCode(account.role);
        m_demoAccounts->setItem(row, 0, new QTableWidgetItem(role ? StaffRoles::label(*role)
                                                                  : account.role));
        m_demoAccounts->setItem(row, 1, new QTableWidgetItem(account.username));
        m_demoAccounts->setItem(row, 2, new QTableWidgetItem(account.password));
    }
    m_demoAccounts->resizeColumnsToContents();
    // Show the whole roster without scrolling when it is short.
    const int shown = int(qMin<qsizetype>(accounts.size(), 12));
    m_demoAccounts->setMinimumHeight(m_demoAccounts->horizontalHeader()->sizeHint().height()
                                     + shown * m_demoAccounts->verticalHeader()->defaultSectionSize()
                                     + 2 * m_demoAccounts->frameWidth());
    m_demoBox->setVisible(!accounts.isEmpty());
}

void SignInDialog::attemptSignIn()
{
    if (m_userName->text().trimmed().isEmpty()) {
        showError(tr("Type your user name."));
        m_userName->setFocus();
        return;
    }
    // The server's answer can take a moment: no second click meanwhile.
    m_signIn->setEnabled(false);
    // An old file's first sign-in upgrades it: on a worker, in a window that shows how far.
    const FieldKeyAccess::RunUpgradesWith upgrades([this](const FieldKeyAccess::Upgrade &upgrade) {
        return DataUpgradeProgress::run(this, upgrade);
    });
    const WorkstationSignIn::Result signIn
            = WorkstationSignIn(m_store, m_syncServer, m_caFile).signIn(m_userName->text(),
                                                                       m_password->text());
    m_signIn->setEnabled(true);
    const AuthService::Result &result = signIn.auth;
    if (result.outcome != AuthService::Outcome::SignedIn || !result.session) {
        showError(result.message);
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    // The sync server needs the same credentials; they go to whoever syncs and are not
    // kept here.
    emit credentialsAccepted(result.session->user.username, m_password->text());
    m_password->clear();
    m_error->hide();
    accept();
    emit signedIn(*result.session);
}

void SignInDialog::signInAs(const QString &username, const QString &password)
{
    m_userName->setText(username);
    m_password->setText(password);
    attemptSignIn();
}

void SignInDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

QString SignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool SignInDialog::showsDemoAccounts() const
{
    return !m_demoBox->isHidden();
}

} // namespace bd
