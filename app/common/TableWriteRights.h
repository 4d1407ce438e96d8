#pragma once

#include "app/domain/StaffRole.h"

#include <QString>

namespace bd {

// Which role may send changes of which synchronised table: the server refuses any other
// (SyncAuthorisation, whose table rule this is), and a workstation following another's
// erasure asks it before recording a change the server would refuse and the outbox would
// then hold for good (F32, docs/RELIABILITY.md). Shared so that the two never disagree.
namespace TableWriteRights {
bool mayWrite(StaffRole role, const QString &table);
// Whether the role may send an erasure's changes of a row of `table`: its personal columns
// blanked (with whose row it is) and, for a table whose erased rows go, its delete. An
// opportunity is the rule's: only a role that erases personal data blanks or deletes one
// (ChangeValidation refuses the others).
bool maySendErasureOf(StaffRole role, const QString &table);
} // namespace TableWriteRights

} // namespace bd
