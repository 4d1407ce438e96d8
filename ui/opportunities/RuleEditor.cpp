#include "ui/opportunities/RuleEditor.h"

#include "app/domain/Money.h"
#include "app/services/opportunities/BranchRuleEditor.h"
#include "app/services/opportunities/BranchRuleFile.h"
#include "ui/common/RowTableView.h"
#include "ui/opportunities/RuleEditorModels.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace bd {

RuleEditor::RuleEditor(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_rules(new MarketingRuleModel(this))
    , m_thresholds(new RuleThresholdModel(this))
    , m_ruleView(newRowTableView(m_rules, QStringLiteral("ruleListView"), this))
    , m_thresholdView(newRowTableView(m_thresholds, QStringLiteral("ruleThresholdView"), this))
    , m_switch(new QPushButton(tr("S&witch off"), this))
    , m_value(new QLineEdit(this))
    , m_apply(new QPushButton(tr("Appl&y"), this))
    , m_install(new QPushButton(tr("&Install rule file…"), this))
    , m_shipped(new QPushButton(tr("&Back to the shipped rules…"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("ruleEditor"));
    m_ruleView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_thresholdView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_switch->setObjectName(QStringLiteral("switchRuleButton"));
    m_switch->setToolTip(tr("Off, the rule makes no opportunities from the next event on, "
                            "on every workstation after its sync"));
    m_value->setObjectName(QStringLiteral("ruleValueEdit"));
    m_apply->setObjectName(QStringLiteral("applyRuleValueButton"));
    m_install->setObjectName(QStringLiteral("installRuleFileButton"));
    m_install->setToolTip(tr("A whole rule file (JSON) in place of the branch's rules, checked "
                             "first: a file with any problem is not installed"));
    m_shipped->setObjectName(QStringLiteral("backToShippedRulesButton"));
    m_shipped->setToolTip(tr("The rules that came with BranchDesk in force again, in place of "
                             "the installed rule file and every changed rule"));
    m_message->setObjectName(QStringLiteral("ruleEditorMessage"));
    m_message->setWordWrap(true);
    const bool mayChange = m_session.can(Permission::ManageSegments);
    for (QWidget *control : {static_cast<QWidget *>(m_switch), static_cast<QWidget *>(m_value),
                             static_cast<QWidget *>(m_apply), static_cast<QWidget *>(m_install),
                             static_cast<QWidget *>(m_shipped)})
        control->setEnabled(mayChange);
    auto *valueLabel = new QLabel(tr("New va&lue:"), this);
    valueLabel->setBuddy(m_value);
    connect(m_ruleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RuleEditor::showRule);
    connect(m_switch, &QPushButton::clicked, this, &RuleEditor::switchRule);
    connect(m_apply, &QPushButton::clicked, this, &RuleEditor::applyValue);
    connect(m_install, &QPushButton::clicked, this, &RuleEditor::chooseFile);
    connect(m_shipped, &QPushButton::clicked, this, &RuleEditor::backToShipped);
    connect(m_value, &QLineEdit::returnPressed, this, &RuleEditor::applyValue);

    auto *left = new QVBoxLayout;
    left->addWidget(m_ruleView, 1);
    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(m_switch);
    ruleButtons->addStretch(1);
    ruleButtons->addWidget(m_install);
    ruleButtons->addWidget(m_shipped);
    left->addLayout(ruleButtons);
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(valueLabel);
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_apply);
    auto *right = new QVBoxLayout;
    right->addWidget(m_thresholdView, 1);
    right->addLayout(valueRow);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    reload();
}

QString RuleEditor::message() const
{
    return m_message->text();
}

int RuleEditor::currentRule() const
{
    const QModelIndex current = m_ruleView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void RuleEditor::reload()
{
    const QString shown = currentRule() >= 0 ? m_rules->rows().at(currentRule()).id : QString();
    const Result<QList<MarketingRule>> rules = BranchRuleEditor(m_store, m_session).rules();
    if (!rules) {
        m_rules->clear();
        say(rules.errorString(), true);
        return;
    }
    m_rules->setRows(*rules);
    int row = 0;
    for (int i = 0; i < rules->size(); ++i) {
        if (rules->at(i).id == shown)
            row = i;
    }
    if (!rules->isEmpty())
        m_ruleView->setCurrentIndex(m_rules->index(row, 0));
    m_ruleView->resizeColumnsToContents();
    showRule();
}

void RuleEditor::showRule()
{
    const int row = currentRule();
    if (row < 0) {
        m_thresholds->clear();
        return;
    }
    const MarketingRule &rule = m_rules->rows().at(row);
    m_switch->setText(rule.enabled ? tr("S&witch off") : tr("S&witch on"));
    m_thresholds->setRows(RuleThresholds::of(rule));
    if (m_thresholds->rowCount() > 0)
        m_thresholdView->setCurrentIndex(m_thresholds->index(0, 0));
    m_thresholdView->resizeColumnsToContents();
}

void RuleEditor::say(const QString &text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b03020;") : QString());
    m_message->setText(text);
}

void RuleEditor::switchRule()
{
    const int row = currentRule();
    if (row < 0)
        return;
    const MarketingRule rule = m_rules->rows().at(row);
    const Result<MarketingRule> changed
            = BranchRuleEditor(m_store, m_session).switchRule(rule.id, !rule.enabled);
    if (!changed) {
        say(changed.errorString(), true);
        return;
    }
    say(changed->enabled ? tr("%1 is on: it runs from the next event after the next sync.")
                                   .arg(rule.title.current())
                         : tr("%1 is off from the next event after the next sync.")
                                   .arg(rule.title.current()),
        false);
    reload();
    emit ruleChanged();
}

void RuleEditor::applyValue()
{
    const int row = currentRule();
    const QModelIndex threshold = m_thresholdView->currentIndex();
    if (row < 0 || !threshold.isValid()) {
        say(tr("Select a rule and one of its thresholds first."), true);
        return;
    }
    const MarketingRule rule = m_rules->rows().at(row);
    const RuleThreshold number = m_thresholds->rows().at(threshold.row());
    const QString text = m_value->text().trimmed();
    std::optional<qint64> value;
    if (number.money) {
        if (const std::optional<Money> money = Money::parse(text))
            value = money->fen();
    } else {
        bool ok = false;
        const qint64 whole = QLocale().toLongLong(text, &ok);
        if (ok)
            value = whole;
    }
    if (!value) {
        say(number.money ? tr("\"%1\" is not an amount in yuan.").arg(text)
                         : tr("\"%1\" is not a whole number.").arg(text),
            true);
        return;
    }
    const Result<MarketingRule> changed
            = BranchRuleEditor(m_store, m_session).setThreshold(rule.id, number.path, *value);
    if (!changed) {
        say(changed.errorString(), true);
        return;
    }
    RuleThreshold now = number;
    now.value = *value;
    say(tr("%1: %2 is now %3, from the next event after the next sync.")
                .arg(rule.title.current(), number.label(), RuleThresholdModel::valueText(now)),
        false);
    m_value->clear();
    reload();
    emit ruleChanged();
}

void RuleEditor::chooseFile()
{
    // Qt's own dialog: the same on every desktop, and one a keyboard-only test can drive.
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Install a rule file"), QString(), tr("Rule files (*.json);;All files (*)"),
            nullptr, QFileDialog::DontUseNativeDialog);
    if (!path.isEmpty())
        installFile(path);
}

void RuleEditor::installFile(const QString &path)
{
    const Result<BranchRuleFile::Installed> installed
            = BranchRuleFile(m_store, m_session).install(path);
    if (!installed) {
        say(installed.errorString(), true);
        return;
    }
    say(tr("%1 is installed (%n rule(s)): it runs from the next event after the next sync.",
           nullptr, installed->rules)
                .arg(QFileInfo(path).fileName()),
        false);
    reload();
    emit ruleChanged();
}

void RuleEditor::backToShipped()
{
    // The whole branch's rules change at once, and a file installed here is gone from every
    // desk: the head confirms first, "No" the default.
    const QMessageBox::StandardButton answer = QMessageBox::question(
            this, tr("Back to the shipped rules"),
            tr("Put the rules that came with BranchDesk back in force for the whole branch? "
               "The installed rule file and every changed rule are withdrawn; every "
               "workstation runs the shipped rules from the next event after its sync."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const Result<BranchRuleFile::Withdrawn> withdrawn
            = BranchRuleFile(m_store, m_session).backToShipped();
    if (!withdrawn) {
        say(withdrawn.errorString(), true);
        return;
    }
    if (withdrawn->files == 0 && withdrawn->changedRules == 0) {
        say(tr("The shipped rules are in force already; nothing changed."), false);
        return;
    }
    say(tr("The shipped rules are back: they run from the next event after the next sync, "
           "on every workstation."),
        false);
    reload();
    emit ruleChanged();
}

} // namespace bd
