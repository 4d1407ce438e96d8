// Fuzz target: a KYC question bank file (BRANCHDESK_KYC_BANK / kyc/bankFile) as staff may
// supply it: the validator and the loader must turn any bytes into problems, never a crash.
#include "FuzzSupport.h"
#include "app/services/kyc/KycBankValidator.h"
#include "app/services/kyc/KycQuestionBank.h"

using namespace bd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray json = fuzz::bytes(data, size);
    const QList<KycBankProblem> problems = KycBankValidator::validate(json);
    KycQuestionBank bank;
    const bool loaded = bank.load(json).ok();
    // The loader validates first: a bank with problems must not load.
    if (loaded && !problems.isEmpty())
        qFatal("fuzz: a bank with %d problem(s) was loaded", int(problems.size()));
    return 0;
}
