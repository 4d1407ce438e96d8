// Fuzz target: the CSV reader and the customer and holding imports behind it (header
// check, row validation with ID, mobile, date and amount parsers, duplicate checks), on a
// scratch store. Imports run all-or-nothing, so most inputs write nothing but the audit.
#include "FuzzSupport.h"
#include "app/services/dataimport/CsvReader.h"
#include "app/services/dataimport/CustomerImport.h"
#include "app/services/dataimport/HoldingImport.h"

using namespace bd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray csv = fuzz::bytes(data, size);
    const CsvReader::Result parsed = CsvReader::parse(csv);
    if (!parsed.ok || parsed.records.isEmpty())
        return 0;
    Store &store = fuzz::scratchStore();
    const Session admin = fuzz::administrator();
    // The first column decides which import reads it, so both get explored.
    if (parsed.records.first().fields.contains(QStringLiteral("product_code")))
        HoldingImport(store, admin).run(csv, CoreBankingImport::Mode::AllOrNothing);
    else
        CustomerImport(store, admin).run(csv, CoreBankingImport::Mode::AllOrNothing);
    return 0;
}
