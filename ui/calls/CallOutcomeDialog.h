#pragma once

#include "app/services/contact/CallClock.h"
#include "app/services/core/Session.h"
#include "database/workspaces/WealthManagerDeskQueries.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace bd {

class Store;
class VoiceSuggestionsBox;

// Logs what came of a call or care contact from the manager's day: outcome, channel, the
// customer's own words and objection, the next follow-up, and when the call was made (now
// unless changed: a call logged late is judged by the contact rules at the time it was made).
// A contact-rule warning is shown up front; going ahead despite it needs an override reason. Keyboard-first: the outcome
// has focus, Ctrl+Enter saves.
class CallOutcomeDialog : public QDialog
{
    Q_OBJECT

public:
    CallOutcomeDialog(Store &store, const Session &session, const CallTaskLine &task,
                      CallClock clock = systemCallClock(), QWidget *parent = nullptr);

    QString interactionId() const { return m_interactionId; }
    VoiceSuggestionsBox *heard() const { return m_heard; }

public slots:
    void accept() override;

signals:
    void outcomeLogged(const QString &taskId);

private:
    void updateWarning();
    void confirmHeard(); // the ticked suggestions, once the note is saved

    Store &m_store;
    Session m_session;
    CallTaskLine m_task;
    CallClock m_clock;
    QComboBox *m_outcome;
    QComboBox *m_channel;
    QDateTimeEdit *m_madeAt;
    QPlainTextEdit *m_voice;
    QLineEdit *m_objection;
    QCheckBox *m_followUpSet;
    QDateEdit *m_followUp;
    QLabel *m_warning;
    QLineEdit *m_override;
    QLabel *m_problem;
    VoiceSuggestionsBox *m_heard;
    QString m_interactionId;
};

} // namespace bd
