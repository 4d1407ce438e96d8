#include "app/services/dataimport/CsvReader.h"

#include <QStringDecoder>
#include <QStringEncoder>

namespace bd {

std::optional<CsvReader::Encoding> CsvReader::encodingNamed(const QString &name)
{
    const QString key = name.trimmed().toLower().remove(QLatin1Char('-'));
    if (key == QLatin1String("utf8"))
        return Encoding::Utf8;
    if (key == QLatin1String("gbk"))
        return Encoding::Gbk;
    if (key == QLatin1String("gb18030"))
        return Encoding::Gb18030;
    return std::nullopt;
}

namespace {
// GBK and GB18030 come from ICU, whose decoder replaces what it cannot read: a text that
// does not encode back to the same bytes did not decode.
std::optional<QString> decodeExactly(QByteArrayView data, const char *name)
{
    QStringDecoder decoder(name, QStringDecoder::Flag::Stateless);
    QStringEncoder encoder(name, QStringEncoder::Flag::Stateless);
    if (!decoder.isValid() || !encoder.isValid())
        return std::nullopt;
    const QString text = decoder.decode(data);
    if (decoder.hasError())
        return std::nullopt;
    const QByteArray back = encoder.encode(text);
    if (encoder.hasError() || QByteArrayView(back) != data)
        return std::nullopt;
    return text;
}
} // namespace

Result<QString> CsvReader::decode(const QByteArray &bytes, Encoding encoding)
{
    if (bytes.size() > kMaxFileBytes)
        return Error(tr("The file is larger than %1 MiB; split it.")
                             .arg(kMaxFileBytes / 1024 / 1024));
    QByteArrayView data(bytes);
    if (encoding == Encoding::Utf8 && data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF"))
        return Error(tr("The file is UTF-16 text. Save it as \"CSV UTF-8\" and import it again."));
    if (data.contains('\0'))
        return Error(tr("The file holds binary data, not CSV text."));
    if (encoding != Encoding::Utf8) {
        const std::optional<QString> text
                = decodeExactly(data, encoding == Encoding::Gbk ? "GBK" : "GB18030");
        if (!text)
            return Error(tr("The file is not %1 text, as declared: check the encoding it was "
                            "saved in; nothing was imported.")
                                 .arg(encoding == Encoding::Gbk ? QStringLiteral("GBK")
                                                                : QStringLiteral("GB18030")));
        return withoutByteOrderMarks(*text);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(data);
    if (utf8.hasError())
        return Error(tr("The file is not UTF-8 text (it may be GBK, as Excel saves CSV on "
                        "Chinese Windows). Import it with --encoding gbk, or save it as "
                        "\"CSV UTF-8\" and import it again; nothing was imported."));
    return withoutByteOrderMarks(text);
}

QString CsvReader::withoutByteOrderMarks(QString text)
{
    // Files joined with `cat` carry a mark mid-text. Kept in a value, it would be lost where
    // the value travels as JSON (Qt's reader drops a mark at a string's start), so the same
    // customer or product would differ between this desk and the others.
    return text.remove(QChar(0xFEFF));
}

CsvReader::Result CsvReader::parse(const QByteArray &bytes, Encoding encoding)
{
    Result result;
    const bd::Result<QString> decoded = decode(bytes, encoding);
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
