#include "app/services/dataimport/CsvReader.h"

#include <QStringDecoder>

namespace bd {

Result<QString> CsvReader::decode(const QByteArray &bytes)
{
    if (bytes.size() > kMaxFileBytes)
        return Error(tr("The file is larger than %1 MiB; split it.")
                             .arg(kMaxFileBytes / 1024 / 1024));
    QByteArrayView data(bytes);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF"))
        return Error(tr("The file is UTF-16 text. Save it as \"CSV UTF-8\" and import it again."));
    if (data.contains('\0'))
        return Error(tr("The file holds binary data, not CSV text."));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(data);
    if (utf8.hasError())
        return Error(tr("The file is not UTF-8 text (it may be GBK, as Excel saves CSV on "
                        "Chinese Windows). Save it as \"CSV UTF-8\" and import it again; "
                        "nothing was imported."));
    return text;
}

CsvReader::Result CsvReader::parse(const QByteArray &bytes)
{
    Result result;
    const bd::Result<QString> decoded = decode(bytes);
    if (!decoded) {
        result.error = decoded.errorString();
        return result;
    }
    const QString &text = *decoded;

    int line = 1;
    int recordLine = 1;
    QStringList fields;
    QString field;
    bool quoted = false;      // inside a quoted field
    bool afterQuote = false;  // a quoted field just closed: only , or a line end may follow
    bool recordHasData = false;
    auto fail = [&](const QString &why) {
        result.error = tr("Line %1: %2").arg(line).arg(why);
        result.errorLine = line;
        result.records.clear();
        return result;
    };
    auto endRecord = [&] {
        fields << field;
        if (recordHasData || fields.size() > 1)
            result.records << CsvRecord{recordLine, fields};
        fields.clear();
        field.clear();
        recordHasData = false;
        afterQuote = false;
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
            afterQuote = false;
            recordHasData = true;
            if (fields.size() >= kMaxFields)
                return fail(tr("more than %1 fields.").arg(kMaxFields));
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else if (afterQuote) {
            return fail(tr("text after the closing quote of a field; a quote inside a quoted "
                           "field is written twice (\"\")."));
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty())
                return fail(tr("a quote in the middle of an unquoted field; quote the whole "
                               "field and double the quote (\"\")."));
            quoted = true;
            recordHasData = true;
        } else {
            field += c;
            recordHasData = true;
        }
    }
    if (quoted) {
        line = recordLine;
        return fail(tr("a quoted field is not closed before the end of the file."));
    }
    if (recordHasData || !field.isEmpty() || !fields.isEmpty())
        endRecord();
    result.ok = true;
    return result;
}

} // namespace bd
