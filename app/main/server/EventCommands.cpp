#include "app/main/server/EventCommands.h"

#include "app/rules/EventParser.h"
#include "app/server/ServerStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

namespace bd::EventCommands {

namespace {
constexpr int kBatch = 2000;

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return code;
}

void say(const QString &message)
{
    std::printf("%s\n", qPrintable(message));
    std::fflush(stdout);
}

int addServiceAccount(ServerStore &store, const QString &name)
{
    const Result<QString> key = store.events().serviceAccounts().add(name);
    if (!key)
        return fail(key.errorString(), 1);
    say(QCoreApplication::translate("server",
                                    "Service account %1. Its key (shown only now; send it as "
                                    "\"Authorization: Bearer KEY\"):")
                .arg(name));
    say(*key);
    return 0;
}

int importEvents(ServerStore &store, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("server", "Cannot read %1: %2")
                            .arg(path, file.errorString()),
                    1);
    const QByteArray bytes = file.readAll();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const EventBatch batch = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
            ? EventBatch::fromCsv(bytes, now)
            : EventBatch::fromJsonLines(bytes, now);
    if (!batch.error.isEmpty())
        return fail(batch.error, 2);
    if (!batch.problems.isEmpty()) {
        // Like a batch on the wire: a file is stored whole or not at all.
        for (const EventProblem &problem : batch.problems) {
            fail(QCoreApplication::translate("server", "%1:%2: %3%4")
                         .arg(path)
                         .arg(problem.at)
                         .arg(problem.field.isEmpty() ? QString() : problem.field + QLatin1String(": "))
                         .arg(problem.reason),
                 2);
        }
        return fail(QCoreApplication::translate("server",
                                                "%n malformed event(s); nothing was imported.",
                                                nullptr, int(batch.problems.size())),
                    2);
    }
    store.events().ingest().deliversToLogs = EventIngest::deliveryWanted();
    QElapsedTimer timer;
    timer.start();
    EventIngest::Report total;
    for (qsizetype start = 0; start < batch.events.size(); start += kBatch) {
        const Result<EventIngest::Report> report
                = store.events().ingest().ingest(batch.events.mid(start, kBatch), now);
        if (!report)
            return fail(report.errorString(), 1);
        total.accepted += report->accepted;
        total.duplicates += report->duplicates;
        total.unknownCustomers += report->unknownCustomers;
        total.delivered += report->delivered;
        total.heldBack += report->heldBack;
    }
    const qint64 ms = qMax<qint64>(1, timer.elapsed());
    say(QCoreApplication::translate("server",
                                    "%1 events: %2 new, %3 sent before, %4 of unknown customers; "
                                    "%5 opportunities delivered, %6 held back (%7 ms, %8 events/s).")
                .arg(batch.events.size())
                .arg(total.accepted)
                .arg(total.duplicates)
                .arg(total.unknownCustomers)
                .arg(total.delivered)
                .arg(total.heldBack)
                .arg(ms)
                .arg(qint64(batch.events.size()) * 1000 / ms));
    return 0;
}
} // namespace

bool handles(const QStringList &command)
{
    return command.first() == QLatin1String("add-service-account")
            || command.first() == QLatin1String("events");
}

int run(ServerStore &store, const QStringList &command)
{
    if (command.first() == QLatin1String("add-service-account") && command.size() == 2)
        return addServiceAccount(store, command.at(1));
    if (command.size() == 3 && command.at(1) == QLatin1String("import"))
        return importEvents(store, command.at(2));
    return fail(QCoreApplication::translate("server",
                                            "Use: add-service-account NAME, or events import FILE."),
                2);
}

} // namespace bd::EventCommands
