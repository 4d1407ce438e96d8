#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace bd {

// Strict parsers for the values of a core-banking export: the file is machine-written, so
// only one spelling of each is accepted and anything else is a rejected row, never a guess.
class ImportValues
{
    Q_DECLARE_TR_FUNCTIONS(ImportValues)

public:
    // "12345.67", "12345.6" or "12345" yuan -> fen. No separators, no sign, no currency.
    static std::optional<qint64> yuanToFen(const QString &text);
    // "3.25" percent -> 325 basis points (0 to 100 percent, at most two decimals).
    static std::optional<int> percentToBasisPoints(const QString &text);
    // ISO date YYYY-MM-DD.
    static std::optional<QDate> date(const QString &text);

    static QString amountProblem(const QString &column, const QString &text);
    static QString dateProblem(const QString &column, const QString &text);
};

} // namespace bd
