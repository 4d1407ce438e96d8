#pragma once

#include <QString>

namespace bd {

struct Branch
{
    QString id;
    QString code;
    QString name;
    QString city;
    QString address;
};

} // namespace bd
