#pragma once

#include "app/domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bd {

// One record of a CSV file and the line it starts on (1-based, as an editor counts).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// Reads CSV as RFC 4180 defines it: comma-separated fields, fields in double quotes may
// hold commas, line breaks and doubled quotes (""), records end with CRLF or LF. Text
// is in the encoding the caller declares: UTF-8 by default (a byte-order mark is allowed
// and skipped), GBK or GB18030 (what Excel writes on Chinese Windows) on request. The
// encoding is never guessed: GBK bytes can also be valid UTF-8 (钱平 reads as Ǯƽ), so a
// guess can import the wrong names without a word. Bytes that do not decode in the declared
// encoding are refused with a message saying how to fix it.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qsizetype kMaxFileBytes = 256 * 1024 * 1024;
    static constexpr int kMaxFields = 1000;

    enum class Encoding { Utf8, Gbk, Gb18030 };
    // "utf-8", "gbk" or "gb18030" (any case, with or without the dash); nullopt otherwise.
    static std::optional<Encoding> encodingNamed(const QString &name);

    struct Result
    {
        bool ok = false;
        QString error; // translated, with the line number
        int errorLine = 0;
        QList<CsvRecord> records; // blank lines are skipped
    };
    static Result parse(const QByteArray &bytes, Encoding encoding = Encoding::Utf8);
    // The text without U+FEFF anywhere (see the .cpp for why).
    static QString withoutByteOrderMarks(QString text);
    // The decoded text without byte-order marks, or an error message.
    static bd::Result<QString> decode(const QByteArray &bytes,
                                      Encoding encoding = Encoding::Utf8);
};

} // namespace bd
