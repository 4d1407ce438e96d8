#pragma once

class QHttpServer;

namespace bd {

// The HTTP routes of branchdesk-server. Today: GET /health, which tells a client the
// server's protocol and schema versions so an old client gets a clear refusal.
namespace ServerRoutes {
void install(QHttpServer &server);
}

} // namespace bd
