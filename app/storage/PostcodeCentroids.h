#pragma once

#include "app/core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace burgernet {

class Database;

// The centre of a four-digit postcode area (PC4), averaged over the register's addresses in
// it: what postcode search falls back to without the geocoding service.
struct PostcodeCentroid
{
    QString pc4; // "3511"
    double lat = 0;
    double lon = 0;
    int addresses = 0;
};

class PostcodeCentroids
{
    Q_DECLARE_TR_FUNCTIONS(burgernet::PostcodeCentroids)

public:
    // Areas with fewer than `minAddresses` addresses are left out: the average of one or two
    // addresses would show where those participants live.
    static Result<std::vector<PostcodeCentroid>> load(Database& db, int minAddresses = 5);
};

} // namespace burgernet
