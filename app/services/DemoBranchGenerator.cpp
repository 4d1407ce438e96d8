#include "DemoBranchGenerator.h"
namespace bd {
QList<DemoBranchGenerator::DemoAccount> DemoBranchGenerator::demoAccounts() { return {}; }
bool DemoBranchGenerator::isDemoDatabase(Store &) { return false; }
bool DemoBranchGenerator::generate(Store &, const Options &) { return false; }
}
