#pragma once

#include "app/domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace bd {

// One record of a CSV file and the line it starts on (1-based, as an editor counts).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// Reads CSV as RFC 4180 defines it: comma-separated fields, fields in double quotes may
// hold commas, line breaks and doubled quotes (""), records end with CRLF or LF. Text
// must be UTF-8 (a byte-order mark is allowed and skipped); anything else, GBK above all
// (what Excel writes on Chinese Windows), is refused with a message saying how to fix it.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qsizetype kMaxFileBytes = 256 * 1024 * 1024;
    static constexpr int kMaxFields = 1000;

    struct Result
    {
        bool ok = false;
        QString error; // translated, with the line number
        int errorLine = 0;
        QList<CsvRecord> records; // blank lines are skipped
    };
    static Result parse(const QByteArray &bytes);
    // UTF-8 text without a BOM, or an error message.
    static bd::Result<QString> decode(const QByteArray &bytes);
};

} // namespace bd
