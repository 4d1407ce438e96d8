#include "app/main/admin/Console.h"

#include "app/domain/ControlCharacters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace bd::admin::Console {

namespace {
// Everything printed may hold text from the database (names synced from other desks,
// imported files): control characters are dropped so it cannot drive the terminal.
void write(FILE *stream, const QString &line)
{
    const QByteArray bytes = ControlCharacters::strip(line).toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
QJsonValue printable(const QJsonValue &value)
{
    if (value.isString())
        return ControlCharacters::strip(value.toString());
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(printable(item));
        return array;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QJsonObject clean;
        for (auto it = object.begin(); it != object.end(); ++it)
            clean.insert(ControlCharacters::strip(it.key()), printable(it.value()));
        return clean;
    }
    return value;
}
} // namespace

void out(const QString &line)
{
    write(stdout, line);
}

void err(const QString &line)
{
    write(stderr, line);
}

void json(const QJsonValue &raw)
{
    const QJsonValue value = printable(raw);
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray())
                                                   : QJsonDocument(value.toObject());
    const QByteArray bytes = document.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

bool isTerminal(int fileDescriptor)
{
    return ::isatty(fileDescriptor) == 1;
}

} // namespace bd::admin::Console
