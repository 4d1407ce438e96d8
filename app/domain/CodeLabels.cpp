#include "app/domain/CodeLabels.h"

#include <QCoreApplication>

namespace bd {

CodeLabels::CodeLabels(const char *context, std::initializer_list<Entry> entries)
    : m_context(context)
    , m_entries(entries)
{
}

QStringList CodeLabels::codes() const
{
    QStringList codes;
    for (const Entry &entry : m_entries)
        codes << QLatin1String(entry.code);
    return codes;
}

std::optional<QString> CodeLabels::label(const QString &code) const
{
    for (const Entry &entry : m_entries) {
        if (code == QLatin1String(entry.code))
            return QCoreApplication::translate(m_context, entry.label);
    }
    return std::nullopt;
}

} // namespace bd
