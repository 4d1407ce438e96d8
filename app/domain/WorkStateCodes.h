#pragma once

#include "app/domain/WorkStates.h"

#include <QStringList>
#include <QVariantList>

#include <initializer_list>

namespace bd::WorkStates {

// The codes of the states given, in that order.
template<typename State>
QStringList codes(std::initializer_list<State> states)
{
    QStringList result;
    for (const State state : states)
        result << code(state);
    return result;
}

// The same as values to bind to "IN (?, ?, ...)": a query binds the states it asks for
// rather than spelling their codes in its SQL.
template<typename State>
QVariantList codeValues(std::initializer_list<State> states)
{
    const QStringList texts = codes(states);
    return QVariantList(texts.cbegin(), texts.cend());
}

} // namespace bd::WorkStates
