#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"
#include "app/services/core/Session.h"
#include "app/services/households/HouseholdService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace bd {

class BackgroundReader;
class LatestRead;
class HouseholdMemberModel;
class HouseholdSuggestionModel;
class Store;

// The 360's household: the members with their tier and AUM, where the household stands
// ("the household is CNY 20,000.00 short of Gold"), the links staff make or undo, and the
// suggested links (shared address or mobile) they confirm or turn down. Reads on the 360's
// background thread; every change goes through HouseholdService.
class HouseholdPanel : public QWidget
{
    Q_OBJECT

public:
    HouseholdPanel(Store &store, const Session &session, BackgroundReader *reader,
                   QWidget *parent = nullptr);

    void setCustomer(const CustomerId &customer);
    void reload();
    bool isLoaded() const { return m_loaded; }
    const HouseholdPicture &picture() const { return m_picture; }
    QString standingText() const;
    QString statusText() const;

    // What the buttons do after asking (tests call these directly).
    Result<> link(const CustomerId &other, const QString &relation);
    Result<> linkSuggestion(int row, const QString &relation);
    Result<> dismissSuggestion(int row);
    Result<> makeHead(int memberRow, const QString &formerHeadRelation);
    Result<> setRelation(int memberRow, const QString &relation);
    Result<> unlink(int memberRow);

signals:
    void loaded();
    void changed(); // a link was made or undone: the household's figures moved

private:
    void show(const Result<HouseholdPicture> &picture);
    void refreshButtons();
    int selectedMember() const;
    int selectedSuggestion() const;
    Result<> done(const Result<> &result);
    void askLink();
    void askLinkSuggestion();
    void askMakeHead();
    void askRelation();
    std::optional<QString> askRelationCode(const QString &title, const QString &question);

    Store &m_store;
    Session m_session;
    LatestRead *m_read; // on the reader given, shared with the page's other panels
    CustomerId m_customer;
    HouseholdPicture m_picture;
    bool m_loaded = false;

    QLabel *m_standing;
    HouseholdMemberModel *m_members;
    QTableView *m_memberView;
    HouseholdSuggestionModel *m_suggestions;
    QTableView *m_suggestionView;
    QPushButton *m_linkButton;
    QPushButton *m_headButton;
    QPushButton *m_relationButton;
    QPushButton *m_unlinkButton;
    QPushButton *m_linkSuggestionButton;
    QPushButton *m_dismissButton;
    QLabel *m_status;
};

} // namespace bd
