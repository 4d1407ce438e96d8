#pragma once

#include <functional>

namespace bd {

// When the sync client sends a request again within the same round (docs/SYNC_PROTOCOL.md,
// "Retries within a round"): no whole answer came (the connection was refused or dropped, an
// answer was cut short) or the server or its balancer answered 502, 503 or 504. Every
// request of a round may go twice: the server stores pushed changes and audit entries once
// by their ids, and the rest only reads. A transfer timeout is not tried again (a slow
// server is not helped by more of the same), nor any other refusal.
struct SyncRetry
{
    int attempts = 1; // in all, the first one included; 1: never again
    int firstPauseMs = 500; // the pause after the first attempt, doubled after each
    int longestPauseMs = 5000; // no pause is longer, whatever the server's Retry-After says
    // Waits `ms` between attempts; empty: a local event loop for that long (tests record).
    std::function<void(int ms)> pause;

    // A workstation's sync round: five attempts, pauses of 0.5, 1, 2 and 4 seconds (or what
    // Retry-After asks, up to 5 s each), enough for a balancer to drop a dead process or for
    // a process to be restarted (about 3 s in tst_topology).
    static SyncRetry withinRound() { return { 5, 500, 5000, {} }; }
};

} // namespace bd
