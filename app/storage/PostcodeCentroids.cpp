#include "app/storage/PostcodeCentroids.h"

#include "app/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace burgernet {

Result<std::vector<PostcodeCentroid>> PostcodeCentroids::load(Database& db, int minAddresses)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    // Addresses without a postcode or position (kept for e-mail-only participants) count not.
    query.prepare(QStringLiteral(
        "SELECT substr(postcode, 1, 4) AS pc4, avg(lat), avg(lon), count(*) FROM locations "
        "WHERE postcode <> '' AND NOT (lat = 0 AND lon = 0) GROUP BY substr(postcode, 1, 4) "
        "HAVING count(*) >= ? ORDER BY pc4"));
    query.addBindValue(minAddresses);
    if (!query.exec())
        return Error(tr("Cannot compute the postcode centres: %1").arg(query.lastError().text()));
    std::vector<PostcodeCentroid> out;
    while (query.next())
        out.push_back({query.value(0).toString(), query.value(1).toDouble(),
                       query.value(2).toDouble(), query.value(3).toInt()});
    return out;
}

} // namespace burgernet
