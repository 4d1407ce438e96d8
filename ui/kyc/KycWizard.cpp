#include "ui/kyc/KycWizard.h"

#include "app/services/core/Session.h"
#include "app/services/kyc/KycCompleteness.h"
#include "app/services/kyc/KycFields.h"
#include "app/services/kyc/KycSummary.h"
#include "database/core/SqlTime.h"
#include "database/kyc/KycCustomerRecords.h"
#include "ui/common/FileChoice.h"
#include "ui/common/WindowFit.h"
#include "ui/kyc/KycCellPage.h"
#include "ui/kyc/KycGrid.h"
#include "ui/kyc/KycHistoryDialog.h"
#include "ui/kyc/KycQuestionEditor.h"
#include "ui/kyc/KycSummaryPrinter.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTime>
#include <QVBoxLayout>

namespace bd {

KycWizard::KycWizard(Store &store, const Session &session, const CustomerId &customerId,
                     QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_session(session)
    , m_customer(customerId)
    , m_service(store, session)
{
    setWindowTitle(tr("KYC nine-grid"));
    WindowFit::resizeWithin(this, QSize(980, 700));
    const auto [maskedName, cif] = m_service.customerNameAndCif(m_customer);
    if (const Result<> may = m_service.mayRun(); !may)
        m_problem = may.errorString();
    else if (cif.isEmpty())
        m_problem = tr("No customer has the id %1.").arg(customerId.toString());

    auto *layout = new QVBoxLayout(this);
    m_header = new QLabel(QStringLiteral("<h2>%1</h2>")
                                  .arg(tr("KYC of %1 (CIF %2)")
                                               .arg(maskedName, cif)
                                               .toHtmlEscaped()));
    layout->addWidget(m_header);
    m_notice = new QLabel(KycQuestionBank::activeNotice());
    m_notice->setObjectName(QStringLiteral("bankNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("background: #fff3cd; padding: 6px"));
    m_notice->setVisible(!m_notice->text().isEmpty());
    layout->addWidget(m_notice);

    m_pages = new QStackedWidget;
    layout->addWidget(m_pages, 1);

    auto *overview = new QWidget;
    auto *overviewLayout = new QVBoxLayout(overview);
    m_draftState = new QLabel;
    m_draftState->setObjectName(QStringLiteral("draftState"));
    overviewLayout->addWidget(m_draftState);
    m_grid = new KycGrid(KycGrid::Size::Overview, m_service.bank());
    overviewLayout->addWidget(m_grid, 1);
    auto *suggestRow = new QHBoxLayout;
    m_suggestedButton = new QPushButton;
    m_suggestedButton->setObjectName(QStringLiteral("suggested"));
    suggestRow->addWidget(m_suggestedButton);
    suggestRow->addStretch();
    overviewLayout->addLayout(suggestRow);
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_result->setMinimumHeight(m_result->fontMetrics().lineSpacing() * 3);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    overviewLayout->addWidget(m_result);
    auto *buttons = new QHBoxLayout;
    auto *history = new QPushButton(tr("History and changes…"));
    history->setObjectName(QStringLiteral("history"));
    auto *print = new QPushButton(tr("Summary to PDF…"));
    print->setObjectName(QStringLiteral("print"));
    auto *finishButton = new QPushButton(tr("Finish: save as new KYC version"));
    finishButton->setObjectName(QStringLiteral("finish"));
    auto *close = new QPushButton(tr("Close (draft is kept)"));
    close->setObjectName(QStringLiteral("close"));
    buttons->addWidget(history);
    buttons->addWidget(print);
    buttons->addStretch();
    buttons->addWidget(finishButton);
    buttons->addWidget(close);
    overviewLayout->addLayout(buttons);
    m_pages->addWidget(overview);

    m_cellPage = new KycCellPage;
    m_pages->addWidget(m_cellPage);

    connect(m_grid, &KycGrid::cellChosen, this, &KycWizard::openCell);
    connect(m_suggestedButton, &QPushButton::clicked, this, [this] {
        if (!m_suggested.isEmpty())
            openCell(m_suggested);
    });
    connect(m_cellPage, &KycCellPage::answered, this, &KycWizard::save);
    connect(m_cellPage, &KycCellPage::backToOverview, this, &KycWizard::showOverview);
    connect(m_cellPage, &KycCellPage::nextCell, this, [this] {
        refresh();
        if (m_suggested.isEmpty())
            showOverview();
        else
            openCell(m_suggested);
    });
    connect(history, &QPushButton::clicked, this, &KycWizard::openHistory);
    connect(print, &QPushButton::clicked, this, &KycWizard::askAndPrint);
    connect(finishButton, &QPushButton::clicked, this, &KycWizard::finish);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false); // Return confirms an answer; it never finishes or closes
    if (isReady())
        refresh();
}

void KycWizard::refresh()
{
    m_known = m_service.knownAnswers(m_customer).valueOr({});
    QSet<QString> answered;
    for (auto it = m_known.cbegin(); it != m_known.cend(); ++it)
        answered.insert(it.key());
    const QMap<QString, int> percent = KycCompleteness::percentByCell(m_service.bank(), answered);
    m_suggested = KycCompleteness::suggestedNextCell(percent);
    m_grid->setCompleteness(percent, m_suggested);
    const KycCell *suggested = m_service.bank().cell(m_suggested);
    m_suggestedButton->setText(suggested ? tr("Continue with the suggested cell: %1")
                                                   .arg(suggested->title.text())
                                                   .replace(QLatin1Char('&'), QStringLiteral("&&"))
                                         : tr("Every cell is complete"));
    m_suggestedButton->setEnabled(suggested != nullptr);

    const std::optional<KycSessionRow> draft = m_service.draft(m_customer);
    const std::optional<KycSessionRow> latest = m_service.latestFinal(m_customer);
    QString state = latest ? tr("Current KYC: version %1 of %2, risk profile %3.")
                                     .arg(latest->versionNo)
                                     .arg(QLocale().toString(
                                             SqlTime::parseTimestamp(latest->finishedAt).toLocalTime(),
                                             QLocale::ShortFormat),
                                          latest->riskLevel > 0
                                                  ? RiskProfile{latest->riskLevel, 0, {}}.label()
                                                  : RiskProfile{}.label())
                           : tr("No KYC version yet.");
    if (draft) {
        int inDraft = 0;
        for (const KycKnownAnswer &answer : std::as_const(m_known))
            inDraft += answer.inDraft ? 1 : 0;
        state += QLatin1Char(' ')
                + tr("Draft of version %1 open with %n new answer(s), saved as you go.", nullptr,
                     inDraft)
                          .arg(draft->versionNo);
    }
    m_draftState->setText(state);
}

void KycWizard::openCell(const QString &cellId)
{
    const KycCell *cell = m_service.bank().cell(cellId);
    if (!cell)
        return;
    m_known = m_service.knownAnswers(m_customer).valueOr({});
    m_cellPage->showCell(*cell, m_known);
    m_pages->setCurrentWidget(m_cellPage);
}

void KycWizard::showOverview()
{
    refresh();
    m_pages->setCurrentIndex(0);
}

void KycWizard::save(const QString &questionId, const QJsonObject &value)
{
    KycQuestionEditor *editor = m_cellPage->editor(questionId);
    if (const Result<> answered = m_service.answer(m_customer, questionId, value); !answered) {
        if (editor)
            editor->setSaveResult(false, answered.errorString());
        return;
    }
    m_known = m_service.knownAnswers(m_customer).valueOr({});
    if (editor) {
        // Not folded: the question stays where it is, so the next click lands on the
        // question the manager aims at (folding moved the next one up under the pointer).
        editor->setKnown(m_known.value(questionId), false);
        editor->setSaveResult(true, tr("Saved to the draft at %1.")
                                            .arg(QLocale().toString(QTime::currentTime(),
                                                                    QLocale::ShortFormat)));
    }
}

bool KycWizard::finish()
{
    const Result<KycService::Finished> finished = m_service.finish(m_customer);
    if (!finished) {
        m_result->setStyleSheet(QStringLiteral("color: #b00020"));
        m_result->setText(finished.errorString());
        return false;
    }
    QStringList drivers;
    for (const RiskDriver &driver : finished->outcome.risk.drivers)
        if (const KycQuestion *question = m_service.bank().question(driver.questionId))
            drivers << KycFields::label(question->field);
    m_result->setStyleSheet(QStringLiteral("color: #1d5e20"));
    m_result->setText(tr("KYC version %1 saved. Risk profile: %2%3. %n tag(s) from KYC, "
                         "%4 fund arrival(s).",
                         nullptr, int(finished->outcome.tags.size()))
                              .arg(finished->versionNo)
                              .arg(finished->outcome.risk.label(),
                                   drivers.isEmpty() ? QString()
                                                     : tr(" (driven by %1)")
                                                               .arg(drivers.join(QStringLiteral(", "))))
                              .arg(finished->outcome.arrivals.size()));
    showOverview();
    return true;
}

QString KycWizard::resultText() const
{
    return m_result->text();
}

bool KycWizard::printSummary(const QString &pdfPath)
{
    const std::optional<KycSummary::Data> data = KycSummary::collect(m_store, m_service, m_customer);
    if (!data)
        return false;
    QString error;
    const bool ok = KycSummaryPrinter::printToPdf(KycSummary::html(m_service.bank(), *data),
                                                  pdfPath, &error);
    m_result->setText(ok ? tr("Summary written to %1.").arg(QDir::toNativeSeparators(pdfPath))
                         : error);
    return ok;
}

void KycWizard::askAndPrint()
{
    const QString path = FileChoice::save(
            this, tr("KYC summary as PDF"), QDir::home().filePath(QStringLiteral("kyc.pdf")),
            tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        printSummary(path);
}

void KycWizard::openHistory()
{
    auto *dialog = new KycHistoryDialog(m_service, m_customer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace bd
