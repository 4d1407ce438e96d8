#include "ui/branchfloor/ReferralLauncher.h"

#include "app/services/branchfloor/ReferralDesk.h"
#include "app/services/core/Session.h"
#include "ui/branchfloor/ReferralFormDialog.h"

#include <QMessageBox>

namespace bd {

void openReferralForm(Store &store, const Session &session, const CustomerId &customerId,
                      QWidget *parent)
{
    if (!session.can(Permission::CreateReferral)) {
        QMessageBox::information(parent, ReferralFormDialog::tr("Referral"),
                                 session.refusal(Permission::CreateReferral));
        return;
    }
    const QString source = session.user.role == StaffRole::Teller ? QStringLiteral("teller")
            : session.user.role == StaffRole::LobbyManager       ? QStringLiteral("lobby")
                                                                  : QStringLiteral("staff");
    const ReferralForm form = ReferralDesk(store, session).prefilled(customerId, source);
    auto *dialog = new ReferralFormDialog(store, session, form, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

} // namespace bd
