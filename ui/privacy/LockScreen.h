#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace bd {

// What a locked workstation shows instead of any customer data: who is signed in, a
// password field to continue, and a way to sign that user out so another can sign in.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    LockScreen(const QString &userName, QWidget *parent = nullptr);

    void showProblem(const QString &problem);
    void reset(); // clears the password and the problem, focuses the field

signals:
    void unlockRequested(const QString &password);
    void signOutRequested();

private:
    QLineEdit *m_password;
    QLabel *m_problem;
};

} // namespace bd
