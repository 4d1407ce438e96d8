// POST /v1/events: events from a service account (core banking, the channels), run through
// the rules of each customer's branch (docs/EVENTS.md); and the WebSocket /v1/listen through
// which workstations hear at once that their branch's log grew.
#include "app/rules/EventLogging.h"
#include "app/rules/EventParser.h"
#include "app/server/BranchLogListeners.h"
#include "app/server/ServerRoute.h"
#include "app/server/ServerRoutes.h"
#include "app/server/ServerStore.h"

#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace bd::ServerRoutes {

namespace {
using namespace ServerRoute;

constexpr int kSweepIntervalMs = 3600 * 1000;

QHttpServerResponse postEvents(ServerStore &store, const QHttpServerRequest &request)
{
    const QByteArray header = request.value("Authorization");
    const QByteArray prefix = "Bearer ";
    const std::optional<QString> account = header.startsWith(prefix)
            ? store.events().serviceAccounts().authorise(
                      QString::fromLatin1(header.mid(prefix.size()).trimmed()))
            : std::nullopt;
    if (!account)
        return error(Status::Unauthorized,
                     Text::tr("Events are sent with the key of a service account."));
    if (request.body().size() > kMaxBodyBytes)
        return error(Status::PayloadTooLarge, Text::tr("The request is larger than the server accepts."));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const EventBatch batch = EventBatch::fromBody(request.body(), now);
    if (!batch.error.isEmpty())
        return error(Status::BadRequest, batch.error);
    if (!batch.problems.isEmpty()) {
        // Refused whole: a batch is stored completely or not at all.
        QJsonArray problems;
        for (const EventProblem &problem : batch.problems)
            problems << problem.toJson();
        return QHttpServerResponse(
                QJsonObject{{QStringLiteral("error"),
                             Text::tr("%n event(s) of the batch are malformed; nothing was stored.",
                                      nullptr, int(batch.problems.size()))},
                            {QStringLiteral("problems"), problems}},
                Status::BadRequest);
    }
    const Result<EventIngest::Report> report = store.events().ingest().ingest(batch.events, now);
    if (!report) {
        qCWarning(lcEvents) << "events not stored:" << report.errorString();
        return error(Status::ServiceUnavailable,
                     Text::tr("The server could not store the events; send them again."));
    }
    return QHttpServerResponse(QJsonObject{{QStringLiteral("accepted"), report->accepted},
                                           {QStringLiteral("duplicates"), report->duplicates},
                                           {QStringLiteral("unknown_customers"), report->unknownCustomers},
                                           {QStringLiteral("opportunities"), report->delivered},
                                           {QStringLiteral("held_back"), report->heldBack},
                                           {QStringLiteral("results"), report->results}});
}

// Events stored before a stop get their rules run; birthdays are swept now and hourly.
void startBackgroundWork(QHttpServer &server, ServerStore &store)
{
    const Result<EventIngest::Report> resumed
            = store.events().ingest().resumePending(QDateTime::currentDateTimeUtc());
    if (!resumed)
        qCWarning(lcEvents) << "pending events could not be evaluated:" << resumed.errorString();
    auto sweep = [&store] {
        const Result<int> raised = store.events().birthdays().run(QDate::currentDate());
        if (!raised)
            qCWarning(lcEvents) << "the birthday sweep failed:" << raised.errorString();
    };
    sweep();
    auto *timer = new QTimer(&server);
    QObject::connect(timer, &QTimer::timeout, &server, sweep);
    timer->start(kSweepIntervalMs);
}
} // namespace

void installEvents(QHttpServer &server, ServerStore *store)
{
    open(server, QStringLiteral("/v1/events"), Method::Post,
         [store](const QHttpServerRequest &request) {
             return store ? postEvents(*store, request) : noDatabase();
         });
    // QtHttpServer hands a WebSocket upgrade over only when a route takes the request; this
    // one writes nothing for an upgrade (BranchLogListeners takes the socket) and 426 else.
    server.route(QStringLiteral("/v1/listen"), QHttpServerRequest::Method::Get,
                 [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     if (request.value("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
                         return;
                     responder.write(QJsonDocument(QJsonObject{
                                             {QStringLiteral("error"),
                                              Text::tr("/v1/listen speaks WebSocket only.")}}),
                                     QHttpServerResponder::StatusCode::UpgradeRequired);
                 });
    auto *listeners = new BranchLogListeners(server, store);
    if (!store)
        return;
    store->events().ingest().deliversToLogs = EventIngest::deliveryWanted();
    store->events().ingest().logWritten = [listeners](const BranchId &branch) {
        listeners->ring(branch);
    };
    startBackgroundWork(server, *store);
}

} // namespace bd::ServerRoutes
