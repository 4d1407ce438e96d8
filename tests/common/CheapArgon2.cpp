// Linked into every test program (tests/CMakeLists.txt): password hashes and key slots made
// inside a test use a cheap Argon2 cost. Chosen here, by the test build, never by anything a
// user of the real programs could set; programs a test starts as processes keep the real cost.
#include "app/common/Argon2Cost.h"

#include <QtGlobal>

namespace {
void lowerArgon2Cost()
{
    bd::Argon2Costs::lowerForTests();
}
} // namespace

Q_CONSTRUCTOR_FUNCTION(lowerArgon2Cost)
