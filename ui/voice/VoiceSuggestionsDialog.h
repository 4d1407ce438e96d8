#pragma once

#include "app/domain/Ids.h"
#include "app/services/core/Session.h"
#include "app/services/voice/VoiceSuggestions.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace bd {

class Store;

// The 360's "Heard in notes": every suggestion not yet decided about, with the note it came
// from and the phrase highlighted in it; Confirm makes the tag (or the follow-up task),
// Dismiss keeps it out of suggestions and of the branch head's counts.
class VoiceSuggestionsDialog : public QDialog
{
    Q_OBJECT

public:
    VoiceSuggestionsDialog(Store &store, const Session &session, const CustomerId &customerId,
                           QWidget *parent = nullptr);

    int count() const { return int(m_items.size()); }
    void select(int row);
    bool confirmSelected();
    bool dismissSelected();

signals:
    void decided(); // a tag or a task may have been made: the 360 reloads

private:
    void reload();
    void showNote(int row);
    bool decide(bool confirm);

    Store &m_store;
    Session m_session;
    CustomerId m_customerId;
    QList<VoiceSuggestions::Item> m_items;
    QListWidget *m_list;
    QPlainTextEdit *m_note;
    QLabel *m_problem;
    QPushButton *m_confirm;
    QPushButton *m_dismiss;
};

} // namespace bd
