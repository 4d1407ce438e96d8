#include "app/server/OpenedPage.h"

#include <QCborValue>

namespace bd {

std::optional<OpenedPage> OpenedPage::open(const QByteArray &page)
{
    QCborParserError error;
    const QCborValue parsed = QCborValue::fromCbor(page, &error);
    if (error.error != QCborError::NoError || !parsed.isMap())
        return std::nullopt;
    return OpenedPage(parsed.toMap());
}

QString OpenedPage::textOf(const QCborValue &value)
{
    return value.isByteArray() ? QString::fromUtf8(value.toByteArray()) : value.toString();
}

qsizetype OpenedPage::lastColumn(const std::function<bool(const QString &name)> &test) const
{
    const QCborArray names = columns();
    qsizetype found = -1;
    for (qsizetype c = 0; c < names.size(); ++c) {
        if (test(textOf(names.at(c))))
            found = c;
    }
    return found;
}

QByteArray OpenedPage::withRows(const QCborArray &rows)
{
    m_map[QStringLiteral("rows")] = rows;
    return QCborValue(m_map).toCbor();
}

} // namespace bd
