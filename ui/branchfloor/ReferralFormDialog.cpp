#include "ui/branchfloor/ReferralFormDialog.h"

#include "app/domain/DomainTerms.h"
#include "app/domain/Money.h"
#include "app/services/branchfloor/ReferralDesk.h"
#include "database/branchfloor/FloorQueries.h"
#include "ui/branchfloor/ManagerChoice.h"
#include "ui/branchfloor/ReferralPrint.h"
#include "ui/common/FileChoice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>


namespace bd {

ReferralFormDialog::ReferralFormDialog(Store &store, const Session &session,
                                       const ReferralForm &form, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
    , m_base(form)
    , m_kind(new QComboBox(this))
    , m_description(new QLineEdit(this))
    , m_manager(new QComboBox(this))
    , m_hasTime(new QCheckBox(tr("The customer has time now"), this))
    , m_consent(new QCheckBox(tr("The customer agrees to leave contact details"), this))
    , m_phone(new QLineEdit(this))
    , m_card(new QCheckBox(tr("VIP experience card and manager's card handed over"), this))
    , m_interest(new QLineEdit(this))
    , m_funds(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_problems(new QLabel(this))
    , m_managerWhy(new QLabel(this))
{
    setObjectName(QStringLiteral("referralFormDialog"));
    setWindowTitle(ReferralForm::title(form.kind));
    m_kind->setObjectName(QStringLiteral("formKind"));
    m_kind->addItem(ReferralForm::title(QStringLiteral("referral")), QStringLiteral("referral"));
    m_kind->addItem(ReferralForm::title(QStringLiteral("record")), QStringLiteral("record"));
    m_kind->setCurrentIndex(form.kind == QLatin1String("record") ? 1 : 0);
    m_description->setObjectName(QStringLiteral("formDescription"));
    m_description->setText(form.customerName.isEmpty() ? form.description : form.customerName);
    m_description->setReadOnly(!form.customerId.isEmpty());
    m_description->setPlaceholderText(tr("e.g. man of about 35, office worker nearby"));
    m_manager->setObjectName(QStringLiteral("formManager"));
    m_manager->addItem(tr("(choose)"), QString());
    const QList<ManagerAvailability> managers =
            FloorQueries(store).wealthManagers(session.branch.id, QDateTime::currentDateTimeUtc());
    for (const ManagerAvailability &manager : managers) {
        m_manager->addItem(manager.busy ? tr("%1 (busy)").arg(manager.name) : manager.name,
                           manager.id);
        m_managerNames.insert(manager.id, manager.name); // printed without "(busy)"
    }
    m_managerWhy->setObjectName(QStringLiteral("formManagerWhy"));
    m_managerWhy->setWordWrap(true);
    m_managerWhy->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_managerWhy->setText(ManagerChoice::select(m_manager, managers, form.referredTo));
    m_hasTime->setObjectName(QStringLiteral("formHasTime"));
    m_hasTime->setChecked(form.customerHasTime);
    m_consent->setObjectName(QStringLiteral("formConsent"));
    m_consent->setChecked(form.contactConsent);
    m_phone->setObjectName(QStringLiteral("formPhone"));
    m_phone->setText(form.contactPhone);
    m_phone->setEnabled(form.contactConsent);
    m_card->setObjectName(QStringLiteral("formCard"));
    m_card->setChecked(form.experienceCard);
    m_interest->setObjectName(QStringLiteral("formInterest"));
    m_interest->setText(form.interest);
    m_interest->setPlaceholderText(tr("e.g. asked about 1-year wealth products"));
    m_funds->setObjectName(QStringLiteral("formFunds"));
    if (form.estimated && *form.estimated > Money())
        m_funds->setText(form.estimated->toDisplayString());
    m_notes->setObjectName(QStringLiteral("formNotes"));
    m_notes->setPlainText(form.notes);
    m_notes->setMaximumHeight(70);
    m_notes->setTabChangesFocus(true);
    m_problems->setObjectName(QStringLiteral("formProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    connect(m_consent, &QCheckBox::toggled, m_phone, &QWidget::setEnabled);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { kindChanged(); });

    auto *fields = new QFormLayout;
    fields->addRow(tr("Form"), m_kind);
    fields->addRow(tr("Customer *"), m_description);
    fields->addRow(tr("Wealth manager *"), m_manager);
    fields->addRow(QString(), m_managerWhy);
    fields->addRow(tr("Interest or need *"), m_interest);
    fields->addRow(tr("Funds mentioned"), m_funds);
    fields->addRow(QString(), m_hasTime);
    fields->addRow(QString(), m_card);
    fields->addRow(QString(), m_consent);
    fields->addRow(tr("Mobile number"), m_phone);
    fields->addRow(tr("Notes"), m_notes);

    auto *checklist = new QGroupBox(tr("Key points"), this);
    auto *checkLayout = new QVBoxLayout(checklist);
    for (const QString &code : DomainTerms::codes(Vocabulary::ReferralCheck)) {
        auto *box = new QCheckBox(DomainTerms::label(Vocabulary::ReferralCheck, code), checklist);
        box->setObjectName(QStringLiteral("check_") + code);
        box->setChecked(form.checks.contains(code));
        checkLayout->addWidget(box);
        m_checks.insert(code, box);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *print = buttons->addButton(tr("Save and print to PDF..."),
                                            QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("formPrintButton"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("formSaveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(print, &QPushButton::clicked, this, [this] {
        if (!save())
            return;
        const QString path = FileChoice::save(
                this, tr("Print the form to PDF"),
                QDir::home().filePath(QStringLiteral("referral-%1.pdf").arg(m_savedId.left(8))),
                tr("PDF files (*.pdf)"));
        if (!path.isEmpty() && !printTo(path))
            QMessageBox::warning(this, windowTitle(), tr("The PDF could not be written."));
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fields);
    layout->addWidget(checklist);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    kindChanged();
}

void ReferralFormDialog::showFiled(const QString &referralId)
{
    m_savedId = referralId; // save() and "save and print" now only print
    for (QWidget *field : std::initializer_list<QWidget *>{m_kind, m_description, m_manager,
                                                          m_hasTime, m_consent, m_phone, m_card,
                                                          m_interest, m_funds})
        field->setEnabled(false);
    m_notes->setReadOnly(true);
    for (QCheckBox *box : std::as_const(m_checks))
        box->setEnabled(false);
    m_managerWhy->setText(tr("Filed with the walk-in; printing does not file it again."));
}

QString ReferralFormDialog::printHtml() const
{
    return ReferralPrint::html(form(), m_managerNames.value(m_manager->currentData().toString()),
                               m_session.user.displayName, m_session.branch.name);
}

void ReferralFormDialog::kindChanged()
{
    const bool record = m_kind->currentData().toString() == QLatin1String("record");
    setWindowTitle(ReferralForm::title(m_kind->currentData().toString()));
    if (record)
        m_hasTime->setChecked(true);
}

ReferralForm ReferralFormDialog::form() const
{
    ReferralForm form = m_base;
    form.kind = m_kind->currentData().toString();
    if (form.customerId.isEmpty())
        form.description = m_description->text();
    form.referredTo = m_manager->currentData().toString();
    form.customerHasTime = m_hasTime->isChecked();
    form.contactConsent = m_consent->isChecked();
    form.contactPhone = m_consent->isChecked() ? m_phone->text() : QString();
    form.experienceCard = m_card->isChecked();
    form.interest = m_interest->text();
    form.estimated = m_funds->text().trimmed().isEmpty() ? std::optional<Money>(Money())
                                                         : Money::parse(m_funds->text());
    form.notes = m_notes->toPlainText();
    form.checks.clear();
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it) {
        if (it.value()->isChecked())
            form.checks << it.key();
    }
    return form;
}

void ReferralFormDialog::showProblems(const QList<ReferralForm::Problem> &problems)
{
    QStringList lines;
    for (const auto &problem : problems)
        lines << problem.problem;
    m_problems->setText(lines.join(QLatin1Char('\n')));
}

QString ReferralFormDialog::problemText() const
{
    return m_problems->text();
}

bool ReferralFormDialog::save()
{
    if (!m_savedId.isEmpty())
        return true;
    const ReferralDesk::Result result = ReferralDesk(m_store, m_session).file(form());
    if (!result.ok) {
        if (!result.problems.isEmpty())
            showProblems(result.problems);
        else
            m_problems->setText(result.refusal);
        return false;
    }
    m_savedId = result.id;
    m_problems->clear();
    return true;
}

bool ReferralFormDialog::printTo(const QString &pdfPath)
{
    return ReferralPrint::toPdf(printHtml(), pdfPath);
}

} // namespace bd
