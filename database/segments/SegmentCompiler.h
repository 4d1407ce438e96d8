#pragma once

#include "app/domain/Result.h"
#include "app/domain/SegmentDefinition.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVariantList>

#include <optional>

namespace bd {

// A definition turned into SQL over "customer AS c": the WHERE text is made only of
// fragments written in SegmentCompiler.cpp and "?" placeholders; every value of the
// definition travels in binds, in placeholder order.
struct CompiledSegment
{
    QString where;
    QVariantList binds;

    QString countSql() const;
    // orderBy must come from the SegmentColumns whitelist (SegmentColumns::orderBy());
    // limited: ends with "LIMIT ?", bound after binds.
    QString idsSql(const QString &orderBy, bool limited = false) const;
};

class SegmentCompiler
{
    Q_DECLARE_TR_FUNCTIONS(SegmentCompiler)

public:
    // today: the day the "within N days" windows and ages are counted from.
    static Result<CompiledSegment> compile(const SegmentDefinition &definition,
                                           const QString &branchId, const QDate &today);
};

} // namespace bd
