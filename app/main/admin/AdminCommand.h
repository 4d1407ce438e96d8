#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace bd::admin {

// One command (or sub-command) of branchdesk-admin. `usage` is how it was called, e.g.
// "branchdesk-admin user add", for help and error messages; `arguments` are what follows.
class AdminCommand
{
public:
    virtual ~AdminCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line, translated, for the list of commands
    virtual int run(const QStringList &arguments, const QString &usage) = 0;
};

// A command made of sub-commands (`user add`, `user list` ...): picks one by its first
// argument and lists them for --help.
class CommandGroup : public AdminCommand
{
public:
    int run(const QStringList &arguments, const QString &usage) override;

protected:
    void add(std::unique_ptr<AdminCommand> command);
    virtual QString description() const = 0; // a paragraph for --help
    // Text printed after the list of sub-commands in --help.
    virtual QString epilogue(const QString &usage) const;
    // Handles an argument that is not a sub-command (e.g. --version); -1 if not handled.
    virtual int runOption(const QString &argument);
    QString helpText(const QString &usage) const;

private:
    std::vector<std::unique_ptr<AdminCommand>> m_commands;
};

} // namespace bd::admin
