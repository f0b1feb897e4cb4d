#include "app/geo/RdProjection.h"

#include "app/core/Logging.h"

#include <cmath>
#include <memory>
#include <proj.h>

namespace burgernet {

namespace {

// One context and one normalised (lon/lat order) transformation per thread.
class ThreadTransform
{
public:
    ThreadTransform()
    {
        m_context = proj_context_create();
        PJ* raw = proj_create_crs_to_crs(m_context, "EPSG:4326", "EPSG:28992", nullptr);
        if (raw) {
            m_pj = proj_normalize_for_visualization(m_context, raw);
            proj_destroy(raw);
        }
        if (!m_pj)
            m_error = QString::fromUtf8(
                proj_context_errno_string(m_context, proj_context_errno(m_context)));
    }
    ~ThreadTransform()
    {
        if (m_pj)
            proj_destroy(m_pj);
        proj_context_destroy(m_context);
    }
    ThreadTransform(const ThreadTransform&) = delete;
    ThreadTransform& operator=(const ThreadTransform&) = delete;

    PJ* pj() const { return m_pj; }
    const QString& error() const { return m_error; }

private:
    PJ_CONTEXT* m_context = nullptr;
    PJ* m_pj = nullptr;
    QString m_error;
};

ThreadTransform& threadTransform()
{
    thread_local ThreadTransform transform;
    return transform;
}

Result<QPointF> transform(PJ_DIRECTION direction, double a, double b)
{
    ThreadTransform& t = threadTransform();
    if (!t.pj())
        return Error(RdProjection::tr("RD New (EPSG:28992) is not available: %1").arg(t.error()));
    const PJ_COORD out = proj_trans(t.pj(), direction, proj_coord(a, b, 0, 0));
    if (!std::isfinite(out.xy.x) || !std::isfinite(out.xy.y) || out.xy.x == HUGE_VAL)
        return Error(RdProjection::tr("The point cannot be converted to or from RD New."));
    return QPointF(out.xy.x, out.xy.y);
}

} // namespace

Result<QPointF> RdProjection::fromWgs84(double lat, double lon)
{
    return transform(PJ_FWD, lon, lat);
}

Result<QPointF> RdProjection::toWgs84(double x, double y)
{
    return transform(PJ_INV, x, y);
}

bool RdProjection::isPlausibleRd(double x, double y)
{
    return x >= -7000 && x <= 300000 && y >= 289000 && y <= 629000;
}

} // namespace burgernet
