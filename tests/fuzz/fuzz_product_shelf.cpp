// Fuzz target: the bank's product shelf file (JSON or CSV) as a branch head or an
// administrator may load it: any bytes become a shelf or a list of problems with their
// places, never a crash; a file with problems gives no shelf, and a shelf read back from
// its canonical JSON is the same shelf.
#include "FuzzSupport.h"
#include "app/services/suitability/ProductShelfFile.h"

using namespace bd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const ProductShelfFile::Reading reading = ProductShelfFile::read(fuzz::bytes(data, size));
    if (!reading.problems.isEmpty()) {
        if (!reading.shelf.isEmpty())
            qFatal("fuzz: a shelf with %d problem(s) was read", int(reading.problems.size()));
        for (const ShelfProblem &problem : reading.problems) {
            if (problem.place.isEmpty() || problem.message.isEmpty())
                qFatal("fuzz: a problem without its place or message");
        }
        return 0;
    }
    const QByteArray canonical = ProductShelfFile::canonicalJson(reading.shelf);
    const ProductShelfFile::Reading again = ProductShelfFile::read(canonical);
    if (!again.problems.isEmpty() || ProductShelfFile::canonicalJson(again.shelf) != canonical)
        qFatal("fuzz: the canonical form of a valid shelf does not read back the same");
    return 0;
}
