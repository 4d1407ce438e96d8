#include "app/services/kyc/KycLogging.h"

Q_LOGGING_CATEGORY(lcKyc, "branchdesk.kyc")
