#include "app/domain/CustomerStage.h"

namespace bd {

CustomerStage CustomerStage::fromCode(const QString &code)
{
    CustomerStage stage;
    stage.m_code = code;
    return stage;
}

} // namespace bd
