#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

namespace bd::admin {

// The options of one command: its own plus the common ones (--db, --lang, --help).
// parse() prints the help or the usage error itself and says which exit code to return.
class CommandLine
{
public:
    CommandLine(const QString &usage, const QString &description);

    void addOption(const QCommandLineOption &option);
    void addUserOption();                // --user NAME: who signs in
    void addJsonOption();                // --json
    void addPositional(const QString &name, const QString &description, const QString &syntax);
    // The first positional argument: a customer by id or CIF number (SignedInStore::openFor).
    void addCustomerArgument();

    // std::nullopt: go on. A value: stop and return it (0 after --help, 2 after an error).
    std::optional<int> parse(const QStringList &arguments);
    // parse(), and a usage error unless exactly one customer is named.
    std::optional<int> parseOneCustomer(const QStringList &arguments);
    // parse(), and a usage error for any positional argument (commands that take none).
    std::optional<int> parseNoArguments(const QStringList &arguments);
    // For checks parse() cannot make: prints the problem and the help hint, returns 2.
    int usageError(const QString &problem) const;

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    QString user() const { return m_parser.value(QStringLiteral("user")); }
    QString databasePath() const; // --db, or the workstation's own database

    QString helpText() const;

    static QString commonOptionsHelp();
    static int usageError(const QString &problem, const QString &usage);
    // The --lang value if the arguments carry one (read before anything is printed).
    static QString languageRequested(const QStringList &arguments);

private:
    QString m_usage;
    QString m_positionalSyntax;
    QCommandLineParser m_parser;
};

} // namespace bd::admin
