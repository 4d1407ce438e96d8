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
    const Result<SegmentDefinition> definition = SegmentDefinition::fromJson(fuzz::bytes(data, size));
    if (!definition) {
        if (definition.errorString().isEmpty())
            qFatal("fuzz: a definition was refused without a reason");
        return 0;
    }
    // What parses compiles, or says why not (bound values only: nothing to inject).
    const Result<CompiledSegment> compiled
            = SegmentCompiler::compile(*definition, QStringLiteral("branch"), QDate(2026, 11, 23));
    if (!compiled && compiled.errorString().isEmpty())
        qFatal("fuzz: a definition failed to compile without a reason");
    const Result<SegmentDefinition> again = SegmentDefinition::fromJson(definition->toJson());
    if (!again)
        qFatal("fuzz: an accepted definition does not parse again: %s",
               qPrintable(again.errorString()));
    return 0;
}
