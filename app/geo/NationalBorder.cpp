#include "app/geo/NationalBorder.h"

#include "app/geo/GeosSupport.h"
#include "app/geo/RdProjection.h"

#include <QFile>

#include <cmath>
#include <mutex>

namespace burgernet {

namespace {

// The rings of one country in the basemap's format: "C <iso> <name>" starts a country, "P" a
// polygon, "R lon,lat lon,lat ..." a ring (outer first, then holes), not closed.
Result<QList<GeoPolygon>> countryFrom(const QByteArray& text, const QString& isoNumeric)
{
    QList<GeoPolygon> parts;
    bool inCountry = false;
    int lineNumber = 0;
    for (const QByteArray& rawLine : text.split('\n')) {
        ++lineNumber;
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (line.startsWith("C ")) {
            inCountry = line.split(' ').value(1) == isoNumeric.toLatin1();
        } else if (line == "P") {
            if (inCountry)
                parts.append(GeoPolygon{});
        } else if (line.startsWith("R ")) {
            if (!inCountry)
                continue;
            if (parts.isEmpty())
                return Error{NationalBorder::tr("Basemap line %1: a ring before its polygon.")
                                 .arg(lineNumber)};
            GeoRing ring;
            const QList<QByteArray> points = line.mid(2).split(' ');
            for (const QByteArray& point : points) {
                const qsizetype comma = point.indexOf(',');
                bool okLon = false, okLat = false;
                const double lon = point.left(comma).toDouble(&okLon);
                const double lat = point.mid(comma + 1).toDouble(&okLat);
                if (comma < 0 || !okLon || !okLat)
                    return Error{NationalBorder::tr("Basemap line %1: \"%2\" is not lon,lat.")
                                     .arg(lineNumber)
                                     .arg(QString::fromLatin1(point))};
                ring << QGeoCoordinate(lat, lon);
            }
            GeoPolygon& part = parts.back();
            if (part.outer.isEmpty())
                part.outer = ring;
            else
                part.holes << ring;
        }
    }
    if (parts.isEmpty())
        return Error{NationalBorder::tr("The basemap has no country %1.").arg(isoNumeric)};
    return parts;
}

} // namespace

Result<std::shared_ptr<const NationalBorder>>
NationalBorder::fromBasemap(const QByteArray& text, const QString& isoNumeric, double marginMetres)
{
    auto parts = countryFrom(text, isoNumeric);
    if (!parts)
        return parts.error();
    std::shared_ptr<NationalBorder> border(new NationalBorder);
    border->m_land = GeoArea::multiPolygon(*parts);

    geos::Handle g;
    geos::Handle::Geom land = geos::toGeos(g, border->m_land, geos::Plane::Rd);
    if (!land)
        return Error{tr("The land polygon cannot be read: %1").arg(g.lastError())};
    // 8 segments per quarter circle: the round corners stay within 5 m of the true 1 km.
    geos::Handle::Geom buffered = g.own(GEOSBuffer_r(g.h(), land.get(), marginMetres, 8));
    if (!buffered)
        return Error{tr("The land polygon cannot be buffered: %1").arg(g.lastError())};
    border->m_buffered = geos::areaFrom(g, buffered.get(), geos::Plane::Rd);
    if (border->m_buffered.isEmpty())
        return Error{tr("The buffered land polygon is empty.")};
    border->prepare();
    return std::shared_ptr<const NationalBorder>(std::move(border));
}

void NationalBorder::prepare()
{
    const GeoArea::Box box = m_buffered.boundingBox();
    m_south = std::floor(box.south / kRowHeight) * kRowHeight;
    m_west = std::floor(box.west / kColWidth) * kColWidth;
    m_rows = static_cast<int>(std::ceil((box.north - m_south) / kRowHeight)) + 1;
    m_cols = static_cast<int>(std::ceil((box.east - m_west) / kColWidth)) + 1;
    m_prepared = std::make_unique<PreparedPolygon>(m_buffered, m_south, kRowHeight, 0, m_rows - 1);
    // Each cell that no edge passes through is wholly in or out: its centre decides.
    m_cells.assign(static_cast<size_t>(m_rows) * static_cast<size_t>(m_cols), Outside);
    std::vector<char> onLine;
    for (int r = 0; r < m_rows; ++r) {
        onLine.assign(static_cast<size_t>(m_cols), 0);
        m_prepared->markEdgeColumns(r, m_west, kColWidth, 0, m_cols - 1, onLine);
        for (int c = 0; c < m_cols; ++c) {
            quint8& cell = m_cells[static_cast<size_t>(r) * static_cast<size_t>(m_cols) +
                                   static_cast<size_t>(c)];
            if (onLine[static_cast<size_t>(c)])
                cell = OnLine;
            else
                cell = m_prepared->contains(m_south + (r + 0.5) * kRowHeight,
                                            m_west + (c + 0.5) * kColWidth, r)
                           ? Inside
                           : Outside;
        }
    }
}

bool NationalBorder::contains(double lat, double lon) const
{
    if (!std::isfinite(lat) || !std::isfinite(lon))
        return false;
    const double y = (lat - m_south) / kRowHeight, x = (lon - m_west) / kColWidth;
    if (y < 0 || x < 0 || y >= m_rows || x >= m_cols)
        return false;
    const int r = static_cast<int>(y), c = static_cast<int>(x);
    switch (
        m_cells[static_cast<size_t>(r) * static_cast<size_t>(m_cols) + static_cast<size_t>(c)]) {
    case Inside:
        return true;
    case Outside:
        return false;
    default:
        return m_prepared->contains(lat, lon, r);
    }
}

double NationalBorder::distanceToLandMetres(double lat, double lon) const
{
    geos::Handle g;
    geos::Handle::Geom land = geos::toGeos(g, m_land, geos::Plane::Rd);
    auto rd = RdProjection::fromWgs84(lat, lon);
    if (!land || !rd)
        return -1;
    geos::Handle::Geom point = g.own(GEOSGeom_createPointFromXY_r(g.h(), rd->x(), rd->y()));
    double d = -1;
    GEOSDistance_r(g.h(), land.get(), point.get(), &d);
    return d;
}

const NationalBorder& NationalBorder::netherlands()
{
    static std::shared_ptr<const NationalBorder> border;
    static std::once_flag once;
    std::call_once(once, [] {
        QFile file(QStringLiteral(":/data/nl-basemap.txt"));
        QByteArray text;
        if (file.open(QIODevice::ReadOnly))
            text = file.readAll();
        auto built =
            fromBasemap(text, QString::fromLatin1(kNetherlands), NationalBorder::kMarginMetres);
        // The basemap is compiled in; without it nothing at all is inside, which every import
        // and search then says loudly.
        border = built ? *built : std::shared_ptr<const NationalBorder>(new NationalBorder);
    });
    return *border;
}

QString NationalBorder::outsideMessage(double lat, double lon)
{
    return tr("%1, %2 lies outside the Netherlands (more than 1 km from its land)")
        .arg(lat, 0, 'f', 5)
        .arg(lon, 0, 'f', 5);
}

} // namespace burgernet
