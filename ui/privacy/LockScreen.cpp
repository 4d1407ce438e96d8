#include "ui/privacy/LockScreen.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace bd {

LockScreen::LockScreen(const QString &userName, QWidget *parent)
    : QWidget(parent)
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    auto *title = new QLabel(tr("Workstation locked"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    auto *who = new QLabel(tr("Locked after a time without use. %1, type your password to "
                              "continue.")
                                   .arg(userName),
                           this);
    who->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_password->setMaximumWidth(320);
    m_problem->setObjectName(QStringLiteral("lockProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_problem->setWordWrap(true);
    auto *unlock = new QPushButton(tr("&Unlock"), this);
    unlock->setObjectName(QStringLiteral("unlockButton"));
    unlock->setDefault(true);
    auto *signOut = new QPushButton(tr("&Sign out"), this);
    signOut->setObjectName(QStringLiteral("lockSignOutButton"));
    signOut->setToolTip(tr("Sign this user out, so that someone else can sign in"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(unlock);
    buttons->addWidget(signOut);
    buttons->addStretch(1);
    auto *box = new QVBoxLayout;
    box->addWidget(title);
    box->addWidget(who);
    box->addWidget(m_password);
    box->addWidget(m_problem);
    box->addLayout(buttons);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addLayout(box);
    centre->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(2);

    const auto submit = [this] { emit unlockRequested(m_password->text()); };
    connect(unlock, &QPushButton::clicked, this, submit);
    connect(m_password, &QLineEdit::returnPressed, this, submit);
    connect(signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);
}

void LockScreen::showProblem(const QString &problem)
{
    m_password->clear();
    m_problem->setText(problem);
    m_password->setFocus();
}

void LockScreen::reset()
{
    m_password->clear();
    m_problem->clear();
    m_password->setFocus();
}

} // namespace bd
