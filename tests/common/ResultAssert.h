#pragma once

#include "app/domain/Result.h"

#include <QTest>

// QVERIFY for a bd::Result: on failure the test log says why (its error), as QVERIFY2 did
// with the errorString() of the object that failed.
#define QVERIFY_RESULT(expression)                                                             \
    do {                                                                                       \
        const auto verified_ = (expression);                                                   \
        QVERIFY2(verified_, qPrintable(verified_.errorString()));                              \
    } while (false)
