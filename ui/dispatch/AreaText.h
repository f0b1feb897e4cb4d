#pragma once

#include "app/geo/GeoArea.h"

#include <QCoreApplication>

namespace burgernet {

// An alert area as the composer and the confirmation name it: its kind and size.
class AreaText
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::AreaText)

public:
    static QString describe(const GeoArea& area);
};

} // namespace burgernet
