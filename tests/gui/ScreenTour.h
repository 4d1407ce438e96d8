#pragma once

// The screens staff see, opened one after another on a small demo branch for the general
// checks of issue #15 (mnemonics, language, small screens): every role's main window at
// 1366x768 with every tab of it shown in turn, a customer's 360 with its tabs, and the
// dialogs staff open from them. visit(window, where) is called for each shown state.
#include "app/domain/Ids.h"
#include "app/demo/DemoBranchGenerator.h"
#include "app/services/branchfloor/ReferralDesk.h"
#include "app/services/kyc/KycService.h"
#include "app/services/staff/AuthService.h"
#include "database/core/Store.h"
#include "database/customers/CustomerRepository.h"
#include "ui/branchfloor/ReferralFormDialog.h"
#include "ui/branchfloor/SevenStepPanel.h"
#include "ui/branchfloor/WalkInLog.h"
#include "ui/calls/CallPrepSheetDialog.h"
#include "ui/calls/ContactRulesDialog.h"
#include "ui/customer360/Customer360View.h"
#include "ui/customer360/CustomerMoveDialog.h"
#include "ui/customer360/InteractionDialog.h"
#include "ui/customer360/ProfileEditDialog.h"
#include "ui/kyc/KycHistoryDialog.h"
#include "ui/kyc/KycWizard.h"
#include "ui/privacy/ConsentDialog.h"
#include "ui/privacy/RevealDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SignInDialog.h"
#include "ui/shell/Workspace.h"

#include <QApplication>
#include <QPointer>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>

#include <functional>
#include <map>

namespace bd::test {

// What a 1366x768 screen leaves a maximised window: 768 less a title bar and a task bar.
inline constexpr QSize kSmallScreenWindow(1366, 720);

class ScreenTour
{
public:
    using Visit = std::function<void(QWidget *window, const QString &where)>;

    explicit ScreenTour(Store &store) : m_store(store) {}

    // A small demo branch in an empty store; false when it could not be made.
    static bool makeDemoBranch(Store &store, int customers = 400)
    {
        DemoBranchGenerator::Options options;
        options.customers = customers;
        return bool(DemoBranchGenerator().generate(store, options));
    }

    std::map<QString, Session> signInEveryRole() const
    {
        std::map<QString, Session> sessions;
        for (const auto &account : DemoBranchGenerator::demoAccounts()) {
            const AuthService::Result result =
                    AuthService(m_store).signIn(account.username, account.password);
            if (result.session)
                sessions.emplace(account.role, *result.session);
        }
        return sessions;
    }

    void run(const Visit &visit)
    {
        const auto sessions = signInEveryRole();
        {
            SignInDialog signIn(m_store);
            show(&signIn, QStringLiteral("sign-in"), visit);
        }
        for (const auto &[role, session] : sessions) {
            MainWindow window(m_store, session);
            window.resize(kSmallScreenWindow);
            show(&window, role, visit);
            // The states that show more: a potential VIP's route, a service under way.
            if (auto *log = window.findChild<WalkInLog *>()) {
                log->chooseClass(QStringLiteral("potential_vip"));
                show(&window, role + QStringLiteral(" / potential VIP"), visit);
                // Signals ticked at two moments: the other moment's are listed (#15 item 10).
                log->clear();
                log->setSignal(QStringLiteral("entering.clothing"), true);
                log->setMoment(QStringLiteral("consulting"));
                log->setSignal(QStringLiteral("consulting.maturing_soon"), true);
                show(&window, role + QStringLiteral(" / signals at two moments"), visit);
            }
            if (auto *panel = window.findChild<SevenStepPanel *>()) {
                panel->setBusiness(QStringLiteral("cash_deposit"));
                panel->startService();
                show(&window, role + QStringLiteral(" / service started"), visit);
            }
        }
        const QString customerId = someManagedCustomer();
        const auto wealth = sessions.find(QStringLiteral("wealth_manager"));
        const auto lobby = sessions.find(QStringLiteral("lobby_manager"));
        if (customerId.isEmpty() || wealth == sessions.end() || lobby == sessions.end())
            return;
        const Session &manager = wealth->second;
        {
            Customer360View view(m_store, manager, CustomerId(customerId));
            view.resize(kSmallScreenWindow);
            show(&view, QStringLiteral("360"), visit);
        }
        {
            ReferralFormDialog form(m_store, lobby->second,
                                    ReferralDesk(m_store, lobby->second)
                                            .prefilled(CustomerId(customerId), QStringLiteral("lobby")));
            show(&form, QStringLiteral("referral form"), visit);
        }
        if (const auto row = CustomerRepository(m_store).details(customerId)) {
            ProfileEditDialog dialog(m_store, manager, CustomerDetails::fromRow(*row));
            show(&dialog, QStringLiteral("profile edit"), visit);
        }
        const QString name = CustomerRepository(m_store)
                                     .details(customerId)
                                     .value_or(QVariantMap())
                                     .value(QStringLiteral("name"))
                                     .toString();
        {
            InteractionDialog dialog(m_store, manager, CustomerId(customerId), name);
            show(&dialog, QStringLiteral("contact"), visit);
        }
        {
            CustomerMoveDialog dialog(m_store, manager, CustomerId(customerId), name);
            show(&dialog, QStringLiteral("move customer"), visit);
        }
        {
            CallPrepSheetDialog dialog(m_store, manager, CustomerId(customerId));
            show(&dialog, QStringLiteral("prep sheet"), visit);
        }
        {
            ContactRulesDialog dialog(m_store, manager);
            show(&dialog, QStringLiteral("contact rules"), visit);
        }
        {
            KycWizard wizard(m_store, manager, CustomerId(customerId));
            show(&wizard, QStringLiteral("KYC wizard"), visit);
        }
        {
            KycService service(m_store, manager);
            KycHistoryDialog dialog(service, CustomerId(customerId));
            show(&dialog, QStringLiteral("KYC history"), visit);
        }
        {
            ConsentDialog dialog(m_store, manager, CustomerId(customerId));
            show(&dialog, QStringLiteral("consent"), visit);
        }
        {
            RevealDialog dialog(m_store, manager, CustomerId(customerId));
            show(&dialog, QStringLiteral("reveal"), visit);
        }
    }

private:
    QString someManagedCustomer() const
    {
        QSqlQuery q(m_store.database());
        q.exec(QStringLiteral("SELECT id FROM customer WHERE manager_id IS NOT NULL AND "
                              "deleted = 0 ORDER BY aum_fen DESC LIMIT 1"));
        return q.next() ? q.value(0).toString() : QString();
    }

    // Lets the layout requests that the last events posted run (a label given its text
    // posts one), so what is checked and pictured is what a person sees a moment later.
    static void settle()
    {
        for (int pass = 0; pass < 3; ++pass)
            QCoreApplication::processEvents();
    }

    // Shows the window, then each tab of each tab widget in turn (outer tabs first).
    static void show(QWidget *window, const QString &where, const Visit &visit)
    {
        window->show();
        QApplication::setActiveWindow(window);
        (void)QTest::qWaitForWindowExposed(window);
        // What desks and their panels read off the GUI thread is in, as staff see it a moment
        // later (each says so through its "loading" property).
        QList<QWidget *> all = window->findChildren<QWidget *>();
        all << window;
        QList<QPointer<QWidget>> parts; // a part may go while the others are waited for
        for (QWidget *part : std::as_const(all))
            if (qobject_cast<Workspace *>(part) || part->inherits("bd::ReferralInbox")
                || part->inherits("bd::ProductShelfView") || part->inherits("bd::SegmentWorkbench"))
                parts << part;
        for (const QPointer<QWidget> &part : parts)
            (void)QTest::qWaitFor([part] { return !part || !part->property("loading").toBool(); },
                                  30000);
        QList<QPointer<Customer360View>> views; // a 360 reads its customer on its own thread
        for (Customer360View *view : window->findChildren<Customer360View *>())
            views << view;
        if (auto *view = qobject_cast<Customer360View *>(window))
            views << view;
        for (const QPointer<Customer360View> &view : views)
            (void)QTest::qWaitFor([view] { return !view || view->isLoaded(); }, 30000);
        settle();
        visit(window, where);
        for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
            if (!tabs->isVisibleTo(window))
                continue;
            const int was = tabs->currentIndex();
            for (int index = 0; index < tabs->count(); ++index) {
                if (index == was || !tabs->isTabVisible(index))
                    continue;
                tabs->setCurrentIndex(index);
                settle();
                visit(window, where + QStringLiteral(" / ") + tabs->tabText(index));
            }
            tabs->setCurrentIndex(was);
        }
        window->hide();
    }

    Store &m_store;
};

} // namespace bd::test
