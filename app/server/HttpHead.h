#pragma once

#include <QByteArray>

#include <optional>

namespace bd {

// What HttpFront needs of a request's head (request line and headers), read before any
// body: the method, the one Content-Length, whether a Transfer-Encoding was named, the
// Authorization and Upgrade headers. `malformed` when the request line is not HTTP/1.x, a header line
// has no name, or Content-Length is not digits or comes twice (request smuggling).
struct HttpHead
{
    int length = 0; // bytes up to and including the blank line
    QByteArray method;
    std::optional<qint64> contentLength;
    bool transferEncoding = false;
    QByteArray authorization;
    QByteArray upgrade; // "websocket" for GET /v1/listen (lower case)
    bool malformed = false;

    // `end`: where "\r\n\r\n" starts in `bytes`.
    static HttpHead parse(const QByteArray &bytes, int end);
};

} // namespace bd
