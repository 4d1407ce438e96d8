#include "ui/households/HouseholdPanel.h"

#include "app/services/households/HouseholdRelation.h"
#include "ui/common/BackgroundReader.h"
#include "ui/common/LatestRead.h"
#include "ui/common/RowTableView.h"
#include "ui/households/HouseholdLinkDialog.h"
#include "ui/households/HouseholdModels.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

namespace bd {

HouseholdPanel::HouseholdPanel(Store &store, const Session &session, BackgroundReader *reader,
                               QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_read(new LatestRead(this, reader ? reader : new BackgroundReader(this)))
    , m_standing(new QLabel(this))
    , m_members(new HouseholdMemberModel(this))
    , m_suggestions(new HouseholdSuggestionModel(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("householdPanel"));
    m_standing->setObjectName(QStringLiteral("householdStanding"));
    m_standing->setWordWrap(true);
    QFont bold = m_standing->font();
    bold.setBold(true);
    m_standing->setFont(bold);
    m_memberView = newRowTableView(m_members, QStringLiteral("householdMembers"), this);
    m_memberView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_suggestionView = newRowTableView(m_suggestions, QStringLiteral("householdSuggestions"), this);
    m_suggestionView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_status->setObjectName(QStringLiteral("householdStatus"));
    m_status->setWordWrap(true);

    auto button = [this](const QString &text, const char *name, std::function<void()> action) {
        auto *made = new QPushButton(text, this);
        made->setObjectName(QLatin1String(name));
        connect(made, &QPushButton::clicked, this, std::move(action));
        return made;
    };
    m_linkButton = button(tr("Link a &customer…"), "householdLink", [this] { askLink(); });
    m_headButton = button(tr("Make head…"), "householdMakeHead", [this] { askMakeHead(); });
    m_relationButton = button(tr("Change &relation…"), "householdRelation", [this] { askRelation(); });
    m_unlinkButton = button(tr("Take out of the household"), "householdUnlink",
                            [this] { unlink(selectedMember()); });
    m_linkSuggestionButton = button(tr("Link as famil&y…"), "householdLinkSuggestion",
                                    [this] { askLinkSuggestion(); });
    m_dismissButton = button(tr("Not related"), "householdDismiss",
                             [this] { dismissSuggestion(selectedSuggestion()); });
    for (QTableView *view : {m_memberView, m_suggestionView})
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &HouseholdPanel::refreshButtons);

    auto *memberButtons = new QHBoxLayout;
    for (QPushButton *b : {m_linkButton, m_headButton, m_relationButton, m_unlinkButton})
        memberButtons->addWidget(b);
    memberButtons->addStretch(1);
    auto *suggestionButtons = new QHBoxLayout;
    suggestionButtons->addWidget(m_linkSuggestionButton);
    suggestionButtons->addWidget(m_dismissButton);
    suggestionButtons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_standing);
    layout->addWidget(m_memberView, 2);
    layout->addLayout(memberButtons);
    layout->addWidget(new QLabel(tr("Possibly the same family (a shared address or mobile, "
                                    "compared without opening either):"),
                                 this));
    layout->addWidget(m_suggestionView, 1);
    layout->addLayout(suggestionButtons);
    layout->addWidget(m_status);
    refreshButtons();
}

void HouseholdPanel::setCustomer(const CustomerId &customer)
{
    m_customer = customer;
    reload();
}

void HouseholdPanel::reload()
{
    if (m_customer.isEmpty())
        return;
    Store *store = &m_store;
    const Session session = m_session;
    const CustomerId customer = m_customer;
    m_read->run<Result<HouseholdPicture>>(
            [store, session, customer] { return HouseholdService(*store, session).picture(customer); },
            [this](Result<HouseholdPicture> picture) { show(picture); });
}

void HouseholdPanel::show(const Result<HouseholdPicture> &picture)
{
    if (!picture) {
        m_status->setText(tr("The household cannot be shown: %1").arg(picture.errorString()));
        return;
    }
    m_picture = *picture;
    m_members->setRows(m_picture.household ? m_picture.household->members
                                           : QList<HouseholdMemberRow>());
    m_suggestions->setRows(m_picture.suggestions);
    m_standing->setText(standingText());
    m_loaded = true;
    refreshButtons();
    emit loaded();
}

QString HouseholdPanel::standingText() const
{
    if (!m_picture.household)
        return tr("Not in a household. On their own: %1").arg(m_picture.standing.text());
    return tr("%n member(s), together %1 (%2). %3", nullptr,
              int(m_picture.household->members.size()))
            .arg(m_picture.standing.aum.toDisplayString(), Tiers::label(m_picture.standing.tier),
                 m_picture.standing.text());
}

QString HouseholdPanel::statusText() const
{
    return m_status->text();
}

int HouseholdPanel::selectedMember() const
{
    const QModelIndexList rows = m_memberView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

int HouseholdPanel::selectedSuggestion() const
{
    const QModelIndexList rows = m_suggestionView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void HouseholdPanel::refreshButtons()
{
    const bool may = m_session.can(Permission::ManageHouseholds);
    const bool member = selectedMember() >= 0;
    m_linkButton->setEnabled(may && m_loaded);
    m_headButton->setEnabled(may && member);
    m_relationButton->setEnabled(may && member);
    m_unlinkButton->setEnabled(may && member);
    m_linkSuggestionButton->setEnabled(may && selectedSuggestion() >= 0);
    m_dismissButton->setEnabled(may && selectedSuggestion() >= 0);
    if (!may)
        for (QPushButton *b : {m_linkButton, m_headButton, m_relationButton, m_unlinkButton,
                               m_linkSuggestionButton, m_dismissButton})
            b->setToolTip(m_session.refusal(Permission::ManageHouseholds));
}

Result<> HouseholdPanel::done(const Result<> &result)
{
    m_status->setText(result ? tr("Saved.") : result.errorString());
    if (result) {
        reload();
        emit changed();
    }
    return result;
}

Result<> HouseholdPanel::link(const CustomerId &other, const QString &relation)
{
    const Result<HouseholdId> linked
            = HouseholdService(m_store, m_session).link(m_customer, other, relation);
    return done(linked ? Result<>() : Result<>(linked.error()));
}

Result<> HouseholdPanel::linkSuggestion(int row, const QString &relation)
{
    if (row < 0 || row >= m_suggestions->rows().size())
        return done(Error(tr("Choose a suggested customer first.")));
    const HouseholdSuggestion suggestion = m_suggestions->rows().at(row);
    HouseholdService service(m_store, m_session);
    // Into the other's household when they have one; else into this customer's.
    const Result<HouseholdId> linked = suggestion.otherHousehold.isEmpty()
            ? service.link(m_customer, suggestion.otherId, relation)
            : service.link(suggestion.otherId, m_customer, relation);
    return done(linked ? Result<>() : Result<>(linked.error()));
}

Result<> HouseholdPanel::dismissSuggestion(int row)
{
    if (row < 0 || row >= m_suggestions->rows().size())
        return done(Error(tr("Choose a suggested customer first.")));
    return done(HouseholdService(m_store, m_session)
                        .dismissSuggestion(m_customer, m_suggestions->rows().at(row).otherId));
}

Result<> HouseholdPanel::makeHead(int memberRow, const QString &formerHeadRelation)
{
    if (memberRow < 0 || memberRow >= m_members->rows().size())
        return done(Error(tr("Choose a member first.")));
    return done(HouseholdService(m_store, m_session)
                        .makeHead(m_members->rows().at(memberRow).customerId, formerHeadRelation));
}

Result<> HouseholdPanel::setRelation(int memberRow, const QString &relation)
{
    if (memberRow < 0 || memberRow >= m_members->rows().size())
        return done(Error(tr("Choose a member first.")));
    return done(HouseholdService(m_store, m_session)
                        .setRelation(m_members->rows().at(memberRow).customerId, relation));
}

Result<> HouseholdPanel::unlink(int memberRow)
{
    if (memberRow < 0 || memberRow >= m_members->rows().size())
        return done(Error(tr("Choose a member first.")));
    return done(HouseholdService(m_store, m_session).unlink(m_members->rows().at(memberRow).customerId));
}

std::optional<QString> HouseholdPanel::askRelationCode(const QString &title, const QString &question)
{
    QStringList labels;
    for (const QString &code : HouseholdRelation::memberCodes())
        labels << HouseholdRelation::label(code);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, title, question, labels, 0, false, &ok);
    const qsizetype index = labels.indexOf(chosen);
    if (!ok || index < 0)
        return std::nullopt;
    return HouseholdRelation::memberCodes().at(index);
}

void HouseholdPanel::askLink()
{
    HouseholdLinkDialog dialog(m_store, m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        link(dialog.customer(), dialog.relation());
}

void HouseholdPanel::askLinkSuggestion()
{
    const int row = selectedSuggestion();
    if (row < 0)
        return;
    const HouseholdSuggestion &suggestion = m_suggestions->rows().at(row);
    const QString question = suggestion.otherHousehold.isEmpty()
            ? tr("How is %1 related to the head of this household?").arg(suggestion.otherName)
            : tr("How is this customer related to the head of %1's household?").arg(suggestion.otherName);
    if (const auto relation = askRelationCode(tr("Link as family"), question))
        linkSuggestion(row, *relation);
}

void HouseholdPanel::askMakeHead()
{
    const int row = selectedMember();
    if (row < 0)
        return;
    if (const auto relation = askRelationCode(
                tr("Make head"), tr("How is the present head related to %1?")
                                         .arg(m_members->rows().at(row).name)))
        makeHead(row, *relation);
}

void HouseholdPanel::askRelation()
{
    const int row = selectedMember();
    if (row < 0)
        return;
    if (const auto relation = askRelationCode(
                tr("Change relation"), tr("How is %1 related to the head?")
                                               .arg(m_members->rows().at(row).name)))
        setRelation(row, *relation);
}

} // namespace bd
