#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace bd {

// The customer profile fields staff may edit, and how typed text becomes a stored value.
// The GUI, the admin CLI and imports all validate through here, so they agree.
class CustomerField
{
    Q_DECLARE_TR_FUNCTIONS(CustomerField)

public:
    struct Check
    {
        bool ok = false;
        QVariant value;  // what is stored (integer fen, ISO date, normalised text, 0/1)
        QString problem; // translated, names the rule that was broken
    };

    static QStringList editable();
    static bool isEditable(const QString &field);
    static bool isPersonalData(const QString &field); // masked by default
    static QString label(const QString &field);      // translated
    static Check validate(const QString &field, const QString &typed,
                          const QLocale &locale = QLocale());
};

} // namespace bd
