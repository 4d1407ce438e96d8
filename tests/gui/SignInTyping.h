#pragma once

// A sign-in as staff make it on a workstation: the user name and password typed into the
// sign-in dialog's (emptied) fields and its Sign in button clicked.
#include "ui/shell/SignInDialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace bd::test {

// False if the dialog lacks a field or the button (nothing typed then).
inline bool typeSignIn(SignInDialog *dialog, const QString &user, const QString &password)
{
    auto *userName = dialog->findChild<QLineEdit *>(QStringLiteral("userNameField"));
    auto *passwordField = dialog->findChild<QLineEdit *>(QStringLiteral("passwordField"));
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("signInButton"));
    if (!userName || !passwordField || !button)
        return false;
    userName->clear();
    passwordField->clear();
    QTest::keyClicks(userName, user);
    QTest::keyClicks(passwordField, password);
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

} // namespace bd::test
