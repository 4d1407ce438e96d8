#pragma once

#include "app/services/branchfloor/ReferralForm.h"
#include "app/services/core/Session.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace bd {

class Store;

// The two potential-VIP forms as a dialog: required fields marked, problems shown next to
// the form, saved through ReferralDesk, printable to PDF.
class ReferralFormDialog : public QDialog
{
    Q_OBJECT

public:
    ReferralFormDialog(Store &store, const Session &session, const ReferralForm &form,
                       QWidget *parent = nullptr);

    ReferralForm form() const;     // what the fields say now
    bool save();                   // validates and files; false shows the problems
    QString savedId() const { return m_savedId; }
    QString problemText() const;
    bool printTo(const QString &pdfPath); // the current form as a PDF
    QString printHtml() const;            // the page printTo prints
    // The form of a referral already filed (a walk-in's): shown to print, not filed again.
    void showFiled(const QString &referralId);

private:
    void showProblems(const QList<ReferralForm::Problem> &problems);
    void kindChanged();

    Store &m_store;
    Session m_session;
    ReferralForm m_base;
    QString m_savedId;
    QComboBox *m_kind;
    QLineEdit *m_description;
    QComboBox *m_manager;
    QCheckBox *m_hasTime;
    QCheckBox *m_consent;
    QLineEdit *m_phone;
    QCheckBox *m_card;
    QLineEdit *m_interest;
    QLineEdit *m_funds;
    QPlainTextEdit *m_notes;
    QHash<QString, QCheckBox *> m_checks;
    QLabel *m_problems;
    QLabel *m_managerWhy;
    QHash<QString, QString> m_managerNames; // id -> name as printed
};

} // namespace bd
