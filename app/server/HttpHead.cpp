#include "app/server/HttpHead.h"

#include <QList>

namespace bd {

HttpHead HttpHead::parse(const QByteArray &bytes, int end)
{
    HttpHead head;
    head.length = end + 4;
    const QList<QByteArray> lines = bytes.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        head.malformed = true;
        return head;
    }
    head.method = requestLine.at(0);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            head.malformed = true;
            return head;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = !value.isEmpty();
            for (const char c : value)
                ok = ok && c >= '0' && c <= '9';
            const qint64 length = ok ? value.toLongLong(&ok) : 0;
            // Digits only, once: two differing lengths are how requests are smuggled.
            if (!ok || head.contentLength)
                head.malformed = true;
            head.contentLength = length;
        } else if (name == "transfer-encoding") {
            head.transferEncoding = true;
        } else if (name == "authorization") {
            head.authorization = value;
        } else if (name == "upgrade") {
            head.upgrade = value.toLower();
        }
    }
    return head;
}

} // namespace bd
