#pragma once

#include "app/services/core/Session.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace bd {

class MarketingRuleModel;
class RuleThresholdModel;
class Store;

// The branch head switches an event rule off or on, or changes one of its numbers (an
// amount, a share, a window, the quiet days, the hours to the contact), from the
// workstation (issue #17). BranchRuleEditor checks the whole rule before keeping it: a
// broken value is refused with why, shown here. The change reaches the server and every
// workstation at the next sync and runs from the next event on. The head can also install a
// whole rule file (BranchRuleFile): a broken one is refused with every problem listed and
// never replaces the one in force; and go back to the shipped rules, after a confirmation.
class RuleEditor : public QWidget
{
    Q_OBJECT

public:
    RuleEditor(Store &store, const Session &session, QWidget *parent = nullptr);

    void reload();
    MarketingRuleModel *rules() const { return m_rules; }
    RuleThresholdModel *thresholds() const { return m_thresholds; }
    QString message() const;

signals:
    void ruleChanged();

private:
    void showRule();
    void switchRule();
    void applyValue();
    void chooseFile();
    // Installs the rule file at `path` once it is chosen in the file dialog.
    void installFile(const QString &path);
    void backToShipped();
    void say(const QString &text, bool problem);
    int currentRule() const;

    Store &m_store;
    Session m_session;
    MarketingRuleModel *m_rules;
    RuleThresholdModel *m_thresholds;
    QTableView *m_ruleView;
    QTableView *m_thresholdView;
    QPushButton *m_switch;
    QLineEdit *m_value;
    QPushButton *m_apply;
    QPushButton *m_install;
    QPushButton *m_shipped;
    QLabel *m_message;
};

} // namespace bd
