#pragma once

#include <QHashFunctions>
#include <QString>

#include <compare>

namespace bd {

// Typed ids: the UUIDv7 text key of one kind of row. A CustomerId cannot be passed where
// a StaffId is expected, nor a CIF number or a name where an id is. Construction from text
// is explicit (a value read from a row, a command line, a message); toString() is what is
// bound to SQL and written to the wire.
template<typename Kind>
class Id
{
public:
    Id() = default;
    explicit Id(QString value) : m_value(std::move(value)) {}

    const QString &toString() const { return m_value; }
    bool isEmpty() const { return m_value.isEmpty(); }

    friend bool operator==(const Id &, const Id &) = default;
    friend auto operator<=>(const Id &a, const Id &b) { return a.m_value.compare(b.m_value) <=> 0; }
    friend size_t qHash(const Id &id, size_t seed = 0) { return qHash(id.m_value, seed); }

private:
    QString m_value;
};

using CustomerId = Id<struct CustomerIdKind>;
using StaffId = Id<struct StaffIdKind>;
using BranchId = Id<struct BranchIdKind>;
using ReferralId = Id<struct ReferralIdKind>;
using CallListId = Id<struct CallListIdKind>;
using CallTaskId = Id<struct CallTaskIdKind>;
using CareTaskId = Id<struct CareTaskIdKind>;
using SegmentId = Id<struct SegmentIdKind>;
using KycSessionId = Id<struct KycSessionIdKind>;
using LobbyVisitId = Id<struct LobbyVisitIdKind>;

} // namespace bd
