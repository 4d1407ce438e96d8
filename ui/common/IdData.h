#pragma once

#include "app/domain/Ids.h"

#include <QVariant>

namespace bd {

// A typed id kept in an item's data (a model role, a combo box entry) and read back typed.
// The role holds the id's text, a plain QString any view, proxy or test can read; these two
// are the one place a widget turns an id into that text and back, so no widget spells
// CustomerId(index.data(role).toString()) on its own.
template<typename Kind>
QVariant idData(const Id<Kind> &id)
{
    return QVariant(id.toString());
}

template<typename IdType>
IdType idFromData(const QVariant &data)
{
    return IdType(data.toString());
}

} // namespace bd
