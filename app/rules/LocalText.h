#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace bd {

// Wording a rule file brings along in both languages of the product, {"en": ..., "zh_CN": ...}
// (rule titles and talking points are the bank's own words, not the program's, so they
// travel with the rules instead of the translations).
struct LocalText
{
    QString english;
    QString chinese;

    // The wording for the language in use (QLocale's default): Chinese for zh*, else
    // English; the other one if that is empty.
    QString current() const;
    QString in(const QString &language) const;
    bool isEmpty() const { return english.isEmpty() && chinese.isEmpty(); }
    QJsonValue toJson() const;
    static LocalText fromJson(const QJsonValue &value); // no checks: RuleFile checks
    friend bool operator==(const LocalText &, const LocalText &) = default;
};

// A list of wordings, one list per language.
struct LocalTextList
{
    QStringList english;
    QStringList chinese;

    QStringList current() const;
    QJsonValue toJson() const;
    static LocalTextList fromJson(const QJsonValue &value);
    friend bool operator==(const LocalTextList &, const LocalTextList &) = default;
};

} // namespace bd
