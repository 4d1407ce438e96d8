#include "database/sync/WireValue.h"

namespace bd {

QJsonValue wireValue(const QVariant &value)
{
    bool storedAsNull = value.isNull();
    if (!storedAsNull && value.typeId() == QMetaType::QString)
        storedAsNull = value.toString().isNull();
    if (!storedAsNull && value.typeId() == QMetaType::QByteArray)
        storedAsNull = value.toByteArray().isNull();
    return storedAsNull ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(value);
}

} // namespace bd
