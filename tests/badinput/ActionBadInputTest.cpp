// Bad input through the dispatcher's action (ActionWorkflow::createDraft, the path of the window
// and burgernetctl): alert areas, message texts and injection payloads in every text field.
// Each input is refused with a reason naming the area or the field, or stored and read back as
// it went in (the area as its repair made it), and then composes into well-formed messages.
#include "app/core/SafeXml.h"
#include "app/dispatch/CapDocument.h"
#include "app/geo/AreaGeometry.h"
#include "app/geo/GeoArea.h"
#include "tests/badinput/BadInputTally.h"
#include "tests/badinput/BadInputs.h"
#include "tests/dispatch/DispatchTestSupport.h"

#include <cmath>
#include <limits>
#include <numbers>

using namespace burgernet;
using test::BadInputTally;
using test::DispatchFixture;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

GeoRing ring(std::initializer_list<std::pair<double, double>> latLon)
{
    GeoRing r;
    for (const auto& [lat, lon] : latLon)
        r << QGeoCoordinate(lat, lon);
    return r;
}

GeoRing square(double lat, double lon, double size, bool clockwise = false)
{
    GeoRing r = ring(
        {{lat, lon}, {lat, lon + size}, {lat + size, lon + size}, {lat + size, lon}, {lat, lon}});
    if (clockwise)
        std::reverse(r.begin(), r.end());
    return r;
}

GeoRing roundRing(double lat, double lon, double metres, int corners)
{
    GeoRing r;
    for (int i = 0; i < corners; ++i) {
        const double a = 2 * std::numbers::pi * i / corners;
        r << QGeoCoordinate(lat + metres / 111'000 * std::sin(a),
                            lon + metres / 68'000 * std::cos(a));
    }
    r << r.front();
    return r;
}

// A circle or a polygon's corners as stored: exactly, NaN never equal.
bool sameArea(const GeoArea& a, const GeoArea& b)
{
    if (a.kind() != b.kind())
        return false;
    if (a.kind() == GeoArea::Kind::Circle)
        return a.centre().latitude() == b.centre().latitude() &&
               a.centre().longitude() == b.centre().longitude() &&
               a.radiusMetres() == b.radiusMetres();
    if (a.parts().size() != b.parts().size())
        return false;
    for (qsizetype p = 0; p < a.parts().size(); ++p) {
        const QList<GeoRing> ra = QList<GeoRing>{a.parts()[p].outer} + a.parts()[p].holes;
        const QList<GeoRing> rb = QList<GeoRing>{b.parts()[p].outer} + b.parts()[p].holes;
        if (ra.size() != rb.size())
            return false;
        for (qsizetype r = 0; r < ra.size(); ++r) {
            if (ra[r].size() != rb[r].size())
                return false;
            for (qsizetype k = 0; k < ra[r].size(); ++k)
                if (ra[r][k].latitude() != rb[r][k].latitude() ||
                    ra[r][k].longitude() != rb[r][k].longitude())
                    return false;
        }
    }
    return true;
}

QList<QPair<QString, GeoArea>> areas()
{
    const QGeoCoordinate c = DispatchFixture::centre();
    const double lat = c.latitude(), lon = c.longitude();
    QList<QPair<QString, GeoArea>> out;
    const auto add = [&out](const char* label, GeoArea area) {
        out.append({QString::fromLatin1(label), std::move(area)});
    };
    add("circle", GeoArea::circle(c, 1500));
    add("circle of 1 m", GeoArea::circle(c, 1));
    add("circle of 0 m", GeoArea::circle(c, 0));
    add("circle of -5 m", GeoArea::circle(c, -5));
    add("circle of NaN m", GeoArea::circle(c, kNaN));
    add("circle of infinite m", GeoArea::circle(c, kInf));
    add("circle of 40,000 km", GeoArea::circle(c, 4e7));
    add("circle at NaN", GeoArea::circle(QGeoCoordinate(kNaN, kNaN), 1000));
    add("circle at latitude 91", GeoArea::circle(QGeoCoordinate(91, 5), 1000));
    add("circle on the antimeridian", GeoArea::circle(QGeoCoordinate(-17, 179.999), 5000));
    add("circle on a pole", GeoArea::circle(QGeoCoordinate(90, 0), 5000));
    add("square", GeoArea::polygon(square(lat, lon, 0.01)));
    add("square clockwise", GeoArea::polygon(square(lat, lon, 0.01, true)));
    add("square not closed", GeoArea::polygon(square(lat, lon, 0.01).mid(0, 4)));
    add("two corners", GeoArea::polygon(ring({{lat, lon}, {lat, lon + 0.01}, {lat, lon}})));
    add("zero area, a line",
        GeoArea::polygon(ring({{lat, lon}, {lat + 0.01, lon}, {lat + 0.02, lon}, {lat, lon}})));
    add("zero area, one point",
        GeoArea::polygon(ring({{lat, lon}, {lat, lon}, {lat, lon}, {lat, lon}})));
    add("corner NaN", GeoArea::polygon(ring(
                          {{lat, lon}, {kNaN, lon + 0.01}, {lat + 0.01, lon + 0.01}, {lat, lon}})));
    add("corner infinite",
        GeoArea::polygon(ring({{lat, lon}, {lat, kInf}, {lat + 0.01, lon + 0.01}, {lat, lon}})));
    add("corner at latitude 200",
        GeoArea::polygon(
            ring({{lat, lon}, {200, lon + 0.01}, {lat + 0.01, lon + 0.01}, {lat, lon}})));
    add("across the antimeridian",
        GeoArea::polygon(
            ring({{-17, 179.9}, {-17, -179.9}, {-16.9, -179.9}, {-16.9, 179.9}, {-17, 179.9}})));
    add("bow tie", GeoArea::polygon(ring({{lat, lon},
                                          {lat + 0.01, lon + 0.01},
                                          {lat, lon + 0.01},
                                          {lat + 0.01, lon},
                                          {lat, lon}})));
    add("hole inside",
        GeoArea::polygon(square(lat, lon, 0.02), {square(lat + 0.005, lon + 0.005, 0.005)}));
    add("hole outside its shell",
        GeoArea::polygon(square(lat, lon, 0.01), {square(lat + 0.05, lon, 0.005)}));
    add("hole larger than its shell",
        GeoArea::polygon(square(lat, lon, 0.01), {square(lat - 0.01, lon - 0.01, 0.05)}));
    add("hole with NaN",
        GeoArea::polygon(square(lat, lon, 0.02), {ring({{lat + 0.005, lon + 0.005},
                                                        {kNaN, 1},
                                                        {lat + 0.006, lon + 0.005},
                                                        {lat + 0.005, lon + 0.005}})}));
    add("overlapping parts",
        GeoArea::multiPolygon({GeoPolygon{square(lat, lon, 0.02), {}},
                               GeoPolygon{square(lat + 0.01, lon + 0.01, 0.02), {}}}));
    add("a part far away", GeoArea::multiPolygon({GeoPolygon{square(lat, lon, 0.02), {}},
                                                  GeoPolygon{square(-33.9, 18.4, 0.02), {}}}));
    add("100,000 corners", GeoArea::polygon(roundRing(lat, lon, 1500, 100'000)));
    add("repeated corners", GeoArea::polygon(ring({{lat, lon},
                                                   {lat, lon},
                                                   {lat, lon + 0.01},
                                                   {lat, lon + 0.01},
                                                   {lat + 0.01, lon + 0.01},
                                                   {lat, lon}})));
    add("empty", GeoArea());
    return out;
}

qint64 draftOf(DispatchFixture& f, const ActionContent& content, const GeoArea& area,
               QString* error)
{
    auto id = f.actions().createDraft(content, area, QStringLiteral("Utrecht centrum"));
    if (!id) {
        *error = id.errorMessage();
        return 0;
    }
    return *id;
}

// The composed message of stored content: the CAP document well-formed, the e-mail's HTML
// without markup from the content.
QString composeProblem(DispatchFixture& f, const ActionContent& content)
{
    const ComposedMessage m =
        f.actions().preview(content, DispatchFixture::area(), QStringLiteral("Utrecht centrum"));
    for (const auto& [language, texts] : m.texts.asKeyValueRange()) {
        for (const auto& [channel, text] : texts.asKeyValueRange()) {
            if (channel == BuiltinChannel::Cap) {
                const Status xml = SafeXml::check(capFromText(text, CapPublisher(), {}).toXml());
                if (!xml)
                    return QStringLiteral("CAP: ") + xml.errorMessage();
            }
            if (text.html.contains(QLatin1String("<script")) ||
                text.html.contains(QLatin1String("<img")))
                return QStringLiteral("markup in the e-mail: ") + text.html;
        }
    }
    return {};
}

} // namespace

TEST_CASE("Bad alert areas are refused with a reason, others stored as repaired",
          "[badinput][dispatch]")
{
    DispatchFixture f;
    BadInputTally tally{QStringLiteral("polygons and circles")};
    for (const auto& [label, area] : areas()) {
        INFO(label.toStdString());
        QString error;
        const qint64 id = draftOf(f, DispatchFixture::urgentContent(), area, &error);
        if (!id) {
            if (error.contains(QLatin1String("area"), Qt::CaseInsensitive) ||
                error.contains(QLatin1String("circle"), Qt::CaseInsensitive) ||
                error.contains(QLatin1String("corner"), Qt::CaseInsensitive))
                tally.reject();
            else
                tally.drop(label + QStringLiteral(": refused without naming the area: ") + error);
            continue;
        }
        const auto stored = f.actions().action(id);
        REQUIRE(stored.ok());
        const auto expected = AreaGeometry::usable(area);
        REQUIRE(expected.ok());
        if (sameArea(stored->area, *expected))
            tally.accept();
        else
            tally.drop(label + QStringLiteral(": stored differently"));
    }
    tally.report();
}

TEST_CASE("Message texts of every plane, emoji, right to left and 10,000 characters",
          "[badinput][dispatch]")
{
    DispatchFixture f;
    BadInputTally tally{QStringLiteral("message texts")};
    for (const auto& [label, text] : test::badinput::messageTexts()) {
        INFO(label.toStdString());
        ActionContent content = DispatchFixture::urgentContent();
        content.freeText = text;
        QString error;
        const qint64 id = draftOf(f, content, DispatchFixture::area(), &error);
        if (!id) {
            if (error.startsWith(QLatin1String("free_text: ")))
                tally.reject();
            else
                tally.drop(label + QStringLiteral(": refused without naming the field: ") + error);
            continue;
        }
        const auto stored = f.actions().action(id);
        REQUIRE(stored.ok());
        if (stored->content.freeText != text)
            tally.drop(label + QStringLiteral(": stored as \"%1\"").arg(stored->content.freeText));
        else if (const QString problem = composeProblem(f, stored->content); !problem.isEmpty())
            tally.drop(label + QStringLiteral(": ") + problem);
        else
            tally.accept();
    }
    tally.report();
}

TEST_CASE("Injection payloads in every text field of an action are refused or kept as written",
          "[badinput][dispatch]")
{
    DispatchFixture f;
    BadInputTally tally{QStringLiteral("injection payloads, action")};
    struct Target
    {
        const char* field; // as the refusal names it
        std::function<QString&(ActionContent&)> text;
    };
    const QList<Target> targets = {
        {"free_text", [](ActionContent& c) -> QString& { return c.freeText; }},
        {"location_text", [](ActionContent& c) -> QString& { return c.locationText; }},
        {"person.age", [](ActionContent& c) -> QString& { return c.person.age; }},
        {"person.height", [](ActionContent& c) -> QString& { return c.person.height; }},
        {"person.build", [](ActionContent& c) -> QString& { return c.person.build; }},
        {"person.clothing", [](ActionContent& c) -> QString& { return c.person.clothing; }},
        {"person.particulars", [](ActionContent& c) -> QString& { return c.person.particulars; }},
        {"person.direction", [](ActionContent& c) -> QString& { return c.person.direction; }},
        {"vehicle.make", [](ActionContent& c) -> QString& { return c.vehicle.make; }},
        {"vehicle.model", [](ActionContent& c) -> QString& { return c.vehicle.model; }},
        {"vehicle.colour", [](ActionContent& c) -> QString& { return c.vehicle.colour; }},
        {"vehicle.plate", [](ActionContent& c) -> QString& { return c.vehicle.plate; }},
        {"vehicle.direction", [](ActionContent& c) -> QString& { return c.vehicle.direction; }},
    };
    for (const QString& payload : test::badinput::injectionPayloads()) {
        for (const Target& target : targets) {
            const QString label =
                QString::fromLatin1(target.field) + QStringLiteral(" = ") + payload;
            INFO(label.toStdString());
            ActionContent content = DispatchFixture::urgentContent();
            target.text(content) = payload;
            QString error;
            const qint64 id = draftOf(f, content, DispatchFixture::area(), &error);
            if (!id) {
                if (error.contains(QLatin1String(target.field)))
                    tally.reject();
                else
                    tally.drop(label + QStringLiteral(": refused without naming the field: ") +
                               error);
                continue;
            }
            auto stored = f.actions().action(id);
            REQUIRE(stored.ok());
            if (target.text(stored->content) != payload)
                tally.drop(label +
                           QStringLiteral(": stored as \"%1\"").arg(target.text(stored->content)));
            else if (const QString problem = composeProblem(f, stored->content); !problem.isEmpty())
                tally.drop(label + QStringLiteral(": ") + problem);
            else
                tally.accept();
        }
    }
    tally.report();
}
