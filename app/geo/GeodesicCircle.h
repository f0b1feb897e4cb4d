#pragma once

namespace burgernet {

// A circle whose radius is the geodesic distance on the WGS84 ellipsoid, made ready for many
// point tests. GeographicLib decides exactly; the fast test in front of it compares the
// straight line through the ellipsoid (the chord), which has a closed form in latitude and
// longitude, with the chord of the radius. A short geodesic is longer than its chord by about
// s³/24R², which the chord of the radius allows for; what is left is estimateError(s), far
// below a centimetre for alert areas. Points whose estimate lies within that of the radius go
// to GeographicLib, so the answer is always GeographicLib's.
//
// The chord's square splits into a part that depends on latitude only and a part that scales
// with sin²(Δlongitude/2): the index evaluates the first once per row of cells, as a quadratic
// in the latitude offset, and the second per point with a short series.
class GeodesicCircle
{
public:
    GeodesicCircle(double lat, double lon, double radiusMetres);

    double lat() const { return m_lat; }
    double lon() const { return m_lon; }
    double radiusMetres() const { return m_radius; }

    bool contains(double lat, double lon) const;
    // GeographicLib's answer alone.
    bool containsExactly(double lat, double lon) const;
    // The fast estimate of the distance from the centre, in metres.
    double estimatedDistance(double lat, double lon) const;
    // How far the estimate may be from the geodesic distance `metres` at most (checked
    // against GeographicLib by the tests).
    static double estimateError(double metres);

    // Per row of cells: the latitude part of the squared chord as quadratics in the offset t
    // (degrees) from the row's southern edge, for d(rho) and dZ (metres).
    struct Row
    {
        double rho[3];
        double z[3];
    };
    Row row(double southDegrees, double heightDegrees) const;
    // The squared chord of a point t degrees north of the row's edge and dLon degrees east of
    // the centre.
    double chord2(const Row& row, double t, double dLonDegrees) const
    {
        const double dRho = row.rho[0] + t * (row.rho[1] + t * row.rho[2]);
        const double dZ = row.z[0] + t * (row.z[1] + t * row.z[2]);
        return dRho * dRho + dZ * dZ + m_fourRhoC * (m_rhoC + dRho) * lonTerm(dLonDegrees);
    }
    // Below this squared chord a point is surely inside, above outsideChord2() surely outside;
    // in between GeographicLib decides.
    double insideChord2() const { return m_inside2; }
    double outsideChord2() const { return m_outside2; }
    bool decides() const { return m_fast; }

    // Within a band of latitude [south, north]: every point whose longitude is within `inner`
    // degrees of the centre's is inside, every point farther than `outer` degrees outside.
    // Negative when no point of the band is (inner) or may be (outer) inside.
    struct Span
    {
        double inner;
        double outer;
    };
    Span span(double south, double north) const;

private:
    // sin²(x/2) for x = dLon in radians, by its series: exact to far below a millimetre
    // of chord within the areas the fast test serves.
    static double lonTerm(double dLonDegrees)
    {
        constexpr double kRad = 0.017453292519943295;
        const double x = dLonDegrees * kRad;
        const double x2 = x * x;
        return x2 * (0.25 - x2 * (1.0 / 48 - x2 * (1.0 / 1440)));
    }
    double latitudePart(double lat) const; // (rho - rhoC)² + (Z - Zc)²
    double halfWidth(double lat, double chord2) const;

    double m_lat, m_lon, m_radius;
    double m_rhoC = 0, m_zC = 0, m_fourRhoC = 0;
    double m_inside2 = 0, m_outside2 = 0;
    bool m_fast = false; // the estimate is used (small enough circles away from the poles)
};

} // namespace burgernet
