#pragma once

#include <QString>

class QCoreApplication;

namespace bd::LanguageSetup {
// Installs the translators for the UI language: `requested` is "zh_CN", "en" or empty
// (follow the system locale: Chinese locales get zh_CN, everything else English).
// Also installs Qt's own translations for standard dialogs. Returns the language used.
QString install(QCoreApplication &app, const QString &requested = {});
QStringList available(); // {"zh_CN", "en"}
} // namespace bd::LanguageSetup
