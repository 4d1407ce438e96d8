// Fuzz target: a segment definition as saved in the branch, synced from another
// workstation or typed into a file: the parser must turn any bytes into a definition or a
// clear error, never a crash; what it accepts must compile (or say why not) and survive a
// round trip through JSON.
#include "FuzzSupport.h"
#include "database/segments/SegmentCompiler.h"
#include "app/domain/SegmentDefinition.h"

#include <QDate>

using namespace bd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    QString error;
    const std::optional<SegmentDefinition> definition =
            SegmentDefinition::fromJson(fuzz::bytes(data, size), &error);
    if (!definition) {
        if (error.isEmpty())
            qFatal("fuzz: a definition was refused without a reason");
        return 0;
    }
    // What parses compiles, or says why not (bound values only: nothing to inject).
    QString compileError;
    if (!SegmentCompiler::compile(*definition, QStringLiteral("branch"), QDate(2026, 11, 23),
                                  &compileError)
        && compileError.isEmpty())
        qFatal("fuzz: a definition failed to compile without a reason");
    QString again;
    if (!SegmentDefinition::fromJson(definition->toJson(), &again))
        qFatal("fuzz: an accepted definition does not parse again: %s", qPrintable(again));
    return 0;
}
