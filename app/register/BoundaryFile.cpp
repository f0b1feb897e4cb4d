#include "app/register/BoundaryFile.h"

#include "app/geo/AreaGeometry.h"
#include "app/geo/RdProjection.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cstring>
#include <memory>
#include <sqlite3.h>

namespace burgernet {

namespace {

const QStringList kCodeFields{QStringLiteral("code"), QStringLiteral("identificatie"),
                              QStringLiteral("statcode"), QStringLiteral("gemeentecode"),
                              QStringLiteral("gm_code")};
const QStringList kNameFields{QStringLiteral("naam"), QStringLiteral("statnaam"),
                              QStringLiteral("gemeentenaam"), QStringLiteral("gm_naam")};

// The first of `wanted` among `names` (any case), as it is spelled there.
QString findField(const QStringList& names, const QStringList& wanted)
{
    for (const QString& w : wanted)
        for (const QString& n : names)
            if (n.compare(w, Qt::CaseInsensitive) == 0)
                return n;
    return {};
}

// The code and name of one feature, or the reason it has none.
Result<MunicipalBoundary> identity(const QString& codeText, const QString& nameText,
                                   const QString& feature)
{
    MunicipalBoundary b;
    b.code = boundary::normalisedCode(codeText);
    if (b.code.isEmpty())
        return Error{BoundaryFile::tr("%1: \"%2\" is not a CBS municipality code like GM0344.")
                         .arg(feature, codeText)};
    b.name = nameText.trimmed();
    if (b.name.isEmpty())
        return Error{BoundaryFile::tr("%1 (%2): the name is empty.").arg(feature, b.code)};
    return b;
}

// ---- GeoPackage -----------------------------------------------------------------------------

struct SqliteCloser
{
    void operator()(sqlite3* h) const { sqlite3_close(h); }
};
struct StatementFinalizer
{
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

Result<Statement> prepare(sqlite3* h, const QString& sql)
{
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(h, sql.toUtf8().constData(), -1, &s, nullptr) != SQLITE_OK)
        return Error{BoundaryFile::tr("Not a readable GeoPackage: %1")
                         .arg(QString::fromUtf8(sqlite3_errmsg(h)))};
    return Statement(s);
}

QString text(sqlite3_stmt* s, int column)
{
    const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(s, column));
    return t ? QString::fromUtf8(t) : QString();
}

QString quoted(const QString& identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// The WKB behind a GeoPackage geometry header ("GP", version, flags, srs id, envelope).
Result<QByteArray> wkbOf(const QByteArray& blob, const QString& feature)
{
    if (blob.size() < 8 || blob[0] != 'G' || blob[1] != 'P')
        return Error{
            BoundaryFile::tr("%1: the geometry is not a GeoPackage geometry.").arg(feature)};
    const auto flags = static_cast<quint8>(blob[3]);
    if (flags & 0x10)
        return Error{BoundaryFile::tr("%1: the geometry is empty.").arg(feature)};
    static constexpr int kEnvelopeBytes[] = {0, 32, 48, 48, 64};
    const int envelope = (flags >> 1) & 0x7;
    if (envelope > 4)
        return Error{BoundaryFile::tr("%1: the geometry header is damaged.").arg(feature)};
    const int header = 8 + kEnvelopeBytes[envelope];
    if (blob.size() <= header)
        return Error{BoundaryFile::tr("%1: the geometry is cut short.").arg(feature)};
    return blob.mid(header);
}

Result<BoundaryFile::Contents> readGeoPackage(const QString& path, const QString& wantedLayer)
{
    sqlite3* raw = nullptr;
    const int opened =
        sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    std::unique_ptr<sqlite3, SqliteCloser> h(raw);
    if (opened != SQLITE_OK)
        return Error{BoundaryFile::tr("Cannot open %1 as a GeoPackage: %2")
                         .arg(path, QString::fromUtf8(sqlite3_errstr(opened)))};

    // The feature tables, their geometry column and coordinate system.
    auto layers = prepare(
        h.get(), QStringLiteral("SELECT c.table_name, g.column_name, s.organization, "
                                "s.organization_coordsys_id FROM gpkg_contents c "
                                "JOIN gpkg_geometry_columns g ON g.table_name = c.table_name "
                                "JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id "
                                "WHERE c.data_type = 'features' ORDER BY c.table_name"));
    if (!layers)
        return layers.error();
    struct Layer
    {
        QString table, column, organisation;
        int srs = 0;
    };
    QList<Layer> found;
    while (sqlite3_step(layers->get()) == SQLITE_ROW)
        found << Layer{text(layers->get(), 0), text(layers->get(), 1), text(layers->get(), 2),
                       sqlite3_column_int(layers->get(), 3)};
    QStringList names;
    for (const Layer& l : found)
        names << l.table;
    const Layer* layer = nullptr;
    for (const Layer& l : found)
        if (wantedLayer.isEmpty() ? l.table.contains(QLatin1String("gemeente"), Qt::CaseInsensitive)
                                  : l.table == wantedLayer)
            layer = &l;
    if (!layer && wantedLayer.isEmpty() && found.size() == 1)
        layer = &found.front();
    if (!layer)
        return Error{
            wantedLayer.isEmpty()
                ? BoundaryFile::tr("%1 has no municipal layer (a table named gemeente...); its "
                                   "layers: %2. Name one with --layer.")
                      .arg(QFileInfo(path).fileName(), names.join(QStringLiteral(", ")))
                : BoundaryFile::tr("%1 has no layer %2; its layers: %3.")
                      .arg(QFileInfo(path).fileName(), wantedLayer,
                           names.join(QStringLiteral(", ")))};
    AreaGeometry::Crs crs = AreaGeometry::Crs::Wgs84;
    if (layer->organisation.compare(QLatin1String("EPSG"), Qt::CaseInsensitive) == 0 &&
        layer->srs == 28992)
        crs = AreaGeometry::Crs::RdNew;
    else if (!(layer->organisation.compare(QLatin1String("EPSG"), Qt::CaseInsensitive) == 0 &&
               layer->srs == 4326))
        return Error{BoundaryFile::tr("Layer %1 is in %2:%3; only EPSG:28992 (RD New) and "
                                      "EPSG:4326 (WGS84) are read.")
                         .arg(layer->table, layer->organisation)
                         .arg(layer->srs)};

    auto columns =
        prepare(h.get(), QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(quoted(layer->table)));
    if (!columns)
        return columns.error();
    QStringList columnNames;
    for (int i = 0; i < sqlite3_column_count(columns->get()); ++i)
        columnNames << QString::fromUtf8(sqlite3_column_name(columns->get(), i));
    const QString codeField = findField(columnNames, kCodeFields);
    const QString nameField = findField(columnNames, kNameFields);
    if (codeField.isEmpty() || nameField.isEmpty())
        return Error{BoundaryFile::tr("Layer %1 has no %2 column; its columns: %3.")
                         .arg(layer->table,
                              codeField.isEmpty() ? kCodeFields.join(QLatin1Char('/'))
                                                  : kNameFields.join(QLatin1Char('/')),
                              columnNames.join(QStringLiteral(", ")))};

    auto rows = prepare(h.get(), QStringLiteral("SELECT %1, %2, %3 FROM %4 ORDER BY rowid")
                                     .arg(quoted(codeField), quoted(nameField),
                                          quoted(layer->column), quoted(layer->table)));
    if (!rows)
        return rows.error();
    BoundaryFile::Contents contents;
    contents.format = BoundaryFile::Format::GeoPackage;
    contents.layer = layer->table;
    int feature = 0;
    while (sqlite3_step(rows->get()) == SQLITE_ROW) {
        ++feature;
        const QString where = BoundaryFile::tr("%1 feature %2").arg(layer->table).arg(feature);
        auto b = identity(text(rows->get(), 0), text(rows->get(), 1), where);
        if (!b)
            return b.error();
        const auto* data = static_cast<const char*>(sqlite3_column_blob(rows->get(), 2));
        const QByteArray blob(data, sqlite3_column_bytes(rows->get(), 2));
        auto wkb = wkbOf(blob, where);
        if (!wkb)
            return wkb.error();
        auto area = AreaGeometry::fromWkb(*wkb, crs);
        if (!area)
            return Error{BoundaryFile::tr("%1 (%2), %3: %4")
                             .arg(where, b->code, layer->column, area.errorMessage())};
        b->area = *area;
        contents.boundaries << *b;
    }
    return contents;
}

// ---- GeoJSON --------------------------------------------------------------------------------

// Every position of a Polygon's or MultiPolygon's coordinates from RD New to WGS84.
Result<QJsonArray> toWgs84(const QJsonArray& coordinates)
{
    if (!coordinates.isEmpty() && coordinates[0].isDouble()) {
        auto ll = RdProjection::toWgs84(coordinates[0].toDouble(), coordinates[1].toDouble());
        if (!ll)
            return ll.error();
        return QJsonArray{ll->x(), ll->y()};
    }
    QJsonArray out;
    for (const QJsonValue& v : coordinates) {
        auto converted = toWgs84(v.toArray());
        if (!converted)
            return converted.error();
        out.append(*converted);
    }
    return out;
}

double firstNumber(const QJsonArray& coordinates)
{
    QJsonArray a = coordinates;
    while (!a.isEmpty() && a[0].isArray())
        a = a[0].toArray();
    return a.isEmpty() ? 0 : a[0].toDouble();
}

Result<BoundaryFile::Contents> readGeoJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{BoundaryFile::tr("Cannot read %1: %2").arg(path, file.errorString())};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (document.isNull())
        return Error{BoundaryFile::tr("%1 is not valid JSON at offset %2: %3")
                         .arg(QFileInfo(path).fileName())
                         .arg(error.offset)
                         .arg(error.errorString())};
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("type")).toString() != QLatin1String("FeatureCollection"))
        return Error{BoundaryFile::tr("%1 is not a GeoJSON FeatureCollection.")
                         .arg(QFileInfo(path).fileName())};
    const QString crsName = root.value(QStringLiteral("crs"))
                                .toObject()
                                .value(QStringLiteral("properties"))
                                .toObject()
                                .value(QStringLiteral("name"))
                                .toString();
    BoundaryFile::Contents contents;
    contents.format = BoundaryFile::Format::GeoJson;
    const QJsonArray features = root.value(QStringLiteral("features")).toArray();
    for (qsizetype i = 0; i < features.size(); ++i) {
        const QString where = BoundaryFile::tr("feature %1").arg(i + 1);
        const QJsonObject feature = features[i].toObject();
        const QJsonObject properties = feature.value(QStringLiteral("properties")).toObject();
        const QString codeField = findField(properties.keys(), kCodeFields);
        const QString nameField = findField(properties.keys(), kNameFields);
        if (codeField.isEmpty() || nameField.isEmpty())
            return Error{BoundaryFile::tr("%1 has no %2 property.")
                             .arg(where, codeField.isEmpty() ? kCodeFields.join(QLatin1Char('/'))
                                                             : kNameFields.join(QLatin1Char('/')))};
        const QJsonValue codeValue = properties.value(codeField);
        const QString codeText =
            codeValue.isDouble() ? QString::number(codeValue.toInt()) : codeValue.toString();
        auto b = identity(codeText, properties.value(nameField).toString(), where);
        if (!b)
            return b.error();
        QJsonObject geometry = feature.value(QStringLiteral("geometry")).toObject();
        const QJsonArray coordinates = geometry.value(QStringLiteral("coordinates")).toArray();
        // RD New when the file says so, or when the numbers are metres, not degrees.
        if (crsName.contains(QLatin1String("28992")) || std::abs(firstNumber(coordinates)) > 360) {
            auto converted = toWgs84(coordinates);
            if (!converted)
                return Error{BoundaryFile::tr("%1 (%2), geometry: %3")
                                 .arg(where, b->code, converted.errorMessage())};
            geometry.insert(QStringLiteral("coordinates"), *converted);
        }
        const QString type = geometry.value(QStringLiteral("type")).toString();
        if (type != QLatin1String("Polygon") && type != QLatin1String("MultiPolygon"))
            return Error{BoundaryFile::tr("%1 (%2), geometry: a %3, not a Polygon or MultiPolygon.")
                             .arg(where, b->code, type)};
        auto area = GeoArea::fromGeoJson(QJsonDocument(geometry).toJson(QJsonDocument::Compact));
        if (!area)
            return Error{
                BoundaryFile::tr("%1 (%2), geometry: %3").arg(where, b->code, area.errorMessage())};
        b->area = *area;
        contents.boundaries << *b;
    }
    return contents;
}

} // namespace

Result<BoundaryFile::Contents> BoundaryFile::read(const QString& path, const QString& layer)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(path, file.errorString())};
    const QByteArray start = file.read(16);
    file.close();
    Result<Contents> contents =
        start.startsWith("SQLite format 3") ? readGeoPackage(path, layer) : readGeoJson(path);
    if (!contents)
        return contents;
    if (contents->boundaries.isEmpty())
        return Error{tr("%1 holds no municipalities.").arg(QFileInfo(path).fileName())};
    QSet<QString> seen;
    for (const MunicipalBoundary& b : contents->boundaries)
        if (seen.contains(b.code))
            return Error{
                tr("%1 holds municipality %2 twice.").arg(QFileInfo(path).fileName(), b.code)};
        else
            seen.insert(b.code);
    return contents;
}

QString BoundaryFile::formatName(Format format)
{
    return format == Format::GeoPackage ? QStringLiteral("geopackage") : QStringLiteral("geojson");
}

} // namespace burgernet
