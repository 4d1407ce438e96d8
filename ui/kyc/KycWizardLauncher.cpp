#include "ui/kyc/KycWizardLauncher.h"

#include "app/services/kyc/KycService.h"
#include "ui/kyc/KycWizard.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace bd {

void openKycWizard(Store &store, const Session &session, const CustomerId &customerId,
                   QWidget *parent)
{
    KycService service(store, session);
    if (const Result<> may = service.mayRun(); !may) {
        QMessageBox::warning(parent, QCoreApplication::translate("KycWizard", "KYC"),
                             may.errorString());
        return;
    }
    KycWizard wizard(store, session, customerId, parent);
    if (!wizard.isReady()) {
        QMessageBox::warning(parent, QCoreApplication::translate("KycWizard", "KYC"),
                             wizard.problem());
        return;
    }
    wizard.exec();
}

} // namespace bd
