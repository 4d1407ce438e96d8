// Fuzz target: an event rule file (docs/EVENTS.md) as an administrator might write it or a
// disk might damage it. RuleFile must read any bytes without a crash; a file it accepts
// has no problems, and what it accepted, written back, is accepted again with the same
// rules. The same bytes go through parseRule (a branch head's changed rule).
#include "FuzzSupport.h"

#include "app/rules/RuleFile.h"

using namespace bd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const RuleFile::Parsed parsed = RuleFile::parse(bytes);
    if (parsed.rules.has_value() != parsed.problems.isEmpty())
        qFatal("fuzz: a rule file is either accepted or has problems, not both or neither");
    for (const ConditionProblem &problem : parsed.problems) {
        if (problem.message.isEmpty())
            qFatal("fuzz: a problem without a message");
    }
    if (parsed.rules) {
        const RuleFile::Parsed again = RuleFile::parse(parsed.rules->toBytes());
        if (!again.rules)
            qFatal("fuzz: an accepted rule file, written back, is refused: %s",
                   qPrintable(RuleFile::describe(again.problems)));
        if (again.rules->rules.size() != parsed.rules->rules.size())
            qFatal("fuzz: written back, the file has another number of rules");
    }
    const RuleFile::ParsedRule rule = RuleFile::parseRule(bytes);
    if (rule.rule.has_value() != rule.problems.isEmpty())
        qFatal("fuzz: a rule is either accepted or has problems");
    return 0;
}
