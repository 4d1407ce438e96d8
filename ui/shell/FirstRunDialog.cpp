#include "ui/shell/FirstRunDialog.h"

#include "database/core/Store.h"
#include "ui/common/FileChoice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace bd {

FirstRunDialog::FirstRunDialog(const QString &databasePath, const QUrl &server,
                               const QString &caFile, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_enrolment(new WorkstationEnrolment(this))
    , m_server(new QLineEdit(server.toString(), this))
    , m_caFile(new QLineEdit(caFile, this))
    , m_browseCa(new QPushButton(tr("Choose…"), this))
    , m_userName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_connect(new QPushButton(tr("&Connect and download the branch"), this))
    , m_cancel(new QPushButton(tr("Cancel the download"), this))
    , m_demo(new QPushButton(tr("Start with the &demo branch"), this))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Set up this BranchDesk workstation"));

    auto *intro = new QLabel(tr("This workstation has no branch data yet. Connect to your "
                                "bank's BranchDesk server to download your branch, or explore "
                                "a demo branch."),
                             this);
    intro->setWordWrap(true);

    m_server->setObjectName(QStringLiteral("serverField"));
    m_server->setPlaceholderText(QStringLiteral("https://branchdesk.example:8470"));
    m_caFile->setObjectName(QStringLiteral("caFileField"));
    m_caFile->setPlaceholderText(tr("only for a certificate of a private authority"));
    m_browseCa->setObjectName(QStringLiteral("chooseCaFileButton"));
    m_userName->setObjectName(QStringLiteral("userNameField"));
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_server->setMinimumWidth(320);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browseCa);
    auto *serverBox = new QGroupBox(tr("Connect to a server"), this);
    auto *form = new QFormLayout(serverBox);
    form->addRow(tr("&Server address:"), m_server);
    auto *caLabel = new QLabel(tr("CA &file (optional):"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("&Password:"), m_password);

    m_progress->setObjectName(QStringLiteral("downloadProgress"));
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("firstRunStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    form->addRow(m_progress);
    form->addRow(m_status);

    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelDownloadButton"));
    m_demo->setObjectName(QStringLiteral("demoButton"));
    m_demo->setToolTip(tr("A made-up branch with made-up customers, on this computer only; "
                          "its sign-in lists the demo accounts."));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_connect, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_demo, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_cancel->hide(); // after addButton, which shows it; only a running download shows it
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    connect(m_connect, &QPushButton::clicked, this, &FirstRunDialog::connectToServer);
    connect(m_cancel, &QPushButton::clicked, m_enrolment, &WorkstationEnrolment::cancel);
    connect(m_demo, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Demo;
        accept();
    });
    connect(m_browseCa, &QPushButton::clicked, this, &FirstRunDialog::chooseCaFile);
    connect(m_enrolment, &WorkstationEnrolment::progress, this, &FirstRunDialog::showProgress);
    connect(m_enrolment, &WorkstationEnrolment::finished, this, &FirstRunDialog::downloadFinished);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(serverBox);
    layout->addWidget(buttons);
    (m_server->text().isEmpty() ? m_server : m_userName)->setFocus();
}

FirstRunDialog::~FirstRunDialog()
{
    m_password->clear();
    m_request.password.fill(QLatin1Char(' '));
}

std::unique_ptr<Store> FirstRunDialog::takeStore()
{
    return std::move(m_store);
}

QString FirstRunDialog::takePassword()
{
    QString password = m_request.password;
    m_request.password.fill(QLatin1Char(' '));
    m_request.password.clear();
    return password;
}

QString FirstRunDialog::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void FirstRunDialog::showStatus(const QString &message, bool problem)
{
    m_status->setText(message);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b03020;") : QString());
    m_status->setVisible(!message.isEmpty());
}

void FirstRunDialog::setBusy(bool busy)
{
    for (QWidget *field : { static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_caFile),
                            static_cast<QWidget *>(m_browseCa), static_cast<QWidget *>(m_userName),
                            static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_connect),
                            static_cast<QWidget *>(m_demo) })
        field->setEnabled(!busy);
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
    m_progress->setVisible(busy);
}

void FirstRunDialog::chooseCaFile()
{
    const QString file = FileChoice::open(this, tr("Certificate authority"), {},
                                                      tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

void FirstRunDialog::connectToServer()
{
    QString address = m_server->text().trimmed();
    if (!address.isEmpty() && !address.contains(QStringLiteral("://")))
        address.prepend(QStringLiteral("https://"));
    m_request.server = QUrl(address, QUrl::StrictMode);
    m_request.caFile = m_caFile->text().trimmed();
    m_request.username = m_userName->text().trimmed();
    m_request.password = m_password->text();
    m_request.target = m_databasePath;
    m_request.chunkBytes = m_chunkBytes;
    const QString problem = WorkstationEnrolment::check(m_request);
    if (!problem.isEmpty()) {
        showStatus(problem, true);
        return;
    }
    setBusy(true);
    m_progress->setRange(0, 0);
    showStatus(tr("Signing in at %1…").arg(m_request.server.toString()), false);
    m_enrolment->start(m_request);
}

void FirstRunDialog::showProgress(qint64 done, qint64 total)
{
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(done * 1000 / total));
        showStatus(tr("Downloading the branch: %1 of %2 MB")
                           .arg(QLocale().toString(double(done) / (1024 * 1024), 'f', 1),
                                QLocale().toString(double(total) / (1024 * 1024), 'f', 1)),
                   false);
    } else {
        m_progress->setRange(0, 0);
        showStatus(tr("Downloading the branch: %n row(s) so far", nullptr, int(done)), false);
    }
}

void FirstRunDialog::downloadFinished(bool ok, const QString &error)
{
    setBusy(false);
    if (!ok) {
        m_request.password.fill(QLatin1Char(' '));
        m_request.password.clear();
        showStatus(m_enrolment->outcome().cancelled
                           ? tr("The download was cancelled. It goes on from where it stopped "
                                "when you connect again.")
                           : error,
                   !m_enrolment->outcome().cancelled);
        return;
    }
    showStatus(tr("Opening the branch…"), false);
    WorkstationEnrolment::Opened opened = WorkstationEnrolment::open(m_request);
    if (!opened.store) {
        showStatus(opened.error, true);
        return;
    }
    if (!opened.signIn.auth.session) {
        // The branch is here; the next start shows the usual sign-in.
        showStatus(opened.signIn.auth.message, true);
        m_connect->setEnabled(false);
        m_demo->setEnabled(false);
        return;
    }
    m_store = std::move(opened.store);
    m_session = *opened.signIn.auth.session;
    m_password->clear();
    m_choice = Choice::Connected;
    accept();
}

void FirstRunDialog::reject()
{
    if (m_enrolment->isRunning()) {
        m_enrolment->cancel(); // the part downloaded stays for the next start
        return;
    }
    QDialog::reject();
}

} // namespace bd
